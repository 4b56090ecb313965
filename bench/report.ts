// The bench's result, as written to bench/results/latest.json, and the short
// Markdown tables of latest.md. Every ratio says what it divides by what.
import type {Stat} from './measure.js'

export interface Throughput extends Stat {
  files: number
  megabytes: number
  filesPerSecond: number
  megabytesPerSecond: number
}

export interface CliThroughput extends Throughput {
  /** Peak resident memory of the process, worker threads included, in MB. */
  maxRssMb: number
  /** The CLI's MB/s divided by the bare parse's, on the same files. */
  ratioToBareParse: number
}

export interface LintThroughput extends Throughput {
  /** Messages the linter gave on the files, as a check that it did its work. */
  messages: number
}

export interface Skipped {
  skipped: string
}

export interface ManyFiles {
  files: number
  megabytes: number
  ms: number
  maxRssMb: number
}

export interface BenchResult {
  date: string
  machine: {cpuModel: string; cores: number; memoryGb: number; node: string; os: string}
  settings: {runs: number; coldStartRuns: number; seed: number; concurrencyOption: boolean; peakMemory: boolean}
  corpus: {files: number; megabytes: number; folders: string[]; generated?: {size: string; seed: number; folder: string}; cliGets: 'the files' | 'the folders'}
  comparisonSet: {files: number; megabytes: number; rule: string}
  corpusWide: {bareParse: Throughput; cliSerial: CliThroughput; cliParallel: CliThroughput | Skipped}
  comparison: {
    bareParse: Throughput
    /** All rules; ratioTo10 is this run's median time divided by the 10-entry run's. */
    lexicon: Array<LintThroughput & {entries: number; ratioToBareParse: number; ratioTo10: number}>
    lexiconRulesOnly: Array<LintThroughput & {entries: number}>
    /** brandvoiceRatio: brandvoice's MB/s divided by textlint's, with all rules and with the lexicon rules only. */
    textlint: {version: string; runs: Array<LintThroughput & {entries: number; brandvoiceRatio: number; lexiconRulesOnlyRatio: number}>} | Skipped
  }
  coldStart: Stat & {maxRssMb: number; file: string}
  manyFiles: {small: ManyFiles; large: ManyFiles; rssRatio: number; flags: string}
}

const plural = (value: number, noun: string) => `${value} ${noun}${value === 1 ? '' : 's'}`
const count = (value: number) => Math.round(value).toLocaleString('en-US')
const fixed = (value: number, digits = 2) => value.toFixed(digits)
const seconds = (ms: number) => (ms >= 10_000 ? `${fixed(ms / 1000, 1)} s` : ms >= 1000 ? `${fixed(ms / 1000, 2)} s` : `${fixed(ms, 0)} ms`)
const timing = (stat: Stat) => `${seconds(stat.median)} (${seconds(stat.min)}–${seconds(stat.max)})`
const size = (files: number, megabytes: number) => `${count(files)}, ${megabytes < 0.1 ? fixed(megabytes, 3) : fixed(megabytes)}`
const megabytesOf = (value: number) => (Number.isNaN(value) ? 'not measured' : `${count(value)} MB`)

function speedRow(label: string, run: Throughput, ratio: string, target = ''): string {
  return `| ${label} | ${size(run.files, run.megabytes)} | ${timing(run)} | ${count(run.filesPerSecond)} | ${fixed(run.megabytesPerSecond, 3)} | ${ratio} | ${target} |`
}

export function markdownReport(result: BenchResult): string {
  const {machine, corpus, comparisonSet, corpusWide, comparison, coldStart, manyFiles, settings} = result
  const lines = [
    `Run ${result.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpuModel} (${machine.cores} cores), ${machine.memoryGb} GB, Node ${machine.node}, ${machine.os}.`,
    `Corpus: ${count(corpus.files)} files, ${fixed(corpus.megabytes)} MB from ${corpus.folders.join(', ')}${corpus.generated ? ` (generated: ${corpus.generated.size}, seed ${corpus.generated.seed})` : ''}; the CLI was given ${corpus.cliGets}.`,
    `Comparison set: ${count(comparisonSet.files)} files, ${fixed(comparisonSet.megabytes, 3)} MB (${comparisonSet.rule}).`,
    `Each time is the median of ${plural(settings.runs, 'run')} (cold start: ${settings.coldStartRuns}), min–max in brackets; files/s and MB/s come from the median.`,
    '',
    '| measure | files, MB | median (min–max) | files/s | MB/s | ratio | target |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    speedRow('bare parse in process (remark-parse → remark-retext → parse-english/latin, no rules), whole corpus', corpusWide.bareParse, 'reference'),
    speedRow(`whole CLI \`--format json${settings.concurrencyOption ? ' --concurrency off' : ''}\`, one process (start to exit), whole corpus`, corpusWide.cliSerial, `${fixed(corpusWide.cliSerial.ratioToBareParse)} of bare parse’s MB/s`, '≥ 0.5'),
    'skipped' in corpusWide.cliParallel
      ? `| whole CLI, \`--concurrency auto\` | | skipped: ${corpusWide.cliParallel.skipped} | | | | ≥ 1.0 |`
      : speedRow(`whole CLI \`--format json --concurrency auto\` (${machine.cores} cores), whole corpus`, corpusWide.cliParallel, `${fixed(corpusWide.cliParallel.ratioToBareParse)} of bare parse’s MB/s`, '≥ 1.0'),
    speedRow('bare parse in process, comparison set', comparison.bareParse, 'reference'),
    ...comparison.lexicon.map((run) =>
      run.entries === 10
        ? speedRow('lint in process, all rules, 10 lexicon entries', run, `${fixed(run.ratioToBareParse)} of bare parse’s MB/s`)
        : speedRow(`lint in process, all rules, ${count(run.entries)} lexicon entries`, run, `${fixed(run.ratioTo10)}× the 10-entry time`, run.entries === 10_000 ? '≤ 1.2×' : '')
    ),
    ...comparison.lexiconRulesOnly.map((run) => speedRow(`lint in process, lexicon rules only, ${count(run.entries)} entries`, run, '')),
    ...('skipped' in comparison.textlint
      ? [`| textlint + textlint-rule-prh | | skipped: ${comparison.textlint.skipped} | | | | |`]
      : comparison.textlint.runs.map((run) =>
          speedRow(
            `textlint ${(comparison.textlint as {version: string}).version} + prh in process, same ${count(run.entries)} entries`,
            run,
            `brandvoice’s MB/s ÷ textlint’s: ${fixed(run.brandvoiceRatio)} (all rules), ${fixed(run.lexiconRulesOnlyRatio)} (lexicon rules only)`,
            run.entries >= 1000 ? '≥ 3' : '≥ 1'
          )
        )),
    `| cold start, one small file (${coldStart.file}), process start to exit | 1 | ${timing(coldStart)} | | | | < 300 ms |`,
    '',
    `| peak memory (resident set, /usr/bin/time) | files, MB | peak | time | ratio |`,
    '| --- | --- | --- | --- | --- |',
    `| whole CLI, one process, corpus | ${size(corpus.files, corpus.megabytes)} | ${megabytesOf(corpusWide.cliSerial.maxRssMb)} | ${seconds(corpusWide.cliSerial.median)} | |`,
    ...('skipped' in corpusWide.cliParallel
      ? []
      : [`| whole CLI, \`--concurrency auto\` (worker threads included), corpus | ${size(corpus.files, corpus.megabytes)} | ${megabytesOf(corpusWide.cliParallel.maxRssMb)} | ${seconds(corpusWide.cliParallel.median)} | |`]),
    `| whole CLI ${manyFiles.flags}, generated small files | ${size(manyFiles.small.files, manyFiles.small.megabytes)} | ${megabytesOf(manyFiles.small.maxRssMb)} | ${seconds(manyFiles.small.ms)} | |`,
    `| whole CLI ${manyFiles.flags}, generated small files | ${size(manyFiles.large.files, manyFiles.large.megabytes)} | ${megabytesOf(manyFiles.large.maxRssMb)} | ${seconds(manyFiles.large.ms)} | ${Number.isNaN(manyFiles.rssRatio) ? '' : `${fixed(manyFiles.rssRatio)}× the ${count(manyFiles.small.files)}-file peak`} |`,
    `| cold start, one small file | 1 | ${megabytesOf(coldStart.maxRssMb)} | | |`
  ]
  return lines.join('\n') + '\n'
}
