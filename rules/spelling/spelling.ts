// spelling: words the Hunspell dictionary of the file's language does not
// know, with up to three suggestions. Opt-in and `info`: a dictionary never
// knows every product name and loanword, so precision comes from what is not
// checked: code, URLs, e-mail addresses and placeholders (never in
// context.words), words with digits or `_ @ / # .` inside (identifiers, file
// names, domains), hashtags and @mentions, single letters, all-caps words
// (acronyms), words with a capital inside (camelCase, PascalCase), and
// capitalised words inside a sentence (names). The brand's names and
// acronyms, the lexicon's `use` terms and the option's `dictionary` are known.
import type {Sentence} from 'nlcst'
import {visit} from 'unist-util-visit'
import {defineRule, type RuleContext} from '../../src/rule-api.js'
import {dictionaryFor, hasDictionary, type SpellChecker} from '../../src/spelling/dictionaries.js'
import {languageName, primarySubtag} from '../../src/text/language.js'
import {quote, quoteAlternatives} from '../../src/text/quote.js'
import {withoutFullStop, type Word} from '../../src/text/words.js'
import packages from '../../src/spelling/dictionaries.json' with {type: 'json'}
import examples from './spelling.examples.js'

export interface SpellingOptions {
  dictionary?: string[]
  capitalized?: boolean
  englishWords?: boolean
}

const maxSuggestions = 3

/** What is never spell-checked: digits, identifiers, file names, domains, addresses. */
const notProse = /[\p{N}_@/#\\.=+&%$<>|~^*]/u
const letters = /\p{L}/u
const lowerThenUpper = /\p{Ll}\p{Lu}/u
const hyphens = /[-‐‑]/u

/** Words the file knows besides the dictionary: as Hunspell does, a lower-case entry matches any case, a capitalised one its own case. */
class Known {
  readonly #anyCase = new Set<string>()
  readonly #exact = new Set<string>()

  add(term: string): void {
    for (const word of term.normalize('NFC').split(/[\s\u00a0]+/u)) {
      if (word === '') continue
      const plain = word.replace(/[’ʼ]/gu, "'")
      if (plain === plain.toLowerCase()) this.#anyCase.add(plain)
      else this.#exact.add(plain)
    }
  }

  has(word: string): boolean {
    const plain = word.normalize('NFC').replace(/[’ʼ]/gu, "'")
    return this.#anyCase.has(plain.toLowerCase()) || this.#exact.has(plain)
  }
}

export default defineRule<SpellingOptions>(
  {
    id: 'spelling',
    description: 'Flags words the spelling dictionary of the file’s language does not know, with up to three suggestions.',
    severity: 'info',
    optIn: true,
    languages: Object.keys(packages).filter((key) => key !== '$comment'),
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        dictionary: {
          type: 'array',
          items: {type: 'string', minLength: 1},
          description:
            'Words that are spelled right though the dictionary does not know them: product names, jargon, loanwords. A lower-case word is known in any case (“onboarding” also knows “Onboarding”); a capitalised one only as written or in capitals.'
        },
        capitalized: {
          type: 'boolean',
          description: 'Also check capitalised words inside a sentence. Off by default: they are mostly names the dictionary cannot know.'
        },
        englishWords: {
          type: 'boolean',
          description:
            'In copy that is not English, accept a word the English dictionary knows (newsletter, feedback, login). On by default: such loanwords are common in customer copy.'
        }
      }
    },
    defaults: {dictionary: [], capitalized: false, englishWords: true},
    rationale:
      'A misspelled word in a welcome message or a support reply tells the customer nobody read it before it was sent. The rule is opt-in and informational: a dictionary does not know every name, so it gives hints, and every brand name, lexicon term or word added to its `dictionary` option is known.',
    examples
  },
  function (context) {
    const language = primarySubtag(context.language)
    if (!hasDictionary(language)) return
    const dictionary = dictionaryFor(language)!
    const english = language !== 'en' && context.options.englishWords !== false ? () => dictionaryFor('en')! : undefined

    const known = new Known()
    for (const name of context.brand.names) known.add(name)
    for (const acronym of context.brand.acronyms) known.add(acronym)
    for (const word of context.options.dictionary ?? []) known.add(word)
    const preferred = context.preferred.map((match) => [match.start, match.end] as const)
    const inPreferred = (word: Word) => preferred.some(([start, end]) => word.start >= start && word.end <= end)

    const sentenceStarts = context.options.capitalized ? new Set<number>() : firstWords(context)
    // Romanian typed with the cedilla letters ş ţ means ș ț: typography/diacritics reports those.
    const lookup = (word: string) => dictionary.correct(word) || (language === 'ro' && /[şţŞŢ]/u.test(word) && dictionary.correct(commaBelow(word)))
    const isKnown = (word: string) => known.has(word) || lookup(word) || (english !== undefined && english().correct(word))
    const suggestions = new Map<string, string[]>()
    const name = languageName(language)

    const source = String(context.file.value)
    for (const run of context.words) {
      for (const word of run) {
        if (inPreferred(word)) continue
        const text = withoutFullStop(word.text)
        if (!worthChecking(context, source, word, text)) continue
        if (!context.options.capitalized && isCapitalised(text) && !sentenceStarts.has(word.start)) continue
        if (isKnown(text) || isKnown(text.replace(/’/gu, "'"))) continue
        // A clitic or an ending written on with an apostrophe or hyphen (customer's, feedback-ul).
        if (word.forms.slice(1).some((form) => isKnown(source.slice(form.start, form.end)))) continue

        // A hyphenated word the dictionary does not know whole: each part.
        const parts = hyphens.test(text) ? splitParts(text, word.start) : [{text, start: word.start}]
        for (const part of parts) {
          if (part.text.length < 2 || isAllCaps(part.text) || isKnown(part.text)) continue
          if (parts.length > 1 && !context.options.capitalized && isCapitalised(part.text) && part.start !== word.start) continue
          let fixes = suggestions.get(part.text)
          if (!fixes) suggestions.set(part.text, (fixes = suggest(dictionary, part.text)))
          context.report({
            reason:
              `${quote(part.text)} is not in the ${name} dictionary. ` +
              (fixes.length > 0
                ? `Did you mean ${quoteAlternatives(fixes)}?`
                : 'If it is spelled right, add it to the `dictionary` option of the `spelling` rule.'),
            start: part.start,
            end: part.start + part.text.length,
            actual: part.text,
            expected: fixes
          })
        }
      }
    }
  }
)

/** nspell's suggestions, less odd casings (“ANatomic” for “Nutomic”). */
function suggest(dictionary: SpellChecker, word: string): string[] {
  return dictionary
    .suggest(word, maxSuggestions + 2)
    .filter((fix) => !lowerThenUpper.test(fix) && !/\p{Lu}\p{Lu}\p{Ll}/u.test(fix))
    .slice(0, maxSuggestions)
}

function worthChecking(context: RuleContext<SpellingOptions>, source: string, word: Word, text: string): boolean {
  if (!letters.test(text) || notProse.test(text)) return false
  // Single letters, acronyms, camelCase and PascalCase.
  if ([...text].length < 2 || isAllCaps(text) || lowerThenUpper.test(text)) return false
  const before = source.charAt(word.start - 1)
  // Hashtags, @mentions, and words glued to a path or an address.
  if (before === '#' || before === '@' || before === '/' || before === '.' || before === '\\') return false
  const after = source.charAt(word.end)
  if (after === '@' || after === '/' || (after === '.' && /\p{L}/u.test(source.charAt(word.end + 1)))) return false
  return !context.isProtected(word.start, word.end)
}

function commaBelow(word: string): string {
  return word.replace(/ş/gu, 'ș').replace(/ţ/gu, 'ț').replace(/Ş/gu, 'Ș').replace(/Ţ/gu, 'Ț')
}

function isAllCaps(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase() && [...text.replace(/\P{L}/gu, '')].length > 1
}

function isCapitalised(text: string): boolean {
  const first = text.charAt(0)
  return first !== first.toLowerCase()
}

function splitParts(text: string, start: number): Array<{text: string; start: number}> {
  const parts: Array<{text: string; start: number}> = []
  let offset = 0
  for (const part of text.split(hyphens)) {
    if (part !== '') parts.push({text: part, start: start + offset})
    offset += part.length + 1
  }
  return parts
}

/** Offsets of the first word of each sentence, where a capital says nothing about names. */
function firstWords(context: RuleContext<SpellingOptions>): Set<number> {
  const starts = new Set<number>()
  visit(context.tree, 'SentenceNode', function (sentence: Sentence) {
    const first = sentence.children.find((child) => child.type === 'WordNode')
    const offset = first?.position?.start.offset
    if (offset !== undefined) starts.add(offset)
    return 'skip'
  })
  return starts
}
