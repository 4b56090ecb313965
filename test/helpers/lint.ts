// Lint copy with a config object through the same pipeline the CLI uses, and
// render messages as `line:column-line:column: reason` for exact comparison.
import {lintText} from '../../src/index.js'
import type {UserConfig} from '../../src/config/types.js'
import type {VFileMessage} from 'vfile-message'
import {severityOf} from '../../src/reporters/report.js'

export interface LintInput {
  text: string
  config?: UserConfig
  language?: string
  touchpoint?: string
  format?: 'md' | 'txt' | 'html'
}

export function render(message: VFileMessage): string {
  const {start, end} = message.place && 'start' in message.place ? message.place : {start: message.place, end: message.place}
  return `${start?.line}:${start?.column}-${end?.line}:${end?.column}: ${message.reason}`
}

export async function lint(input: LintInput) {
  const result = await lintText(input.text, {
    path: `example.${input.format ?? 'md'}`,
    config: input.config ?? {},
    ...(input.language ? {language: input.language} : {}),
    ...(input.touchpoint ? {touchpoint: input.touchpoint} : {})
  })
  return result.file.messages
}

/** Messages of one rule, rendered. */
export async function lintRule(ruleId: string, input: LintInput): Promise<string[]> {
  const messages = await lint(input)
  return messages.filter((message) => message.ruleId === ruleId).map(render)
}

/** Messages of one rule, rendered with their severity first (`warning 1:1-1:5: …`). */
export async function lintRuleWithSeverity(ruleId: string, input: LintInput): Promise<string[]> {
  const messages = await lint(input)
  return messages.filter((message) => message.ruleId === ruleId).map((message) => `${severityOf(message)} ${render(message)}`)
}

/** Lint each line alone with one rule; the lines it flags. */
export async function flaggedLines(ruleId: string, lines: readonly string[], input: Omit<LintInput, 'text'>): Promise<string[]> {
  const flagged: string[] = []
  for (const line of lines) if ((await lintRule(ruleId, {...input, text: `${line}\n`})).length > 0) flagged.push(line)
  return flagged
}
