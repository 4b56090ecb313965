// What the main thread and a lint worker say to each other, as plain data.
import {ConfigError} from '../config/errors.js'
import type {FileOutcome, FileStamp, LintSettings} from './lint-file.js'
import {fromPlainReport, toPlainReport, type PlainReport} from './plain-report.js'

export interface WorkerData {
  settings: LintSettings
  /** `--config FILE`, resolved. */
  configFile: string | undefined
  /** False under --no-config-js. */
  allowJs: boolean
}

export interface PlainOutcome {
  report: PlainReport
  fixCount: number
  written: boolean
  diff?: string
  stamp?: FileStamp
}

export type WorkerResult = PlainOutcome | {configError: {message: string; file?: string | undefined; line?: number | undefined; column?: number | undefined}}

export function toPlainOutcome(outcome: FileOutcome): PlainOutcome {
  return {...outcome, report: toPlainReport(outcome.report)}
}

/** The outcome again; a config error the worker met is thrown, as it would have been in the main thread. */
export function fromWorkerResult(result: WorkerResult): {outcome: FileOutcome; plain: PlainReport} {
  if ('configError' in result) {
    const {message, ...place} = result.configError
    throw new ConfigError(message, {
      ...(place.file !== undefined ? {file: place.file} : {}),
      ...(place.line !== undefined ? {line: place.line} : {}),
      ...(place.column !== undefined ? {column: place.column} : {})
    })
  }
  return {outcome: {...result, report: fromPlainReport(result.report)}, plain: result.report}
}
