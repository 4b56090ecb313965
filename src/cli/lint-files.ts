// Linting the files a command line run found: their configs (in this thread,
// so a broken one stops the run before anything is linted or written), the
// cache, then the files left to lint, in this thread or on worker threads.
// Whichever way, a file's report is the same, and the reports come back in
// the order the files were found.
import fs from 'node:fs/promises'
import path from 'node:path'
import type {Rule} from '../rule-api.js'
import type {ConfigLoader} from '../config/load.js'
import type {ProjectConfig} from '../config/types.js'
import type {FileReport} from '../reporters/report.js'
import {workerCount, type Concurrency} from './concurrency.js'
import type {LintCache} from './lint-cache.js'
import {lintOneFile, problemReport, type FileOutcome, type FileTask, type LintSettings} from './lint-file.js'
import type {ReadBytes} from '../files/read.js'
import {fromPlainReport, toPlainReport, type PlainReport} from './plain-report.js'
import {runInWorkers} from './worker-pool.js'
import {fromWorkerResult, toPlainOutcome, type WorkerData, type WorkerResult} from './worker-results.js'

export interface LintFilesOptions {
  /** Absolute paths, in the order they were found. */
  files: readonly string[]
  loader: ConfigLoader
  rules: readonly Rule<any>[]
  settings: Omit<LintSettings, 'stamp'>
  concurrency: Concurrency
  /**
   * Workers load rules/index.ts's built-in rules and read files from disk
   * themselves: only a run with those rules, reading through the file system,
   * may use them.
   */
  workersAllowed: boolean
  /** `--config FILE`, for the workers' config loaders. */
  configFile: string | undefined
  /** False under --no-config-js: workers refuse JavaScript configs too. */
  allowJs?: boolean
  cache: LintCache | undefined
  readBytes: ReadBytes
  /** The workers' module; tests give one that fails on purpose. */
  workerScript?: URL
}

export interface LintFilesResult {
  /** In the order the files were found. */
  reports: FileReport[]
  /** --fix-dry-run: each changed file's diff, in the same order. */
  diffs: string[]
  fixCount: number
  fixedFiles: number
  /** Why the cache could not be written, if it could not. */
  cacheProblem?: string
}

interface Pending extends FileTask {
  index: number
  project: ProjectConfig
  key: string | undefined
}

export async function lintFiles(options: LintFilesOptions): Promise<LintFilesResult> {
  const {cache, settings} = options
  const outcomes: FileOutcome[] = []
  const pending: Pending[] = []
  for (const [index, absolute] of options.files.entries()) {
    const project = await options.loader.forDirectory(path.dirname(absolute))
    const task = {index, absolute, shown: displayPath(settings.cwd, absolute), project, key: cache?.keyFor(project)}
    const cached = cache && (await fromCache(cache, task, options))
    if (cached) outcomes[index] = {report: cached, fixCount: 0, written: false}
    else pending.push(task)
  }

  const record = (task: Pending, outcome: FileOutcome, plain?: PlainReport) => {
    // Reports need only the messages: a run over 50,000 files keeps no file's text.
    outcome.report.file.value = ''
    outcomes[task.index] = outcome
    if (!cache) return
    if (outcome.stamp) cache.store(task.absolute, task.key!, outcome.stamp, plain ?? toPlainReport(outcome.report))
    else cache.forget(task.absolute)
  }
  const sizes = options.concurrency === 'off' || !options.workersAllowed ? [] : await Promise.all(pending.map((task) => sizeOf(task.absolute)))
  const workers = options.workersAllowed ? workerCount(options.concurrency, {sizes}) : 0
  if (workers === 0) {
    for (const task of pending) {
      record(task, await lintOneFile(task, task.project, options.rules, {...settings, stamp: Boolean(cache)}, options.readBytes))
    }
  } else {
    // The biggest files first, so that no worker starts a long one when the others are nearly done.
    const order = pending.map((task, position) => ({task, size: sizes[position]!})).sort((a, b) => b.size - a.size)
    const jobs = order.map(({task}) => task)
    const workerData: WorkerData = {settings: {...settings, stamp: Boolean(cache)}, configFile: options.configFile, allowJs: options.allowJs !== false}
    await runInWorkers<FileTask, WorkerResult>(
      jobs.map(({absolute, shown}) => ({absolute, shown})),
      {
        script: options.workerScript ?? new URL('./lint-worker.js', import.meta.url),
        workerData,
        size: workers,
        lost: (job, reason, position) => lostFile(job, jobs[position]!.project, settings, reason)
      },
      (position, result) => {
        const {outcome, plain} = fromWorkerResult(result)
        record(jobs[position]!, outcome, plain)
      }
    )
  }

  const result: LintFilesResult = {
    reports: outcomes.map((outcome) => outcome.report),
    diffs: outcomes.flatMap((outcome) => (outcome.diff !== undefined ? [outcome.diff] : [])),
    fixCount: outcomes.reduce((sum, outcome) => sum + outcome.fixCount, 0),
    fixedFiles: outcomes.filter((outcome) => outcome.written).length
  }
  const cacheProblem = await cache?.save()
  if (cacheProblem) result.cacheProblem = cacheProblem
  return result
}

/** A cached report that still holds; with --fix, only one with nothing left to fix. */
async function fromCache(cache: LintCache, task: Pending, options: LintFilesOptions): Promise<FileReport | undefined> {
  const usable = options.settings.mode === 'lint' ? undefined : (report: PlainReport) => !report.messages.some((message) => message.fix !== undefined)
  const plain = await cache.lookup(task.absolute, task.key!, options.readBytes, usable)
  if (!plain) return undefined
  try {
    return fromPlainReport(plain)
  } catch {
    cache.forget(task.absolute)
    return undefined
  }
}

/** A file whose worker stopped before answering (a crash, out of memory): it gets one fatal message. */
function lostFile(task: FileTask, project: ProjectConfig, settings: LintFilesOptions['settings'], reason: string): WorkerResult {
  const problem = `brandvoice failed on this file: its worker thread stopped (${reason}). Please report this, with the file.`
  const report = problemReport(task, settings.cwd, problem, settings.language ?? project.language ?? 'en', settings.touchpoint ?? 'generic')
  return toPlainOutcome({report, fixCount: 0, written: false})
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await fs.stat(file)).size
  } catch {
    return 0
  }
}

export function displayPath(cwd: string, absolute: string): string {
  return toPosix(path.relative(cwd, absolute))
}

export function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
