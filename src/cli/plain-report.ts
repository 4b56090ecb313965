// A file's report as plain data, and back. Worker threads send reports to the
// main thread this way (structured clone), and the cache stores them (JSON),
// so both must keep every field of every message: `fix`, `ruleId`, `source`,
// `place`, `expected`, `url`, `actual`, `fatal`, `note`… A message is copied
// field by field, so a field added later (by vfile-message or by brandvoice)
// travels too. Parse trees never do: `ancestors` is dropped.
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {FileReport} from '../reporters/report.js'

/** A message's own fields, JSON-safe: no undefined values, no tree nodes. */
export type PlainMessage = {reason: string} & Record<string, unknown>

export interface PlainReport {
  path: string
  cwd: string
  language: string
  touchpoint: string
  messages: PlainMessage[]
}

/** Nodes of the parse trees: the report does not need them, and they would keep the trees alive. */
const dropped = new Set(['ancestors'])

export function toPlainReport(report: FileReport): PlainReport {
  return {
    path: report.path,
    cwd: report.file.cwd,
    language: report.language,
    touchpoint: report.touchpoint,
    messages: report.file.messages.map(toPlainMessage)
  }
}

function toPlainMessage(message: VFileMessage): PlainMessage {
  const plain: PlainMessage = {reason: message.reason}
  for (const [key, value] of Object.entries(message)) {
    if (value === undefined || dropped.has(key)) continue
    // vfile-reporter prints a cause's stack; an Error itself does not survive JSON.
    plain[key] = key === 'cause' ? plainCause(value) : value
  }
  return plain
}

function plainCause(cause: unknown): unknown {
  if (!(cause instanceof Error)) return typeof cause === 'object' && cause !== null ? JSON.parse(JSON.stringify(cause)) : cause
  return {name: cause.name, message: cause.message, ...(cause.stack ? {stack: cause.stack} : {})}
}

/** Rebuilds the report; throws when `plain` is not one (a corrupt cache entry). */
export function fromPlainReport(plain: PlainReport): FileReport {
  const file = new VFile({path: plain.path, cwd: plain.cwd})
  for (const fields of plain.messages) {
    if (typeof fields?.reason !== 'string') throw new TypeError('A stored message has no reason.')
    // A new message has every field vfile-message knows; the stored values then
    // replace them. `file.message` sets `fatal` to false (a warning), and a
    // stored message without it is information.
    const message = file.message(fields.reason)
    message.fatal = undefined
    Object.assign(message, fields)
  }
  return {path: plain.path, file, language: plain.language, touchpoint: plain.touchpoint}
}
