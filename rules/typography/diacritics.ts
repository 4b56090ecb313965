// typography/diacritics: words written without the marks their language
// gives them, and letters written with the wrong mark.
// - Romanian ș and ț take a comma below; ş and ţ with a cedilla are a
//   different (Turkish) letter, which search, sorting and some fonts treat as
//   such.
// - A word the language's dictionary does not know, when exactly one
//   spelling with the language's marks is known (ro fara → fără, pl
//   dziekujemy → dziękujemy, ca tambe → també). A word with two known
//   spellings (pl sad: sad or sąd) is known as written, so never flagged.
// - A Romanian or Polish file with almost no diacritics at all, once.
// Letters, marks and the words to leave alone are data (diacritics.json).
import {defineRule, type RuleContext} from '../../src/rule-api.js'
import {languageName, primarySubtag} from '../../src/text/language.js'
import {quote} from '../../src/text/quote.js'
import {normalizeKey, type Word} from '../../src/text/words.js'
import {dictionaryFor, type SpellChecker} from '../../src/spelling/dictionaries.js'
import data from './diacritics.json' with {type: 'json'}
import examples from './diacritics.examples.js'

interface Data {
  wrongLetters: Record<string, Record<string, string> | undefined>
  marks: Record<string, Record<string, string[]> | undefined>
  leaveAlone: Record<string, string[] | undefined>
  fileCheck: Record<string, {minWords: number; maxShare: number} | undefined>
}

interface Options {
  /** Words never flagged for missing diacritics. */
  leaveAlone: string[]
}

const {wrongLetters, marks, leaveAlone, fileCheck} = data as unknown as Data
/** More spellings than this means a long word full of plain vowels: too many to try, and too unsure. */
const maxSpellings = 512

const cache = new Map<string, RegExp>()
function pattern(source: string): RegExp {
  let compiled = cache.get(source)
  if (!compiled) cache.set(source, (compiled = new RegExp(source, 'gu')))
  compiled.lastIndex = 0
  return compiled
}

export default defineRule<Options>(
  {
    id: 'typography/diacritics',
    description: 'Flags words written without their diacritics (Romanian “fara” for “fără”, Polish “dziekujemy” for “dziękujemy”, Catalan “tambe” for “també”) and Romanian ş and ţ with a cedilla instead of ș and ț with a comma below.',
    severity: 'error',
    languages: ['ro', 'pl', 'ca'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        leaveAlone: {
          type: 'array',
          items: {type: 'string', minLength: 1},
          description: 'Words never flagged for missing diacritics, in any case: a name your brand writes without them, a loanword.'
        }
      }
    },
    defaults: {leaveAlone: []},
    rationale: [
      'Customers notice a brand that cannot write its own language. Copy typed on a keyboard without the language’s layout loses its marks: Romanian “fara” for “fără”, Polish “dziekujemy” for “dziękujemy”, Catalan “tambe” for “també”. To a reader it looks careless, or machine-made; some words even change meaning.',
      '',
      'A word is flagged only when the language’s Hunspell dictionary does not know it as written and knows exactly one spelling that differs from it only by the language’s marks, which is the fix. A word with two right spellings is left alone: Polish “sad” (orchard) and “sąd” (court) are both words, so “sad” is never flagged. Brand names, lexicon terms, code, links, placeholders, words with more than one capital (SKUs, iOS), capitalised words next to another (Sao Tome), words English knows (loanwords such as “design”, and English left in the copy) and names the dictionary knows only with a capital are never flagged; nor are the words in the rule’s `leaveAlone` data, such as Romanian “si”, which is a word (the musical note) that the dictionary does not list. A word the dictionary does not know in any spelling is not this rule’s business (see `spelling`).',
      '',
      'Romanian and Polish copy with almost no diacritics at all (fewer than 1 word in 50 among 30 or more) gets one message at its first word saying so, with the count: the whole text needs going over.',
      '',
      'Romanian ș and ț take a comma below; the cedilla forms ş and ţ are Turkish letters that old keyboards and fonts still produce. They look almost the same, but search, sorting and spell checkers treat them as other letters, and careful readers see the difference. The fix is always the same letter with the comma below.',
      '',
      'The dictionaries are the npm dictionary-ro, dictionary-pl and dictionary-ca packages, read only when a file in that language is linted.'
    ].join('\n'),
    examples
  },
  function (context) {
    const language = primarySubtag(context.language)
    reportWrongLetters(context, language)
    const languageMarks = marks[language]
    const dictionary = languageMarks && dictionaryFor(language)
    if (!languageMarks || !dictionary) return
    reportMissingMarks(context, language, languageMarks, dictionary)
  }
)

function reportWrongLetters(context: RuleContext<Options>, language: string): void {
  const map = wrongLetters[language]
  if (!map) return
  const source = `[${Object.keys(map).join('')}]`
  for (const run of context.words) {
    for (const word of run) {
      // Compare on the composed form: s + U+0327 is ş as well.
      const composed = word.text.normalize('NFC')
      if (!pattern(source).test(composed)) continue
      const fixed = composed.replace(pattern(source), (letter) => map[letter]!)
      context.report({
        reason: `Write ${quote(fixed)} instead of ${quote(word.text)}: Romanian ș and ț take a comma below, not a cedilla.`,
        start: word.start,
        end: word.end,
        actual: word.text,
        fix: fixed
      })
    }
  }
}

function reportMissingMarks(context: RuleContext<Options>, language: string, languageMarks: Record<string, string[]>, dictionary: SpellChecker): void {
  const alone = new Set([...(leaveAlone[language] ?? []), ...context.options.leaveAlone].map(normalizeKey))
  const isOwn = (word: Word) => context.isBrandWord(word.start, word.end)
  const marked = new RegExp(`[${Object.values(languageMarks).flat().join('')}]`, 'iu')
  const name = languageName(language)
  // A word English knows is a loanword or an untranslated leftover
  // (“Typically replies in a few minutes”), not a word missing its marks.
  const english = dictionaryFor('en')

  let words = 0
  let withMarks = 0
  let first: Word | undefined
  for (const run of context.words) {
    for (const [index, word] of run.entries()) {
      if (!/^\p{L}+$/u.test(word.text) || isOwn(word)) continue
      words++
      first ??= word
      if (marked.test(word.text)) {
        withMarks++
        continue
      }
      if (word.text.length < 2 || capitals(word.text) > 1 || alone.has(normalizeKey(word.text))) continue
      // Capitalised words side by side are a name (Sao Tome, Costa Brava).
      if (capitals(word.text) === 1 && (capitals(run[index - 1]?.text) > 0 || capitals(run[index + 1]?.text) > 0)) continue
      if (dictionary.correct(word.text) || english?.correct(word.text)) continue
      const fixed = onlySpelling(word.text, languageMarks, dictionary)
      if (fixed === undefined) continue
      context.report({
        reason: `Write ${quote(fixed)} instead of ${quote(word.text)}: ${name} spells this word with diacritics.`,
        start: word.start,
        end: word.end,
        actual: word.text,
        fix: fixed
      })
    }
  }

  const check = fileCheck[language]
  if (check && first && words >= check.minWords && withMarks / words < check.maxShare) {
    const letters = [...new Set(Object.values(languageMarks).flat())].join(', ')
    context.report({
      reason: `Only ${withMarks} of ${words} words here have a diacritic: this ${name} copy looks typed without them (${letters}). Read it through and add them.`,
      start: first.start,
      end: first.end
    })
  }
}

function capitals(text = ''): number {
  return text.match(/\p{Lu}/gu)?.length ?? 0
}

/** The one spelling with the language's marks that the dictionary knows, if exactly one is. */
function onlySpelling(text: string, languageMarks: Record<string, string[]>, dictionary: SpellChecker): string | undefined {
  let spellings = ['']
  for (const letter of text) {
    const lower = letter.toLowerCase()
    const options = languageMarks[lower]
    const forms = options ? [letter, ...options.map((mark) => (letter === lower ? mark : mark.toUpperCase()))] : [letter]
    spellings = spellings.flatMap((start) => forms.map((form) => start + form))
    if (spellings.length > maxSpellings) return undefined
  }
  let found: string | undefined
  for (const spelling of spellings) {
    if (spelling === text) continue
    // A capitalised word counts only if its lower-case form is a word: the
    // dictionary's proper names (Brașov) are not this rule's to correct.
    const lower = spelling.toLowerCase()
    if (spelling !== lower && !dictionary.correct(lower)) continue
    if (!dictionary.correct(spelling)) continue
    if (found !== undefined) return undefined
    found = spelling
  }
  return found
}
