// Reading a JSON report back into file reports (merge-reports): every kind of
// message the engine makes survives the trip, so each reporter prints the
// read report exactly as it printed the original; and what is not a report
// is refused with the path in it and what was expected.
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {fatal, fileWarning} from '../../src/file-messages.js'
import {fileReportsFromJson, formatPath, ReportShapeError, ReportVersionError} from '../../src/reporters/json-read.js'
import {reporters} from '../../src/reporters/index.js'
import type {FileReport} from '../../src/reporters/report.js'

const cwd = '/work/copy'
const rules = [{id: 'lexicon/brand-name', description: 'Brand names as the brand writes them.', url: 'https://example.com/lexicon-brand-name.md'}]

function ruleMessage(file: VFile, start: number, end: number, ruleId: string, fatal: boolean | undefined, extra: Record<string, unknown> = {}): void {
  const place = location(file)
  const message = file.message(`Finding of ${ruleId}.`, {place: {start: place.toPoint(start)!, end: place.toPoint(end)!}, ruleId, source: 'brandvoice'})
  message.fatal = fatal
  message.url = `https://example.com/${ruleId.replace('/', '-')}.md`
  Object.assign(message, extra)
}

/** One file of each kind the engine reports, as the CLI builds them. */
function originals(): FileReport[] {
  const text = '---\ntouchpoint: newsletter\n---\nHello Github users 👍!!\n'
  const markdown = new VFile({path: 'copy/en/welcome.md', cwd, value: text})
  fileWarning(markdown, 0, 'The frontmatter names the touchpoint “newsletter”.')
  ruleMessage(markdown, 34, 40, 'lexicon/brand-name', true, {actual: 'Github', expected: ['GitHub'], fix: {range: [34, 40], text: 'GitHub'}})
  ruleMessage(markdown, 41, 46, 'lexicon/preferred-term', false, {actual: 'users', expected: ['customers', 'clients']})
  ruleMessage(markdown, 47, 49, 'tone/emoji', false, {actual: '👍', expected: []})
  ruleMessage(markdown, 31, 53, 'tone/passive-voice', undefined)
  // An empty range, as a missing space is reported.
  ruleMessage(markdown, 49, 49, 'typography/spacing', false)

  const binary = new VFile({path: 'copy/logo.txt', cwd})
  fatal(binary, 'This looks like a binary file.')

  const catalog = new VFile({path: 'copy/locales/de.json', cwd, value: ']'})
  fatal(catalog, 'This catalog is not valid JSON (value expected).', 0)

  const clean = new VFile({path: 'copy/ro/bun venit.md', cwd, value: 'Bun venit.\n'})
  return [
    {path: 'copy/en/welcome.md', language: 'en', touchpoint: 'welcome', file: markdown},
    {path: 'copy/locales/de.json', language: 'de', touchpoint: 'generic', file: catalog},
    {path: 'copy/logo.txt', language: 'en', touchpoint: 'generic', file: binary},
    {path: 'copy/ro/bun venit.md', language: 'ro', touchpoint: 'support-reply', file: clean}
  ]
}

const loaded = Object.fromEntries(await Promise.all(Object.entries(reporters).map(async ([name, load]) => [name, await load()] as const)))
const render = (format: string, reports: readonly FileReport[]) => loaded[format]!(reports, {color: false, rules, version: '1.2.3'})
const readBack = (reports: readonly FileReport[]) => fileReportsFromJson(JSON.parse(render('json', reports)), cwd)

describe('fileReportsFromJson', () => {
  it.each(['json', 'sarif', 'github', 'pretty'])('gives back reports that %s prints exactly as the originals', (format) => {
    const reports = originals()
    expect(render(format, readBack(reports))).toBe(render(format, reports))
  })

  it('keeps a message about the whole file without a place, and one at 1:1 at 1:1', () => {
    const [, catalog, binary] = readBack(originals())
    expect(binary!.file.messages[0]!.place).toBeUndefined()
    expect(catalog!.file.messages[0]!.place).toEqual({line: 1, column: 1})
  })

  it('keeps severities, ids, actual, expected, fix and url on the messages', () => {
    const [markdown] = readBack(originals())
    const brand = markdown!.file.messages.find((message) => message.ruleId === 'lexicon/brand-name')!
    expect([brand.fatal, brand.actual, brand.expected, brand.fix, brand.url, brand.source]).toEqual([
      true,
      'Github',
      ['GitHub'],
      {range: [34, 40], text: 'GitHub'},
      'https://example.com/lexicon-brand-name.md',
      'brandvoice'
    ])
    const passive = markdown!.file.messages.find((message) => message.ruleId === 'tone/passive-voice')!
    expect(passive.fatal).toBeUndefined()
  })

  it('ignores fields it does not know and counts the messages again', () => {
    const report = JSON.parse(render('json', originals()))
    report.generatedBy = 'a later brandvoice'
    report.files[0].messages[0].confidence = 0.9
    report.errorCount = 99
    report.files[0].warningCount = 0
    expect(render('json', fileReportsFromJson(report, cwd))).toBe(render('json', originals()))
  })

  it('reads an empty report as no files', () => {
    expect(fileReportsFromJson({version: 1, files: [], errorCount: 0, warningCount: 0, infoCount: 0}, cwd)).toEqual([])
  })
})

describe('what is not a version 1 report', () => {
  const valid = () => JSON.parse(render('json', originals()))
  const problem = (change: (report: any) => unknown): ReportShapeError => {
    const report = valid()
    const replaced = change(report)
    try {
      fileReportsFromJson(replaced === undefined ? report : replaced, cwd)
    } catch (error) {
      if (error instanceof ReportShapeError) return error
      throw error
    }
    throw new Error('no error')
  }

  it.each([
    ['the report is a list', () => [], [], 'the report is []; expected a report written by `brandvoice --format json`'],
    ['no version', (r: any) => void delete r.version, ['version'], 'version is missing; expected 1'],
    ['a version that is no number', (r: any) => void (r.version = '1'), ['version'], 'version is "1"; expected 1'],
    ['no files', (r: any) => void delete r.files, ['files'], 'files is missing; expected a list of files'],
    ['an empty path', (r: any) => void (r.files[1].path = ''), ['files', 1, 'path'], 'files[1].path is ""; expected'],
    ['no touchpoint', (r: any) => void delete r.files[0].touchpoint, ['files', 0, 'touchpoint'], 'files[0].touchpoint is missing; expected a touchpoint'],
    ['messages that are no list', (r: any) => void (r.files[0].messages = {}), ['files', 0, 'messages'], 'files[0].messages is {}; expected a list of messages'],
    ['an unknown severity', (r: any) => void (r.files[0].messages[1].severity = 'fatal'), ['files', 0, 'messages', 1, 'severity'], 'files[0].messages[1].severity is "fatal"; expected "error", "warning" or "info"'],
    ['a line of 0', (r: any) => void (r.files[0].messages[0].line = 0), ['files', 0, 'messages', 0, 'line'], 'files[0].messages[0].line is 0; expected a whole number of 1 or more'],
    ['a column that is text', (r: any) => void (r.files[0].messages[0].endColumn = '3'), ['files', 0, 'messages', 0, 'endColumn'], 'is "3"; expected a whole number'],
    ['a fix ending before it starts', (r: any) => void (r.files[0].messages[1].fix.range = [40, 34]), ['files', 0, 'messages', 1, 'fix', 'range'], 'is [40,34]; expected [start, end]'],
    ['an expected list with a number', (r: any) => void (r.files[0].messages[1].expected = [1]), ['files', 0, 'messages', 1, 'expected', 0], 'expected[0] is 1; expected a string'],
    ['a wholeFile that is not true', (r: any) => void (r.files[2].messages[0].wholeFile = false), ['files', 2, 'messages', 0, 'wholeFile'], 'is false; expected true'],
    ['a SARIF log', () => JSON.parse(render('sarif', originals())), [], 'this is a SARIF log; expected a report written by `brandvoice --format json`']
  ])('refuses %s, naming where and what was expected', (_, change, at, text) => {
    const error = problem(change)
    expect(error.at).toEqual(at)
    expect(error.message).toContain(text)
  })

  it('refuses another version of the format as such', () => {
    const report = valid()
    report.version = 2
    expect(() => fileReportsFromJson(report, cwd)).toThrow(ReportVersionError)
    expect(() => fileReportsFromJson(report, cwd)).toThrow('a JSON report of format version 2; this brandvoice reads version 1')
  })
})

describe('formatPath', () => {
  it('writes a place in the report as a reader finds it', () => {
    expect(formatPath([])).toBe('the report')
    expect(formatPath(['files', 2, 'messages', 0, 'line'])).toBe('files[2].messages[0].line')
  })
})
