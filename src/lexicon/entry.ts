// A lexicon entry as the engine holds it, after validation and normalisation
// of the user's config (strings become lists, defaults are filled in).
import type {Severity} from '../rule-api.js'

export interface LexiconEntry {
  /** Terms to avoid, as written in the config; a trailing `*` on a word matches any continuation. */
  avoid: string[]
  /** Replacements; empty means the terms are banned outright. */
  use: string[]
  reason?: string
  severity?: Severity
  /** Language ranges (`ro` covers `ro-RO`); absent means every language. */
  language?: string[]
  touchpoints?: string[]
  caseSensitive: boolean
}

export interface UserLexiconEntry {
  avoid: string | string[]
  use?: string | string[]
  reason?: string
  severity?: Severity
  language?: string | string[]
  touchpoints?: string[]
  caseSensitive?: boolean
}

function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

export function normalizeEntry(entry: UserLexiconEntry): LexiconEntry {
  const normalized: LexiconEntry = {
    avoid: list(entry.avoid),
    use: list(entry.use),
    caseSensitive: entry.caseSensitive ?? false
  }
  if (entry.reason !== undefined) normalized.reason = entry.reason
  if (entry.severity !== undefined) normalized.severity = entry.severity
  if (entry.language !== undefined) normalized.language = list(entry.language)
  if (entry.touchpoints !== undefined) normalized.touchpoints = entry.touchpoints
  return normalized
}
