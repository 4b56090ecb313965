// tone/address-form: how the customer is addressed. With `tone.address` set,
// the other form is flagged; without it, a file that mixes both forms gets
// its rarer form flagged. The forms are data (address-form.json): pronouns and
// possessives that address the reader and nothing else, with the conditions
// under which they do (Polish Pani capitalised and not before a name, German
// Sie capitalised mid-sentence, French ton not after an article).
import type {Root, Paragraph, Sentence, Word as WordNode} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {defineRule, type RuleContext} from '../../src/rule-api.js'
import {findTerms, wordListFor, wordListOptionsSchema, type WordListOptions, type WordLists} from '../../src/word-lists.js'
import {normalizeKey, withoutFullStop, type Word} from '../../src/text/words.js'
import {primarySubtag} from '../../src/text/language.js'
import {quote, quoteAlternatives} from '../../src/text/quote.js'
import {matchCase} from '../../src/text/case.js'
import data from './address-form.json' with {type: 'json'}
import examples from './address-form.examples.js'

type Form = 'formal' | 'informal'
type Condition = 'capitalised' | 'mid-sentence' | 'not-before-name'

interface FormData {
  words: string[]
  only?: Condition[]
  notAfter?: Record<string, string[]>
  notBefore?: Record<string, string[]>
  use?: Record<string, string[]>
}

type LanguageData = Record<Form, FormData>

export interface Options {
  formal?: WordListOptions
  informal?: WordListOptions
}

const forms: readonly Form[] = ['formal', 'informal']
const languages = Object.fromEntries(Object.entries(data).filter(([key]) => key !== '$comment')) as Record<string, LanguageData>

const builtinLists: Record<Form, WordLists> = {
  formal: Object.fromEntries(Object.entries(languages).map(([language, both]) => [language, both.formal.words])),
  informal: Object.fromEntries(Object.entries(languages).map(([language, both]) => [language, both.informal.words]))
}

interface FormRules {
  only: Condition[]
  notAfter: Map<string, Set<string>>
  notBefore: Map<string, Set<string>>
  use: Map<string, string[]>
}

/** Per language and form: conditions, exceptions and suggestions, keyed by normalised word. */
const keyed: Record<string, Record<Form, FormRules>> = Object.fromEntries(
  Object.entries(languages).map(([language, both]) => [
    language,
    {formal: formRules(both.formal), informal: formRules(both.informal)}
  ])
)

function formRules(form: FormData): FormRules {
  const words = (record: Record<string, string[]> = {}) =>
    new Map(Object.entries(record).map(([key, list]) => [normalizeKey(key), new Set(list.map(normalizeKey))]))
  return {
    only: form.only ?? [],
    notAfter: words(form.notAfter),
    notBefore: words(form.notBefore),
    use: new Map(Object.entries(form.use ?? {}).map(([key, list]) => [normalizeKey(key), list]))
  }
}

const noChanges: WordListOptions = {}

/** A term written with an apostrophe or hyphen at one end is a clitic on a word. */
interface Clitic {
  term: string
  key: string
  where: 'apostrophe-start' | 'apostrophe-end' | 'hyphen-start' | 'hyphen-end'
}

const split = new WeakMap<readonly string[], {words: string[]; clitics: Clitic[]}>()

function splitTerms(terms: readonly string[]) {
  let result = split.get(terms)
  if (result) return result
  result = {words: [], clitics: []}
  for (const term of terms) {
    const key = normalizeKey(term)
    if (key.length > 1 && key.endsWith("'")) result.clitics.push({term, key: key.slice(0, -1), where: 'apostrophe-start'})
    else if (key.length > 1 && key.startsWith("'")) result.clitics.push({term, key: key.slice(1), where: 'apostrophe-end'})
    else if (key.length > 1 && key.endsWith('-')) result.clitics.push({term, key: key.slice(0, -1), where: 'hyphen-start'})
    else if (key.length > 1 && key.startsWith('-')) result.clitics.push({term, key: key.slice(1), where: 'hyphen-end'})
    else result.words.push(term)
  }
  split.set(terms, result)
  return result
}

function hasClitic(key: string, clitic: Clitic): boolean {
  switch (clitic.where) {
    case 'apostrophe-start':
      return key.startsWith(clitic.key + "'") && /^\p{L}/u.test(key.slice(clitic.key.length + 1))
    case 'apostrophe-end':
      // Elided enclitics follow a vowel (envia't); English leftovers such as didn't do not.
      return key.endsWith("'" + clitic.key) && /[aeiouàáâèéêìíïòóôùúü]$/u.test(key.slice(0, -clitic.key.length - 1))
    case 'hyphen-start':
      return key.split('-').slice(0, -1).includes(clitic.key)
    case 'hyphen-end':
      return key.split('-').slice(1).includes(clitic.key)
  }
}

/** Where a word stands: what a form's conditions look at. */
interface Place {
  /** First in its sentence, or after a colon, an opening bracket, a quote mark or a word with a full stop. */
  start: boolean
  /** The word just before, when only white space separates them. */
  previous: string | undefined
  /** The token just after, when only white space separates them. */
  next: {key: string; capitalised: boolean; protected: boolean} | undefined
  /** Inside quotation marks: quoted speech or a label, not the brand talking to the reader. */
  quoted: boolean
  /** In a label rather than a sentence: no two words in a row (“Państwo”, “Pan / Pani”, a column header). */
  label: boolean
}

// Punctuation after which a word is still mid-sentence.
const continuing = new Set([',', ';', '–', '—', '-', '&'])

// Double quotation marks and what closes each: „…” (ro, pl), „…“ (de), “…”, «…», »…«, "…".
const closers: Record<string, string> = {'„': '”“', '“': '”', '«': '»', '»': '«', '"': '"'}

function places(tree: Root, isProtected: (start: number, end: number) => boolean): Map<WordNode, Place> {
  const result = new Map<WordNode, Place>()
  visit(tree, 'ParagraphNode', function (paragraph: Paragraph) {
    let open: string | undefined
    const feed = (text: string) => {
      for (const character of text) {
        if (open !== undefined) {
          if (closers[open]!.includes(character)) open = undefined
        } else if (character in closers) {
          open = character
        }
      }
    }
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') {
        feed(toString(child))
        continue
      }
      const tokens = (child as Sentence).children
      const label = !tokens.some(
        (token, index) => token.type === 'WhiteSpaceNode' && tokens[index - 1]?.type === 'WordNode' && tokens[index + 1]?.type === 'WordNode'
      )
      let previous: (typeof tokens)[number] | undefined
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]!
        if (token.type === 'WhiteSpaceNode') continue
        if (token.type === 'WordNode') {
          const before = previous
          result.set(token, {
            // A word that keeps its full stop (“123.”, “usw.”) may well end the sentence before.
            start: !before || (before.type === 'WordNode' ? toString(before).endsWith('.') : !continuing.has(toString(before))),
            previous: before?.type === 'WordNode' && tokens[index - 1]?.type === 'WhiteSpaceNode' ? normalizeKey(toString(before)) : undefined,
            next: nextToken(tokens, index, isProtected),
            quoted: open !== undefined,
            label
          })
        } else {
          feed(toString(token))
        }
        previous = token
      }
    }
    return 'skip'
  })
  return result
}

function nextToken(tokens: Sentence['children'], index: number, isProtected: (start: number, end: number) => boolean): Place['next'] {
  const space = tokens[index + 1]
  const token = tokens[index + 2]
  if (space?.type !== 'WhiteSpaceNode' || !token) return undefined
  const text = toString(token)
  const start = token.position?.start.offset
  const end = token.position?.end.offset
  return {
    key: normalizeKey(withoutFullStop(text)),
    capitalised: token.type === 'WordNode' && /^\p{Lu}/u.test(text),
    // A placeholder stands for a name as often as not: “Pani {name}”.
    protected: (start !== undefined && end !== undefined && isProtected(start, end)) || /^[{%[<$:@]/.test(text)
  }
}

interface Hit {
  form: Form
  term: string
  actual: string
  start: number
  end: number
  first: Place
}

function findForms(context: RuleContext<Options>, form: Form, language: string, where: Map<WordNode, Place>, words: Word[]): Hit[] {
  const terms = wordListFor(builtinLists[form], context.options[form] ?? noChanges, language)
  if (terms.length === 0) return []
  const {words: wholeWords, clitics} = splitTerms(terms)
  const rules = keyed[language]?.[form]
  const only = rules?.only ?? []
  const hits: Hit[] = []

  const accept = (term: string, actual: string, start: number, end: number, first: Word, last: Word, clitic: boolean) => {
    const place = where.get(first.node)
    const after = where.get(last.node)
    if (!place || !after || place.quoted) return
    // A pronoun in a label is a name for something (a salutation option, a column); a verb with a clitic is still an instruction (“Registra't”).
    if (place.label && !clitic) return
    const key = normalizeKey(term)
    if (only.includes('capitalised') && !/^\P{L}*\p{Lu}/u.test(actual)) return
    if (only.includes('mid-sentence') && place.start) return
    if (only.includes('not-before-name') && after.next && (after.next.capitalised || after.next.protected)) return
    if (place.previous !== undefined && listed(rules?.notAfter.get(key), place.previous)) return
    if (after.next && listed(rules?.notBefore.get(key), after.next.key)) return
    hits.push({form, term, actual, start, end, first: place})
  }

  if (wholeWords.length > 0) {
    for (const match of findTerms(context, wholeWords)) {
      const first = wordAt(words, match.start)
      const last = wordAt(words, match.end - 1)
      if (first && last) accept(match.term, match.text, match.start, match.end, first, last, false)
    }
  }
  if (clitics.length > 0) {
    for (const word of words) {
      const key = normalizeKey(word.text)
      const clitic = clitics.find((candidate) => hasClitic(key, candidate))
      if (clitic) accept(clitic.term, word.text, word.start, word.end, word, word, true)
    }
  }
  return hits
}

/** Whether a word is in an exception list; `*e` lists every word ending in “e”. */
function listed(list: Set<string> | undefined, word: string): boolean {
  if (!list) return false
  if (list.has(word)) return true
  for (const entry of list) if (entry.startsWith('*') && word.length > entry.length && word.endsWith(entry.slice(1))) return true
  return false
}

/** The word that covers an offset (words are in reading order). */
function wordAt(words: Word[], offset: number): Word | undefined {
  let low = 0
  let high = words.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const word = words[middle]!
    if (offset < word.start) high = middle - 1
    else if (offset >= word.end) low = middle + 1
    else return word
  }
  return undefined
}

/** Overlapping hits (a clitic and a word peeled from the same word) count once: the longer one. */
function withoutOverlaps(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
  const kept: Hit[] = []
  let reached = -1
  for (const hit of hits) {
    if (hit.start < reached) continue
    kept.push(hit)
    reached = hit.end
  }
  return kept
}

/** The shared add / remove / replace schema, with an example that fits this rule. */
function listOptions(what: string, example: string) {
  const schema = wordListOptionsSchema(what)
  return {...schema, add: {...schema.add, description: `More ${what}, per language: ${example}.`}}
}

function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`
}

const adverb: Record<Form, string> = {formal: 'formally', informal: 'informally'}

export default defineRule<Options>(
  {
    id: 'tone/address-form',
    description:
      'Flags forms of address that go against `tone.address` (informal ones when the brand is formal, formal ones when it is informal) and, when `tone.address` is not set, the rarer form in a file that mixes both.',
    severity: 'warning',
    languages: ['ro', 'pl', 'ca', 'es', 'fr', 'de'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        formal: {
          type: 'object',
          additionalProperties: false,
          properties: listOptions('formal forms of address', '{"ro": ["domnia voastră"]}'),
          description:
            'Change the words that address the customer formally, per language: `{"add": {"ro": ["domniile voastre"]}, "remove": {"pl": ["Panowie"]}, "replace": {…}}`. A word ending in `*` also matches its inflections; a word written with an apostrophe or a hyphen at one end (`t\'`, `-te`) matches that clitic on any word. The built-in conditions of the language still apply (Polish and German formal words count only when capitalised). The built-in lists are in rules/tone/address-form.json.'
        },
        informal: {
          type: 'object',
          additionalProperties: false,
          properties: listOptions('informal forms of address', '{"ro": ["voi"]}'),
          description:
            'Change the words that address the customer informally, per language, in the same way: `{"remove": {"ro": ["ta"]}}`.'
        }
      }
    },
    defaults: {formal: {}, informal: {}},
    rationale:
      'Customers notice when a brand switches between “tu” and “dumneavoastră”, “ty” and “Pan”, “du” and “Sie” from one screen to the next: it reads as careless, or as several companies talking at once. Set `tone.address` to the form your brand uses and every other form is flagged. Without it, a file that mixes both forms has its rarer form flagged, with the count of each; on a tie, the form the file uses first sets the tone. Only words that address the reader and nothing else count (pronouns and possessives, not verb endings), and never inside quotation marks, so a quoted customer, a third person (“pan Kowalski”, “Pani Anna”) or Latin (“et cetera”) is left alone. French “vous” counts as formal, since a singular “vous” cannot be told from a plural one. English has no formal “you”, so the rule does not run on English copy.',
    examples
  },
  function (context) {
    const language = primarySubtag(context.language)
    if (!languages[language]) return
    const words = context.words.flat()
    if (words.length === 0) return
    const where = places(context.tree, context.isProtected)
    const hits = withoutOverlaps(forms.flatMap((form) => findForms(context, form, language, where, words)))
    if (hits.length === 0) return

    const formal = hits.filter((hit) => hit.form === 'formal').length
    const informal = hits.length - formal
    let wanted: Form
    let why: string
    const setting = context.tone.address
    if (setting === 'formal' || setting === 'informal') {
      wanted = setting
      why = `this brand addresses customers ${adverb[setting]}`
    } else {
      if (formal === 0 || informal === 0) return
      const counts = `formal ${times(formal)}, informal ${times(informal)}`
      if (formal !== informal) {
        wanted = formal > informal ? 'formal' : 'informal'
        why = `most of this file addresses the customer ${adverb[wanted]} (${counts})`
      } else {
        wanted = hits[0]!.form
        why = `this file first addresses the customer ${adverb[wanted]} (${counts})`
      }
    }

    const rules = keyed[language]!
    for (const hit of hits) {
      if (hit.form === wanted) continue
      const use = rules[hit.form].use.get(normalizeKey(hit.term)) ?? []
      // Suggestions keep their own case mid-sentence (German “Ihr” stays capitalised).
      const expected = hit.first.start ? use.map((word) => matchCase(word, hit.actual)) : use
      context.report({
        reason:
          expected.length > 0
            ? `Use ${quoteAlternatives(expected)} instead of ${quote(hit.actual)}: ${why}.`
            : `Rephrase ${quote(hit.actual)}, which addresses the customer ${adverb[hit.form]}: ${why}.`,
        start: hit.start,
        end: hit.end,
        actual: hit.actual,
        expected
      })
    }
  }
)
