// --cache: a second run reads no file that has not changed and reports the
// same as a fresh run; a changed file, a changed config or a changed option
// is linted again; a broken cache file is rebuilt without a word. Reads are
// counted through the CLI's readFile seam (main() in this process); the
// last tests run the built binary, with worker threads.
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {builtinRules} from '../../rules/index.js'
import {main} from '../../src/cli/main.js'
import {ConfigLoader} from '../../src/config/load.js'
import {cacheFilePath, LintCache} from '../../src/cli/lint-cache.js'
import {lintFiles} from '../../src/cli/lint-files.js'
import {brandvoice, expectFailure, parseReport, requireBuild, root, useTempProjects} from '../helpers/cli.js'

requireBuild()
const project = useTempProjects()

const config = {
  brand: {names: ['GitHub']},
  lexicon: [{avoid: ['user', 'users'], use: 'customer'}],
  rules: {'typography/quotes': 'warning'},
  overrides: [{files: ['ro/**'], language: 'ro'}]
}
const files = {
  '.brandvoicerc.json': JSON.stringify(config),
  'en/welcome.md': '# Welcome\n\nDear user, your account on Github is ready.\n',
  'en/reply.txt': 'Our users love "quotes".\n',
  'ro/welcome.md': 'Bun venit, utilizatorule! Contul pe Github e gata.\n',
  'clean.md': 'Welcome aboard.\n',
  'binary.md': Buffer.from([0x23, 0x00, 0x01])
}

interface CliRun {
  status: number
  stdout: string
  stderr: string
  /** Files whose contents were read, relative to the folder, sorted. */
  reads: string[]
}

function cli(folder: string, ...argv: string[]): Promise<CliRun> {
  return cliOf('1.0.0', folder, ...argv)
}

async function cliOf(version: string, folder: string, ...argv: string[]): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const reads: string[] = []
  const status = await main(
    {
      argv,
      cwd: folder,
      env: {},
      stdout: {write: (text: string) => (stdout += text)},
      stderr: {write: (text: string) => (stderr += text)},
      readStdin: async () => '',
      version,
      readFile: async (file) => {
        reads.push(path.relative(folder, file))
        return fs.promises.readFile(file)
      }
    },
    builtinRules
  )
  return {status, stdout, stderr, reads: reads.sort()}
}

const cacheFolder = (folder: string) => path.join(folder, 'node_modules/.cache/brandvoice')
const lintedFiles = ['binary.md', 'clean.md', 'en/reply.txt', 'en/welcome.md', 'ro/welcome.md']

/**
 * A project whose files were last changed a minute ago, so that a test's
 * edit gives a file a new time on any file system, however coarse its clock.
 */
function agedProject(tree: Record<string, string | Uint8Array>): string {
  const folder = project(tree)
  const when = new Date(Date.now() - 60_000)
  for (const name of Object.keys(tree)) fs.utimesSync(path.join(folder, name), when, when)
  return folder
}

describe.concurrent('--cache', () => {
  it('reads no unchanged file the second time, and reports exactly what a fresh run does', async () => {
    const folder = agedProject(files)
    const fresh = await cli(folder, '--format', 'json')
    const first = await cli(folder, '--format', 'json', '--cache')
    expect(first.reads).toEqual(lintedFiles)
    expect(first.stdout).toBe(fresh.stdout)
    expect(first.status).toBe(1)

    const second = await cli(folder, '--format', 'json', '--cache')
    // The binary file's report is a problem with the file, which is never kept.
    expect(second.reads).toEqual(['binary.md'])
    expect(second).toMatchObject({status: fresh.status, stdout: fresh.stdout, stderr: ''})
    expect(parseReport(second.stdout).files.map((file) => file.path)).toEqual(lintedFiles)
    // The default place: one file in node_modules/.cache/brandvoice, no temporary file left.
    expect(fs.readdirSync(cacheFolder(folder))).toHaveLength(1)

    // Every format prints from the cache what it prints from a fresh run.
    for (const format of ['pretty', 'sarif', 'github']) {
      const cached = await cli(folder, '--format', format, '--cache')
      expect(cached.reads).toEqual(['binary.md'])
      expect(cached.stdout).toBe((await cli(folder, '--format', format)).stdout)
    }
  }, 120_000)

  it('lints a changed file again, and only that file', async () => {
    const folder = agedProject(files)
    await cli(folder, '--cache')
    fs.writeFileSync(path.join(folder, 'en/welcome.md'), '# Welcome\n\nDear customer, your account on GitHub is ready.\n')
    const run = await cli(folder, '--format', 'json', '--cache')
    expect(run.reads).toEqual(['binary.md', 'en/welcome.md'])
    expect(run.stdout).toBe((await cli(folder, '--format', 'json')).stdout)
    expect(parseReport(run.stdout).files.find((file) => file.path === 'en/welcome.md')!.messages).toEqual([])

    // The same size and a new time: read once, to find the contents the same, and reused.
    const reply = path.join(folder, 'en/reply.txt')
    fs.writeFileSync(reply, 'Our users love "quotes".\n')
    const touched = await cli(folder, '--format', 'json', '--cache')
    expect(touched.reads).toEqual(['binary.md', 'en/reply.txt'])
    expect(touched.stdout).toBe(run.stdout)
    // …after which the new time is in the cache.
    expect((await cli(folder, '--cache')).reads).toEqual(['binary.md'])

    // The same size and different contents, with a new time: linted again.
    fs.writeFileSync(reply, 'Our users love "quotez".\n')
    const edited = await cli(folder, '--format', 'json', '--cache')
    // Read to compare, then to lint.
    expect(edited.reads).toEqual(['binary.md', 'en/reply.txt', 'en/reply.txt'])
    expect(edited.stdout).toBe((await cli(folder, '--format', 'json')).stdout)
    expect(edited.stdout).toContain('quotez')
  }, 120_000)

  it('lints every file again when the config changes, or a config it extends', async () => {
    const folder = agedProject({...files, '.brandvoicerc.json': JSON.stringify({...config, extends: ['./base.json']}), 'base.json': '{"language": "en"}'})
    await cli(folder, '--cache')
    fs.writeFileSync(path.join(folder, '.brandvoicerc.json'), JSON.stringify({...config, extends: ['./base.json'], brand: {names: ['Inoveo']}}))
    const changed = await cli(folder, '--format', 'json', '--cache')
    expect(changed.reads).toEqual(lintedFiles)
    expect(changed.stdout).toBe((await cli(folder, '--format', 'json')).stdout)

    expect((await cli(folder, '--cache')).reads).toEqual(['binary.md'])
    fs.writeFileSync(path.join(folder, 'base.json'), '{"language": "en", "tone": {"maxSentenceWords": 3}}')
    const extended = await cli(folder, '--format', 'json', '--cache')
    expect(extended.reads).toEqual(lintedFiles)
    expect(extended.stdout).toBe((await cli(folder, '--format', 'json')).stdout)
    expect(extended.stdout).toContain('tone/sentence-length')
  }, 120_000)

  it('lints every file again when an option that changes reports changes, and not for one that does not', async () => {
    const folder = agedProject(files)
    await cli(folder, '--cache')
    for (const options of [['--lang', 'ro'], ['--touchpoint', 'support-reply'], ['--report-unused-disables']]) {
      const run = await cli(folder, '--format', 'json', '--cache', ...options)
      expect(run.reads, options.join(' ')).toEqual(lintedFiles)
      expect(run.stdout).toBe((await cli(folder, '--format', 'json', ...options)).stdout)
    }
    // Formats, --quiet and --max-warnings only change what is printed.
    await cli(folder, '--cache')
    expect((await cli(folder, '--cache', '--quiet', '--max-warnings', '3', '--format', 'sarif')).reads).toEqual(['binary.md'])
  }, 120_000)

  it('lints every file again for another version of brandvoice', async () => {
    const folder = agedProject(files)
    await cliOf('1.0.0', folder, '--cache')
    expect((await cliOf('1.0.0', folder, '--cache')).reads).toEqual(['binary.md'])
    expect((await cliOf('1.0.1', folder, '--cache')).reads).toEqual(lintedFiles)
  })

  it('rebuilds a missing, corrupt or foreign cache file without a word', async () => {
    const folder = agedProject(files)
    const fresh = await cli(folder, '--format', 'json')
    await cli(folder, '--cache')
    const file = path.join(cacheFolder(folder), fs.readdirSync(cacheFolder(folder))[0]!)
    for (const broken of ['{"format": 1, "entries": {"x": ', '', 'null', '{"format": 99, "entries": {}}', '{"format": 1, "entries": {"/a": {"key": 1}}}']) {
      fs.writeFileSync(file, broken)
      const run = await cli(folder, '--format', 'json', '--cache')
      expect(run).toMatchObject({status: fresh.status, stdout: fresh.stdout, stderr: ''})
      expect(run.reads).toEqual(lintedFiles)
      expect(JSON.parse(fs.readFileSync(file, 'utf8')).format).toBe(1)
    }
    // An entry whose report is damaged is linted again.
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'))
    stored.entries[path.join(folder, 'clean.md')].report.messages = [{}]
    fs.writeFileSync(file, JSON.stringify(stored))
    const damaged = await cli(folder, '--format', 'json', '--cache')
    expect(damaged.reads).toEqual(['binary.md', 'clean.md'])
    expect(damaged.stdout).toBe(fresh.stdout)
    fs.rmSync(file)
    expect((await cli(folder, '--cache')).reads).toEqual(lintedFiles)
  }, 120_000)

  it('says so on standard error when it cannot write the cache, and the run goes on', async () => {
    const folder = project({...files, 'blocker': 'a file, not a folder'})
    const run = await cli(folder, '--format', 'json', '--cache', '--cache-location', 'blocker/cache.json')
    expect(run.stdout).toBe((await cli(folder, '--format', 'json')).stdout)
    expect(run.stderr).toMatch(/^brandvoice: could not write the cache blocker\/cache\.json: .+\n$/)
  })

  it('--cache-location: a file, a path ending in /, an existing folder', async () => {
    const folder = project({...files, 'existing/.keep': ''})
    await cli(folder, '--cache', '--cache-location', 'my-cache.json')
    expect(fs.statSync(path.join(folder, 'my-cache.json')).isFile()).toBe(true)
    expect((await cli(folder, '--cache', '--cache-location', 'my-cache.json')).reads).toEqual(['binary.md'])

    await cli(folder, '--cache', '--cache-location', 'new-folder/')
    const inside = fs.readdirSync(path.join(folder, 'new-folder'))
    expect(inside).toEqual([expect.stringMatching(/^\.cache_[0-9a-f]+$/)])
    await cli(folder, '--cache', '--cache-location', 'existing')
    expect(fs.readdirSync(path.join(folder, 'existing')).sort()).toEqual([inside[0], '.keep'].sort())
    // Nothing went to the default place.
    expect(fs.existsSync(cacheFolder(folder))).toBe(false)
  })

  it('--fix: what is left after fixing is cached; a cached report with fixes still gets them applied', async () => {
    const folder = agedProject(files)
    // A plain run caches reports that have fixes…
    await cli(folder, '--cache')
    // …which --fix does not take as done.
    const fixed = await cli(folder, '--fix', '--format', 'json', '--cache')
    expect(fixed.stderr).toMatch(/^brandvoice: applied [1-9]\d* fixes in 3 files\.\n$/)
    // clean.md's cached report had nothing to fix: it is not read.
    expect(fixed.reads).toEqual(['binary.md', 'en/reply.txt', 'en/welcome.md', 'ro/welcome.md'])
    expect(fs.readFileSync(path.join(folder, 'en/welcome.md'), 'utf8')).toBe('# Welcome\n\nDear user, your account on GitHub is ready.\n')
    // The fixed files' reports were cached as they were written.
    const after = await cli(folder, '--format', 'json', '--cache')
    expect(after.reads).toEqual(['binary.md'])
    expect(after.stdout).toBe((await cli(folder, '--format', 'json')).stdout)
    const again = await cli(folder, '--fix', '--cache')
    expect(again).toMatchObject({stderr: 'brandvoice: applied 0 fixes in 0 files.\n', reads: ['binary.md']})
  }, 120_000)

  it('--fix-dry-run keeps the report of a file with nothing to fix, and of no other', async () => {
    const folder = agedProject(files)
    const dry = await cli(folder, '--fix-dry-run', '--cache')
    expect(dry.stdout).toContain('+Dear user, your account on GitHub is ready.')
    const run = await cli(folder, '--format', 'json', '--cache')
    expect(run.reads).toEqual(['binary.md', 'en/reply.txt', 'en/welcome.md', 'ro/welcome.md'])
    expect(run.stdout).toBe((await cli(folder, '--format', 'json')).stdout)
  })

  it('forgets a deleted file', async () => {
    const folder = agedProject(files)
    await cli(folder, '--cache')
    fs.rmSync(path.join(folder, 'clean.md'))
    await cli(folder, '--cache', 'en')
    const file = path.join(cacheFolder(folder), fs.readdirSync(cacheFolder(folder))[0]!)
    const keys = Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).entries).map((key) => path.relative(folder, key)).sort()
    // ro/welcome.md was not linted this time, and is kept for the next run that does.
    expect(keys).toEqual(['en/reply.txt', 'en/welcome.md', 'ro/welcome.md'])
  })

  it('--cache-location needs --cache', async () => {
    const folder = agedProject(files)
    const run = await cli(folder, '--cache-location', 'x.json')
    expect(run).toMatchObject({status: 2, stdout: '', stderr: 'brandvoice: --cache-location needs --cache.\nRun `brandvoice --help` for usage.\n'})
  })
})

describe.concurrent('--cache with worker threads (the built binary)', () => {
  it('reports the same as a fresh run in one thread, before and after a change', async () => {
    const folder = agedProject(files)
    const fresh = await brandvoice(['--format', 'json', '--concurrency', 'off'], {cwd: folder})
    const first = await brandvoice(['--format', 'json', '--cache', '--concurrency', '2'], {cwd: folder})
    const second = await brandvoice(['--format', 'json', '--cache', '--concurrency', '2'], {cwd: folder})
    expect(first).toEqual(fresh)
    expect(second).toEqual(fresh)
    fs.writeFileSync(path.join(folder, 'ro/welcome.md'), 'Bun venit, dragă client! Contul pe GitHub e gata.\n')
    const changed = await brandvoice(['--format', 'json', '--cache', '--concurrency', '2'], {cwd: folder})
    expect(changed).toEqual(await brandvoice(['--format', 'json', '--concurrency', 'off'], {cwd: folder}))
    expect(parseReport(changed.stdout).files.find((file) => file.path === 'ro/welcome.md')!.messages).toEqual([])
  }, 120_000)

  it('checks the cache in the main thread and sends workers only the files to lint', async () => {
    const folder = agedProject(files)
    // The real worker, and beside it a listener that notes each file it is sent.
    const log = path.join(folder, 'sent.log')
    const script = path.join(folder, 'noting-worker.mjs')
    fs.writeFileSync(
      script,
      `import ${JSON.stringify(pathToFileURL(path.join(root, 'dist/src/cli/lint-worker.js')).href)}
import fs from 'node:fs'
import {parentPort} from 'node:worker_threads'
parentPort.on('message', ({job}) => fs.appendFileSync(${JSON.stringify(log)}, job.shown + '\\n'))
`
    )
    const run = async () => {
      fs.writeFileSync(log, '')
      const cache = await LintCache.open(cacheFilePath(folder), {version: '1.0.0', cwd: folder, language: undefined, touchpoint: undefined, reportUnusedDisables: false, rules: builtinRules})
      const result = await lintFiles({
        files: lintedFiles.map((name) => path.join(folder, name)),
        loader: new ConfigLoader({rules: builtinRules, cwd: folder}),
        rules: builtinRules,
        settings: {cwd: folder, language: undefined, touchpoint: undefined, reportUnusedDisables: false, mode: 'lint'},
        concurrency: 2,
        workersAllowed: true,
        configFile: undefined,
        cache,
        readBytes: (file) => fs.promises.readFile(file),
        workerScript: pathToFileURL(script)
      })
      const sent = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).sort()
      return {sent, reasons: result.reports.map((report) => report.file.messages.map((message) => message.reason))}
    }
    const first = await run()
    expect(first.sent).toEqual(lintedFiles)
    fs.writeFileSync(path.join(folder, 'clean.md'), 'Welcome aboard, dear user.\n')
    const second = await run()
    expect(second.sent).toEqual(['binary.md', 'clean.md'])
    expect(second.reasons).toEqual([...first.reasons.slice(0, 1), ['Use “customer” instead of “user”.'], ...first.reasons.slice(2)])
  }, 120_000)

  it('--cache-location needs --cache', async () => {
    expectFailure(await brandvoice(['--cache-location', 'x'], {cwd: project(files)}), '--cache-location needs --cache.')
  })
})
