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

/** What a reporter may say about a rule; the CLI gives it, so reporters never import rules. */
export interface RuleSummary {
  id: string
  /** One line: what the rule checks. */
  description: string
  /** The rule's docs page. */
  url: string
}

export interface ReporterOptions {
  color: boolean
  /** The rules the run had, for reports that describe them (SARIF); unknown ids are described by id alone. */
  rules?: readonly RuleSummary[]
  /** brandvoice's own version, for reports that name the tool. */
  version?: string
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

export interface Range {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** A message's place as a range (a point ends where it starts), or undefined for a message about the whole file. */
export function rangeOf(message: VFileMessage): Range | undefined {
  const place = message.place
  if (!place) return undefined
  const start = 'start' in place ? place.start : place
  const end = 'end' in place ? place.end : start
  return {line: start.line, column: start.column, endLine: end.line, endColumn: end.column}
}
