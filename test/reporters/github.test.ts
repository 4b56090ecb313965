// The GitHub Actions reporter: one workflow command per finding, escaped as
// the runner unescapes them, so no message can break out of its command.
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {escapeData, escapeProperty, githubReporter} from '../../src/reporters/github.js'
import {reporters} from '../../src/reporters/index.js'
import type {FileReport} from '../../src/reporters/report.js'
import {brandvoice, fixtures, parseReport, requireBuild} from '../helpers/cli.js'

requireBuild()

function report(path: string, build: (file: VFile) => void = () => {}): FileReport {
  const file = new VFile({path, value: 'Welcome, dear user.\n'})
  build(file)
  return {path, language: 'en', touchpoint: 'welcome', file}
}

const place = {start: {line: 1, column: 15}, end: {line: 1, column: 19}}

describe('githubReporter', () => {
  it('writes error, warning and notice (for info) commands with the file, range and rule as title', () => {
    const output = githubReporter(
      [
        report('emails/welcome.md', (file) => {
          file.message('Avoid “user”.', {place, ruleId: 'lexicon/banned-term'}).fatal = true
          file.message('Use “customer” instead of “user”.', {place, ruleId: 'lexicon/preferred-term'}).fatal = false
          file.message('Avoid “ASAP”.', {place: {start: {line: 4, column: 1}, end: {line: 5, column: 7}}, ruleId: 'lexicon/banned-term'}).fatal = undefined
        })
      ],
      {color: false}
    )
    expect(output).toBe(
      [
        '::error file=emails/welcome.md,line=1,col=15,endLine=1,endColumn=19,title=lexicon/banned-term::Avoid “user”.',
        '::warning file=emails/welcome.md,line=1,col=15,endLine=1,endColumn=19,title=lexicon/preferred-term::Use “customer” instead of “user”.',
        '::notice file=emails/welcome.md,line=4,col=1,endLine=5,endColumn=7,title=lexicon/banned-term::Avoid “ASAP”.',
        ''
      ].join('\n')
    )
  })

  it('annotates the whole file for a message without a place, titled brandvoice when no rule reported it', () => {
    const output = githubReporter([report('image.txt', (file) => (file.message('This looks like a binary file.').fatal = true))], {color: false})
    expect(output).toBe('::error file=image.txt,title=brandvoice::This looks like a binary file.\n')
  })

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('100% sure,\r\nreally: yes')).toBe('100%25 sure,%0D%0Areally: yes')
    expect(escapeProperty('100% sure,\r\nreally: yes')).toBe('100%25 sure%2C%0D%0Areally%3A yes')
    // Already-escaped text is escaped again, so the runner gives back exactly what was written.
    expect(escapeData('%0A')).toBe('%250A')
    const output = githubReporter(
      [
        report('copy/a,b:c 100%.md', (file) => {
          file.message('Line one\nline two: 50% off, today\r\n::error::injected', {place, ruleId: 'custom/odd:rule,id'}).fatal = false
        })
      ],
      {color: false}
    )
    expect(output).toBe(
      '::warning file=copy/a%2Cb%3Ac 100%25.md,line=1,col=15,endLine=1,endColumn=19,title=custom/odd%3Arule%2Cid::Line one%0Aline two: 50%25 off, today%0D%0A::error::injected\n'
    )
    expect(output.split('\n')).toHaveLength(2)
  })

  it('prints nothing when there is nothing to report', () => {
    expect(githubReporter([report('a.md'), report('b.md')], {color: true})).toBe('')
    expect(githubReporter([], {color: false})).toBe('')
  })

  it('is the reporter named github', async () => {
    expect(await reporters.github!()).toBe(githubReporter)
  })
})

describe('brandvoice --format github on test/fixtures/golden', () => {
  const golden = path.join(fixtures, 'golden')

  it('writes one command per message of the JSON report, in its order, with its severity, range and text', async () => {
    const run = await brandvoice(['--format', 'github', 'copy'], {cwd: golden})
    expect([run.code, run.stderr]).toEqual([1, ''])
    const json = parseReport(fs.readFileSync(path.join(golden, 'expected.json'), 'utf8'))
    const expected = json.files.flatMap((file) =>
      file.messages.map(
        (message) =>
          `::${{error: 'error', warning: 'warning', info: 'notice'}[message.severity]} file=${file.path},line=${message.line},col=${message.column},endLine=${message.endLine},endColumn=${message.endColumn},title=${message.ruleId ?? 'brandvoice'}::${message.message}`
      )
    )
    // The golden copy's messages have no %, CR or LF, and its paths and rule ids no : or ,, so nothing is escaped.
    expect(run.stdout).toBe(expected.join('\n') + '\n')
    expect(expected).toHaveLength(12)
  })
})
