// The registry of built-in rules. The engine receives this list; it never
// imports a rule by name.
import type {Rule} from '../src/rule-api.js'
import preferredTerm from './lexicon/preferred-term.js'
import bannedTerm from './lexicon/banned-term.js'
import brandName from './lexicon/brand-name.js'
import consistency from './lexicon/consistency.js'
import addressForm from './tone/address-form.js'
import exclamation from './tone/exclamation.js'
import shouting from './tone/shouting.js'
import emoji from './tone/emoji.js'
import condescending from './tone/condescending.js'
import blame from './tone/blame.js'
import sentenceLength from './tone/sentence-length.js'
import readability from './tone/readability.js'
import passiveVoice from './tone/passive-voice.js'
import diacritics from './typography/diacritics.js'
import placeholder from './touchpoint/placeholder.js'
import length from './touchpoint/length.js'
import requiredElements from './touchpoint/required-elements.js'
import quotes from './typography/quotes.js'
import spacing from './typography/spacing.js'
import foreignSentence from './language/foreign-sentence.js'
import equality from './inclusive/equality.js'
import profanity from './inclusive/profanity.js'
import spelling from './spelling/spelling.js'

export const builtinRules: readonly Rule<any>[] = [
  preferredTerm,
  bannedTerm,
  brandName,
  consistency,
  addressForm,
  exclamation,
  shouting,
  emoji,
  condescending,
  blame,
  sentenceLength,
  readability,
  passiveVoice,
  diacritics,
  quotes,
  spacing,
  placeholder,
  length,
  requiredElements,
  foreignSentence,
  equality,
  profanity,
  spelling
]
