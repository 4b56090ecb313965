// Code actions for brandvoice diagnostics: the rule's own fix, and a comment
// that turns the rule off for the line (Markdown and HTML only: other files
// have no comments brandvoice reads).
import {CodeActionKind, type CodeAction, type Diagnostic, type TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {source, type DiagnosticData} from './diagnostics.js'

export function codeActionsFor(document: TextDocument, diagnostics: readonly Diagnostic[], commentable: boolean): CodeAction[] {
  const actions: CodeAction[] = []
  const text = document.getText()
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== source) continue
    const data = (diagnostic.data ?? {}) as DiagnosticData
    const fix = quickFix(document, text, diagnostic, data)
    if (fix) actions.push(fix)
  }
  if (commentable) {
    // One "disable" per rule and line, however many findings it has there.
    const seen = new Set<string>()
    for (const diagnostic of diagnostics) {
      const ruleId = ((diagnostic.data ?? {}) as DiagnosticData).ruleId
      if (diagnostic.source !== source || !ruleId) continue
      const key = `${ruleId}\0${diagnostic.range.start.line}`
      if (seen.has(key)) continue
      seen.add(key)
      const edit = disableNextLine(text, diagnostic.range.start.line, ruleId)
      if (!edit) continue
      actions.push({
        title: `Disable ${ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {changes: {[document.uri]: [edit]}}
      })
    }
  }
  return actions
}

function quickFix(document: TextDocument, text: string, diagnostic: Diagnostic, data: DiagnosticData): CodeAction | undefined {
  const fix = data.fix
  if (!fix || !Array.isArray(fix.range) || typeof fix.text !== 'string') return undefined
  const [start, end] = fix.range
  // The document may have changed since it was linted: fix only words still as the rule read them.
  if (data.actual !== undefined && text.slice(start, end) !== data.actual) return undefined
  const title = data.actual !== undefined ? `Replace “${data.actual}” with “${fix.text}”` : `Apply the fix: “${fix.text}”`
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: {changes: {[document.uri]: [{range: {start: document.positionAt(start), end: document.positionAt(end)}, newText: fix.text}]}}
  }
}

/**
 * `<!-- brandvoice-disable-next-line rule -->` on its own line above `line`,
 * with the line's indentation and block-quote markers so the comment stays in
 * the same block. None inside frontmatter, where a comment would break the YAML.
 */
export function disableNextLine(text: string, line: number, ruleId: string): TextEdit | undefined {
  const lines = text.split(/\r?\n|\r/)
  const current = lines[line]
  if (current === undefined || inFrontmatter(lines, line)) return undefined
  const prefix = /^[ \t>]*/.exec(current)![0]
  const newline = /\r\n/.test(text) ? '\r\n' : '\n'
  return {
    range: {start: {line, character: 0}, end: {line, character: 0}},
    newText: `${prefix}<!-- brandvoice-disable-next-line ${ruleId} -->${newline}`
  }
}

function inFrontmatter(lines: readonly string[], line: number): boolean {
  if (!/^(---|\+\+\+)\s*$/.test(lines[0] ?? '')) return false
  const fence = lines[0]!.trim()
  for (let index = 1; index < lines.length; index++) {
    if (lines[index]!.trim() === fence || (fence === '---' && lines[index]!.trim() === '...')) return line <= index
  }
  return false
}
