// The pretty reporter in-process: files with findings only, a summary, and
// colour only when asked for.
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {reporters} from '../../src/reporters/index.js'
import {prettyReporter} from '../../src/reporters/pretty.js'
import type {FileReport} from '../../src/reporters/report.js'

function report(path: string, build: (file: VFile) => void = () => {}): FileReport {
  const file = new VFile({path, value: 'Welcome, dear user.\n'})
  build(file)
  return {path, language: 'en', touchpoint: 'generic', file}
}

const ansi = /\u001b\[[0-9;]*m/

const reports = () => [
  report('clean.md'),
  report('emails/welcome.md', (file) => {
    const message = file.message('Use “customer” instead of “user”.', {
      place: {start: {line: 1, column: 15}, end: {line: 1, column: 19}},
      ruleId: 'lexicon/preferred-term',
      source: 'brandvoice'
    })
    message.fatal = false
  }),
  report('image.txt', (file) => (file.message('This looks like a binary file.', {source: 'brandvoice'}).fatal = true))
]

describe('prettyReporter', () => {
  it('lists files with findings only, then a summary', () => {
    expect(prettyReporter(reports(), {color: false})).toBe(
      [
        'emails/welcome.md',
        '1:15-1:19 warning Use “customer” instead of “user”. lexicon/preferred-term brandvoice',
        '',
        'image.txt',
        // Columns line up across files: an empty place, and an empty rule id.
        ' '.repeat(10) + 'error   This looks like a binary file.' + ' '.repeat(27) + 'brandvoice',
        '',
        '2 messages (✖ 1 error, ⚠ 1 warning)',
        ''
      ].join('\n')
    )
  })

  it('prints nothing at all when there is nothing to report', () => {
    expect(prettyReporter([report('a.md'), report('b.md')], {color: false})).toBe('')
    expect(prettyReporter([], {color: true})).toBe('')
  })

  it('colours only when asked, with the same text underneath', () => {
    const plain = prettyReporter(reports(), {color: false})
    const coloured = prettyReporter(reports(), {color: true})
    expect(plain).not.toMatch(ansi)
    expect(coloured).toMatch(ansi)
    expect(coloured.replace(new RegExp(ansi, 'g'), '')).toBe(plain)
  })

  it('is the reporter named pretty', async () => {
    expect(await reporters.pretty!()).toBe(prettyReporter)
  })
})
