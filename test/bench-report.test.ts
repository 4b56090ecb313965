// The bench's Markdown tables: what each row says, skipped measures and
// missing memory figures included. (The numbers here are made up: the tables
// are what is tested, never a speed.)
import {describe, expect, it} from 'vitest'
import {markdownReport, type BenchResult, type Throughput} from '../bench/report.js'

const run = (median: number, files = 10, megabytes = 1): Throughput => ({
  median,
  min: median - 1,
  max: median + 1,
  runs: [median - 1, median, median + 1],
  files,
  megabytes,
  filesPerSecond: files / (median / 1000),
  megabytesPerSecond: megabytes / (median / 1000)
})

function result(overrides: Partial<BenchResult> = {}): BenchResult {
  return {
    date: '2026-11-23T10:00:00.000Z',
    machine: {cpuModel: 'Test CPU', cores: 2, memoryGb: 8, node: 'v20.20.0', os: 'Linux 6.0'},
    settings: {runs: 3, coldStartRuns: 10, seed: 1, concurrencyOption: true, peakMemory: true},
    corpus: {files: 10, megabytes: 1, folders: ['examples'], cliGets: 'the files'},
    comparisonSet: {files: 10, megabytes: 1, rule: 'all of it'},
    corpusWide: {
      bareParse: run(1000),
      cliSerial: {...run(4000), maxRssMb: 300, ratioToBareParse: 0.25},
      cliParallel: {...run(2000), maxRssMb: 500, ratioToBareParse: 0.5}
    },
    comparison: {
      bareParse: run(1000),
      lexicon: [10, 1000, 10_000].map((entries, index) => ({...run(2000 + index * 100), entries, messages: 5, ratioToBareParse: 1000 / (2000 + index * 100), ratioTo10: (2000 + index * 100) / 2000})),
      lexiconRulesOnly: [10, 1000].map((entries) => ({...run(1200), entries, messages: 5})),
      textlint: {version: '15.8.0', runs: [10, 1000].map((entries) => ({...run(entries === 10 ? 1000 : 6000), entries, messages: 4, brandvoiceRatio: entries === 10 ? 0.5 : 2.9, lexiconRulesOnlyRatio: entries === 10 ? 0.83 : 5}))}
    },
    coldStart: {median: 700, min: 650, max: 800, runs: [700], maxRssMb: 120, file: 'examples/en/welcome.md'},
    manyFiles: {small: {files: 500, megabytes: 0.1, ms: 5000, maxRssMb: 400}, large: {files: 5000, megabytes: 1, ms: 20_000, maxRssMb: 500}, rssRatio: 1.25, flags: '`--concurrency off`'},
    ...overrides
  }
}

describe('markdownReport', () => {
  it('opens with the machine and the corpus', () => {
    const report = markdownReport(result())
    expect(report).toMatch(/^Run 2026-11-23 10:00 UTC on Test CPU \(2 cores\), 8 GB, Node v20\.20\.0, Linux 6\.0\.\n/)
    expect(report).toContain('Corpus: 10 files, 1.00 MB from examples; the CLI was given the files.')
    expect(report).toContain('Each time is the median of 3 runs (cold start: 10)')
  })

  it('says what each ratio divides, beside issue 7’s target', () => {
    const report = markdownReport(result())
    expect(report).toContain('| whole CLI `--format json --concurrency off`, one process (start to exit), whole corpus | 10, 1.00 | 4.00 s (4.00 s–4.00 s) | 3 | 0.250 | 0.25 of bare parse’s MB/s | ≥ 0.5 |')
    expect(report).toContain('| 0.50 of bare parse’s MB/s | ≥ 1.0 |')
    expect(report).toContain('| lint in process, all rules, 10,000 lexicon entries | 10, 1.00 | 2.20 s (2.20 s–2.20 s) | 5 | 0.455 | 1.10× the 10-entry time | ≤ 1.2× |')
    expect(report).toContain('| brandvoice’s MB/s ÷ textlint’s: 2.90 (all rules), 5.00 (lexicon rules only) | ≥ 3 |')
    expect(report).toContain('| 1.25× the 500-file peak |')
  })

  it('shows a measure that could not run as skipped, with the reason', () => {
    const report = markdownReport(
      result({
        settings: {runs: 1, coldStartRuns: 1, seed: 1, concurrencyOption: false, peakMemory: true},
        corpusWide: {...result().corpusWide, cliParallel: {skipped: 'this CLI has no --concurrency option'}},
        comparison: {...result().comparison, textlint: {skipped: 'textlint not installed (run npm install)'}}
      })
    )
    expect(report).toContain('| whole CLI, `--concurrency auto` | | skipped: this CLI has no --concurrency option |')
    expect(report).toContain('| textlint + textlint-rule-prh | | skipped: textlint not installed (run npm install) |')
    expect(report).toContain('| whole CLI `--format json`, one process')
    expect(report).toContain('the median of 1 run (cold start: 1)')
    expect(report).not.toContain('worker threads included')
  })

  it('says “not measured” for memory when /usr/bin/time is missing', () => {
    const unmeasured = result()
    unmeasured.corpusWide.cliSerial.maxRssMb = NaN
    unmeasured.manyFiles = {...unmeasured.manyFiles, rssRatio: NaN}
    const report = markdownReport(unmeasured)
    expect(report).toContain('| whole CLI, one process, corpus | 10, 1.00 | not measured |')
    expect(report).not.toContain('NaN')
  })
})
