// The bench's lexicons: a few real entries that fire on the corpus, padded
// with seeded made-up words to 10, 1,000 or 10,000 entries, so a run measures
// what the lexicon's size costs. The same entries become prh rules, so
// textlint + textlint-rule-prh gets the very same lexicon to match.
import type {UserLexiconEntry} from '../src/lexicon/entry.js'
import {seededRandom} from './random.js'

const realEntries: UserLexiconEntry[] = [
  {avoid: ['user', 'users'], use: 'customer'},
  {avoid: 'utilizator*', use: 'client', language: 'ro'},
  {avoid: 'użytkownik*', use: 'klient', language: 'pl'},
  {avoid: 'usuari', use: 'client', language: 'ca'},
  {avoid: 'unfortunately'}
]

const letters = 'abcdefghijklmnopqrstuvwxyzășțîâąęłóśżćń'

/** `size` entries, the same for the same size and seed; one in five is a two-word phrase, one in ten a `stem*` wildcard. */
export function generatedLexicon(size: number, seed = 42): UserLexiconEntry[] {
  const random = seededRandom(seed)
  const word = () => Array.from({length: 5 + Math.floor(random() * 6)}, () => letters[Math.floor(random() * letters.length)]).join('')
  const lexicon = realEntries.slice(0, size)
  while (lexicon.length < size) {
    const phrase = random() < 0.2 ? `${word()} ${word()}` : word() + (random() < 0.1 ? '*' : '')
    lexicon.push({avoid: phrase, use: word()})
  }
  return lexicon
}

export interface PrhRule {
  expected: string
  patterns: string[]
}

// prh has no idea of words, so each term becomes a regular expression with
// word edges drawn by hand: `\b` is ASCII-only and would cut “ș” or “ł”.
const letter = '[\\wÀ-ɏ]'

/** A lexicon term as a prh pattern (`/…/i`): whole words, any run of spaces between them, a trailing `*` matching any continuation. */
export function prhPattern(term: string, caseSensitive = false): string {
  const words = term.trim().split(/\s+/).map((word) => {
    const wildcard = word.endsWith('*')
    const stem = (wildcard ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    return wildcard ? `${stem}${letter}*` : stem
  })
  const wildcardEnd = term.trim().endsWith('*')
  return `/(?<!${letter})${words.join('\\s+')}${wildcardEnd ? '' : `(?!${letter})`}/${caseSensitive ? '' : 'i'}`
}

/**
 * The lexicon as prh's rules: the first `use` is prh's `expected` (empty for a
 * banned term). prh cannot limit an entry to a language, so textlint applies
 * every entry to every file, as brandvoice would without `language`.
 */
export function prhRules(lexicon: readonly UserLexiconEntry[]): {version: 1; rules: PrhRule[]} {
  const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value])
  return {
    version: 1,
    rules: lexicon.map((entry) => ({
      expected: list(entry.use)[0] ?? '',
      patterns: list(entry.avoid).map((term) => prhPattern(term, entry.caseSensitive))
    }))
  }
}
