// vfile messages → LSP diagnostics. Both count lines and columns in UTF-16
// code units over the text without a byte order mark; vfile's are 1-based
// with exclusive ends, the LSP's 0-based, so only the base changes.
import path from 'node:path'
import type {VFileMessage} from 'vfile-message'
import {DiagnosticSeverity, type Diagnostic, type Position} from 'vscode-languageserver'
import type {ConfigError} from '../config/errors.js'
import type {Fix} from '../fix.js'

export const source = 'brandvoice'

/** What a diagnostic carries for its code actions. */
export interface DiagnosticData {
  ruleId?: string
  /** The text the rule read at the fix's range, to check the document has not changed under it. */
  actual?: string
  fix?: Fix
}

export function toDiagnostic(message: VFileMessage): Diagnostic {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : start
  const diagnostic: Diagnostic = {
    range: {start: toPosition(start), end: toPosition(end)},
    message: message.reason,
    severity: message.fatal === true ? DiagnosticSeverity.Error : message.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  const data: DiagnosticData = {}
  if (message.ruleId) data.ruleId = message.ruleId
  if (message.fix) {
    data.fix = message.fix
    if (message.actual !== undefined) data.actual = message.actual
  }
  if (Object.keys(data).length > 0) diagnostic.data = data
  return diagnostic
}

function toPosition(point: {line?: number; column?: number} | undefined): Position {
  return {line: Math.max(0, (point?.line ?? 1) - 1), character: Math.max(0, (point?.column ?? 1) - 1)}
}

/** A broken config: one error at the top of the document, naming the file and the place. */
export function configDiagnostic(error: ConfigError, root: string): Diagnostic {
  const file = error.file ? path.relative(root, error.file) || error.file : 'config'
  const where = error.line !== undefined ? `${file}:${error.line}:${error.column ?? 1}` : file
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    message: `brandvoice cannot lint this file: config error in ${where}: ${error.message}`,
    severity: DiagnosticSeverity.Error,
    source,
    code: 'config'
  }
}
