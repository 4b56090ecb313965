// A trie over words, not characters: each edge is one normalised word, or a
// word prefix for terms written with a trailing `*` (client* → clientul,
// clienților). Built once per lexicon; matching costs a few map lookups per
// word whatever the number of entries, instead of one regular expression per term.
import {normalizeKey, withoutFullStop} from '../text/words.js'
import type {Word, WordForm} from '../text/words.js'
import type {LexiconEntry} from './entry.js'

export interface Term {
  entry: LexiconEntry
  /** The term as the config writes it. */
  written: string
  /** Its words, normalised, each with a flag for a trailing `*`. */
  words: Array<{key: string; prefix: boolean; written: string}>
}

interface TrieNode {
  exact: Map<string, TrieNode>
  prefix: Map<string, TrieNode>
  /** Lengths of the keys in `prefix`, so a word is only sliced where a key could be. */
  prefixLengths: number[]
  terms: Term[]
}

export interface PhraseHit {
  term: Term
  /** Index of the first and last word in the run. */
  first: number
  last: number
  start: number
  end: number
}

function node(): TrieNode {
  return {exact: new Map(), prefix: new Map(), prefixLengths: [], terms: []}
}

export function splitTerm(written: string): Term['words'] {
  return written
    .trim()
    .split(/\s+/u)
    .map(function (word) {
      const prefix = word.endsWith('*')
      const bare = prefix ? word.slice(0, -1) : word
      return {key: normalizeKey(bare), prefix, written: bare}
    })
}

/**
 * The word sequences a term matches: as written, and, when it ends in an
 * abbreviation's full stop (etc.), without it, since the parser splits that
 * stop off at the end of a text (see withoutFullStop). Where the text keeps
 * the stop, the longer match wins.
 */
function variants(written: string): Array<Term['words']> {
  const words = splitTerm(written)
  const last = words.at(-1)!
  const bare = last.prefix ? last.written : withoutFullStop(last.written)
  if (bare === last.written) return [words]
  return [words, [...words.slice(0, -1), {key: normalizeKey(bare), prefix: false, written: bare}]]
}

export class PhraseIndex {
  readonly #root = node()

  constructor(entries: readonly LexiconEntry[]) {
    for (const entry of entries) {
      for (const written of entry.avoid) {
        for (const words of variants(written)) this.#add({entry, written, words})
      }
    }
  }

  #add(term: Term): void {
    let current = this.#root
    for (const word of term.words) {
      const edges = word.prefix ? current.prefix : current.exact
      let next = edges.get(word.key)
      if (!next) {
        next = node()
        edges.set(word.key, next)
        if (word.prefix && !current.prefixLengths.includes(word.key.length)) {
          current.prefixLengths.push(word.key.length)
        }
      }
      current = next
    }
    current.terms.push(term)
  }

  /** Every term that matches a sequence of words in the run, overlapping ones included. */
  find(run: readonly Word[]): PhraseHit[] {
    const hits: PhraseHit[] = []
    for (let first = 0; first < run.length; first++) {
      for (const form of run[first]!.forms) {
        this.#walk(this.#root, run, first, first, form.start, form, hits)
      }
    }
    return hits
  }

  #walk(
    current: TrieNode,
    run: readonly Word[],
    first: number,
    index: number,
    start: number,
    form: WordForm,
    hits: PhraseHit[]
  ): void {
    const {key} = form
    const matched: TrieNode[] = []
    const exact = current.exact.get(key)
    if (exact) matched.push(exact)
    for (const length of current.prefixLengths) {
      // A continuation is letters, not a full stop the parser kept (utilizator.).
      if (length <= key.length && !key.endsWith('.')) {
        const next = current.prefix.get(key.slice(0, length))
        if (next) matched.push(next)
      }
    }
    const word = run[index]!
    const following = run[index + 1]
    // A phrase goes on only from a whole word, and into the next word's start:
    // “l'usuari” can begin a phrase and “customer's” end one, neither sit inside.
    const canContinue = following !== undefined && form.end === word.end
    for (const next of matched) {
      for (const term of next.terms) {
        hits.push({term, first, last: index, start, end: form.end})
      }
      if (canContinue && (next.exact.size > 0 || next.prefix.size > 0)) {
        for (const nextForm of following.forms) {
          if (nextForm.start === following.start) {
            this.#walk(next, run, first, index + 1, start, nextForm, hits)
          }
        }
      }
    }
  }
}
