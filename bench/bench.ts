// `npm run bench`: speed and memory, quoted as ratios measured side by side in
// one run (never asserted by tests). docs/performance.md explains each row and
// flag. Corpus: --corpus DIR, a generated one (--generate 20MB), or by default
// the bundled examples and test fixtures plus ../shared/corpus when it sits
// beside the checkout.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {collectFiles, comparisonSet, loadCorpus, total, type Corpus, type Sample} from './corpus.js'
import {GenerateError, writeCorpus} from './generate-corpus.js'
import {bareParse, benchConfig, inProcessLinter} from './in-process.js'
import {generatedLexicon} from './lexicon.js'
import {canMeasureMemory, CommandError, interleave, runNode, timeProcess, type Stat, type Task} from './measure.js'
import {helpText, parseOptions, UsageError, type BenchOptions} from './options.js'
import {markdownReport, type BenchResult, type CliThroughput, type LintThroughput, type ManyFiles, type Throughput} from './report.js'
import {SizeError} from './size.js'
import {findTextlint, textlintWithLexicon} from './textlint.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.join(root, 'dist/src/cli/bin.js')
const started = performance.now()

/** Files above this size stay out of the comparison set (../shared/corpus's bulk files are 0.5–0.8 MB each). */
const comparisonMaxFileBytes = 64_000
const lexiconSizes = [10, 1000, 10_000]
/** textlint, and brandvoice with its lexicon rules only, at these sizes (textlint at 10,000 entries would take most of the run). */
const textlintLexiconSizes = [10, 1000]
const manyFileCounts = [500, 5000] as const
const coldStartFile = 'examples/en/welcome.md'

function progress(message: string): void {
  const elapsed = Math.round((performance.now() - started) / 1000)
  process.stderr.write(`bench ${String(Math.floor(elapsed / 60)).padStart(2, '0')}:${String(elapsed % 60).padStart(2, '0')}  ${message}\n`)
}

/** A path as the results show it: from the checkout when it is in or beside it (../shared/corpus), else in full. */
function show(file: string): string {
  const relative = path.relative(root, file)
  if (relative === '') return '.'
  return relative.startsWith(`..${path.sep}..`) ? file : relative.split(path.sep).join('/')
}

/** ../shared/corpus beside the checkout, or, from a git worktree, beside the main checkout. */
function sharedCorpus(): string | undefined {
  const candidates = [path.resolve(root, '../shared/corpus')]
  const git = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], {cwd: root, encoding: 'utf8'})
  if (git.status === 0) candidates.push(path.resolve(path.dirname(git.stdout.trim()), '../shared/corpus'))
  return candidates.find((folder) => fs.existsSync(folder))
}

function supportsConcurrency(): boolean {
  return spawnSync(process.execPath, [bin, '--help'], {encoding: 'utf8'}).stdout.includes('--concurrency')
}

function throughput(run: Stat, samples: readonly Sample[]): Throughput {
  const megabytes = total(samples) / 1e6
  return {...run, files: samples.length, megabytes, filesPerSecond: samples.length / (run.median / 1000), megabytesPerSecond: megabytes / (run.median / 1000)}
}

interface Prepared {
  corpus: Corpus
  folders: string[]
  labels: string[]
  generated?: NonNullable<BenchResult['corpus']['generated']>
  compared: Sample[]
  sampleRule: string
}

function prepareCorpus(options: BenchOptions, scratch: string): Prepared {
  const folders = [...options.corpus]
  const labels = new Map<string, string>()
  let generated: Prepared['generated']
  if (options.generate) {
    const folder = options.generate.into ?? path.join(scratch, 'corpus')
    progress(`generating ${options.generate.text} of copy (seed ${options.seed}) in ${folder}`)
    const written = writeCorpus(folder, {seed: options.seed, bytes: options.generate.bytes})
    progress(`generated ${written.files} files, ${(written.bytes / 1e6).toFixed(2)} MB`)
    folders.push(folder)
    if (!options.generate.into) labels.set(folder, 'generated corpus')
    generated = {size: options.generate.text, seed: options.seed, folder: options.generate.into ? show(folder) : '(temporary folder)'}
  }
  if (folders.length === 0) {
    const shared = sharedCorpus()
    folders.push(path.join(root, 'examples'), path.join(root, 'test/fixtures'), ...(shared ? [shared] : []))
  }
  const corpus = loadCorpus(folders.flatMap((folder) => collectFiles(folder)))
  if (corpus.samples.length === 0) throw new UsageError(`No .md, .markdown or .txt files in ${folders.join(', ')}.`)
  const sampleRule = `the corpus's files up to ${comparisonMaxFileBytes / 1000} KB, ${(options.sampleBytes / 1e6).toFixed(2)} MB at most in all, set by --sample`
  const compared = comparisonSet(corpus.samples, {maxFileBytes: comparisonMaxFileBytes, maxBytes: options.sampleBytes, seed: options.seed})
  if (compared.length === 0) throw new UsageError(`No file of the corpus fits the comparison set (${sampleRule}).`)
  return {corpus, folders, labels: folders.map((folder) => labels.get(folder) ?? show(folder)), ...(generated ? {generated} : {}), compared, sampleRule}
}

/** The CLI's arguments for the corpus: its files, or its folders when the list would be too long for a command line. */
function cliInputs(prepared: Prepared): {inputs: string[]; gets: 'the files' | 'the folders'} {
  const {corpus, folders} = prepared
  const files = corpus.samples.map((sample) => path.relative(corpus.base, sample.path))
  // Command lines are limited: about 2 MB on Linux, 32 KB on Windows.
  if (files.join(' ').length < (process.platform === 'win32' ? 30_000 : 500_000)) return {inputs: files, gets: 'the files'}
  return {inputs: folders.map((folder) => path.relative(corpus.base, folder) || '.'), gets: 'the folders'}
}

/** The in-process variants on the comparison set, in turn: bare parse, brandvoice at each lexicon size, textlint + prh. */
async function measureComparison(options: BenchOptions, prepared: Prepared, scratch: string) {
  const {corpus, compared} = prepared
  progress('comparison set: preparing the linters')
  const linters = new Map<string, (samples: readonly Sample[]) => number | Promise<number>>()
  for (const size of lexiconSizes) linters.set(`lexicon ${size}`, await inProcessLinter(benchConfig(generatedLexicon(size)), corpus.base))
  for (const size of textlintLexiconSizes) linters.set(`lexicon only ${size}`, await inProcessLinter(benchConfig(generatedLexicon(size), true), corpus.base))
  const textlint = findTextlint(root)
  if ('missing' in textlint) {
    progress(`textlint comparison skipped: ${textlint.missing}`)
  } else {
    for (const size of textlintLexiconSizes) {
      const linter = await textlintWithLexicon(root, generatedLexicon(size), scratch, corpus.base)
      linters.set(`textlint ${size}`, async (samples) => {
        let messages = 0
        for (const sample of samples) messages += await linter.lint(sample.text, sample.path)
        return messages
      })
    }
  }

  const messages = new Map<string, number>()
  const tasks: Record<string, Task> = {'bare parse': () => bareParse(compared)}
  for (const [name, lint] of linters) tasks[name] = async () => messages.set(name, await lint(compared))
  // A first pass fills caches that later passes reuse (several times faster on ../shared/corpus), so every variant makes one untimed.
  progress(`comparison set: one untimed pass of each of the ${Object.keys(tasks).length} measures`)
  const stats = await interleave(tasks, {
    runs: options.runs,
    warmUp: true,
    onRound: (round, of) => progress(`comparison set: round ${round} of ${of} (${Object.keys(tasks).length} measures)`)
  })

  const linted = (name: string): LintThroughput => ({...throughput(stats[name]!, compared), messages: messages.get(name) ?? 0})
  const bare = throughput(stats['bare parse']!, compared)
  const medianOf = (name: string) => stats[name]!.median
  return {
    bareParse: bare,
    lexicon: lexiconSizes.map((entries) => {
      const run = linted(`lexicon ${entries}`)
      return {...run, entries, ratioToBareParse: bare.median / run.median, ratioTo10: run.median / medianOf('lexicon 10')}
    }),
    lexiconRulesOnly: textlintLexiconSizes.map((entries) => ({...linted(`lexicon only ${entries}`), entries})),
    textlint:
      'missing' in textlint
        ? {skipped: textlint.missing}
        : {
            version: textlint.version,
            runs: textlintLexiconSizes.map((entries) => {
              const run = linted(`textlint ${entries}`)
              return {
                ...run,
                entries,
                brandvoiceRatio: run.median / medianOf(`lexicon ${entries}`),
                lexiconRulesOnlyRatio: run.median / medianOf(`lexicon only ${entries}`)
              }
            })
          }
  } satisfies BenchResult['comparison']
}

/** Bare parse in process and the whole CLI (one process, then in parallel when it can), in turn, on the whole corpus. */
async function measureCorpus(options: BenchOptions, prepared: Prepared, cliConfig: string, concurrency: boolean): Promise<BenchResult['corpusWide']> {
  const {corpus} = prepared
  const {inputs} = cliInputs(prepared)
  const peaks = {serial: [] as number[], parallel: [] as number[]}
  const cli = (flags: string[], into: number[]) => () => {
    into.push(runNode(bin, ['--format', 'json', '--config', cliConfig, ...flags, ...inputs], corpus.base).maxRssMb)
  }
  const tasks: Record<string, Task> = {
    'bare parse': () => bareParse(corpus.samples),
    'cli serial': cli(concurrency ? ['--concurrency', 'off'] : [], peaks.serial)
  }
  if (concurrency) tasks['cli parallel'] = cli(['--concurrency', 'auto'], peaks.parallel)
  const stats = await interleave(tasks, {
    runs: options.runs,
    warmUp: false,
    onRound: (round, of) => progress(`whole corpus: round ${round} of ${of} (bare parse, CLI${concurrency ? ' one process, CLI --concurrency auto' : ''})`)
  })

  const bare = throughput(stats['bare parse']!, corpus.samples)
  const cliRun = (name: string, rss: number[]): CliThroughput => ({
    ...throughput(stats[name]!, corpus.samples),
    maxRssMb: Math.max(...rss),
    ratioToBareParse: bare.median / stats[name]!.median
  })
  return {
    bareParse: bare,
    cliSerial: cliRun('cli serial', peaks.serial),
    cliParallel: concurrency ? cliRun('cli parallel', peaks.parallel) : {skipped: 'this CLI has no --concurrency option'}
  }
}

/** The CLI over trees of many small generated files: does its memory grow with the number of files? */
function measureManyFiles(options: BenchOptions, scratch: string, cliConfig: string, concurrency: boolean): BenchResult['manyFiles'] {
  const flags = concurrency ? ['--concurrency', 'off'] : []
  const runs: ManyFiles[] = []
  for (const files of manyFileCounts) {
    const folder = path.join(scratch, `many-${files}`)
    const written = writeCorpus(folder, {seed: options.seed, files, touchpoints: ['notification', 'email-signature']})
    progress(`many files: the CLI on ${files} generated small files`)
    const result = runNode(bin, ['--format', 'json', '--config', cliConfig, ...flags, '.'], folder)
    runs.push({files, megabytes: written.bytes / 1e6, ms: result.ms, maxRssMb: result.maxRssMb})
  }
  const [small, large] = [runs[0]!, runs[1]!]
  return {small, large, rssRatio: large.maxRssMb / small.maxRssMb, flags: flags.length > 0 ? `\`${flags.join(' ')}\`` : '(one process)'}
}

async function bench(options: BenchOptions, scratch: string): Promise<BenchResult> {
  const prepared = prepareCorpus(options, scratch)
  const {corpus, compared} = prepared
  const concurrency = supportsConcurrency()
  progress(`corpus: ${corpus.samples.length} files, ${(corpus.bytes / 1e6).toFixed(2)} MB from ${prepared.labels.join(', ')}`)
  progress(`comparison set: ${compared.length} files, ${(total(compared) / 1e6).toFixed(3)} MB (${prepared.sampleRule})`)
  progress(`${options.runs} run${options.runs === 1 ? '' : 's'} of each measure, ${options.coldStartRuns} of the cold start; the CLI ${concurrency ? 'has' : 'has no'} --concurrency`)
  // The CLI gets the same config as the in-process runs, as a file.
  const cliConfig = path.join(scratch, 'brandvoice-10.json')
  fs.writeFileSync(cliConfig, JSON.stringify(benchConfig(generatedLexicon(10))))

  // The examples' own config and one small file, as a first run in a project would be.
  progress(`cold start: ${options.coldStartRuns} runs of the CLI on ${coldStartFile}`)
  const coldStart = {...timeProcess(options.coldStartRuns, () => runNode(bin, ['--config', 'examples/.brandvoicerc.json', coldStartFile], root)), file: coldStartFile}
  const comparison = await measureComparison(options, prepared, scratch)
  const corpusWide = await measureCorpus(options, prepared, cliConfig, concurrency)
  const manyFiles = measureManyFiles(options, scratch, cliConfig, concurrency)

  return {
    date: new Date().toISOString(),
    machine: {
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
      cores: os.availableParallelism(),
      memoryGb: Math.round(os.totalmem() / 1e9),
      node: process.version,
      os: `${os.type()} ${os.release()}`
    },
    settings: {runs: options.runs, coldStartRuns: options.coldStartRuns, seed: options.seed, concurrencyOption: concurrency, peakMemory: canMeasureMemory},
    corpus: {
      files: corpus.samples.length,
      megabytes: corpus.bytes / 1e6,
      folders: prepared.labels,
      ...(prepared.generated ? {generated: prepared.generated} : {}),
      cliGets: cliInputs(prepared).gets
    },
    comparisonSet: {files: compared.length, megabytes: total(compared) / 1e6, rule: prepared.sampleRule},
    corpusWide,
    comparison,
    coldStart,
    manyFiles
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), root)
  if (options.help) {
    process.stdout.write(helpText)
    return
  }
  if (!fs.existsSync(bin)) throw new UsageError(`${show(bin)} is missing: run \`npm run build\` first (npm run bench does).`)
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'brandvoice-bench-'))
  let result
  try {
    result = await bench(options, scratch)
  } finally {
    fs.rmSync(scratch, {recursive: true, force: true})
  }
  const table = markdownReport(result)
  fs.mkdirSync(options.out, {recursive: true})
  fs.writeFileSync(path.join(options.out, 'latest.json'), JSON.stringify(result, null, 2) + '\n')
  fs.writeFileSync(path.join(options.out, 'latest.md'), table)
  progress(`wrote ${show(path.join(options.out, 'latest.md'))} and latest.json`)
  process.stdout.write(table)
}

try {
  await main()
} catch (error) {
  // Bad input and a failing CLI are one line each; anything else is a bug in the bench, with its stack.
  if (error instanceof UsageError || error instanceof SizeError || error instanceof CommandError || error instanceof GenerateError) {
    process.stderr.write(`bench: ${error.message}\n`)
    process.exitCode = 2
  } else {
    throw error
  }
}
