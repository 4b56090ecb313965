// The JSON report is a contract (docs/json-format.md): its shape, paths
// relative to the working folder with `/`, files sorted and all listed, and
// 1-based positions in UTF-16 code units with exclusive ends.
import fs from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {brandvoice, fileIn, fixtures, parseReport, requireBuild, useTempProjects, type JsonReport, type Run} from '../helpers/cli.js'

requireBuild()
const project = useTempProjects()

/** test/fixtures/golden: a small content repo in English and Romanian; expected.json is its full report. */
const golden = path.join(fixtures, 'golden')

/** Offsets where each line starts; a line ends at \r\n, \n or \r. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length)
  return starts
}

/** The text between two 1-based line:column points, columns in UTF-16 code units, end exclusive. */
function textBetween(text: string, line: number, column: number, endLine: number, endColumn: number): string {
  const starts = lineStarts(text)
  return text.slice(starts[line - 1]! + column - 1, starts[endLine - 1]! + endColumn - 1)
}

/** Supported files under a folder, as the report should list them. */
function copyFiles(folder: string, from: string): string[] {
  return fs
    .readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((name) => /\.(md|markdown|txt)$/.test(name))
    .map((name) => path.relative(from, path.join(folder, name)).split(path.sep).join('/'))
}

describe('the report of test/fixtures/golden', () => {
  let run: Run
  let report: JsonReport
  beforeAll(async () => {
    run = await brandvoice(['--format', 'json', 'copy'], {cwd: golden})
    report = parseReport(run.stdout)
  })

  it('is exactly the committed expected.json', () => {
    expect(run.stdout).toBe(fs.readFileSync(path.join(golden, 'expected.json'), 'utf8'))
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
  })

  it('has the documented shape, in the documented key order', () => {
    expect(Object.keys(report)).toEqual(['version', 'files', 'errorCount', 'warningCount', 'infoCount'])
    expect(report.version).toBe(1)
    for (const file of report.files) {
      expect(Object.keys(file)).toEqual(['path', 'language', 'touchpoint', 'messages', 'errorCount', 'warningCount', 'infoCount'])
      for (const message of file.messages) {
        const keys = ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'actual', 'expected']
        // `fix` only where the correction is certain; `url` is the rule's docs page, and a message without a rule has no url key at all.
        const fix = 'fix' in message ? ['fix'] : []
        expect(Object.keys(message)).toEqual(message.ruleId === null ? keys : [...keys, ...fix, 'url'])
        expect(['error', 'warning', 'info']).toContain(message.severity)
        if (message.ruleId !== null) expect(message.url).toBe(`https://github.com/brandvoice/brandvoice/blob/main/docs/rules/${message.ruleId.replace('/', '-')}.md`)
      }
    }
  })

  it('counts each severity per file and in total', () => {
    const count = (messages: JsonReport['files'][number]['messages'], severity: string) => messages.filter((message) => message.severity === severity).length
    for (const file of report.files) {
      expect([file.errorCount, file.warningCount, file.infoCount]).toEqual(['error', 'warning', 'info'].map((severity) => count(file.messages, severity)))
    }
    const all = report.files.flatMap((file) => file.messages)
    expect([report.errorCount, report.warningCount, report.infoCount]).toEqual([5, 6, 1])
    // Fixes where the correction is certain: a lexicon term with one word to use, a brand name.
    expect(all.filter((message) => 'fix' in message).map((message) => message.ruleId)).toEqual(['lexicon/preferred-term', 'lexicon/preferred-term', 'lexicon/brand-name', 'lexicon/brand-name', 'lexicon/brand-name'])
    expect([report.errorCount, report.warningCount, report.infoCount]).toEqual(['error', 'warning', 'info'].map((severity) => count(all, severity)))
  })

  it('lists every linted file, clean ones too, by path relative to the working folder with /', () => {
    const paths = report.files.map((file) => file.path)
    expect([...paths].sort()).toEqual(copyFiles(path.join(golden, 'copy'), golden).sort())
    expect(fileIn(report, 'copy/en/signature.txt').messages).toEqual([])
    expect(fileIn(report, 'copy/ro/notificare.txt').messages).toEqual([])
    for (const file of paths) expect(file).toMatch(/^copy\/(en|ro)\/[^\\]+$/)
  })

  it('sorts files by path, comparing UTF-16 code units', () => {
    const paths = report.files.map((file) => file.path)
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    expect(paths).toEqual([
      'copy/en/newsletter.md',
      'copy/en/signature.txt',
      'copy/en/support/refund-reply.md',
      'copy/en/welcome.md',
      'copy/ro/notificare.txt',
      'copy/ro/welcome.md'
    ])
  })

  it('sorts messages by line, then column', () => {
    for (const file of report.files) {
      const places = file.messages.map((message) => [message.line, message.column])
      expect(places).toEqual([...places].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!))
    }
  })

  it('gives each file its language and touchpoint', () => {
    const settings = Object.fromEntries(report.files.map((file) => [file.path, `${file.language} ${file.touchpoint}`]))
    expect(settings).toEqual({
      // An unknown touchpoint in frontmatter is a warning and the file falls back.
      'copy/en/newsletter.md': 'en generic',
      'copy/en/signature.txt': 'en email-signature',
      'copy/en/support/refund-reply.md': 'en support-reply',
      'copy/en/welcome.md': 'en welcome',
      'copy/ro/notificare.txt': 'ro generic',
      'copy/ro/welcome.md': 'ro welcome'
    })
  })

  it('points every message at exactly the text it quotes (1-based, UTF-16 columns, exclusive end)', () => {
    let checked = 0
    for (const file of report.files) {
      const text = fs.readFileSync(path.join(golden, file.path), 'utf8')
      for (const message of file.messages) {
        if (message.actual === null) continue
        const quoted = textBetween(text, message.line, message.column, message.endLine, message.endColumn)
        expect(quoted.replace(/\s+/g, ' '), `${file.path} ${message.line}:${message.column}`).toBe(message.actual)
        checked++
      }
    }
    expect(checked).toBe(11)
  })

  it('counts an emoji before the match as two columns (UTF-16), not one code point or four bytes', () => {
    // copy/en/welcome.md line 7: “🎉 Users who sign up this week…”
    const users = fileIn(report, 'copy/en/welcome.md').messages.find((message) => message.actual === 'Users')!
    expect([users.line, users.column, users.endLine, users.endColumn]).toEqual([7, 4, 7, 9])
  })

  it('gives a phrase over a line break an end on the next line', () => {
    const phrase = fileIn(report, 'copy/ro/welcome.md').messages.find((message) => message.ruleId === 'lexicon/banned-term')!
    expect(phrase).toMatchObject({actual: 'Din păcate', line: 4, column: 1, endLine: 5, endColumn: 7, expected: []})
  })

  it('reports a problem with the file itself with ruleId, actual and expected null, at 1:1-1:1', () => {
    expect(fileIn(report, 'copy/en/newsletter.md').messages).toEqual([
      {
        ruleId: null,
        severity: 'warning',
        message: expect.stringMatching(/^The frontmatter names the touchpoint “newsletter”, which brandvoice does not know/),
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        actual: null,
        expected: null
      }
    ])
  })
})

describe('paths and empty runs', () => {
  it('writes a path outside the working folder as ../…, with /', async () => {
    const run = await brandvoice(['--format', 'json', '../ro/welcome.md', 'signature.txt'], {cwd: path.join(golden, 'copy', 'en')})
    expect(parseReport(run.stdout).files.map((file) => file.path)).toEqual(['../ro/welcome.md', 'signature.txt'])
  })

  it('gives an empty file list and zero counts when there is nothing to lint', async () => {
    const folder = project({'notes/readme.json': '{"not": "copy brandvoice reads"}\n'})
    const run = await brandvoice(['--format', 'json', 'notes'], {cwd: folder})
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({version: 1, files: [], errorCount: 0, warningCount: 0, infoCount: 0})
  })
})
