// Words of the prose tree in reading order, grouped into runs that only white
// space separates: a phrase can match inside a run (across a line break,
// emphasis or a link) but never across punctuation, code or a sentence end.
import type {Root, Sentence, Word as WordNode} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import cliticData from './clitics.json' with {type: 'json'}
import {primarySubtag} from './language.js'

/** One way to read a word: the whole word, or the word with a clitic peeled off. */
export interface WordForm {
  /** Normalised for matching: NFC, lower case, typographic apostrophes as `'`. */
  key: string
  start: number
  end: number
}

export interface Word {
  node: WordNode
  text: string
  start: number
  end: number
  /** `forms[0]` is the whole word. */
  forms: WordForm[]
}

export type WordRun = Word[]

interface Clitics {
  prefixes: string[]
  suffixes: string[]
}

const clitics = cliticData as unknown as Record<string, Clitics | undefined>

export function normalizeKey(text: string): string {
  // Romanian typed with the cedilla letters ş ţ means ș ț: they match alike
  // (typography/diacritics is the rule that reports the cedillas).
  return text.normalize('NFC').toLowerCase().replace(/[’ʼ‘]/g, "'").replace(/ş/g, 'ș').replace(/ţ/g, 'ț')
}

/**
 * parse-latin reads “user. read” as an abbreviation and keeps the full stop in
 * the word, but splits it off at the end of a text; a word with no other full
 * stop (not e.g. or U.S.) is therefore also read without it, in the text and in
 * lexicon terms alike.
 */
export function withoutFullStop(text: string): string {
  return text.length > 1 && text.endsWith('.') && !text.slice(0, -1).includes('.') ? text.slice(0, -1) : text
}

export function wordRuns(
  tree: Root,
  language: string,
  isProtected: (start: number, end: number) => boolean
): WordRun[] {
  const wordClitics = clitics[primarySubtag(language)]
  const runs: WordRun[] = []

  visit(tree, 'SentenceNode', function (sentence: Sentence) {
    let run: WordRun = []
    for (const child of sentence.children) {
      if (child.type === 'WhiteSpaceNode') continue
      const word = child.type === 'WordNode' ? toWord(child, wordClitics) : undefined
      if (word && !isProtected(word.start, word.end)) {
        run.push(word)
      } else if (run.length > 0) {
        runs.push(run)
        run = []
      }
    }
    if (run.length > 0) runs.push(run)
    return 'skip'
  })

  return runs
}

function toWord(node: WordNode, clitics: Clitics | undefined): Word | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const text = toString(node)
  const forms: WordForm[] = [{key: normalizeKey(text), start, end}]
  // Clitics are ASCII apart from apostrophes, which keep their length when
  // normalised, so peeling them off the raw text keeps offsets exact even
  // where the rest of the word is decomposed (s + U+0326).
  const lower = text.toLowerCase().replace(/[’ʼ‘]/g, "'")
  for (const prefix of clitics?.prefixes ?? []) {
    if (lower.length > prefix.length && lower.startsWith(prefix)) {
      forms.push({key: normalizeKey(text.slice(prefix.length)), start: start + prefix.length, end})
    }
  }
  for (const suffix of clitics?.suffixes ?? []) {
    if (lower.length > suffix.length && lower.endsWith(suffix)) {
      forms.push({key: normalizeKey(text.slice(0, -suffix.length)), start, end: end - suffix.length})
    }
  }
  const bare = withoutFullStop(text)
  if (bare !== text) forms.push({key: normalizeKey(bare), start, end: end - 1})

  return {node, text, start, end, forms}
}
