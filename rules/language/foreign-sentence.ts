// language/foreign-sentence: a sentence that reads as another language than
// the file's, the untranslated leftover of localised copy (“We will be back as
// soon as possible” in a Catalan chat widget). Each sentence is identified
// with franc's trigram profiles, among the file's language, English, the other
// languages the config names and the `languages` option only. Precision first:
// - brand names and acronyms, lexicon terms, code, URLs, placeholders,
//   quotations, words with a digit and capitalised words inside a sentence
//   (names: Nextcloud, Thunderbird) are left out before identifying;
// - a sentence is judged only with `minWords` words left;
// - the winner must beat the file's language by `margin` (franc's scores are
//   relative: the winner has 1);
// - a sentence that writes a letter of the file's language the winner does not
//   write (ș in Romanian, ł in Polish, ç in Catalan) is never foreign.
// Only the ISO 639-3 → 639-1 table: the package's index also loads every language's name, 35 ms at start.
import {iso6393To1} from 'iso-639-3/iso6393-to-1.js'
import {defineRule, type RuleContext} from '../../src/rule-api.js'
import {deferred} from '../../src/deferred.js'
import {readSentences, type ReadSentence} from '../../src/text/sentences.js'
import {languageName, primarySubtag} from '../../src/text/language.js'
import {normalizeKey} from '../../src/text/words.js'
import examples from './foreign-sentence.examples.js'
import data from './foreign-sentence.json' with {type: 'json'}
import {functionWordCount, functionWords} from '../../src/text/function-words.js'

export interface ForeignSentenceOptions {
  minWords: number
  margin: number
  languages: string[]
}

// franc's trigram profiles take 40 ms to load: only for configs that turn the rule on.
const franc = deferred('franc', () => import('franc'))

/** Primary subtag (ISO 639-1, or ISO 639-3 where a language has no 639-1 code) → ISO 639-3, as franc names languages. */
const toIso6393 = new Map<string, string>()
for (const [code3, code1] of Object.entries(iso6393To1)) toIso6393.set(code1, code3)

function francCode(tag: string): string {
  const primary = primarySubtag(tag)
  return toIso6393.get(primary) ?? primary
}

const {letters} = data as unknown as {letters: Record<string, string>}


/** Opening quotation marks and the closing marks each may pair with. */
const quotePairs: Record<string, string> = {'“': '”', '„': '”“', '«': '»', '»': '«', '‹': '›', '‚': '‘’', '‘': '’', '"': '"'}
const closingMarks = new Set(['”', '“', '»', '«', '›', '’', '"'])
/** Function words of the winning language a sentence must have (and none of the file's language). */
const minFunctionWords = 2
const digit = /\p{N}/u
const upperCase = /\p{Lu}/u
const firstUpper = /^\p{Lu}/u
const innerUpper = /^.\P{Lu}*\p{Lu}/u
const letter = /\p{L}/u

/**
 * Ranges of a sentence inside quotation marks: a pair within the sentence, all
 * after an opening mark that does not close in it, all before a closing mark
 * that did not open in it.
 */
function quotedRanges(text: string, sentence: ReadSentence): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let open: {char: string; at: number} | undefined
  for (let at = sentence.start; at < sentence.end; at++) {
    const char = text[at]!
    if (open && quotePairs[open.char]!.includes(char)) {
      ranges.push([open.at, at + 1])
      open = undefined
      continue
    }
    if (open) continue
    const before = at > 0 ? text[at - 1]! : ' '
    const after = text[at + 1] ?? ' '
    // An apostrophe or a mark between letters (l’usuari, don't) is not a quotation mark.
    if (letter.test(before) && letter.test(after)) continue
    if (char in quotePairs && !letter.test(before) && after !== ' ') open = {char, at}
    else if (closingMarks.has(char) && !ranges.some(([, end]) => end > sentence.start)) ranges.push([sentence.start, at + 1])
  }
  if (open) ranges.push([open.at, sentence.end])
  return ranges
}

export default defineRule<ForeignSentenceOptions>(
  {
    id: 'language/foreign-sentence',
    description: 'Flags sentences that read as another language than the file’s: the untranslated leftovers of localised copy.',
    severity: 'warning',
    languages: [...functionWords.keys()],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minWords: {
          type: 'integer',
          minimum: 3,
          description: 'Judge only sentences with at least this many words once brand names, lexicon terms, names, numbers, quotations, code and placeholders are left out; shorter ones are too short to tell.'
        },
        margin: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'How far the other language must score ahead of the file’s language (franc’s scores, the best being 1) before the sentence is flagged; higher flags less.'
        },
        languages: {
          type: 'array',
          items: {type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$'},
          uniqueItems: true,
          description: 'More languages a sentence may be in, besides English and the languages the config names (its `language` and its overrides’), such as ["es", "fr"].'
        }
      }
    },
    defaults: {minWords: 5, margin: 0.2, languages: []},
    rationale:
      'A sentence left in English in a Catalan chat widget, or a Romanian e-mail whose last line stayed English, tells the customer nobody read the copy in their language, and some customers cannot read it at all. The rule reads each sentence as a language detector would (franc’s trigram profiles), choosing only among the file’s language, English and the languages the config names, and flags a sentence only when it is clearly another language: at least `minWords` words once brand names, lexicon terms, names, numbers, code, links, placeholders and quotations are left out; another language scoring ahead by `margin`; at least two of that language’s function words (the, your, with) and none of the file language’s (și, się, amb); and no letter only the file’s language writes (ș, ł, ç). So copy with loanwords (e-mail, newsletter, feedback, online) or a product name stays quiet, and a short sentence is too short to judge. It reads English, Romanian, Polish, Catalan, Spanish, French and German.',
    examples,
    requires: [franc]
  },
  function (context) {
    const candidates = candidatesFor(context)
    const ownTag = primarySubtag(context.language)
    const own = francCode(context.language)
    if (candidates.size < 2 || !candidates.has(own)) return
    const {minWords, margin} = context.options
    const text = String(context.file)
    const ownLetters = letters[primarySubtag(context.language)] ?? ''
    for (const sentence of readSentences(context.tree, text, context.language, context.isProtected)) {
      const quoted = quotedRanges(text, sentence)
      const quotedWord = (word: {start: number; end: number}) => quoted.some(([from, to]) => word.start < to && word.end > from)
      const kept = sentence.words.filter(function (word, index) {
        if (quotedWord(word) || context.isBrandWord(word.start, word.end)) return false
        if (digit.test(word.text)) return false
        // A name or an acronym says nothing about the language: Nextcloud, PayPal, SMS.
        if (index > 0 && firstUpper.test(word.text)) return false
        if (innerUpper.test(word.text) || (word.text.length > 1 && word.text === word.text.toUpperCase() && upperCase.test(word.text))) return false
        return letter.test(word.text)
      })
      if (kept.length < minWords) continue
      const sample = kept.map((word) => word.text).join(' ')
      const scores = franc.value.francAll(sample, {only: [...candidates], minLength: 1})
      const [winner, best] = scores[0] ?? ['und', 0]
      if (winner === own || winner === 'und') continue
      const ownScore = scores.find(([code]) => code === own)?.[1] ?? 0
      if (best - ownScore < margin) continue
      const winnerTag = primaryFor(winner, context)
      const winnerLetters = letters[winnerTag] ?? ''
      if ([...sample.toLowerCase()].some((char) => ownLetters.includes(char) && !winnerLetters.includes(char))) continue
      // Trigrams mistake short copy for a neighbour (“Panoul a fost partajat de” for Catalan): the
      // winner's own function words must be there, and none of the file language's.
      const keys = kept.map((word) => normalizeKey(word.text))
      if (functionWordCount(keys, ownTag, winnerTag) > 0 || functionWordCount(keys, winnerTag, ownTag) < minFunctionWords) continue
      const actual = text.slice(sentence.start, sentence.end)
      context.report({
        reason: `This sentence looks like ${languageName(winnerTag)}, not ${languageName(primarySubtag(context.language))}: translate it, or put it in quotation marks if it is meant to stay in ${languageName(winnerTag)}.`,
        start: sentence.start,
        end: sentence.end,
        actual
      })
    }
  }
)

/** ISO 639-3 codes of the languages a sentence may be in: the file's, English, the config's and the option's. */
function candidatesFor(context: RuleContext<ForeignSentenceOptions>): Set<string> {
  const tags = [context.language, 'en', ...context.languages, ...context.options.languages]
  return new Set(tags.filter((tag) => functionWords.has(primarySubtag(tag))).map(francCode))
}

/** The tag a franc code stands for, as the config or the option writes it, else its ISO 639-1 code. */
function primaryFor(code: string, context: RuleContext<ForeignSentenceOptions>): string {
  const tag = [context.language, 'en', ...context.languages, ...context.options.languages].find((candidate) => francCode(candidate) === code)
  return tag ? primarySubtag(tag) : (iso6393To1[code] ?? code)
}
