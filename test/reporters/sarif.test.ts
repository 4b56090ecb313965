// The SARIF reporter: valid against the official SARIF 2.1.0 schema
// (test/fixtures/sarif, vendored), one rule descriptor per rule that reported,
// results that say what the JSON report says, notifications for problems with
// a file, and fixes as replacements.
import fs from 'node:fs'
import path from 'node:path'
import {Ajv} from 'ajv'
import {beforeAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {reporters} from '../../src/reporters/index.js'
import type {FileReport, RuleSummary} from '../../src/reporters/report.js'
import {pathToUri, sarifReporter} from '../../src/reporters/sarif.js'
import {brandvoice, fixtures, parseReport, requireBuild, type JsonReport} from '../helpers/cli.js'

requireBuild()

/** The official schema is draft-04: its top-level `id` is draft-07's `$id`; the formats it names are checked here, as ajv-formats would. */
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(fixtures, 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>
  const {$schema: _draft04, id, ...rest} = schema
  // unicodeRegExp off: the schema's own `language` pattern has a stray `]`, which only JavaScript's non-Unicode regexps accept (as a literal).
  const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
  ajv.addFormat('uri', (value: string) => URL.canParse(value))
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/'))
  ajv.addFormat('date-time', (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(value))
  return ajv.compile({...rest, $id: id as string})
}

const validate = sarifValidator()

function expectValidSarif(text: string) {
  const log = JSON.parse(text)
  const valid = validate(log)
  expect(valid ? [] : validate.errors).toEqual([])
  return log
}

const rules: RuleSummary[] = [
  {id: 'lexicon/preferred-term', description: 'Flags words the brand replaces.', url: 'https://example.com/lexicon-preferred-term.md'},
  {id: 'lexicon/banned-term', description: 'Flags words the brand does not use.', url: 'https://example.com/lexicon-banned-term.md'},
  {id: 'tone/exclamation', description: 'Never reported here.', url: 'https://example.com/tone-exclamation.md'}
]

function report(path: string, build: (file: VFile) => void = () => {}): FileReport {
  const file = new VFile({path, value: 'Welcome, dear user.\nUnfortunately not.\n'})
  build(file)
  return {path, language: 'ro', touchpoint: 'welcome', file}
}

function finding(file: VFile, ruleId: string, reason: string, fatal: boolean | undefined, place = {start: {line: 1, column: 15}, end: {line: 1, column: 19}}) {
  const message = file.message(reason, {place, ruleId, source: 'brandvoice'})
  message.fatal = fatal
  return message
}

const render = (reports: FileReport[], version: string | null = '1.2.3') => expectValidSarif(sarifReporter(reports, {color: false, rules, ...(version ? {version} : {})}))

describe('sarifReporter', () => {
  it('is checked by a validator that rejects what SARIF does not allow', () => {
    const log = JSON.parse(sarifReporter([report('a.md', (file) => finding(file, 'lexicon/banned-term', 'Avoid.', true))], {color: false}))
    expect(validate(log)).toBe(true)
    log.runs[0].results[0].level = 'info'
    expect(validate(log)).toBe(false)
    log.runs[0].results[0].level = 'note'
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0
    expect(validate(log)).toBe(false)
    expect(validate({version: '2.1.0', runs: [{tool: {driver: {name: 'brandvoice'}}, columnKind: 'bytes'}]})).toBe(false)
  })

  it('is a valid SARIF 2.1.0 log even with nothing linted', () => {
    const log = render([], null)
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    expect(log.runs[0].tool.driver).toEqual({name: 'brandvoice', informationUri: 'https://github.com/brandvoice/brandvoice', rules: []})
    expect(log.runs[0].results).toEqual([])
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits')
  })

  it('describes each rule that reported once, in order of first use, and points results at it', () => {
    const log = render([
      report('a.md', (file) => {
        finding(file, 'lexicon/banned-term', 'Avoid “Unfortunately”.', true)
        finding(file, 'lexicon/preferred-term', 'Use “customer”.', false)
        finding(file, 'lexicon/banned-term', 'Avoid “ASAP”.', undefined)
      })
    ])
    const run = log.runs[0]
    expect(run.tool.driver.version).toBe('1.2.3')
    expect(run.tool.driver.rules).toEqual([
      {id: 'lexicon/banned-term', shortDescription: {text: 'Flags words the brand does not use.'}, helpUri: 'https://example.com/lexicon-banned-term.md'},
      {id: 'lexicon/preferred-term', shortDescription: {text: 'Flags words the brand replaces.'}, helpUri: 'https://example.com/lexicon-preferred-term.md'}
    ])
    expect(run.results.map((result: {ruleId: string; ruleIndex: number; level: string}) => [result.ruleId, result.ruleIndex, result.level])).toEqual([
      ['lexicon/banned-term', 0, 'error'],
      ['lexicon/preferred-term', 1, 'warning'],
      ['lexicon/banned-term', 0, 'note']
    ])
  })

  it('gives a result its message and region in 1-based UTF-16 columns, end exclusive, as the JSON report', () => {
    const log = render([report('emails/welcome.md', (file) => finding(file, 'lexicon/preferred-term', 'Use “customer” instead of “user”.', false))])
    expect(log.runs[0].results[0]).toEqual({
      ruleId: 'lexicon/preferred-term',
      ruleIndex: 0,
      level: 'warning',
      message: {text: 'Use “customer” instead of “user”.'},
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri: 'emails/welcome.md', uriBaseId: '%SRCROOT%', index: 0},
            region: {startLine: 1, startColumn: 15, endLine: 1, endColumn: 19}
          }
        }
      ]
    })
  })

  it('describes a rule it was not told about by its id and the message url alone', () => {
    const log = render([
      report('a.md', (file) => {
        finding(file, 'custom/rule', 'Custom.', false).url = 'https://example.com/custom.md'
        finding(file, 'other/rule', 'Other.', false)
      })
    ])
    expect(log.runs[0].tool.driver.rules).toEqual([{id: 'custom/rule', helpUri: 'https://example.com/custom.md'}, {id: 'other/rule'}])
  })

  it('lists every linted file as an artifact with its language and touchpoint, clean ones too', () => {
    const log = render([report('a.md'), report('b/c.txt')])
    expect(log.runs[0].artifacts).toEqual([
      {location: {uri: 'a.md', uriBaseId: '%SRCROOT%'}, properties: {language: 'ro', touchpoint: 'welcome'}},
      {location: {uri: 'b/c.txt', uriBaseId: '%SRCROOT%'}, properties: {language: 'ro', touchpoint: 'welcome'}}
    ])
  })

  it('percent-encodes path segments so the URI is valid, and keeps / and ..', () => {
    expect(pathToUri('../copy/bun venit #1/100%.md')).toBe('../copy/bun%20venit%20%231/100%25.md')
    expect(pathToUri('ro/însoțire.md')).toBe('ro/%C3%AEnso%C8%9Bire.md')
    const log = render([report('copy/bun venit #1.md', (file) => finding(file, 'lexicon/banned-term', 'Avoid.', true))])
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('copy/bun%20venit%20%231.md')
  })

  it('puts a problem with the file itself (no rule) in the invocation’s notifications, not in the results', () => {
    const log = render([
      report('image.txt', (file) => (file.message('This looks like a binary file.', {source: 'brandvoice'}).fatal = true)),
      report('news.md', (file) => (file.message('The frontmatter names an unknown touchpoint.', {place: {line: 1, column: 1}, source: 'brandvoice'}).fatal = false))
    ])
    const run = log.runs[0]
    expect(run.results).toEqual([])
    expect(run.tool.driver.rules).toEqual([])
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {level: 'error', message: {text: 'This looks like a binary file.'}, locations: [{physicalLocation: {artifactLocation: {uri: 'image.txt', uriBaseId: '%SRCROOT%', index: 0}}}]},
          {
            level: 'warning',
            message: {text: 'The frontmatter names an unknown touchpoint.'},
            locations: [{physicalLocation: {artifactLocation: {uri: 'news.md', uriBaseId: '%SRCROOT%', index: 1}, region: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 1}}}]
          }
        ]
      }
    ])
  })

  it('writes a fix as one replacement: UTF-16 offsets into the file as on disk, the new text', () => {
    const log = render([
      report('a.md', (file) => {
        const message = finding(file, 'lexicon/preferred-term', 'Use “customer”.', false)
        message.actual = 'user'
        message.fix = {range: [15, 19], text: 'customer'}
      })
    ])
    expect(log.runs[0].results[0].fixes).toEqual([
      {
        description: {text: 'Replace “user” with “customer”.'},
        artifactChanges: [
          {
            artifactLocation: {uri: 'a.md', uriBaseId: '%SRCROOT%', index: 0},
            replacements: [{deletedRegion: {charOffset: 15, charLength: 4}, insertedContent: {text: 'customer'}}]
          }
        ]
      }
    ])
  })

  it('is the reporter named sarif', async () => {
    expect(await reporters.sarif!()).toBe(sarifReporter)
  })
})

describe('brandvoice --format sarif on test/fixtures/golden', () => {
  const golden = path.join(fixtures, 'golden')
  let log: any
  let json: JsonReport
  beforeAll(async () => {
    const [sarif, report] = await Promise.all([
      brandvoice(['--format', 'sarif', 'copy'], {cwd: golden}),
      Promise.resolve(fs.readFileSync(path.join(golden, 'expected.json'), 'utf8'))
    ])
    expect([sarif.code, sarif.stderr]).toEqual([1, ''])
    log = expectValidSarif(sarif.stdout)
    json = parseReport(report)
  })

  it('has one result per rule message of the JSON report, with the same level, text and region', () => {
    const expected = json.files.flatMap((file) =>
      file.messages
        .filter((message) => message.ruleId !== null)
        .map((message) => ({
          ruleId: message.ruleId,
          level: {error: 'error', warning: 'warning', info: 'note'}[message.severity],
          text: message.message,
          uri: file.path,
          region: {startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn},
          fix: message.fix ? {charOffset: message.fix.range[0], charLength: message.fix.range[1] - message.fix.range[0], text: message.fix.text} : undefined
        }))
    )
    const actual = log.runs[0].results.map((result: any) => {
      const replacement = result.fixes?.[0].artifactChanges[0].replacements[0]
      return {
        ruleId: result.ruleId,
        level: result.level,
        text: result.message.text,
        uri: result.locations[0].physicalLocation.artifactLocation.uri,
        region: result.locations[0].physicalLocation.region,
        fix: replacement ? {...replacement.deletedRegion, text: replacement.insertedContent.text} : undefined
      }
    })
    expect(actual).toEqual(expected)
    expect(actual).toHaveLength(11)
  })

  it('describes exactly the rules that reported, with their descriptions and docs pages', () => {
    const used = [...new Set(json.files.flatMap((file) => file.messages.map((message) => message.ruleId)).filter((id) => id !== null))]
    const descriptors = log.runs[0].tool.driver.rules
    expect(descriptors.map((rule: {id: string}) => rule.id)).toEqual(used)
    for (const rule of descriptors) {
      expect(rule.shortDescription.text).toMatch(/^\S.*\.$/)
      expect(rule.helpUri).toBe(`https://github.com/brandvoice/brandvoice/blob/main/docs/rules/${rule.id.replace('/', '-')}.md`)
    }
    expect(log.runs[0].tool.driver.version).toBe(JSON.parse(fs.readFileSync(path.join(fixtures, '..', '..', 'package.json'), 'utf8')).version)
  })

  it('reports the unknown frontmatter touchpoint as a notification on copy/en/newsletter.md', () => {
    const notifications = log.runs[0].invocations[0].toolExecutionNotifications
    expect(notifications).toHaveLength(1)
    expect(notifications[0].level).toBe('warning')
    expect(notifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('copy/en/newsletter.md')
  })
})
