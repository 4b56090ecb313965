// Reading a JSON report (docs/json-format.md) back into the file reports every
// reporter takes: the inverse of json.ts, so that reports of separate runs
// (CI shards) can be joined and written again in any format, exactly as one
// run over all their files would have written them. Fields a later version 1
// adds are ignored, as the contract asks of every reader; the counts are not
// read, since the reporters count the messages again.
import {VFile} from 'vfile'
import type {Point, Position} from 'unist'
import type {} from '../fix.js'
import type {FileReport, MessageSeverity} from './report.js'

/** The format version this brandvoice writes and reads. */
export const jsonReportVersion = 1

/** Where in the report (`files[2].messages[0].line`) the value is not what the format says. */
export class ReportShapeError extends Error {
  readonly at: ReadonlyArray<string | number>

  constructor(at: ReadonlyArray<string | number>, problem: string) {
    super(problem)
    this.name = 'ReportShapeError'
    this.at = at
  }
}

/** A report in another version of the format, whose fields may mean other things. */
export class ReportVersionError extends Error {
  readonly version: unknown

  constructor(version: unknown) {
    super(`a JSON report of format version ${String(version)}; this brandvoice reads version ${jsonReportVersion}`)
    this.name = 'ReportVersionError'
    this.version = version
  }
}

/** `files[2].messages[0].line`, as a reader finds it in the report. */
export function formatPath(at: ReadonlyArray<string | number>): string {
  if (at.length === 0) return 'the report'
  return at.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('')
}

/** vfile's convention, as in report.ts: error is fatal, warning is not, information leaves it unset. */
const fatalBySeverity: Record<MessageSeverity, boolean | undefined> = {error: true, warning: false, info: undefined}

type Json = Record<string, unknown>

/** The file reports in a parsed JSON report; `cwd` is where the merged report is written from. */
export function fileReportsFromJson(report: unknown, cwd: string): FileReport[] {
  const root = object(report, [], 'a report written by `brandvoice --format json` (an object with version and files)')
  if (Array.isArray(root.runs) && typeof root.version === 'string') {
    throw new ReportShapeError([], 'this is a SARIF log; expected a report written by `brandvoice --format json`')
  }
  if (!('version' in root)) throw new ReportShapeError(['version'], `version is missing; expected ${jsonReportVersion}`)
  if (root.version !== jsonReportVersion) {
    if (Number.isInteger(root.version) && (root.version as number) > 0) throw new ReportVersionError(root.version)
    throw new ReportShapeError(['version'], `version is ${describe(root.version)}; expected ${jsonReportVersion}`)
  }
  return list(root.files, ['files'], 'a list of files').map((entry, index) => fileReport(entry, ['files', index], cwd))
}

function fileReport(value: unknown, at: Array<string | number>, cwd: string): FileReport {
  const entry = object(value, at, 'a file: an object with path, language, touchpoint and messages')
  const path = string(entry.path, [...at, 'path'], "the file's path, a non-empty string", true)
  const language = string(entry.language, [...at, 'language'], 'a language tag such as "en"', true)
  const touchpoint = string(entry.touchpoint, [...at, 'touchpoint'], 'a touchpoint such as "generic"', true)
  const messages = list(entry.messages, [...at, 'messages'], 'a list of messages')
  const file = new VFile({path, cwd})
  messages.forEach((message, index) => addMessage(file, message, [...at, 'messages', index]))
  return {path, language, touchpoint, file}
}

function addMessage(file: VFile, value: unknown, at: Array<string | number>): void {
  const entry = object(value, at, 'a message: an object with ruleId, severity, message and its place')
  const ruleId = entry.ruleId === null ? null : string(entry.ruleId, [...at, 'ruleId'], 'a rule id such as "lexicon/brand-name", or null', true)
  const severity = entry.severity
  if (severity !== 'error' && severity !== 'warning' && severity !== 'info') {
    throw new ReportShapeError([...at, 'severity'], `${formatPath([...at, 'severity'])} is ${describe(severity)}; expected "error", "warning" or "info"`)
  }
  const reason = string(entry.message, [...at, 'message'], 'the message, a string')
  const start: Point = {line: position(entry, 'line', at), column: position(entry, 'column', at)}
  const end: Point = {line: position(entry, 'endLine', at), column: position(entry, 'endColumn', at)}
  const wholeFile = entry.wholeFile === undefined ? false : entry.wholeFile === true
  if (entry.wholeFile !== undefined && !wholeFile) {
    throw new ReportShapeError([...at, 'wholeFile'], `${formatPath([...at, 'wholeFile'])} is ${describe(entry.wholeFile)}; expected true, or no wholeFile at all`)
  }
  const actual = entry.actual === null ? undefined : string(entry.actual, [...at, 'actual'], 'a string or null')
  const expected = entry.expected === null ? undefined : strings(entry.expected, [...at, 'expected'])
  const fix = entry.fix === undefined ? undefined : readFix(entry.fix, [...at, 'fix'])
  const url = entry.url === undefined ? undefined : string(entry.url, [...at, 'url'], 'a string, or no url at all')

  // As the engine places messages: a rule's over a range, a message about the
  // file at a point (or, for the whole file, nowhere), so every reporter
  // prints it again as the run did.
  const place: Point | Position | undefined = wholeFile ? undefined : ruleId === null && start.line === end.line && start.column === end.column ? start : {start, end}
  const message = file.message(reason, {...(place ? {place} : {}), ...(ruleId === null ? {} : {ruleId}), source: 'brandvoice'})
  message.fatal = fatalBySeverity[severity]
  if (actual !== undefined) message.actual = actual
  if (expected !== undefined) message.expected = expected
  if (fix !== undefined) message.fix = fix
  if (url !== undefined) message.url = url
}

function readFix(value: unknown, at: Array<string | number>): {range: [number, number]; text: string} {
  const expected = 'a fix: {"range": [start, end], "text": "…"}, start and end whole numbers with start ≤ end'
  const fix = object(value, at, expected)
  const range = fix.range
  if (!Array.isArray(range) || range.length !== 2 || !range.every((offset) => Number.isInteger(offset) && offset >= 0) || range[0] > range[1]) {
    throw new ReportShapeError([...at, 'range'], `${formatPath([...at, 'range'])} is ${describe(range)}; expected [start, end], whole numbers with 0 ≤ start ≤ end`)
  }
  const text = string(fix.text, [...at, 'text'], 'the replacement, a string')
  return {range: [range[0], range[1]], text}
}

function position(entry: Json, key: string, at: Array<string | number>): number {
  const value = entry[key]
  if (!Number.isInteger(value) || (value as number) < 1) {
    throw new ReportShapeError([...at, key], `${formatPath([...at, key])} is ${describe(value)}; expected a whole number of 1 or more`)
  }
  return value as number
}

function object(value: unknown, at: Array<string | number>, expected: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ReportShapeError(at, `${formatPath(at)} is ${describe(value)}; expected ${expected}`)
  return value as Json
}

function list(value: unknown, at: Array<string | number>, expected: string): unknown[] {
  if (!Array.isArray(value)) throw new ReportShapeError(at, `${formatPath(at)} is ${describe(value)}; expected ${expected}`)
  return value
}

function string(value: unknown, at: Array<string | number>, expected: string, nonEmpty = false): string {
  if (typeof value !== 'string' || (nonEmpty && value === '')) throw new ReportShapeError(at, `${formatPath(at)} is ${describe(value)}; expected ${expected}`)
  return value
}

function strings(value: unknown, at: Array<string | number>): string[] {
  const items = list(value, at, 'a list of strings or null')
  items.forEach((item, index) => string(item, [...at, index], 'a string'))
  return items as string[]
}

/** A value as a message can show it: short, and saying what kind of thing it is. */
function describe(value: unknown): string {
  if (value === undefined) return 'missing'
  const text = JSON.stringify(value)
  if (text.length <= 40) return text
  return Array.isArray(value) ? 'a list' : typeof value === 'object' && value !== null ? 'an object' : `${text.slice(0, 39)}…`
}
