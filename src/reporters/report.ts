// What every reporter receives: one entry per linted file, sorted by path.
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export type MessageSeverity = 'error' | 'warning' | 'info'

export interface FileReport {
  /** Relative to the working folder, with `/` separators. */
  path: string
  language: string
  touchpoint: string
  file: VFile
}

export interface ReporterOptions {
  color: boolean
}

export type Reporter = (reports: readonly FileReport[], options: ReporterOptions) => string

/** vfile's convention: fatal true is an error, false a warning, unset is information. */
export function severityOf(message: VFileMessage): MessageSeverity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export function countBySeverity(messages: readonly VFileMessage[]): {errorCount: number; warningCount: number; infoCount: number} {
  const counts = {errorCount: 0, warningCount: 0, infoCount: 0}
  for (const message of messages) counts[`${severityOf(message)}Count`]++
  return counts
}
