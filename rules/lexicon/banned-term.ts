// lexicon/banned-term: words the brand does not use at all (lexicon entries
// without `use`).
import {defineRule} from '../../src/rule-api.js'
import {quote} from '../../src/text/quote.js'
import examples from './banned-term.examples.js'

export default defineRule(
  {
    id: 'lexicon/banned-term',
    description: 'Flags words the brand does not use at all (lexicon entries without `use`).',
    severity: 'error',
    rationale:
      'Some words work against the brand wherever they appear: blame, jargon, a competitor’s name. The lexicon lists them once so no touchpoint lets one slip through.',
    examples
  },
  function (context) {
    for (const match of context.lexicon) {
      const {entry} = match
      if (entry.use.length > 0) continue
      const actual = match.text
      context.report({
        reason: `Avoid ${quote(actual)}${entry.reason ? ` (${entry.reason})` : ': the brand does not use this word'}.`,
        start: match.start,
        end: match.end,
        actual,
        expected: [],
        ...(entry.severity ? {severity: entry.severity} : {})
      })
    }
  }
)
