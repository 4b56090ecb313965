// The JSON reporter in-process: how each kind of vfile message becomes a
// message of the documented shape (docs/json-format.md).
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {reporters} from '../../src/reporters/index.js'
import {jsonReporter} from '../../src/reporters/json.js'
import type {FileReport} from '../../src/reporters/report.js'

function report(path: string, build: (file: VFile) => void = () => {}): FileReport {
  const file = new VFile({path, value: 'Welcome, dear user.\nUnfortunately not.\n'})
  build(file)
  return {path, language: 'en', touchpoint: 'welcome', file}
}

const render = (reports: FileReport[]) => JSON.parse(jsonReporter(reports, {color: false}))

describe('jsonReporter', () => {
  it('writes a rule message with its range, actual, expected and url', () => {
    const [file] = render([
      report('emails/welcome.md', (vfile) => {
        const message = vfile.message('Use “customer” instead of “user”.', {
          place: {start: {line: 1, column: 15}, end: {line: 1, column: 19}},
          ruleId: 'lexicon/preferred-term',
          source: 'brandvoice'
        })
        message.fatal = false
        message.actual = 'user'
        message.expected = ['customer']
        message.url = 'https://example.com/rules/lexicon-preferred-term.md'
      })
    ]).files
    expect(file).toEqual({
      path: 'emails/welcome.md',
      language: 'en',
      touchpoint: 'welcome',
      messages: [
        {
          ruleId: 'lexicon/preferred-term',
          severity: 'warning',
          message: 'Use “customer” instead of “user”.',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 19,
          actual: 'user',
          expected: ['customer'],
          url: 'https://example.com/rules/lexicon-preferred-term.md'
        }
      ],
      errorCount: 0,
      warningCount: 1,
      infoCount: 0
    })
  })

  it('maps fatal true, false and unset to error, warning and info', () => {
    const [file] = render([
      report('a.md', (vfile) => {
        vfile.message('error', {ruleId: 'r/e'}).fatal = true
        vfile.message('warning', {ruleId: 'r/w'}).fatal = false
        vfile.message('info', {ruleId: 'r/i'}).fatal = undefined
      })
    ]).files
    expect(file.messages.map((message: {severity: string}) => message.severity)).toEqual(['error', 'warning', 'info'])
    expect([file.errorCount, file.warningCount, file.infoCount]).toEqual([1, 1, 1])
  })

  it('ends a message at a point where it starts, and puts a message without a place at 1:1-1:1', () => {
    const [file] = render([
      report('a.md', (vfile) => {
        vfile.message('At a point.', {place: {line: 2, column: 4}}).fatal = false
        vfile.message('About the whole file.').fatal = true
      })
    ]).files
    const places = file.messages.map((message: Record<string, unknown>) => [message.line, message.column, message.endLine, message.endColumn])
    expect(places).toEqual([
      [2, 4, 2, 4],
      [1, 1, 1, 1]
    ])
  })

  it('marks only a message without a place as wholeFile, so it can be told from one placed at 1:1', () => {
    const [file] = render([
      report('a.md', (vfile) => {
        vfile.message('At the first character.', {place: {line: 1, column: 1}}).fatal = true
        vfile.message('About the whole file.').fatal = true
      })
    ]).files
    expect(file.messages.map((message: Record<string, unknown>) => [message.message, message.line, message.column, message.wholeFile])).toEqual([
      ['At the first character.', 1, 1, undefined],
      ['About the whole file.', 1, 1, true]
    ])
  })

  it('gives null for a missing ruleId, actual and expected, and leaves url out', () => {
    const [file] = render([report('a.md', (vfile) => (vfile.message('Not valid UTF-8.').fatal = true))]).files
    expect(file.messages[0]).toEqual({
      ruleId: null,
      severity: 'error',
      message: 'Not valid UTF-8.',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      wholeFile: true,
      actual: null,
      expected: null
    })
    expect('url' in file.messages[0]).toBe(false)
  })

  it('keeps an empty expected list (remove, no replacement) apart from null (no suggestion)', () => {
    const [file] = render([
      report('a.md', (vfile) => {
        const message = vfile.message('Avoid “Unfortunately”.', {ruleId: 'lexicon/banned-term'})
        message.actual = 'Unfortunately'
        message.expected = []
      })
    ]).files
    expect(file.messages[0].expected).toEqual([])
  })

  it('totals the counts over all files, and lists files with no messages', () => {
    const output = render([
      report('a.md', (vfile) => (vfile.message('e').fatal = true)),
      report('b.md'),
      report('c.txt', (vfile) => {
        vfile.message('w').fatal = false
        vfile.message('w').fatal = false
      })
    ])
    expect(output.files.map((file: {path: string; messages: unknown[]}) => [file.path, file.messages.length])).toEqual([
      ['a.md', 1],
      ['b.md', 0],
      ['c.txt', 2]
    ])
    expect([output.version, output.errorCount, output.warningCount, output.infoCount]).toEqual([1, 1, 2, 0])
  })

  it('prints two-space indented JSON ending in a newline, and never colours it', () => {
    const reports = [report('a.md', (vfile) => (vfile.message('e').fatal = true))]
    const text = jsonReporter(reports, {color: false})
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n')
    expect(jsonReporter(reports, {color: true})).toBe(text)
    expect(jsonReporter([], {color: false})).toBe('{\n  "version": 1,\n  "files": [],\n  "errorCount": 0,\n  "warningCount": 0,\n  "infoCount": 0\n}\n')
  })

  it('is the reporter named json', async () => {
    expect(await reporters.json!()).toBe(jsonReporter)
  })
})
