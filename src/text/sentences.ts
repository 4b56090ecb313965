// Sentences as a reader sees them, for rules that measure sentences (length,
// readability, punctuation per sentence). They start from the prose tree's
// SentenceNodes and correct them where the parsers read copy differently from
// a person:
// - a sentence is split at a line break when the next line does not go on in
//   lower case (signature lines, addresses, plain-text lists), also where the
//   break is an HTML tag the prose tree leaves out (`<br>`, `</p>`), and at a
//   `|` (table cells, “Ana Pop | Support”);
// - a sentence is split after a word that keeps its full stop (“etc.”,
//   “p.m.”, “12.”) when a capital letter follows, unless the word is an
//   abbreviation that never ends a sentence (“Dr.”, “e.g.”);
// - sentences the parser splits after such an abbreviation are joined again
//   (“nr. 5”, “Dl. Popescu”, “no. 5”), from abbreviations.json.
// Where a boundary is uncertain, the sentence is split: a rule that measures
// length then errs towards silence. Words are WordNodes with a letter or a
// digit (numbers are read, so they count) outside code, URLs, e-mail
// addresses and placeholders; a stretch with no such word is not a sentence.
import type {Paragraph, Root, Sentence, SentenceContent, Word as WordNode} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import abbreviationData from './abbreviations.json' with {type: 'json'}
import {primarySubtag} from './language.js'

export interface SentenceWord {
  node: WordNode
  text: string
  start: number
  end: number
}

export interface ReadSentence {
  /** Offsets into the file's text, from the first node to the last (terminal punctuation included); `end` is exclusive. */
  start: number
  end: number
  /** The words a reader counts, in order. */
  words: SentenceWord[]
}

interface Abbreviations {
  beforeName: Set<string>
  beforeNumber: Set<string>
}

const abbreviationsByLanguage = new Map<string, Abbreviations>()

function abbreviationsFor(language: string): Abbreviations {
  const primary = primarySubtag(language)
  let found = abbreviationsByLanguage.get(primary)
  if (!found) {
    const data = (abbreviationData as unknown as Record<string, {beforeName?: string[]; beforeNumber?: string[]} | undefined>)[primary]
    found = {beforeName: new Set(data?.beforeName ?? []), beforeNumber: new Set(data?.beforeNumber ?? [])}
    abbreviationsByLanguage.set(primary, found)
  }
  return found
}

const letterOrDigit = /[\p{L}\p{N}]/u
const lowerCaseStart = /^\p{Ll}/u
const upperCaseStart = /^\p{Lu}/u
const digitStart = /^\p{N}/u
/** Markup left out of the prose tree that breaks a line: a line ending, or an HTML line break or block tag. */
const lineBreakMarkup = /\n|<br\b|<\/?(?:p|div|li|ul|ol|tr|td|th|h[1-6]|table|blockquote)\b/i

function offsets(node: {position?: {start: {offset?: number}; end: {offset?: number}}}): [number, number] | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : [start, end]
}

function abbreviationKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\.$/, '')
}

/** The next child after `index` that is not white space. */
/** The last word of a sentence when only its closing full stop follows it (“nr.” as the parser splits it). */
function wordBeforeFinalStop(sentence: Sentence): string | undefined {
  const children = sentence.children.filter((child) => child.type !== 'WhiteSpaceNode')
  const last = children.at(-1)
  const before = children.at(-2)
  if (last?.type === 'WordNode' && toString(last).endsWith('.')) return toString(last)
  if (last?.type === 'PunctuationNode' && toString(last) === '.' && before?.type === 'WordNode') {
    // The full stop must touch the word: “nr .” is not an abbreviation.
    const word = offsets(before)
    const stop = offsets(last)
    if (word && stop && word[1] === stop[0]) return toString(before)
  }
  return undefined
}

interface Token {
  type: 'space' | 'word' | 'other'
  text: string
  start: number
  end: number
  node: SentenceContent
  /** Markup left out of the tree (`<br>`) breaks the line just before this token. */
  breakBefore: boolean
}

/**
 * A sentence's children as tokens with offsets. A word is cut where the tree
 * left out markup that breaks a line: “colour.<br><b>Please” reaches the tree
 * as one word, “colour.Please”.
 */
function tokensOf(sentence: Sentence, text: string): Token[] {
  const tokens: Token[] = []
  let lastEnd: number | undefined
  const gapBreaks = (start: number) => lastEnd !== undefined && start > lastEnd && lineBreakMarkup.test(text.slice(lastEnd, start))
  for (const child of sentence.children) {
    const range = offsets(child)
    if (!range) continue
    if (child.type === 'WordNode') {
      let piece: Token | undefined
      for (const part of child.children) {
        const partRange = offsets(part)
        if (!partRange) continue
        const breakBefore = gapBreaks(partRange[0])
        if (!piece || breakBefore) {
          piece = {type: 'word', text: '', start: partRange[0], end: partRange[1], node: child, breakBefore}
          tokens.push(piece)
        }
        piece.text += toString(part)
        piece.end = partRange[1]
        lastEnd = partRange[1]
      }
      continue
    }
    const type = child.type === 'WhiteSpaceNode' ? 'space' : 'other'
    tokens.push({type, text: toString(child), start: range[0], end: range[1], node: child, breakBefore: gapBreaks(range[0])})
    lastEnd = range[1]
  }
  return tokens
}

/** Read once per tree: three tone and language rules read the same sentences. */
const read = new WeakMap<Root, {language: string; isProtected: unknown; sentences: readonly ReadSentence[]}>()

export function readSentences(
  tree: Root,
  text: string,
  language: string,
  isProtected: (start: number, end: number) => boolean
): readonly ReadSentence[] {
  const cached = read.get(tree)
  if (cached && cached.language === language && cached.isProtected === isProtected) return cached.sentences
  const sentences = splitSentences(tree, text, language, isProtected)
  read.set(tree, {language, isProtected, sentences})
  return sentences
}

function splitSentences(
  tree: Root,
  text: string,
  language: string,
  isProtected: (start: number, end: number) => boolean
): ReadSentence[] {
  const abbreviations = abbreviationsFor(language)
  const sentences: ReadSentence[] = []
  let current: ReadSentence | undefined

  const close = () => {
    if (current && current.words.length > 0) sentences.push(current)
    current = undefined
  }

  /** Whether the parser ended `previous` after an abbreviation that never ends a sentence. */
  const continues = (previous: Sentence, next: Sentence): boolean => {
    const word = wordBeforeFinalStop(previous)
    if (word === undefined) return false
    const key = abbreviationKey(word)
    if (abbreviations.beforeName.has(key)) return true
    const first = next.children.find((child) => child.type !== 'WhiteSpaceNode')
    return abbreviations.beforeNumber.has(key) && first?.type === 'WordNode' && digitStart.test(toString(first))
  }

  visit(tree, 'ParagraphNode', function (paragraph: Paragraph) {
    let previous: Sentence | undefined
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') {
        // White space between sentences; anything else ends the sentence.
        if (sentence.type !== 'WhiteSpaceNode') close()
        continue
      }
      if (!(previous && current && continues(previous, sentence))) close()
      previous = sentence

      const tokens = tokensOf(sentence, text)
      // A line break (in the text or in left-out markup) is pending until the next token that is not white space.
      let lineBreak = false
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]!
        if (token.breakBefore) lineBreak = true
        if (token.type === 'space') {
          if (token.text.includes('\n')) lineBreak = true
          continue
        }
        if (lineBreak && !lowerCaseStart.test(token.text)) close()
        lineBreak = false
        if (token.type === 'other' && token.text.includes('|')) {
          close()
          continue
        }
        if (!current) current = {start: token.start, end: token.end, words: []}
        else current.end = Math.max(current.end, token.end)
        if (token.type !== 'word') continue
        if (letterOrDigit.test(token.text) && !isProtected(token.start, token.end)) {
          current.words.push({node: token.node as WordNode, text: token.text, start: token.start, end: token.end})
        }
        // A full stop the parser kept in the word (“etc.”, “p.m.”) before a capital ends the sentence.
        if (token.text.length > 1 && token.text.endsWith('.') && !abbreviations.beforeName.has(abbreviationKey(token.text))) {
          const next = tokens[index + 1]
          const after = tokens[index + 2]
          if (next?.type === 'space' && after?.type === 'word' && upperCaseStart.test(after.text)) close()
        }
      }
    }
    close()
    return 'skip'
  })

  return sentences
}
