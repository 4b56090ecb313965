// --concurrency: files linted on worker threads give byte for byte the report,
// the exit status and (with --fix) the files of a run in one thread; a worker
// that dies costs only its file, which gets a fatal message.
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {builtinRules} from '../../rules/index.js'
import {ConfigLoader} from '../../src/config/load.js'
import {lintFiles} from '../../src/cli/lint-files.js'
import {autoMinimumBytes, parseConcurrency, workerCount} from '../../src/cli/concurrency.js'
import {brandvoice, expectFailure, parseReport, requireBuild, root, useTempProjects, type Run} from '../helpers/cli.js'

requireBuild()
const project = useTempProjects()

/** Every file under `folder`, by path relative to it. */
function filesIn(folder: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {}
  for (const entry of fs.readdirSync(folder, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    files[path.relative(folder, full)] = fs.readFileSync(full)
  }
  return files
}

/** Two real files in each of Catalan, Polish and Romanian. */
function sample(): Record<string, Buffer> {
  const files = Object.entries(filesIn(path.join(root, 'test/fixtures/sample'))).sort(([a], [b]) => (a < b ? -1 : 1))
  return Object.fromEntries(['ca', 'pl', 'ro'].flatMap((language) => files.filter(([name]) => name.startsWith(language + path.sep)).slice(0, 2)))
}

/** The bundled examples (Markdown, HTML, text, a YAML catalog), other languages, and files that cannot be linted. */
function tree(): Record<string, string | Uint8Array> {
  return {
    ...filesIn(path.join(root, 'examples')),
    ...sample(),
    'broken/binary.md': Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]),
    'broken/latin1.txt': Buffer.from('Caf\xe9 for every user.\n', 'latin1'),
    'broken/frontmatter.md': '---\nlang: 42\ntouchpoint: fax\n---\nOur users will hear from us ASAP!!\n',
    'disables.md': '<!-- brandvoice-disable-next-line tone/shouting -->\nDear user, your refund was sent.\n'
  }
}

function same(serial: Run, parallel: Run): void {
  expect(parallel.code).toBe(serial.code)
  expect(parallel.stderr).toBe(serial.stderr)
  expect(parallel.stdout).toBe(serial.stdout)
}

describe.concurrent('--concurrency 2 and off give the same run', () => {
  const folder = project(tree())

  for (const format of ['json', 'pretty']) {
    it(`--format ${format}`, async () => {
      const args = ['--format', format, '--report-unused-disables']
      const [serial, parallel] = await Promise.all([
        brandvoice([...args, '--concurrency', 'off'], {cwd: folder}),
        brandvoice([...args, '--concurrency', '2'], {cwd: folder})
      ])
      same(serial, parallel)
      expect(serial.code).toBe(1)
      if (format === 'json') {
        const report = parseReport(serial.stdout)
        expect(report.files.length).toBe(18)
        // The run had fatal messages and every severity to compare.
        expect(report.files.find((file) => file.path === 'broken/binary.md')!.errorCount).toBe(1)
        expect(report.infoCount).toBeGreaterThan(0)
      }
    }, 120_000)
  }

  it('--quiet and --max-warnings', async () => {
    const args = ['--format', 'json', '--quiet', '--max-warnings', '0', 'en', 'ro']
    const [serial, parallel] = await Promise.all([
      brandvoice([...args, '--concurrency', 'off'], {cwd: folder}),
      brandvoice([...args, '--concurrency', '3'], {cwd: folder})
    ])
    same(serial, parallel)
  }, 120_000)
})

describe.concurrent('--fix on worker threads', () => {
  const config = JSON.stringify({
    extends: ['brandvoice:recommended'],
    rules: {'typography/diacritics': 'error', 'typography/quotes': 'warning', 'typography/spacing': 'warning'},
    lexicon: [{avoid: 'sign-up', use: 'registration'}],
    brand: {names: ['GitHub']}
  })
  const files = {
    '.brandvoicerc.json': config,
    'ro/a.md': '---\nlang: ro\n---\nPuteţi  apăsa "Salvează" oricând.\n',
    'ro/b.txt': '\uFEFFMulţumim  pentru comandă.\r\nPuteţi reveni.\r\n',
    'en/c.md': 'Finish your sign-up on Github today.\n',
    'en/clean.md': 'Welcome aboard.\n',
    'en/d.html': '<p>Your sign-up on Github is done.</p>\n',
    'en/binary.md': Buffer.from([0x00, 0x01])
  }

  it('writes the same files and reports the same as a run in one thread', async () => {
    const serialFolder = project(files)
    const parallelFolder = project(files)
    const [serial, parallel] = await Promise.all([
      brandvoice(['--fix', '--format', 'json', '--concurrency', 'off'], {cwd: serialFolder}),
      brandvoice(['--fix', '--format', 'json', '--concurrency', '2'], {cwd: parallelFolder})
    ])
    same(serial, parallel)
    expect(serial.stderr).toMatch(/^brandvoice: applied [1-9]\d* fixes in 4 files\.\n$/)
    expect(filesIn(parallelFolder)).toEqual(filesIn(serialFolder))
    expect(fs.readFileSync(path.join(parallelFolder, 'en/c.md'), 'utf8')).toBe('Finish your registration on GitHub today.\n')
  }, 120_000)

  it('--fix-dry-run prints the same diff', async () => {
    const folder = project(files)
    const [serial, parallel] = await Promise.all([
      brandvoice(['--fix-dry-run', '--concurrency', 'off'], {cwd: folder}),
      brandvoice(['--fix-dry-run', '--concurrency', '2'], {cwd: folder})
    ])
    same(serial, parallel)
    expect(serial.stdout).toContain('+Finish your registration on GitHub today.')
  }, 120_000)

  it('a broken config stops the run before any file is written', async () => {
    const broken = {...files, 'en/.brandvoicerc.json': '{"lexicon": [{"use": "x"}]}'}
    const serialFolder = project(broken)
    const parallelFolder = project(broken)
    const [serial, parallel] = await Promise.all([
      brandvoice(['--fix', '--concurrency', 'off'], {cwd: serialFolder}),
      brandvoice(['--fix', '--concurrency', '2'], {cwd: parallelFolder})
    ])
    same(serial, parallel)
    expectFailure(parallel, /^brandvoice: config error in en\/\.brandvoicerc\.json/)
    expect(filesIn(parallelFolder)).toEqual(filesIn(project(broken)))
  }, 120_000)
})

describe.concurrent('--concurrency values', () => {
  const folder = project({'a.md': 'Hello.\n'})

  for (const value of ['0', '-1', 'many', '1.5', '']) {
    it(`refuses “${value}”`, async () => {
      expectFailure(await brandvoice([`--concurrency=${value}`], {cwd: folder}), `--concurrency expects a number of worker threads (1 or more), auto or off, not “${value}”.`)
    })
  }

  it('--help names --concurrency, --cache and --cache-location', async () => {
    const help = await brandvoice(['--help'], {cwd: folder})
    for (const option of ['--concurrency N|auto|off', '--cache ', '--cache-location PATH']) expect(help.stdout).toContain(option)
  })

  it('takes a number larger than the files, auto and off', async () => {
    for (const value of ['8', 'auto', 'off']) {
      expect(await brandvoice(['--concurrency', value], {cwd: folder})).toEqual({code: 0, stdout: '', stderr: ''})
    }
  }, 120_000)
})

describe('how many workers', () => {
  const kib = 1024
  it('parses n, auto and off', () => {
    expect(['1', '16', 'auto', 'off', '0', '01x', '-2', 'Auto'].map(parseConcurrency)).toEqual([1, 16, 'auto', 'off', undefined, undefined, undefined, undefined])
  })

  it('off: none; a number: that many, never more than the files', () => {
    expect(workerCount('off', {sizes: [900 * kib, 900 * kib]}, 8)).toBe(0)
    expect(workerCount(3, {sizes: [1, 1, 1, 1]}, 1)).toBe(3)
    expect(workerCount(8, {sizes: [1, 1]}, 8)).toBe(2)
    expect(workerCount(2, {sizes: []}, 8)).toBe(0)
  })

  it('auto: one per core, only with two cores or more and enough copy beside the largest file', () => {
    const enough = [autoMinimumBytes, ...Array(9).fill(autoMinimumBytes / 8)]
    expect(workerCount('auto', {sizes: enough}, 4)).toBe(4)
    expect(workerCount('auto', {sizes: enough}, 16)).toBe(10)
    expect(workerCount('auto', {sizes: enough}, 1)).toBe(0)
    // The same copy, all in one file: no worker could help it.
    expect(workerCount('auto', {sizes: [10 * autoMinimumBytes, autoMinimumBytes - 1]}, 4)).toBe(0)
    expect(workerCount('auto', {sizes: Array(100).fill(kib)}, 4)).toBe(0)
  })
})

describe('a worker that dies', () => {
  it('costs only the file it held, which gets a fatal message; the others are linted as in one thread', async () => {
    const folder = project({
      '.brandvoicerc.json': JSON.stringify({lexicon: [{avoid: 'user', use: 'customer'}]}),
      'a.md': 'Dear user.\n',
      'crash.md': 'Dear user.\n',
      'b.md': 'Hello, user.\n'
    })
    // The real worker, and beside it a listener that stops the thread when it is given crash.md
    // (after the real one started on it, before it can answer).
    const script = path.join(folder, 'crashing-worker.mjs')
    fs.writeFileSync(
      script,
      `import ${JSON.stringify(pathToFileURL(path.join(root, 'dist/src/cli/lint-worker.js')).href)}
import {parentPort} from 'node:worker_threads'
parentPort.on('message', ({job}) => { if (job.shown === 'crash.md') process.exit(70) })
`
    )
    const files = ['a.md', 'crash.md', 'b.md'].map((name) => path.join(folder, name))
    const run = (concurrency: 'off' | number) =>
      lintFiles({
        files,
        loader: new ConfigLoader({rules: builtinRules, cwd: folder}),
        rules: builtinRules,
        settings: {cwd: folder, language: undefined, touchpoint: undefined, reportUnusedDisables: false, mode: 'lint'},
        concurrency,
        workersAllowed: true,
        configFile: undefined,
        cache: undefined,
        readBytes: (file) => fs.promises.readFile(file),
        workerScript: pathToFileURL(script)
      })
    const [serial, parallel] = await Promise.all([run('off'), run(2)])
    const reasons = (result: typeof serial) => result.reports.map((report) => [report.path, report.file.messages.map((message) => message.reason)])
    expect(reasons(parallel)).toEqual([
      ['a.md', ['Use “customer” instead of “user”.']],
      ['crash.md', ['brandvoice failed on this file: its worker thread stopped (exit code 70). Please report this, with the file.']],
      ['b.md', ['Use “customer” instead of “user”.']]
    ])
    expect(parallel.reports[1]!.file.messages[0]!.fatal).toBe(true)
    expect(reasons(serial)[0]).toEqual(reasons(parallel)[0])
    expect(reasons(serial)[2]).toEqual(reasons(parallel)[2])
  }, 120_000)
})
