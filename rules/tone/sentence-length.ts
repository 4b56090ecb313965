// tone/sentence-length: sentences longer than the tone's `maxSentenceWords`.
// Sentences and their words are read as a person reads them (see
// src/text/sentences.ts): headings, list items and table cells stand alone,
// code, URLs, e-mail addresses and placeholders are not words, numbers are.
import {defineRule} from '../../src/rule-api.js'
import {readSentences} from '../../src/text/sentences.js'
import examples from './sentence-length.examples.js'

/** `maxSentenceWords` under brandvoice:recommended, and when no tone sets it. */
export const defaultMaxSentenceWords = 35
const supportReplyMaxSentenceWords = 25

/** Where the limit applies, as the message says it. */
const touchpointPlaces: Record<string, string> = {
  welcome: 'welcome messages',
  'email-signature': 'e-mail signatures',
  'support-reply': 'support replies',
  'onboarding-email': 'onboarding e-mails',
  notification: 'notifications',
  marketing: 'marketing copy',
  'social-post': 'social posts',
  'web-page': 'web pages'
}

export default defineRule(
  {
    id: 'tone/sentence-length',
    description: 'Flags sentences with more words than the tone’s `maxSentenceWords`.',
    severity: 'warning',
    rationale:
      'A customer reads a long sentence twice, or skims it and misses the part that mattered: the date, the amount, the next step. Short sentences are quicker to read on a phone, easier to translate and harder to misread. The count is what a reader sees: numbers are words, while code, links, e-mail addresses and placeholders are not; headings, list items and table cells count on their own.',
    recommended: {
      tone: {
        '*': {maxSentenceWords: defaultMaxSentenceWords},
        'support-reply': {maxSentenceWords: supportReplyMaxSentenceWords}
      }
    },
    examples
  },
  function (context) {
    const limit = context.tone.maxSentenceWords ?? defaultMaxSentenceWords
    const place = touchpointPlaces[context.touchpointBase]
    const text = String(context.file)
    for (const sentence of readSentences(context.tree, text, context.language, context.isProtected)) {
      const count = sentence.words.length
      if (count <= limit) continue
      const advice = count <= 2 * limit ? 'Split it in two.' : 'Split it into shorter sentences.'
      context.report({
        reason: `This sentence has ${count} words; keep sentences${place ? ` in ${place}` : ''} to ${limit} words or fewer. ${advice}`,
        start: sentence.start,
        end: sentence.end
      })
    }
  }
)
