// brandvoice merge-reports: the JSON reports of the shards of a run, joined,
// print exactly what the run over every file prints, in every format, and
// exit as it does; a report it cannot trust stops it with one line (exit 2).
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {brandvoice, expectFailure, parseReport, requireBuild, useTempProjects} from '../helpers/cli.js'

requireBuild()
const project = useTempProjects()

const config = JSON.stringify({
  brand: {names: ['Inoveo', 'GitHub']},
  lexicon: [
    {avoid: ['user', 'users'], use: 'customer'},
    {avoid: 'unfortunately'},
    {avoid: 'ASAP', severity: 'info'}
  ],
  catalogs: ['locales/**'],
  touchpoints: {'support-reply': {files: ['support/**']}}
})

/** A content tree with every kind of finding and of file problem, in names that need care. */
const tree = {
  '.brandvoicerc.json': config,
  'copy/en/welcome.md': '# Welcome to Inoveo\n\nOur users love Github!!\n',
  'copy/en/clean.md': 'Thanks for joining, dear customer.\n',
  'copy/en/bun venit #1.md': 'Welcome, user 👍.\n',
  'copy/en/frontmatter.md': '---\ntouchpoint: newsletter\n---\nHello users.\n',
  'copy/en/signature.html': '<p>Inoveo support, reply ASAP</p>\n',
  'copy/ro/ședință.txt': 'Ne pare rău, fara INOVEO.\n',
  'support/refund.md': 'Unfortunately, you should have read the terms. We will refund you ASAP.\n',
  'copy/latin1.md': Buffer.from('Caf\xe9 users.\n', 'latin1'),
  'copy/logo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
  // Broken at its first character: an error placed at 1:1, not about the whole file.
  'locales/de.json': ']',
  'locales/en.yml': 'en:\n  welcome: "Hello, dear user, from Github"\n',
  'locales/fr.json': '{"welcome": "Bonjour"}\n'
}

const formats = ['json', 'sarif', 'github', 'pretty']

describe('merging the shards of a run', () => {
  it('prints what the run over every file prints, byte for byte, in every format, and exits as it does', async () => {
    const folder = project(tree)
    const full = await Promise.all(formats.map((format) => brandvoice(['--format', format], {cwd: folder})))
    const shards = await Promise.all([1, 2, 3].map((index) => brandvoice(['--shard', `${index}/3`, '--format', 'json', '--output', `shard-${index}.json`], {cwd: folder})))
    expect(shards.map((run) => run.stderr)).toEqual(['', '', ''])

    // Every linted file is in exactly one shard.
    const paths = [1, 2, 3].map((index) => parseReport(fs.readFileSync(path.join(folder, `shard-${index}.json`), 'utf8')).files.map((file) => file.path))
    expect(paths.flat().sort()).toEqual(parseReport(full[0]!.stdout).files.map((file) => file.path))
    expect(paths.every((list) => list.length > 0)).toBe(true)

    const merged = await Promise.all(formats.map((format) => brandvoice(['merge-reports', 'shard-3.json', 'shard-1.json', 'shard-2.json', '--format', format], {cwd: folder})))
    formats.forEach((format, index) => {
      expect(merged[index]!.stdout, format).toBe(full[index]!.stdout)
      expect(merged[index]!.code, format).toBe(full[index]!.code)
    })
    expect(full[0]!.code).toBe(1)
    // The tree has all the cases the JSON report must carry back exactly.
    const report = parseReport(full[0]!.stdout)
    const messages = report.files.flatMap((file) => file.messages)
    expect(messages.some((message) => message.wholeFile)).toBe(true)
    expect(messages.some((message) => !message.wholeFile && message.ruleId === null && message.line === 1 && message.column === 1 && message.severity === 'error')).toBe(true)
    expect(messages.some((message) => message.fix)).toBe(true)
    expect(report.infoCount).toBeGreaterThan(0)
  }, 120_000) // eleven runs of the binary, on a machine shared with the other test files
})

describe.concurrent('brandvoice merge-reports', () => {
  const report = (files: unknown[]) => JSON.stringify({version: 1, files, errorCount: 0, warningCount: 0, infoCount: 0}, null, 2) + '\n'
  const message = (severity: string, ruleId: string) => ({ruleId, severity, message: `A ${severity}.`, line: 1, column: 1, endLine: 1, endColumn: 5, actual: null, expected: null})
  const file = (name: string, ...messages: unknown[]) => ({path: name, language: 'en', touchpoint: 'generic', messages})
  const reports = () =>
    project({
      'clean.json': report([file('a.md'), file('b.md')]),
      'errors.json': report([file('c.md', message('error', 'lexicon/banned-term'), message('warning', 'tone/shouting'))]),
      'warnings.json': report([file('d.md', message('warning', 'tone/shouting'), message('warning', 'tone/emoji'), message('info', 'tone/passive-voice'))]),
      'empty.json': report([]),
      'again.json': report([file('x.md'), file('b.md')]),
      'v2.json': JSON.stringify({version: 2, files: []}),
      'broken.json': '{\n  "version": 1,\n  "files": [\n    {"path": "a.md",}\n  ]\n}\n',
      'odd.json': report([{...file('a.md', message('fatal', 'lexicon/banned-term'))}]),
      'blank.json': '',
      'merge-reports/welcome.md': 'Unfortunately.\n',
      '.brandvoicerc.json': JSON.stringify({lexicon: [{avoid: 'unfortunately'}]})
    })

  it('exits 0 and prints nothing when the merged reports are clean (an empty shard too)', async () => {
    const run = await brandvoice(['merge-reports', 'clean.json', 'empty.json'], {cwd: reports()})
    expect(run).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('exits 1 when a report has errors, and lists every file in the merged JSON', async () => {
    const run = await brandvoice(['merge-reports', 'clean.json', 'errors.json', '--format', 'json'], {cwd: reports()})
    expect(run.code).toBe(1)
    const merged = parseReport(run.stdout)
    expect(merged.files.map((entry) => entry.path)).toEqual(['a.md', 'b.md', 'c.md'])
    expect([merged.errorCount, merged.warningCount, merged.infoCount]).toEqual([1, 1, 0])
  })

  it('exits 1 on more warnings than --max-warnings, 0 within it', async () => {
    const folder = reports()
    const over = await brandvoice(['merge-reports', 'warnings.json', 'clean.json', '--max-warnings', '1'], {cwd: folder})
    expect(over.code).toBe(1)
    expect(over.stderr).toBe('brandvoice: 2 warnings, more than --max-warnings 1 allows.\n')
    expect((await brandvoice(['merge-reports', 'warnings.json', '--max-warnings', '2'], {cwd: folder})).code).toBe(0)
  })

  it('reports errors only with --quiet', async () => {
    const run = await brandvoice(['merge-reports', 'errors.json', 'warnings.json', '--quiet', '--format', 'json'], {cwd: reports()})
    const merged = parseReport(run.stdout)
    expect(merged.files.flatMap((entry) => entry.messages.map((item) => item.severity))).toEqual(['error'])
    expect(run.code).toBe(1)
  })

  it('writes the merged report to --output', async () => {
    const folder = reports()
    const run = await brandvoice(['merge-reports', 'errors.json', '--format', 'sarif', '--output', 'merged.sarif'], {cwd: folder})
    expect([run.code, run.stdout]).toEqual([1, ''])
    const sarif = JSON.parse(fs.readFileSync(path.join(folder, 'merged.sarif'), 'utf8'))
    expect(sarif.runs[0].results.map((result: {ruleId: string}) => result.ruleId)).toEqual(['lexicon/banned-term', 'tone/shouting'])
  })

  it('lints a folder named merge-reports given as ./merge-reports', async () => {
    const run = await brandvoice(['--format', 'json', './merge-reports'], {cwd: reports()})
    expect(parseReport(run.stdout).files.map((entry) => entry.path)).toEqual(['merge-reports/welcome.md'])
    expect(run.code).toBe(1)
  })

  it.each([
    [['merge-reports'], '`brandvoice merge-reports` needs the JSON reports to merge'],
    [['merge-reports', 'missing.json'], 'brandvoice: Cannot read the report “missing.json”: there is no such file.'],
    [['merge-reports', 'merge-reports'], 'brandvoice: Cannot read the report “merge-reports”: it is a folder.'],
    [['merge-reports', 'blank.json'], 'brandvoice: blank.json: the file is empty; expected a report written by `brandvoice --format json`'],
    [['merge-reports', 'broken.json'], 'brandvoice: broken.json:4:21: not valid JSON (property name expected)'],
    [['merge-reports', 'odd.json'], /^brandvoice: odd\.json:\d+:\d+: not a brandvoice JSON report: files\[0\]\.messages\[0\]\.severity is "fatal"; expected "error", "warning" or "info"\.$/],
    [['merge-reports', 'v2.json'], /^brandvoice: v2\.json: a JSON report of format version 2, and brandvoice \S+ reads version 1/],
    [['merge-reports', 'clean.json', 'again.json'], 'brandvoice: “b.md” is in both “clean.json” and “again.json”; each file must be in one report only'],
    [['merge-reports', 'clean.json', './clean.json'], 'brandvoice: The report “./clean.json” is given twice.'],
    [['merge-reports', 'clean.json', '--fix'], '`brandvoice merge-reports` takes --format, --output, --max-warnings and --quiet, not --fix.'],
    [['merge-reports', 'clean.json', '--config', 'x.json', '--shard', '1/2'], 'takes --format, --output, --max-warnings and --quiet, not --config, --shard.'],
    [['merge-reports', 'clean.json', '--format', 'xml'], 'Unknown --format “xml”']
  ])('refuses %j with one line (exit 2)', async (args, expected) => {
    expectFailure(await brandvoice(args, {cwd: reports()}), expected)
  })

  it('refuses a SARIF log, which is not the JSON report it reads', async () => {
    const folder = reports()
    await brandvoice(['merge-reports', 'errors.json', '--format', 'sarif', '--output', 'errors.sarif'], {cwd: folder})
    expectFailure(await brandvoice(['merge-reports', 'errors.sarif'], {cwd: folder}), 'brandvoice: errors.sarif:1:1: not a brandvoice JSON report: this is a SARIF log')
  })
})
