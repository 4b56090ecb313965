// tone/readability: a file whose LIX is above the tone's `readability.maxLix`.
// LIX = words per sentence + 100 × (words of more than six letters) / words.
// It needs no syllable rules, so it reads every language alike; English copy
// also gets its Flesch reading ease as extra information. Sentences and words
// are those of src/text/sentences.ts; letters are counted as letters, not
// code units (“ș” written as s + U+0326 is one letter).
import {flesch} from 'flesch'
import {syllable} from 'syllable'
import {defineRule} from '../../src/rule-api.js'
import {isEnglish} from '../../src/text/language.js'
import {readSentences, type SentenceWord} from '../../src/text/sentences.js'
import examples from './readability.examples.js'

/** `readability.maxLix` under brandvoice:recommended, and when no tone sets it. */
export const defaultMaxLix = 60

interface Options {
  minWords: number
  minSentences: number
}

const letter = /\p{L}/gu

function letters(word: SentenceWord): number {
  return word.text.normalize('NFC').match(letter)?.length ?? 0
}

export default defineRule<Options>(
  {
    id: 'tone/readability',
    description: 'Flags files whose LIX readability score is above the tone’s `readability.maxLix`.',
    severity: 'warning',
    rationale:
      'Long sentences full of long words make customers work to understand what they are told. LIX adds the average sentence length to the share of words longer than six letters: below 40 reads easily, 40–50 is everyday prose, above 60 is hard going. It reads every language alike, so it suits copy in Romanian, Polish or Catalan as well as English; English copy also gets its Flesch reading ease (0 hard, 100 easy). A file is judged once, as a whole, and only when it is long enough for the figure to mean something: short signatures and notifications are never flagged.',
    languages: '*',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minWords: {
          type: 'integer',
          minimum: 1,
          description: 'Files with fewer words are not judged: LIX means little on a few lines.'
        },
        minSentences: {
          type: 'integer',
          minimum: 1,
          description: 'Files with fewer sentences are not judged.'
        }
      }
    },
    defaults: {minWords: 100, minSentences: 5},
    recommended: {tone: {'*': {readability: {maxLix: defaultMaxLix}}}},
    examples
  },
  function (context) {
    const limit = context.tone.readability?.maxLix ?? defaultMaxLix
    const sentences = readSentences(context.tree, String(context.file), context.language, context.isProtected)
    const words = sentences.flatMap((sentence) => sentence.words)
    const first = sentences[0]
    if (!first || words.length < context.options.minWords || sentences.length < context.options.minSentences) return

    const perSentence = words.length / sentences.length
    const longShare = (100 * words.filter((word) => letters(word) > 6).length) / words.length
    const lix = Math.round(perSentence + longShare)
    if (lix <= limit) return

    let ease = ''
    if (isEnglish(context.language)) {
      const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word.text)), 0)
      ease = ` (Flesch reading ease ${Math.round(flesch({sentence: sentences.length, word: words.length, syllable: syllables}))})`
    }
    const average = Math.round(perSentence)
    const share = Math.round(longShare)
    const shorterSentences = `shorter sentences (now ${average} words on average)`
    const shorterWords = `shorter words (now ${share}% have more than six letters)`
    // The bigger share of the figure first; the other only where it is high too.
    const advice =
      longShare >= perSentence
        ? [shorterWords, ...(average > 15 ? [shorterSentences] : [])]
        : [shorterSentences, ...(share > 30 ? [shorterWords] : [])]
    context.report({
      reason: `This text has a LIX of ${lix}${ease}; keep it to ${limit} or lower. Use ${advice.join(' and ')}.`,
      start: first.start,
      end: first.end,
      note: 'LIX = words per sentence + percentage of words with more than six letters. Below 40 reads easily; above 60 is hard going.'
    })
  }
)
