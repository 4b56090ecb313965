// lexicon/preferred-term: the brand's own words. Reports each lexicon term
// that has a replacement (`use`), with the replacement in the case of the copy.
import {defineRule} from '../../src/rule-api.js'
import {matchCase} from '../../src/text/case.js'
import {quote, quoteAlternatives} from '../../src/text/quote.js'
import examples from './preferred-term.examples.js'

export default defineRule(
  {
    id: 'lexicon/preferred-term',
    description: 'Flags words the brand replaces with its own (lexicon entries with `use`).',
    severity: 'warning',
    rationale:
      'Customers recognise a brand by the words it uses every time. When the welcome e-mail says “customer” and the support reply says “user”, the brand sounds like two companies.',
    examples
  },
  function (context) {
    for (const match of context.lexicon) {
      const {entry} = match
      if (entry.use.length === 0) continue
      const actual = match.text
      const expected = entry.use.map((use) => matchCase(use, actual, match.term.replace(/\*$/u, '')))
      context.report({
        reason: `Use ${quoteAlternatives(expected)} instead of ${quote(actual)}${entry.reason ? ` (${entry.reason})` : ''}.`,
        start: match.start,
        end: match.end,
        actual,
        expected,
        // Certain only for one term to avoid and one to use, matched whole: an
        // entry that lists forms (user, users) or inflections (utilizator*)
        // under one word to use needs the writer to fit the form.
        ...(entry.avoid.length === 1 && expected.length === 1 && !match.term.endsWith('*') ? {fix: expected[0]} : {}),
        ...(entry.severity ? {severity: entry.severity} : {})
      })
    }
  }
)
