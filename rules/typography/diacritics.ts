// typography/diacritics: letters written with the wrong mark. Romanian ș and ț
// take a comma below; ş and ţ with a cedilla are a different (Turkish) letter,
// which search, sorting and some fonts treat as such. Each word with a wrong
// letter is reported once, with the word spelt right as the fix. The letters
// are data per language (diacritics.json).
import {defineRule} from '../../src/rule-api.js'
import {primarySubtag} from '../../src/text/language.js'
import {quote} from '../../src/text/quote.js'
import data from './diacritics.json' with {type: 'json'}
import examples from './diacritics.examples.js'

const letters = data as unknown as Record<string, Record<string, string> | undefined>
const patterns = new Map<string, RegExp>()

function patternFor(map: Record<string, string>, language: string): RegExp {
  let pattern = patterns.get(language)
  if (!pattern) patterns.set(language, (pattern = new RegExp(`[${Object.keys(map).join('')}]`, 'gu')))
  return pattern
}

export default defineRule(
  {
    id: 'typography/diacritics',
    description: 'Flags letters written with the wrong mark, such as Romanian ş and ţ with a cedilla instead of ș and ț with a comma below.',
    severity: 'error',
    languages: ['ro'],
    rationale:
      'Customers notice a brand that cannot write its own language. Romanian ș and ț take a comma below; the cedilla forms ş and ţ are Turkish letters that old keyboards and fonts still produce. They look almost the same, but search, sorting and spell checkers treat them as other letters, and careful readers see the difference. The fix is always the same letter with the comma below.',
    examples
  },
  function (context) {
    const map = letters[primarySubtag(context.language)]
    if (!map) return
    const pattern = patternFor(map, primarySubtag(context.language))
    for (const run of context.words) {
      for (const word of run) {
        // Compare on the composed form: s + U+0327 is ş as well.
        const composed = word.text.normalize('NFC')
        pattern.lastIndex = 0
        if (!pattern.test(composed)) continue
        const fixed = composed.replace(pattern, (letter) => map[letter]!)
        context.report({
          reason: `Write ${quote(fixed)} instead of ${quote(word.text)}: Romanian ș and ț take a comma below, not a cedilla.`,
          start: word.start,
          end: word.end,
          actual: word.text,
          expected: [fixed]
        })
      }
    }
  }
)
