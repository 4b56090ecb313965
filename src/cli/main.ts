// The command line: arguments → files → lint → report → exit status.
// Exit 0: no errors and warnings within --max-warnings; 1: otherwise;
// 2: a usage, config or I/O problem (one message on stderr, no stack trace).
import fs from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {closest, distance} from 'fastest-levenshtein'
import {docsUrl, type Rule} from '../rule-api.js'
import {ConfigLoader} from '../config/load.js'
import {ConfigError} from '../config/errors.js'
import {resolveFileSettings} from '../config/resolve.js'
import {discoverFiles, InputError} from '../files/discover.js'
import {readFromDisk, readText} from '../files/read.js'
import {supportedExtensions} from '../formats/index.js'
import {lintText} from '../lint.js'
import {prepareLint} from '../prepare-lint.js'
import {reporters} from '../reporters/index.js'
import {countBySeverity, type FileReport, type RuleSummary} from '../reporters/report.js'
import {languageTagPattern} from '../text/language.js'
import {isTouchpointType, touchpointTypes} from '../touchpoints.js'
import {helpText} from './help.js'
import {fixUntilStable} from '../fix-apply.js'
import {unifiedDiff} from '../unified-diff.js'
import {UsageError} from './usage-error.js'
import {filesInShard, parseShard} from './shard.js'
import {mergeReportsCommand, readReports, refuseLintOptions} from './merge-reports.js'
import {parseConcurrency} from './concurrency.js'
import {cacheFilePath, LintCache} from './lint-cache.js'
import {fixesOf} from './lint-file.js'
import {displayPath, lintFiles, toPosix} from './lint-files.js'

export interface CliIo {
  argv: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: {write(text: string): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown; isTTY?: boolean}
  readStdin(): Promise<string>
  version: string
  /**
   * The rules given to main() are rules/index.ts's built-in rules, which a
   * worker thread loads itself: only then can --concurrency use workers.
   */
  builtinRules?: boolean
  /** How files' contents are read; tests count reads through it. Given one, files are linted in this thread. */
  readFile?(absolute: string): Promise<Uint8Array>
}

const options = {
  config: {type: 'string'},
  format: {type: 'string', default: 'pretty'},
  output: {type: 'string'},
  stdin: {type: 'boolean', default: false},
  // Only for `brandvoice lsp --stdio`, as editor clients start servers.
  stdio: {type: 'boolean', default: false},
  'stdin-filename': {type: 'string'},
  lang: {type: 'string'},
  touchpoint: {type: 'string'},
  quiet: {type: 'boolean', default: false},
  'max-warnings': {type: 'string'},
  'report-unused-disables': {type: 'boolean', default: false},
  'print-config': {type: 'string'},
  'list-rules': {type: 'boolean', default: false},
  shard: {type: 'string'},
  fix: {type: 'boolean', default: false},
  'fix-dry-run': {type: 'boolean', default: false},
  // No default here, so merge-reports can tell it was not given; unset means auto.
  concurrency: {type: 'string'},
  cache: {type: 'boolean', default: false},
  'cache-location': {type: 'string'},
  'no-config-js': {type: 'boolean', default: false},
  version: {type: 'boolean', short: 'v', default: false},
  help: {type: 'boolean', short: 'h', default: false}
} as const

export async function main(io: CliIo, rules: readonly Rule<any>[]): Promise<number> {
  try {
    return await run(io, rules)
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`brandvoice: config error in ${displayConfigError(error, io.cwd)}\n`)
    } else if (error instanceof UsageError || error instanceof InputError) {
      io.stderr.write(`brandvoice: ${error.message}\n${error instanceof UsageError ? 'Run `brandvoice --help` for usage.\n' : ''}`)
    } else {
      const detail = io.env.BRANDVOICE_DEBUG ? (error as Error).stack : (error as Error).message
      io.stderr.write(`brandvoice: unexpected failure: ${detail}\nPlease report this, with the file that caused it.\n`)
    }
    return 2
  }
}

async function run(io: CliIo, rules: readonly Rule<any>[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({args: io.argv, options, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError(argumentProblem(error as Error & {code?: string}))
  }
  const {values, positionals} = parsed
  // `brandvoice lsp [--stdio]`: the language server, on standard input and output. (A folder named lsp: `brandvoice ./lsp`.)
  if (positionals[0] === 'lsp' && positionals.length === 1) return startLanguageServer(io, rules)
  if (values.stdio) throw new UsageError('--stdio is for the language server: `brandvoice lsp --stdio`. To lint standard input, use --stdin.')

  if (values.help) return write(io, helpText)
  if (values.version) return write(io, io.version + '\n')
  // `brandvoice merge-reports a.json …` reads reports instead of linting. (A folder named merge-reports: `brandvoice ./merge-reports`.)
  const merging = positionals[0] === mergeReportsCommand
  if (merging) refuseLintOptions(values)

  const loadReporter = reporters[values.format]
  if (!loadReporter) throw new UsageError(`Unknown --format “${values.format}”; expected one of ${Object.keys(reporters).join(', ')}.`)
  if (values.lang !== undefined && !new RegExp(languageTagPattern).test(values.lang)) {
    throw new UsageError(`--lang “${values.lang}” is not a language tag such as en, ro or pl-PL.`)
  }
  if (values.touchpoint !== undefined && !isTouchpointType(values.touchpoint)) {
    throw new UsageError(`Unknown --touchpoint “${values.touchpoint}”; known touchpoints: ${touchpointTypes.join(', ')}.`)
  }
  let maxWarnings = Infinity
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`--max-warnings expects a whole number of 0 or more, not “${values['max-warnings']}”.`)
    }
  }
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename needs --stdin.')
  if (values.stdin && positionals.length > 0) throw new UsageError('Give either --stdin or paths, not both.')
  if (values.shard !== undefined && values.stdin) throw new UsageError('--shard splits the files found on disk; standard input is one text, so give paths instead of --stdin.')
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  if (values.fix && values['fix-dry-run']) throw new UsageError('Give either --fix or --fix-dry-run, not both.')
  if (values.fix && values.stdin) {
    throw new UsageError('--fix writes files, and standard input is not one; use --fix-dry-run to see the fixes as a diff.')
  }
  const concurrency = parseConcurrency(values.concurrency ?? 'auto')
  if (concurrency === undefined) {
    throw new UsageError(`--concurrency expects a number of worker threads (1 or more), auto or off, not “${values.concurrency}”.`)
  }
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location needs --cache.')
  const fixing = values.fix || values['fix-dry-run']
  // A dry run's standard output is the diff, so the report goes only where --output says.
  const diffs: string[] = []
  let fixCount = 0
  let fixedFiles = 0

  // CI jobs that lint untrusted pull requests must not run a config's code.
  const allowJs = !values['no-config-js'] && !truthy(io.env.BRANDVOICE_NO_CONFIG_JS)
  const loader = new ConfigLoader({rules, cwd: io.cwd, allowJs, ...(values.config ? {configFile: values.config} : {})})
  const cli = {language: values.lang, touchpoint: values.touchpoint}
  const lintOptions = {...cli, reportUnusedDisables: values['report-unused-disables']}

  if (values['list-rules']) return write(io, listRules(rules, values.format))
  if (values['print-config'] !== undefined) {
    return write(io, await printConfig(values['print-config'], io.cwd, loader, rules, cli))
  }

  const reports: FileReport[] = []
  if (merging) {
    reports.push(...(await readReports(positionals.slice(1), io.cwd, io.version)))
  } else if (values.stdin) {
    const name = values['stdin-filename'] ?? 'stdin.md'
    const absolute = path.resolve(io.cwd, name)
    const project = await loader.forDirectory(path.dirname(absolute))
    await prepareLint({path: name, project, rules})
    // Both reports name the file as the editor did, as the JSON contract says.
    const shown = toPosix(name)
    const input = await io.readStdin()
    const lint = (text: string) => lintText(text, {path: shown, cwd: io.cwd, project, rules, ...lintOptions})
    if (fixing) {
      const fixed = fixUntilStable(input, lint, fixesOf)
      if (fixed.text !== input) diffs.push(unifiedDiff(`a/${shown}`, `b/${shown}`, input, fixed.text))
      reports.push({path: shown, ...fixed.result})
    } else {
      reports.push({path: shown, ...lint(input)})
    }
  } else {
    let files = await discoverFiles(positionals.length > 0 ? positionals : ['.'], {
      cwd: io.cwd,
      loader,
      extensions: supportedExtensions
    })
    if (shard) files = filesInShard(files, shard, io.cwd)
    const cache = values.cache
      ? await LintCache.open(cacheFilePath(io.cwd, values['cache-location']), {version: io.version, cwd: io.cwd, ...lintOptions, rules})
      : undefined
    const linted = await lintFiles({
      files,
      loader,
      rules,
      settings: {cwd: io.cwd, ...lintOptions, mode: values.fix ? 'fix' : values['fix-dry-run'] ? 'fix-dry-run' : 'lint'},
      concurrency,
      workersAllowed: io.builtinRules === true && io.readFile === undefined,
      configFile: values.config,
      allowJs,
      cache,
      readBytes: io.readFile ?? readFromDisk
    })
    reports.push(...linted.reports)
    diffs.push(...linted.diffs)
    fixCount = linted.fixCount
    fixedFiles = linted.fixedFiles
    if (linted.cacheProblem) io.stderr.write(`brandvoice: could not write the cache ${displayPath(io.cwd, cache!.file)}: ${linted.cacheProblem}\n`)
  }

  reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  if (values.quiet) {
    for (const report of reports) report.file.messages = report.file.messages.filter((message) => message.fatal === true)
  }

  if (values['fix-dry-run']) io.stdout.write(diffs.join(''))
  if (values.fix) {
    io.stderr.write(`brandvoice: applied ${fixCount} fix${fixCount === 1 ? '' : 'es'} in ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}.\n`)
  }

  // A report written to a file is read later, elsewhere: never colour it.
  const color = values.output === undefined && useColor(io.env, io.stdout.isTTY)
  const output = (await loadReporter())(reports, {color, rules: summarize(rules), version: io.version})
  if (values.output !== undefined) {
    try {
      await fs.writeFile(path.resolve(io.cwd, values.output), output)
    } catch (error) {
      throw new InputError(`Cannot write the report to “${values.output}”: ${(error as Error).message}`)
    }
  } else if (!values['fix-dry-run']) {
    // A dry run's standard output is the diff alone, so it can be saved and applied.
    io.stdout.write(output)
  }

  const {errorCount, warningCount} = countBySeverity(reports.flatMap((report) => report.file.messages))
  if (errorCount > 0) return 1
  if (warningCount > maxWarnings) {
    io.stderr.write(`brandvoice: ${warningCount} warning${warningCount === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings} allows.\n`)
    return 1
  }
  return 0
}

async function startLanguageServer(io: CliIo, rules: readonly Rule<any>[]): Promise<number> {
  const allowed = new Set(['lsp', '--stdio'])
  const extra = io.argv.filter((arg) => !allowed.has(arg))
  if (extra.length > 0) throw new UsageError(`\`brandvoice lsp\` takes only --stdio (it always speaks over standard input and output), not ${extra.join(' ')}.`)
  // Loaded only here: the protocol library would add to every command line run's start.
  const {startServer} = await import('../lsp/server.js')
  startServer({rules, version: io.version})
  // The server runs until the client says exit; standard input keeps the process alive.
  return 0
}

/** parseArgs's first line; for an unknown option, just its name and the nearest real one. */
function argumentProblem(error: Error & {code?: string}): string {
  const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /^Unknown option '([^']+)'/.exec(error.message) : null
  if (!unknown) return error.message.split('\n')[0]!
  const given = unknown[1]!
  const known = Object.keys(options).map((name) => `--${name}`)
  const nearest = closest(given, known)
  return `Unknown option “${given}”.${distance(given, nearest) <= 2 ? ` Did you mean “${nearest}”?` : ''}`
}

/** What reporters may say about the rules, so that they never import them. */
function summarize(rules: readonly Rule<any>[]): RuleSummary[] {
  return rules.map(({meta}) => ({id: meta.id, description: meta.description, url: docsUrl(meta.id)}))
}

function listRules(rules: readonly Rule<any>[], format: string): string {
  const list = rules.map(({meta}) => ({id: meta.id, severity: meta.severity, optIn: Boolean(meta.optIn), description: meta.description}))
  if (format === 'json') return JSON.stringify(list, null, 2) + '\n'
  const width = Math.max(...list.map((rule) => rule.id.length))
  return list.map((rule) => `${rule.id.padEnd(width)}  ${(rule.optIn ? 'opt-in' : rule.severity).padEnd(7)}  ${rule.description}`).join('\n') + '\n'
}

async function printConfig(
  file: string,
  cwd: string,
  loader: ConfigLoader,
  rules: readonly Rule<any>[],
  cli: {language: string | undefined; touchpoint: string | undefined}
): Promise<string> {
  const absolute = path.resolve(cwd, file)
  const project = await loader.forDirectory(path.dirname(absolute))
  await prepareLint({path: absolute, project, rules})
  // The file's own frontmatter can set its language and touchpoint, so read it when it exists.
  const read = await readText(absolute)
  const linted = lintText('text' in read ? read.text : '', {path: displayPath(cwd, absolute), cwd, project, rules, ...cli})
  const settings = resolveFileSettings(project, absolute, {language: linted.language, touchpoint: linted.touchpoint}, rules)
  return (
    JSON.stringify(
      {
        path: displayPath(cwd, absolute),
        configFile: project.filepath ? displayPath(cwd, project.filepath) : null,
        language: settings.language,
        touchpoint: settings.touchpoint,
        rules: settings.rules,
        brand: settings.brand,
        lexicon: settings.lexicon,
        tone: settings.tone,
        placeholders: settings.placeholders,
        touchpoints: project.touchpoints,
        ignore: project.ignore
      },
      null,
      2
    ) + '\n'
  )
}

/** An environment flag is on unless unset, empty, 0 or false. */
function truthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false'
}

function useColor(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  return Boolean(isTTY)
}

function displayConfigError(error: ConfigError, cwd: string): string {
  const file = error.file ? displayPath(cwd, error.file) : 'config'
  const where = error.line !== undefined ? `${file}:${error.line}:${error.column ?? 1}` : file
  return `${where}: ${error.message}`
}

function write(io: CliIo, text: string): number {
  io.stdout.write(text)
  return 0
}
