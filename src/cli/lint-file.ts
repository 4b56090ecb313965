// Linting one file of a command line run: read, lint (or fix, and write the
// fixes), and a report whatever happens. The main thread and the worker
// threads both lint through here, so a file gives the same report either way.
import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import {VFile} from 'vfile'
import type {Rule} from '../rule-api.js'
import type {ProjectConfig} from '../config/types.js'
import {readFromDisk, readText, type ReadBytes} from '../files/read.js'
import {lintText} from '../lint.js'
import {prepareLint} from '../prepare-lint.js'
import {fatal} from '../file-messages.js'
import type {FileReport} from '../reporters/report.js'
import {fixUntilStable} from '../fix-apply.js'
import type {Fix} from '../fix.js'
import {unifiedDiff} from '../unified-diff.js'
import {encode, readForFix, writeFixed} from './fix-files.js'

export type FixMode = 'lint' | 'fix' | 'fix-dry-run'

/** What every file of a run shares; plain data, so a worker thread can be given it. */
export interface LintSettings {
  cwd: string
  language: string | undefined
  touchpoint: string | undefined
  reportUnusedDisables: boolean
  mode: FixMode
  /** Whether to say which bytes on disk the report describes (for --cache). */
  stamp: boolean
}

export interface FileTask {
  absolute: string
  /** The path reports show: relative to the working folder, with `/`. */
  shown: string
}

/** The file on disk a report describes: what --cache compares next time. */
export interface FileStamp {
  size: number
  mtimeMs: number
  hash: string
}

export interface FileOutcome {
  report: FileReport
  /** --fix: how many fixes went into the file written. */
  fixCount: number
  /** --fix: whether the file was written. */
  written: boolean
  /** --fix-dry-run: the file's fixes as a unified diff. */
  diff?: string
  /** Only when the report describes the file as it now is on disk, and is worth keeping. */
  stamp?: FileStamp
}

export async function lintOneFile(
  task: FileTask,
  project: ProjectConfig,
  rules: readonly Rule<any>[],
  settings: LintSettings,
  readBytes: ReadBytes = readFromDisk
): Promise<FileOutcome> {
  // What a file that cannot be linted is reported as.
  const unreadable = (problem: string): FileOutcome => ({
    report: problemReport(task, settings.cwd, problem, settings.language ?? project.language ?? 'en', settings.touchpoint ?? 'generic'),
    fixCount: 0,
    written: false
  })
  try {
    return await lintOrFix(task, project, rules, settings, readBytes, unreadable)
  } catch (error) {
    // A bug on one file must not stop the run: it becomes that file's fatal message.
    return unreadable(`brandvoice failed on this file: ${(error as Error)?.message ?? String(error)}. Please report this, with the file.`)
  }
}

async function lintOrFix(
  task: FileTask,
  project: ProjectConfig,
  rules: readonly Rule<any>[],
  settings: LintSettings,
  readBytes: ReadBytes,
  unreadable: (problem: string) => FileOutcome
): Promise<FileOutcome> {
  const {shown, absolute} = task
  const {cwd} = settings
  await prepareLint({path: absolute, project, rules})
  const lint = (text: string) =>
    lintText(text, {path: shown, cwd, project, rules, language: settings.language, touchpoint: settings.touchpoint, reportUnusedDisables: settings.reportUnusedDisables})

  if (settings.mode === 'lint') {
    // Stat first: if the file changes while it is read, the next run sees a new stat and compares contents.
    const stat = settings.stamp ? await fs.stat(absolute).catch(() => undefined) : undefined
    const read = await readText(absolute, readBytes)
    if ('problem' in read) return unreadable(read.problem)
    const report = {path: shown, ...lint(read.text)}
    return {report, fixCount: 0, written: false, ...stampOf(report, stat && {size: stat.size, mtimeMs: stat.mtimeMs}, read.bytes, settings)}
  }

  const read = await readForFix(absolute, readBytes)
  if ('problem' in read) return unreadable(read.problem)
  const original = {size: read.bytes.length, mtimeMs: read.mtimeMs}
  const fixed = fixUntilStable(read.text, lint, fixesOf)
  if (fixed.text === read.text) {
    const report = {path: shown, ...fixed.result}
    return {report, fixCount: 0, written: false, ...stampOf(report, original, read.bytes, settings)}
  }
  if (settings.mode === 'fix-dry-run') {
    // The report is of the fixed text, which is not on disk: nothing to stamp.
    return {report: {path: shown, ...fixed.result}, fixCount: 0, written: false, diff: unifiedDiff(`a/${shown}`, `b/${shown}`, read.text, fixed.text)}
  }
  const problem = await writeFixed(read, fixed.text)
  if (problem) {
    // Nothing was written: report the file as it is on disk.
    fatal(fixed.first.file, problem)
    return {report: {path: shown, ...fixed.first}, fixCount: 0, written: false}
  }
  const report = {path: shown, ...fixed.result}
  const written = settings.stamp ? await fs.stat(read.real).catch(() => undefined) : undefined
  return {report, fixCount: fixed.fixCount, written: true, ...stampOf(report, written && {size: written.size, mtimeMs: written.mtimeMs}, encode(fixed.text, read.encoding), settings)}
}

/** The fixes a lint result offers. */
export function fixesOf(result: {file: VFile}): Fix[] {
  return result.file.messages.flatMap((message) => (message.fix ? [message.fix] : []))
}

/**
 * A problem with the file itself (it cannot be read, decoded or parsed, or a
 * rule failed on it) is not kept: it is cheap to find again, and a cached one
 * would outlive its cause (permissions, a fixed bug).
 */
function stampOf(report: FileReport, stat: {size: number; mtimeMs: number} | undefined, bytes: Uint8Array, settings: LintSettings): {stamp?: FileStamp} {
  if (!settings.stamp || !stat) return {}
  if (report.file.messages.some((message) => message.fatal === true && !message.ruleId)) return {}
  return {stamp: {...stat, hash: contentHash(bytes)}}
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The report of a file brandvoice could not lint: one fatal message saying why. */
export function problemReport(task: FileTask, cwd: string, problem: string, language: string, touchpoint: string): FileReport {
  const file = new VFile({path: task.shown, cwd})
  fatal(file, problem)
  return {path: task.shown, file, language, touchpoint}
}
