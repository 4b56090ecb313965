// touchpoint/placeholder: template leftovers that must never reach a customer.
// Always: draft notes (TODO, TBD), filler text (lorem ipsum) and unfilled
// bracketed names ([FIRST NAME]). When the config names its templating
// syntax: variables it does not know (typos such as {{frist_name}}) and
// placeholders of another syntax, which the template engine would leave as
// written. Patterns are searched only in running text (see proseSpans), so
// code, link URLs and markup are never read.
import type {Html} from 'mdast'
import {closest, distance} from 'fastest-levenshtein'
import {visit} from 'unist-util-visit'
import {defineRule, type RuleContext} from '../../src/rule-api.js'
import {proseSpans} from '../../src/text/prose.js'
import {quote} from '../../src/text/quote.js'
import {findTerms} from '../../src/word-lists.js'
import data from './placeholder.json' with {type: 'json'}
import examples from './placeholder.examples.js'

type Family = keyof typeof data.families

const families = Object.fromEntries(
  Object.entries(data.families).map(([name, source]) => [name, new RegExp(source, 'gu')])
) as Record<Family, RegExp>
const bracketed = new RegExp(data.bracketed, 'gu')
const wholeBracketed = new RegExp(`^${data.bracketed}$`, 'u')
/** Every language's names: a brand's English template may well sit in a Polish file. */
const placeholderNames = new Set(Object.values(data.placeholderNames).flat())

function isUnfilled(inner: string): boolean {
  return inner.includes('_') || inner.split(/[\s_-]+/u).some((part) => placeholderNames.has(part)) || placeholderNames.has(inner)
}
const leftovers = new Set(data.leftovers)
/** How a variable is written in each family, to suggest the brand's own form. */
const written: Record<Family, (name: string) => string> = {
  'double-brace': (name) => `{{${name}}}`,
  'single-brace': (name) => `{${name}}`,
  'percent-brace': (name) => `%{${name}}`,
  printf: () => '%s',
  colon: (name) => `:${name}`
}
/** Block helpers and comments of double-brace templates are not variables. */
const helper = /^\{\{\{?\s*(?:[#/^>!&]|else\b)/u

const houseCache = new Map<string, RegExp>()

export default defineRule(
  {
    id: 'touchpoint/placeholder',
    description: 'Flags template leftovers: draft notes (TODO, TBD), lorem ipsum, unfilled [NAME] placeholders, unknown variables and placeholders of another syntax.',
    severity: 'error',
    rationale:
      'A welcome e-mail that opens with “Hi {{frist_name}}” or a reply that still says “[AGENT NAME]” tells the customer nobody read it before it was sent. These leftovers are cheap to catch before sending and costly after.',
    examples
  },
  function (context) {
    const source = String(context.file)
    // Each stretch of running text, with its text, to search for patterns.
    const spans = proseSpans(context.tree).map((span) => ({start: span.start, text: source.slice(span.start, span.end)}))

    for (const run of context.words) {
      for (const word of run) {
        if (leftovers.has(word.text)) {
          context.report({reason: `${quote(word.text)} is a note for the writer: finish the copy before a customer reads it.`, start: word.start, end: word.end, actual: word.text, expected: []})
        }
      }
    }
    for (const match of findTerms(context, data.fillers)) {
      context.report({reason: `${quote(match.text)} is filler text: replace it with the real copy.`, start: match.start, end: match.end, actual: match.text, expected: []})
    }

    const unfilled = (text: string, start: number) =>
      context.report({reason: `${quote(text)} looks like a placeholder nobody filled in: write the real text.`, start, end: start + text.length, actual: text, expected: []})
    for (const span of spans) {
      for (const match of span.text.matchAll(bracketed)) {
        if (isUnfilled(match[1]!)) unfilled(match[0], span.start + match.index)
      }
    }
    // In Markdown, <FIRST NAME> is parsed as an HTML tag, outside the prose.
    if (context.markdown) {
      visit(context.markdown, 'html', function (node: Html) {
        const start = node.position?.start.offset
        const inner = wholeBracketed.exec(node.value)?.[1]
        if (start !== undefined && inner && isUnfilled(inner)) unfilled(node.value, start)
      })
    }

    checkSyntax(context, spans)
  }
)

/** Placeholders against the syntax and variables the config names. */
function checkSyntax(context: RuleContext<object>, spans: ReadonlyArray<{start: number; text: string}>): void {
  const {syntax, variables, patterns} = context.placeholders
  if (syntax.length === 0 && patterns.length === 0) return
  const own = new Set(syntax.map((name) => data.syntaxes[name] as Family))
  const house = patterns.map(function (pattern) {
    let expression = houseCache.get(pattern)
    if (!expression) houseCache.set(pattern, (expression = new RegExp(pattern, 'gu')))
    return expression
  })
  // Text a placeholder has already taken, so no other shape reads it again.
  const claimed: Array<[number, number]> = []
  const overlaps = (start: number, end: number) => claimed.some(([from, to]) => start < to && end > from)

  for (const span of spans) {
    const checks: Array<{expression: RegExp; family: Family | undefined}> = [
      ...house.map((expression) => ({expression, family: undefined})),
      ...[...own].map((family) => ({expression: families[family], family})),
      ...data.foreign.filter((family) => !own.has(family as Family)).map((family) => ({expression: families[family as Family], family: family as Family}))
    ]
    for (const {expression, family} of checks) {
      for (const match of span.text.matchAll(expression)) {
        const start = span.start + match.index
        const end = start + match[0].length
        if (overlaps(start, end)) continue
        claimed.push([start, end])
        const name = match[1]
        const isOwn = family === undefined || own.has(family)
        if (!isOwn) {
          const shape = [...own][0]
          const suggestion = shape && name ? written[shape](name) : undefined
          context.report({
            reason: `${quote(match[0])} is written in another template syntax than this brand’s (${syntax.join(', ') || 'its own patterns'}), so it would reach the customer as written${suggestion ? `; write ${quote(suggestion)}` : ''}.`,
            start,
            end,
            actual: match[0],
            expected: suggestion ? [suggestion] : []
          })
        } else if (name && variables.length > 0 && !variables.includes(name) && !helper.test(match[0])) {
          const best = closest(name, variables)
          const near = distance(name, best) <= Math.max(2, Math.floor(best.length / 3))
          const fixed = near ? match[0].replace(name, best) : undefined
          context.report({
            reason: near
              ? `${quote(name)} is not one of the template’s variables: did you mean ${quote(best)}?`
              : `${quote(name)} is not one of the template’s variables (${variables.join(', ')}), so it would reach the customer as written.`,
            start,
            end,
            actual: match[0],
            expected: fixed ? [fixed] : []
          })
        }
      }
    }
  }
}
