// The bench's command line: `npm run bench -- [options]`.
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {parseSize} from './size.js'

export class UsageError extends Error {}

export interface BenchOptions {
  corpus: string[]
  generate?: {bytes: number; text: string; into?: string}
  seed: number
  runs: number
  coldStartRuns: number
  sampleBytes: number
  out: string
  help: boolean
}

/** The slow measures (whole corpus, comparison set) run 3 times by default, the cold start 10: about six minutes on two cores. */
export const defaultRuns = 3
export const defaultColdStartRuns = 10

export const helpText = `Usage: npm run bench -- [options]

Measures brandvoice's speed and memory and writes bench/results/latest.json and
latest.md; docs/performance.md explains every row.

  --corpus DIR         lint this folder (repeatable) instead of the default corpus:
                       examples/, test/fixtures/ and ../shared/corpus when present
  --generate SIZE      lint a generated corpus of SIZE (500KB, 20MB…) instead
                       (with --corpus, as well)
  --generate-into DIR  write the generated corpus to DIR (new or empty) and keep it
  --seed N             seed of the generated corpus and comparison set (default 1)
  --runs N             runs of every measure (default ${defaultRuns}, cold start ${defaultColdStartRuns})
  --sample SIZE        most bytes of the comparison set (default 1MB)
  --out DIR            where latest.json and latest.md go (default bench/results)
  -h, --help           print this help
`

export function parseOptions(argv: string[], root: string): BenchOptions {
  let values
  try {
    ;({values} = parseArgs({
      args: argv,
      options: {
        corpus: {type: 'string', multiple: true},
        generate: {type: 'string'},
        'generate-into': {type: 'string'},
        seed: {type: 'string', default: '1'},
        runs: {type: 'string'},
        sample: {type: 'string', default: '1MB'},
        out: {type: 'string', default: path.join(root, 'bench/results')},
        help: {type: 'boolean', short: 'h', default: false}
      },
      strict: true
    }))
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]!.replace(/\.?$/, '.')} Run \`npm run bench -- --help\` for the options.`)
  }
  const whole = (name: string, text: string, min: number) => {
    const value = Number(text)
    if (!Number.isInteger(value) || value < min) throw new UsageError(`--${name} expects a whole number of ${min} or more, not “${text}”.`)
    return value
  }
  if (values['generate-into'] !== undefined && values.generate === undefined) throw new UsageError('--generate-into needs --generate SIZE.')
  const corpus = (values.corpus ?? []).map((folder) => path.resolve(folder))
  for (const folder of corpus) {
    if (!fs.statSync(folder, {throwIfNoEntry: false})?.isDirectory()) throw new UsageError(`--corpus ${folder}: no such folder.`)
  }
  const runs = values.runs === undefined ? undefined : whole('runs', values.runs, 1)
  const into = values['generate-into']
  return {
    corpus,
    ...(values.generate !== undefined ? {generate: {bytes: parseSize(values.generate, '--generate'), text: values.generate, ...(into ? {into: path.resolve(into)} : {})}} : {}),
    seed: whole('seed', values.seed, 0),
    runs: runs ?? defaultRuns,
    coldStartRuns: runs ?? defaultColdStartRuns,
    sampleBytes: parseSize(values.sample, '--sample'),
    out: path.resolve(values.out),
    help: values.help
  }
}
