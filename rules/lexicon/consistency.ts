// lexicon/consistency: one thing, one spelling. A file that writes both
// “e-mail” and “email” gets the rarer spelling flagged, with the other as the
// suggestion; on a tie the spelling the file uses first wins. Groups of
// spellings are data per language (consistency.json); a config adds its own.
import {defineRule} from '../../src/rule-api.js'
import {matchCase} from '../../src/text/case.js'
import {primarySubtag} from '../../src/text/language.js'
import {normalizeKey} from '../../src/text/words.js'
import {quote} from '../../src/text/quote.js'
import {findTerms} from '../../src/word-lists.js'
import data from './consistency.json' with {type: 'json'}
import examples from './consistency.examples.js'

export interface Options {
  /** More groups of spellings of one thing, for every language. */
  groups?: string[][]
}

const builtin = data as unknown as Record<string, string[][]>
const resolved = new WeakMap<object, Map<string, string[][]>>()

function groupsFor(options: Options, language: string): string[][] {
  let byLanguage = resolved.get(options)
  if (!byLanguage) resolved.set(options, (byLanguage = new Map()))
  const primary = primarySubtag(language)
  let groups = byLanguage.get(primary)
  if (!groups) {
    groups = [...(builtin['*'] ?? []), ...(builtin[primary] ?? []), ...(options.groups ?? [])]
    byLanguage.set(primary, groups)
  }
  return groups
}

const terms = new WeakMap<string[], string[]>()

export default defineRule<Options>(
  {
    id: 'lexicon/consistency',
    description: 'Flags a file that spells one thing two ways (e-mail and email, Wi-Fi and WiFi), pointing at the rarer spelling.',
    severity: 'warning',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        groups: {
          type: 'array',
          description: 'More groups of spellings of one thing, for every language: [["sign-in", "signin"]]. The built-in groups are in rules/lexicon/consistency.json.',
          items: {type: 'array', minItems: 2, items: {type: 'string', minLength: 1}}
        }
      }
    },
    rationale:
      'Two spellings of one word in one message read as two writers who never spoke: small, but it is the kind of detail that tells a customer nobody checked. The brand’s lexicon says which spelling it prefers; this rule catches the files that mix them even where the lexicon is silent. Pairs that are different words (“log in”, the verb, and “login”, the noun) are not listed.',
    examples
  },
  function (context) {
    for (const group of groupsFor(context.options, context.language)) {
      let list = terms.get(group)
      if (!list) terms.set(group, (list = [...group]))
      const matches = findTerms(context, list)
      if (matches.length < 2) continue
      // Count by spelling, case aside; the first spelling used breaks a tie.
      const counts = new Map<string, number>()
      for (const match of matches) counts.set(normalizeKey(match.term), (counts.get(normalizeKey(match.term)) ?? 0) + 1)
      if (counts.size < 2) continue
      const [majority] = [...counts].sort((a, b) => b[1] - a[1])[0]!
      const preferred = group.find((term) => normalizeKey(term) === majority)!
      const total = counts.get(majority)!
      for (const match of matches) {
        if (normalizeKey(match.term) === majority) continue
        const replacement = matchCase(preferred, match.text)
        context.report({
          reason: `Write ${quote(replacement)} instead of ${quote(match.text)}: this file writes ${quote(preferred)} ${total === 1 ? 'once' : total === 2 ? 'twice' : `${total} times`}.`,
          start: match.start,
          end: match.end,
          actual: match.text,
          expected: [replacement]
        })
      }
    }
  }
)
