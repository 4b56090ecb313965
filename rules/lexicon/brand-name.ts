// lexicon/brand-name: brand names written exactly as the brand writes them.
// Words are cut at spaces, hyphens and apostrophes into segments; a run of
// segments that spells a brand name apart from case and separators
// (Github, Git hub, Git-Hub) is reported unless it is written exactly right.
// Inflected forms keep working: Romanian “Github-ul” and Polish “Github'a”
// report just the name.
import {defineRule} from '../../src/rule-api.js'
import type {WordRun} from '../../src/text/words.js'
import {quote} from '../../src/text/quote.js'
import {toString} from 'nlcst-to-string'
import examples from './brand-name.examples.js'

interface Segment {
  key: string
  /** The segment as written, and the separator written before it ('' at a word start). */
  text: string
  separator: string
  start: number
  end: number
}

const separators = /^[-‐‑'’ʼ]$/u

function compact(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\s\-‐‑'’ʼ]/gu, '')
}

/**
 * Segments from each word's own text nodes, so markup inside a word
 * (**Coca**-Cola) never shifts an offset or shows up in a message.
 */
function segments(run: WordRun): Segment[] {
  const result: Segment[] = []
  for (const word of run) {
    let separator = ''
    let current: Segment | undefined
    for (const child of word.node.children) {
      const start = child.position?.start.offset
      const end = child.position?.end.offset
      if (start === undefined || end === undefined) continue
      const value = toString(child)
      if (child.type !== 'TextNode' && separators.test(value)) {
        current = undefined
        separator = value
        continue
      }
      if (current) {
        current.text += value
        current.key = compact(current.text)
        current.end = end
      } else {
        current = {key: compact(value), text: value, separator: result.length > 0 && separator === '' ? ' ' : separator, start, end}
        result.push(current)
        separator = ''
      }
    }
  }
  return result
}

/**
 * A brand written like an ordinary capitalised word (Slack, Notion) is often
 * that word in lower case (“cut them some slack”), so lower case is left alone
 * for those; mixed-case names (GitHub, PayPal) have no such double.
 */
function isPlainCapitalised(name: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(name)
}

interface BrandIndex {
  byKey: Map<string, string[]>
  maxSegments: number
}

const indexes = new WeakMap<readonly string[], BrandIndex>()

function brandIndex(names: readonly string[]): BrandIndex {
  let index = indexes.get(names)
  if (!index) {
    index = {byKey: new Map(), maxSegments: 1}
    for (const name of names) {
      const key = compact(name)
      index.byKey.set(key, [...(index.byKey.get(key) ?? []), name])
      // Room for the name's own words plus one split the copy may add (Git hub).
      index.maxSegments = Math.max(index.maxSegments, name.split(/[\s\-‐‑'’ʼ]+/u).length + 1)
    }
    indexes.set(names, index)
  }
  return index
}

export default defineRule(
  {
    id: 'lexicon/brand-name',
    description: 'Flags brand names written with the wrong case or spacing (Github, Git hub for GitHub).',
    severity: 'error',
    rationale:
      'A brand’s name is the one word a customer is sure to notice when it is wrong. Writing it the same way everywhere is the cheapest consistency there is.',
    examples
  },
  function (context) {
    if (context.brand.names.length === 0) return
    const text = String(context.file)
    const {byKey, maxSegments} = brandIndex(context.brand.names)

    for (const run of context.words) {
      const pieces = segments(run)
      for (let first = 0; first < pieces.length; first++) {
        const start = pieces[first]!.start
        // Handles and hashtags (@github, #github) are not prose.
        if (start > 0 && /[@#]/u.test(text.charAt(start - 1))) continue
        // The longest run of segments that spells a name wins (Git Hub before Git).
        let key = ''
        let found: {last: number; names: string[]} | undefined
        for (let last = first; last < pieces.length && last < first + maxSegments; last++) {
          key += pieces[last]!.key
          const names = byKey.get(key)
          if (names) found = {last, names}
        }
        if (!found) continue
        const matched = pieces.slice(first, found.last + 1)
        const actual = matched.map((piece, index) => (index > 0 ? piece.separator : '') + piece.text).join('')
        const {names} = found
        // Ordinary lower-case words that happen to spell a name together
        // (“in design”, “one drive”); “k-9 mail” or “coca-cola” are no ordinary words.
        const joinedLowerCase =
          matched.length > 1 && matched.every((piece, index) => /^\p{Ll}+$/u.test(piece.text) && (index === 0 || piece.separator === ' '))
        const lowerCaseWord = actual === actual.toLowerCase() && names.every(isPlainCapitalised)
        if (!names.includes(actual) && !lowerCaseWord && !joinedLowerCase) {
          context.report({
            reason: `Write the brand name as ${quote(names[0]!)}, not ${quote(actual)}.`,
            start,
            end: matched.at(-1)!.end,
            actual,
            fix: names[0]!
          })
        }
        first = found.last
      }
    }
  }
)
