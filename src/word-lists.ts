// Word lists that rules keep as data beside them (rules/<group>/<rule>.json:
// a list of words or phrases per language), the options by which a config
// adds to, removes from or replaces them, and finding their words in a file.
// Phrases are found with the lexicon's phrase index, so a list's terms follow
// the lexicon's matching rules: whole words, a trailing * for inflections,
// phrases across line breaks and emphasis.
import type {FileContext} from './rule-api.js'
import {primarySubtag} from './text/language.js'
import {normalizeKey} from './text/words.js'
import type {LexiconEntry} from './lexicon/entry.js'
import {matchLexicon, type LexiconMatch} from './lexicon/match.js'

/** A built-in word list: words or phrases per language (primary subtag). */
export type WordLists = Readonly<Record<string, readonly string[]>>

export interface WordListOptions {
  /** Words to add to the built-in list, per language. */
  add?: Record<string, string[]>
  /** Words to take out of the built-in list, per language. */
  remove?: Record<string, string[]>
  /** Lists to use instead of the built-in one, per language. */
  replace?: Record<string, string[]>
}

const perLanguage = {
  type: 'object',
  propertyNames: {pattern: '^[a-z]{2,3}$'},
  additionalProperties: {type: 'array', items: {type: 'string', minLength: 1}}
}

/** JSON Schema of WordListOptions, for a rule's optionsSchema. */
export function wordListOptionsSchema(what: string): Record<string, Record<string, unknown>> {
  return {
    add: {...perLanguage, description: `More ${what}, per language: {"en": ["basically"]}.`},
    remove: {...perLanguage, description: `Built-in ${what} not to flag, per language.`},
    replace: {...perLanguage, description: `${what[0]!.toUpperCase()}${what.slice(1)} to use instead of the built-in ones, per language.`}
  }
}

const resolved = new WeakMap<object, WeakMap<object, Map<string, readonly string[]>>>()

/** The list for a language after the config's changes; the same array for the same inputs. */
export function wordListFor(lists: WordLists, options: WordListOptions, language: string): readonly string[] {
  let byOptions = resolved.get(lists)
  if (!byOptions) resolved.set(lists, (byOptions = new WeakMap()))
  let byLanguage = byOptions.get(options)
  if (!byLanguage) byOptions.set(options, (byLanguage = new Map()))
  const primary = primarySubtag(language)
  let list = byLanguage.get(primary)
  if (!list) {
    const removed = new Set((options.remove?.[primary] ?? []).map(normalizeKey))
    const base = options.replace?.[primary] ?? lists[primary] ?? []
    list = [...base, ...(options.add?.[primary] ?? [])].filter((term) => !removed.has(normalizeKey(term)))
    byLanguage.set(primary, list)
  }
  return list
}

const entries = new WeakMap<readonly string[], LexiconEntry[]>()

/** Where the terms of a list occur in the file's words (not in code, URLs or placeholders). */
export function findTerms(context: FileContext, terms: readonly string[]): LexiconMatch[] {
  let list = entries.get(terms)
  if (!list) {
    // One entry per term, so each match says which term it is.
    list = terms.map((term) => ({avoid: [term], use: [], caseSensitive: false}))
    entries.set(terms, list)
  }
  return matchLexicon(list, context.words, context.language, context.touchpoint)
}
