// `npm run bench`: speed and memory, quoted as ratios measured side by side in
// one run (never asserted by tests). Corpus: --corpus DIR, else the bundled
// examples and test fixtures plus ../shared/corpus when it sits beside the checkout.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkRetext from 'remark-retext'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import {VFile} from 'vfile'
import {builtinRules} from '../rules/index.js'
import {ConfigLoader} from '../src/config/load.js'
import {lintText} from '../src/lint.js'
import {prepareLint} from '../src/prepare-lint.js'
import type {UserConfig} from '../src/config/types.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.join(root, 'dist/src/cli/bin.js')

const {values} = parseArgs({
  options: {
    corpus: {type: 'string', multiple: true},
    runs: {type: 'string', default: '5'},
    out: {type: 'string', default: path.join(root, 'bench/results')}
  }
})
const runs = Number(values.runs)

interface Sample {
  path: string
  text: string
  language: string
}

function collect(directory: string, into: string[]): void {
  for (const entry of fs.readdirSync(directory, {withFileTypes: true})) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) collect(full, into)
    else if (/\.(md|markdown|txt)$/i.test(entry.name)) into.push(full)
  }
}

function corpusFolders(): string[] {
  if (values.corpus) return values.corpus.map((folder) => path.resolve(folder))
  const folders = [path.join(root, 'examples'), path.join(root, 'test/fixtures')]
  const shared = path.resolve(root, '../shared/corpus')
  if (fs.existsSync(shared)) folders.push(shared)
  return folders.filter((folder) => fs.existsSync(folder))
}

function languageOf(text: string, file: string): string {
  const match = /^(?:lang|language):\s*([A-Za-z-]+)/m.exec(text.slice(0, 600))
  if (match) return match[1]!
  const fromName = /(?:^|[/_-])(en|ro|pl|ca)(?:[/._-]|$)/.exec(file)
  return fromName ? fromName[1]! : 'en'
}

const files = corpusFolders().flatMap((folder) => {
  const found: string[] = []
  collect(folder, found)
  return found
})
const samples: Sample[] = files.map((file) => {
  const text = fs.readFileSync(file, 'utf8')
  return {path: file, text, language: languageOf(text, file)}
})
const bytes = samples.reduce((sum, sample) => sum + Buffer.byteLength(sample.text), 0)
const megabytes = bytes / 1e6

interface Stat {
  median: number
  min: number
  max: number
}

function measure(times: number, task: () => void): Stat {
  task() // warm-up: JIT and caches, as in a long run
  const durations: number[] = []
  for (let index = 0; index < times; index++) {
    const start = performance.now()
    task()
    durations.push(performance.now() - start)
  }
  durations.sort((a, b) => a - b)
  return {median: durations[Math.floor(durations.length / 2)]!, min: durations[0]!, max: durations.at(-1)!}
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

/** The floor: remark-parse → remark-retext → parse-english/latin, no rules. */
function bareParse(): void {
  for (const sample of samples) {
    const file = new VFile({path: sample.path, value: sample.text})
    const tree = markdownParser.parse(file)
    const Parser = sample.language.startsWith('en') ? ParseEnglish : ParseLatin
    unified().use(remarkRetext, Parser as any).runSync(tree, file)
  }
}

function generatedLexicon(size: number): UserConfig['lexicon'] {
  // Seeded so every run lints against the same entries.
  let seed = 42
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
  const letters = 'abcdefghijklmnopqrstuvwxyzășțîâąęłóśżćń'
  const word = () => Array.from({length: 5 + Math.floor(random() * 6)}, () => letters[Math.floor(random() * letters.length)]).join('')
  const lexicon: NonNullable<UserConfig['lexicon']> = [
    {avoid: ['user', 'users'], use: 'customer'},
    {avoid: 'utilizator*', use: 'client', language: 'ro'},
    {avoid: 'użytkownik*', use: 'klient', language: 'pl'},
    {avoid: 'usuari', use: 'client', language: 'ca'},
    {avoid: 'unfortunately'}
  ]
  while (lexicon.length < size) {
    const phrase = random() < 0.2 ? `${word()} ${word()}` : word() + (random() < 0.1 ? '*' : '')
    lexicon.push({avoid: phrase, use: word()})
  }
  return lexicon.slice(0, size)
}

async function lintAll(size: number): Promise<() => void> {
  const loader = new ConfigLoader({rules: builtinRules, cwd: root})
  const project = await loader.fromObject({lexicon: generatedLexicon(size), brand: {names: ['GitHub', 'Nextcloud', 'Thunderbird']}})
  for (const sample of samples) await prepareLint({path: sample.path, project, rules: builtinRules})
  return function () {
    for (const sample of samples) {
      lintText(sample.text, {path: sample.path, cwd: root, project, rules: builtinRules, language: sample.language})
    }
  }
}

function cli(args: string[]): {ms: number; maxRssMb: number} {
  const start = performance.now()
  // /usr/bin/time reports the child's peak resident memory.
  const timed = fs.existsSync('/usr/bin/time')
  const command = timed ? '/usr/bin/time' : process.execPath
  const commandArgs = timed ? ['-f', '%M', process.execPath, bin, ...args] : [bin, ...args]
  const result = spawnSync(command, commandArgs, {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, maxBuffer: 1 << 28})
  const ms = performance.now() - start
  const kilobytes = timed ? Number(result.stderr.trim().split('\n').at(-1)) : NaN
  return {ms, maxRssMb: kilobytes / 1024}
}

function cliStats(times: number, args: string[]): Stat & {maxRssMb: number} {
  const results = Array.from({length: times}, () => cli(args))
  const durations = results.map((result) => result.ms).sort((a, b) => a - b)
  return {
    median: durations[Math.floor(times / 2)]!,
    min: durations[0]!,
    max: durations.at(-1)!,
    maxRssMb: Math.max(...results.map((result) => result.maxRssMb))
  }
}

const throughput = (stat: Stat) => ({
  filesPerSecond: samples.length / (stat.median / 1000),
  megabytesPerSecond: megabytes / (stat.median / 1000)
})

console.error(`Corpus: ${samples.length} files, ${megabytes.toFixed(2)} MB from ${corpusFolders().join(', ')}; ${runs} runs each.`)

const parse = measure(runs, bareParse)
const lint10 = measure(runs, await lintAll(10))
const lint1000 = measure(runs, await lintAll(1000))
const lint10000 = measure(runs, await lintAll(10000))

const smallFile = path.join(root, 'examples/en/welcome.md')
const coldStart = cliStats(runs, ['--config', path.join(root, 'examples/.brandvoicerc.json'), smallFile])
const wholeCli = cliStats(Math.min(runs, 3), ['--format', 'json', '--config', path.join(root, 'examples/.brandvoicerc.json'), ...corpusFolders()])

const result = {
  date: new Date().toISOString(),
  machine: {cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version},
  corpus: {files: samples.length, megabytes: Number(megabytes.toFixed(3)), folders: corpusFolders()},
  bareParse: {...parse, ...throughput(parse)},
  lintInProcess: {...lint10, ...throughput(lint10), ratioToBareParse: parse.median / lint10.median},
  wholeCli: {...wholeCli, ...throughput(wholeCli), ratioToBareParse: parse.median / wholeCli.median},
  coldStartOneFile: coldStart,
  lexicon: {
    entries10: lint10,
    entries1000: {...lint1000, ratioTo10: lint1000.median / lint10.median},
    entries10000: {...lint10000, ratioTo10: lint10000.median / lint10.median}
  }
}

const fixed = (value: number, digits = 2) => value.toFixed(digits)
const table = [
  `| measure | median | min–max | throughput | ratio |`,
  `| --- | --- | --- | --- | --- |`,
  `| bare parse (remark → nlcst), in process | ${fixed(parse.median, 0)} ms | ${fixed(parse.min, 0)}–${fixed(parse.max, 0)} ms | ${fixed(result.bareParse.megabytesPerSecond)} MB/s, ${fixed(result.bareParse.filesPerSecond, 0)} files/s | 1.00 |`,
  `| lint (all rules, 10 lexicon entries), in process | ${fixed(lint10.median, 0)} ms | ${fixed(lint10.min, 0)}–${fixed(lint10.max, 0)} ms | ${fixed(result.lintInProcess.megabytesPerSecond)} MB/s | ${fixed(result.lintInProcess.ratioToBareParse)} of bare parse |`,
  `| whole CLI (process start to exit) | ${fixed(wholeCli.median, 0)} ms | ${fixed(wholeCli.min, 0)}–${fixed(wholeCli.max, 0)} ms | ${fixed(result.wholeCli.megabytesPerSecond)} MB/s | ${fixed(result.wholeCli.ratioToBareParse)} of bare parse |`,
  `| lexicon with 1,000 entries | ${fixed(lint1000.median, 0)} ms | ${fixed(lint1000.min, 0)}–${fixed(lint1000.max, 0)} ms | | ${fixed(result.lexicon.entries1000.ratioTo10)}× the 10-entry run |`,
  `| lexicon with 10,000 entries | ${fixed(lint10000.median, 0)} ms | ${fixed(lint10000.min, 0)}–${fixed(lint10000.max, 0)} ms | | ${fixed(result.lexicon.entries10000.ratioTo10)}× the 10-entry run |`,
  `| cold start, one small file | ${fixed(coldStart.median, 0)} ms | ${fixed(coldStart.min, 0)}–${fixed(coldStart.max, 0)} ms | | |`,
  `| peak memory, whole CLI | ${fixed(wholeCli.maxRssMb, 0)} MB | | | |`
].join('\n')

fs.mkdirSync(values.out, {recursive: true})
fs.writeFileSync(path.join(values.out, 'latest.json'), JSON.stringify(result, null, 2) + '\n')
fs.writeFileSync(path.join(values.out, 'latest.md'), table + '\n')
console.log(table)
