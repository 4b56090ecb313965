// tone/shouting: words in capitals (four letters or more), except brand
// names, the brand's acronyms, common acronyms (shouting.json) and Roman
// numerals. A run of such words (a heading in capitals) is one finding.
import type {Root, Word as WordNode} from 'nlcst'
import type {Node} from 'unist'
import {defineRule} from '../../src/rule-api.js'
import {quote} from '../../src/text/quote.js'
import {primarySubtag} from '../../src/text/language.js'
import {normalizeKey, type Word} from '../../src/text/words.js'
import {wordListFor, wordListOptionsSchema, type WordListOptions, type WordLists} from '../../src/word-lists.js'
import data from './shouting.json' with {type: 'json'}
import examples from './shouting.examples.js'

type Options = WordListOptions

const {$comment: _comment, '*': everywhere, ...local} = data as unknown as Record<string, string[]>

/** The built-in list of one language with the international acronyms, as its own WordLists. */
const listsByLanguage = new Map<string, WordLists>()
function builtinLists(primary: string): WordLists {
  let lists = listsByLanguage.get(primary)
  if (!lists) listsByLanguage.set(primary, (lists = {[primary]: [...everywhere!, ...(local[primary] ?? [])]}))
  return lists
}

const keptSets = new WeakMap<readonly string[], Set<string>>()
function keySet(list: readonly string[]): Set<string> {
  let set = keptSets.get(list)
  if (!set) keptSets.set(list, (set = new Set(list.map(normalizeKey))))
  return set
}

const runGlue = /^[\s,.;:!?¡¿'"“”„«»‘’()\[\]–—\-&…*_]*$/u

const romanNumeral = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u

export default defineRule<Options>(
  {
    id: 'tone/shouting',
    description: 'Flags words in capitals (four letters or more) that are not acronyms, brand names or Roman numerals.',
    severity: 'warning',
    rationale:
      'Capitals read as shouting, and a customer who is shouted at (“YOUR ORDER HAS BEEN CANCELED”) hears anger or a hard sell, not the brand. Emphasis belongs in the words, or in bold where the design allows it. Acronyms are not shouting: brand names, the config’s `brand.acronyms`, a built-in list of common ones (HTML, GDPR, IBAN, ANAF, RODO, NIF…), Roman numerals and words with digits are left alone, as are placeholders such as %NAME% or [FIRST NAME]. A heading written in capitals is flagged once.',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: wordListOptionsSchema('acronyms, written in capitals, that are not shouting')
    },
    defaults: {},
    examples
  },
  function (context) {
    const primary = primarySubtag(context.language)
    const kept = keySet(wordListFor(builtinLists(primary), context.options, primary))
    const brand = new Set([
      ...context.brand.acronyms.map(normalizeKey),
      ...context.brand.names.flatMap((name) => name.split(/[^\p{L}\p{M}\p{N}]+/u)).filter(Boolean).map(normalizeKey)
    ])
    const keeps = (key: string) => kept.has(key) || brand.has(key)
    // An elided article before an acronym (ca l’API, fr d’IBAN) is not shouting,
    // whether or not the language's clitics peel it off.
    const isKept = (word: Word) => word.forms.some((form) => keeps(form.key) || keeps(form.key.replace(/^\p{L}{1,2}'/u, '')))
    const text = String(context.file)

    for (const run of capitalRuns(context.tree, context.words)) {
      const shouted = run.map((word) => !isKept(word) && isShouted(word, text))
      let first = shouted.indexOf(true)
      if (first === -1) continue
      let last = shouted.lastIndexOf(true)
      // Short words in capitals at the edges belong to the shout (“I LOVE IT”);
      // acronyms, brand names and numerals there do not (“ANPC ASTĂZI”).
      const lowerable = (word: Word) => !isKept(word) && !romanNumeral.test(word.text) && !/[\p{N}_.@/]/u.test(word.text.replace(/\.$/u, ''))
      while (first > 0 && lowerable(run[first - 1]!)) first--
      while (last < run.length - 1 && lowerable(run[last + 1]!)) last++
      const words = run.slice(first, last + 1)
      const start = words[0]!.start
      const end = words.at(-1)!.end
      if (isPlaceholder(text, start, end)) continue
      const actual = text.slice(start, end)
      let expected = ''
      words.forEach(function (word, index) {
        if (index > 0) expected += text.slice(words[index - 1]!.end, word.start)
        expected += isKept(word) || !isWordInCapitals(word.text) || romanNumeral.test(word.text) ? word.text : normalCase(word, primary)
      })
      context.report({
        reason: `Write ${quote(expected)} instead of ${quote(actual)}: capitals read as shouting.`,
        start,
        end,
        actual,
        expected: [expected]
      })
    }
  }
)

interface RunWord extends Word {
  /** Whether the word is the first of its sentence. */
  sentenceStart: boolean
}

/**
 * Runs of words in capitals, paragraph by paragraph: words with a capital and
 * no small letter, with nothing but white space and punctuation between them
 * (“FREE SHIPPING, TODAY ONLY!”). A word in small letters, code, a URL or a
 * placeholder ends a run.
 */
function* capitalRuns(tree: Root, runs: readonly Word[][]): Generator<RunWord[]> {
  const byNode = new Map<WordNode, Word>()
  for (const run of runs) for (const word of run) byNode.set(word.node, word)
  let current: RunWord[] = []
  let sentenceStart = false
  const pending: RunWord[][] = []
  const end = () => {
    if (current.length > 0) pending.push(current)
    current = []
  }
  const walk = (node: Node): void => {
    if (node.type === 'ParagraphNode' || node.type === 'RootNode') end()
    if (node.type === 'SentenceNode') sentenceStart = true
    if (node.type === 'WordNode') {
      const word = byNode.get(node as WordNode)
      const first = sentenceStart
      sentenceStart = false
      if (word && isWordInCapitals(word.text)) current.push({...word, sentenceStart: first})
      else end()
      return
    }
    if (node.type === 'SourceNode') return end()
    // Table pipes, slashes, arrows: what sits between shouted words in a run
    // is white space and the punctuation of a sentence, nothing else.
    if ('value' in node && !runGlue.test(String(node.value))) return end()
    if ('children' in node) for (const child of node.children as Node[]) walk(child)
    if (node.type === 'ParagraphNode') end()
  }
  walk(tree)
  end()
  yield* pending
}

/** Has a capital letter and no small one. */
function isWordInCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/[\p{Ll}\p{Lt}]/u.test(text)
}

/** Whether every reading of the word (with a clitic such as l’ peeled off, or not) is a shouted word. */
function isShouted(word: Word, text: string): boolean {
  // #DDFFDD, #BLACKFRIDAY: colours and hashtags.
  if (text[word.start - 1] === '#') return false
  // PGP/INLINE, SSL/TLS: a technical name joined to another by a slash.
  if (text[word.start - 1] === '/' || text[word.end] === '/') return false
  return word.forms.every((form) => isShoutedForm(text.slice(form.start, form.end)))
}

function isShoutedForm(form: string): boolean {
  const bare = form.replace(/\.$/u, '')
  // Digits, inner full stops, underscores, @, slashes: codes and keys (MP3, BUBBLE.LABEL, USER_NAME).
  if (/[\p{N}._@/\\]/u.test(bare)) return false
  const letters = bare.match(/\p{L}\p{M}*/gu) ?? []
  if (letters.length < 4 || !isWordInCapitals(bare)) return false
  if (romanNumeral.test(bare)) return false
  // Masks such as YYYY-MM-DD, AAAA-LL-ZZ, XXXX: one letter repeated in each part.
  const parts = bare.split(/[^\p{L}\p{M}]+/u).filter(Boolean)
  if (parts.every((part) => /^(\p{L}\p{M}*)\1*$/u.test(part) && part.length > 1)) return false
  return true
}

/** A shouted run between brackets is a placeholder: [FIRST NAME], <COMPANY>. */
function isPlaceholder(text: string, start: number, end: number): boolean {
  const before = text[start - 1]
  const after = text[end]
  return (before === '[' && after === ']') || (before === '<' && after === '>')
}

/** The word in small letters, with a capital where it starts a sentence. */
function normalCase(word: RunWord, language: string): string {
  const lower = word.text.toLocaleLowerCase(language)
  return word.sentenceStart ? lower.charAt(0).toLocaleUpperCase(language) + lower.slice(1) : lower
}
