// Find a file's lexicon entries: run the phrase index over its words, keep the
// entries that apply to the file, and resolve overlaps (the longest term wins,
// then the earliest), so “user guide” is one finding, not also “user”.
import type {Word, WordRun} from '../text/words.js'
import {languageMatches} from '../text/language.js'
import type {LexiconEntry} from './entry.js'
import {PhraseIndex, type PhraseHit} from './phrase-index.js'

export interface LexiconMatch {
  entry: LexiconEntry
  /** The avoided term as the config writes it. */
  term: string
  /** The words matched, as the copy writes them, one space apart (no markup between them). */
  text: string
  start: number
  end: number
}

const indexes = new WeakMap<readonly LexiconEntry[], PhraseIndex>()

/** The phrase index of a lexicon, built on first use and kept for as long as the lexicon lives. */
export function phraseIndexFor(entries: readonly LexiconEntry[]): PhraseIndex {
  let index = indexes.get(entries)
  if (!index) {
    index = new PhraseIndex(entries)
    indexes.set(entries, index)
  }
  return index
}

/** `touchpoint`: the file's type, or it and the built-in type it starts from. */
export function entryApplies(entry: LexiconEntry, language: string, touchpoint: string | readonly string[]): boolean {
  if (entry.language && !languageMatches(language, entry.language)) return false
  const types = typeof touchpoint === 'string' ? [touchpoint] : touchpoint
  if (entry.touchpoints && !types.some((type) => entry.touchpoints!.includes(type))) return false
  return true
}

export function matchLexicon(
  entries: readonly LexiconEntry[],
  runs: readonly WordRun[],
  language: string,
  touchpoint: string | readonly string[]
): LexiconMatch[] {
  if (entries.length === 0) return []
  const index = phraseIndexFor(entries)
  const hits: Array<PhraseHit & {run: readonly Word[]}> = []
  for (const run of runs) {
    for (const hit of index.find(run)) {
      if (entryApplies(hit.term.entry, language, touchpoint) && caseAgrees(hit, run)) hits.push({...hit, run})
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))

  const matches: LexiconMatch[] = []
  let reached = -1
  for (const hit of hits) {
    if (hit.start < reached) continue
    const text = matchedWords(hit, hit.run).join(' ')
    matches.push({entry: hit.term.entry, term: hit.term.written, text, start: hit.start, end: hit.end})
    reached = hit.end
  }
  return matches
}

const preferredEntries = new WeakMap<readonly LexiconEntry[], LexiconEntry[]>()

/**
 * Where the lexicon's replacements (`use` terms) occur: the brand's own words,
 * which rules that flag words of their own (word lists, plugins) leave alone.
 */
export function matchPreferred(
  entries: readonly LexiconEntry[],
  runs: readonly WordRun[],
  language: string,
  touchpoint: string | readonly string[]
): LexiconMatch[] {
  let preferred = preferredEntries.get(entries)
  if (!preferred) {
    preferred = entries.filter((entry) => entry.use.length > 0).map((entry) => ({...entry, avoid: entry.use, use: []}))
    preferredEntries.set(entries, preferred)
  }
  return matchLexicon(preferred, runs, language, touchpoint)
}

/** The part of each word that the hit covers: a peeled clitic at either end is left out. */
function matchedWords(hit: PhraseHit, run: readonly Word[]): string[] {
  return run.slice(hit.first, hit.last + 1).map(function (word) {
    const from = Math.max(hit.start, word.start) - word.start
    const to = Math.min(hit.end, word.end) - word.start
    return word.text.slice(from, to)
  })
}

/** Case-sensitive entries match only words written exactly as the term. */
function caseAgrees(hit: PhraseHit, run: readonly Word[]): boolean {
  if (!hit.term.entry.caseSensitive) return true
  const words = matchedWords(hit, run)
  return hit.term.words.every(function (termWord, offset) {
    const text = words[offset]!.normalize('NFC')
    const written = termWord.written.normalize('NFC')
    return termWord.prefix ? text.startsWith(written) : text === written
  })
}
