// Phrase lists that tone rules keep as data beside them (rules/tone/<rule>.json),
// for rules that flag what a sentence says rather than a single word: per
// language, groups of phrases that share one hint (the second half of the
// message), and exceptions, phrases around a listed one that make it innocent
// (“we just reset”, “not your fault”, “easy to miss”).
//
// A phrase may write alternatives in braces, `just {click|tap|go to}`, an empty
// alternative included (`as I {already |}said`); they are expanded when the data
// is loaded, so a config's `remove` takes the expanded phrases. A trailing `*`
// on a word matches inflections, as in the lexicon.
import type {FileContext, RuleContext} from '../../src/rule-api.js'
import {quote} from '../../src/text/quote.js'
import {blockQuotes} from '../../src/text/block-quotes.js'
import {primarySubtag} from '../../src/text/language.js'
import {normalizeKey} from '../../src/text/words.js'
import {findTerms, wordListFor, type WordListOptions, type WordLists} from '../../src/word-lists.js'

export interface PhraseGroup {
  /** What the message says after the quoted phrase: why it hurts and what to write instead. */
  hint: string
  phrases: string[]
}

export interface LanguagePhrases {
  groups: PhraseGroup[]
  /** A listed phrase that overlaps one of these is not reported. */
  except?: string[]
}

/** The JSON file: language (primary subtag) → phrases; keys starting with `$` are comments. */
export type PhraseData = Record<string, LanguagePhrases | string>

export interface PhraseLists {
  /** Expanded phrases per language, for wordListFor. */
  lists: WordLists
  exceptions: WordLists
  /** language → phrase key → hint. */
  hints: ReadonlyMap<string, ReadonlyMap<string, string>>
}

export interface PhraseFinding {
  /** The words matched, as the copy writes them. */
  text: string
  /** The phrase as listed (or as the config adds it). */
  phrase: string
  /** The hint of the phrase's group; undefined for phrases a config adds. */
  hint: string | undefined
  start: number
  end: number
}

/** `just {click|tap}` → `just click`, `just tap`; braces do not nest. */
export function expandAlternatives(pattern: string): string[] {
  const open = pattern.indexOf('{')
  if (open === -1) return [pattern.replace(/\s+/gu, ' ').trim()]
  const close = pattern.indexOf('}', open)
  if (close === -1) throw new Error(`Unclosed “{” in phrase “${pattern}”`)
  const before = pattern.slice(0, open)
  const after = pattern.slice(close + 1)
  return pattern
    .slice(open + 1, close)
    .split('|')
    .flatMap((alternative) => expandAlternatives(before + alternative + after))
}

function expandAll(patterns: readonly string[]): string[] {
  return [...new Set(patterns.flatMap(expandAlternatives))]
}

function phraseKey(phrase: string): string {
  return normalizeKey(phrase).replace(/\s+/gu, ' ').trim()
}

export function loadPhraseLists(data: PhraseData): PhraseLists {
  const lists: Record<string, string[]> = {}
  const exceptions: Record<string, string[]> = {}
  const hints = new Map<string, Map<string, string>>()
  for (const [language, value] of Object.entries(data)) {
    if (language.startsWith('$') || typeof value === 'string') continue
    const byPhrase = new Map<string, string>()
    for (const group of value.groups) {
      for (const phrase of expandAll(group.phrases)) if (!byPhrase.has(phraseKey(phrase))) byPhrase.set(phraseKey(phrase), group.hint)
    }
    lists[language] = expandAll(value.groups.flatMap((group) => group.phrases))
    exceptions[language] = expandAll(value.except ?? [])
    hints.set(language, byPhrase)
  }
  return {lists, exceptions, hints}
}


/**
 * The listed phrases (after the config's add / remove / replace) in the file's
 * words, less those that overlap an exception or stand in quoted text.
 */
export function findPhrases(
  context: FileContext & {file: {value: unknown}},
  phraseLists: PhraseLists,
  options: WordListOptions
): PhraseFinding[] {
  const language = primarySubtag(context.language)
  const phrases = wordListFor(phraseLists.lists, options, context.language)
  if (phrases.length === 0) return []
  const exceptions = findTerms(context, phraseLists.exceptions[language] ?? [])
  const hints = phraseLists.hints.get(language)
  const matches = findTerms(context, phrases)
  if (matches.length === 0) return []
  const quoted = blockQuotes(context.markdown, String(context.file.value))
  const findings: PhraseFinding[] = []
  for (const match of matches) {
    if (exceptions.some((exception) => exception.start < match.end && match.start < exception.end)) continue
    if (quoted.some(([start, end]) => start < match.end && match.start < end)) continue
    findings.push({text: match.text, phrase: match.term, hint: hints?.get(phraseKey(match.term)), start: match.start, end: match.end})
  }
  return findings
}

/** Report each finding as “<phrase as written>” <hint>, with `fallback` for phrases a config added. */
export function reportPhrases(context: RuleContext<WordListOptions>, phraseLists: PhraseLists, fallback: string): void {
  for (const finding of findPhrases(context, phraseLists, context.options)) {
    context.report({reason: `${quote(finding.text)} ${finding.hint ?? fallback}.`, start: finding.start, end: finding.end, actual: finding.text})
  }
}
