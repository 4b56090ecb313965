// inclusive/profanity: swear words and slurs in English copy, found by
// retext-profanities (the cuss list, each word rated 0 “maybe”, 1 “likely”,
// 2 “surely” profane) and reported in the house style. The rule's data
// (profanity.json) adds the clearly profane words cuss rates 1, leaves out
// words whose everyday sense is the usual one (“welfare”, “spit”, “looser”)
// and names (Niger, Guinea).
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {EXIT, visit} from 'unist-util-visit'
import {deferred} from '../../src/deferred.js'
import {defineRule} from '../../src/rule-api.js'
import {quote} from '../../src/text/quote.js'
import data from './profanity.json' with {type: 'json'}
import examples from './profanity.examples.js'
import {pluginFindings, type Transformer} from './retext-plugin.js'

export interface ProfanityOptions {
  ignore?: string[]
  sureness?: 0 | 1 | 2
}

const profane = new Set(data.profane)
const names = new Set(data.names)

type Attacher = (options: {ignore: string[]; sureness: number}) => Transformer

// Its word lists load only for configs that turn the rule on.
const attacher = deferred('retext-profanities', async () => (await import('retext-profanities')).default as unknown as Attacher)

/**
 * The first word of every phrase retext-profanities looks for: cuss's
 * entries with their singulars and plurals, as it adds them (pluralize).
 * nlcst-search indexes its 1,800 phrases again on every call, which cost a
 * sixth of the lint time of a short file; a file with none of these words
 * cannot give a match, so the plugin does not run on it.
 */
const firstWords = deferred('cuss', async () => {
  const [{cuss}, {default: pluralize}] = await Promise.all([import('cuss'), import('pluralize')])
  const words = new Set<string>()
  for (const phrase of Object.keys(cuss)) {
    for (const form of [phrase, pluralize.singular(phrase), pluralize.plural(phrase)]) words.add(searchKey(form.split(' ', 1)[0]!))
  }
  return words
})

/** nlcst-normalize's key, less apostrophes even where the search keeps them, so no match is ever missed. */
function searchKey(word: string): string {
  return word.toLowerCase().replace(/[-'’]/g, '')
}

function mayMatch(tree: Root, words: ReadonlySet<string>): boolean {
  if (words.has('*')) return true
  let found = false
  visit(tree, 'WordNode', function (node) {
    if (words.has(searchKey(toString(node)))) found = true
    return found ? EXIT : undefined
  })
  return found
}
const transformers = new Map<string, Transformer>()

function transformerFor(options: ProfanityOptions): Transformer {
  const sureness = options.sureness ?? 2
  // Run at sureness 1 at most, so the clearly profane words cuss rates 1 are seen.
  const ignore = [...data.ignore, ...(options.ignore ?? []).map((word) => word.toLowerCase())]
  const key = JSON.stringify([Math.min(sureness, 1), ignore])
  let transform = transformers.get(key)
  if (!transform) {
    transform = attacher.value({ignore, sureness: Math.min(sureness, 1)})
    transformers.set(key, transform)
  }
  return transform
}

export default defineRule<ProfanityOptions>(
  {
    id: 'inclusive/profanity',
    description: 'Flags English swear words and slurs, such as “crap”, “WTF” or “bullshit” (retext-profanities).',
    severity: 'warning',
    languages: ['en'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ignore: {
          type: 'array',
          items: {type: 'string', minLength: 1},
          uniqueItems: true,
          description: 'Words not to flag, on top of the built-in ones: ["hell"].'
        },
        sureness: {
          type: 'integer',
          enum: [0, 1, 2],
          description: 'How sure the word list must be that a word is profane: 2 flags only words that are (“crap”, “bullshit”, and the clearly profane ones rated 1, such as “shit” and “damn”); 1 adds words that may be (“screw”, “gross”, “drunk”); 0 adds words that are profane only in some senses (“failed”, “period”, “color”).'
        }
      }
    },
    defaults: {ignore: [], sureness: 2},
    rationale: [
      'A swear word or a slur in a welcome message or a support reply is never the brand’s voice, even as a joke: customers read it as careless or rude, and a slur hurts. The rule runs [retext-profanities](https://github.com/retextjs/retext-profanities) (the cuss word list) over English copy.',
      '',
      'cuss rates each word: 2 surely profane, 1 maybe, 0 profane only in some senses. Most words rated 1 or 0 are everyday words in customer copy (“failed”, “period”, “color”, “abuse”, “gross”, “execute”), so by default only words rated 2 are flagged, plus the words rated 1 that read as profane in any customer copy (“shit”, “damn”, “sucks”); some words rated 2 whose everyday sense is the usual one are left alone (“welfare”, “spit”, “looser”, “triplex”), and names cuss lists (Niger, Guinea, KY) are flagged only when written in lower case. On the English strings of 20 open-source products (bulk-en.md) retext-profanities alone gives 302 findings (“failed”, “color”, “period”, “Guinea”, “Niger”), all false alarms; the rule gives none there and none on the 117 English corpus files. The lists are in rules/inclusive/profanity.json; `sureness` and `ignore` change them.',
      '',
      'Brand names, lexicon terms, code, URLs, placeholders and quoted words (a customer’s words in a block quote) are never flagged.'
    ].join('\n'),
    examples,
    requires: [attacher, firstWords]
  },
  function (context) {
    if (!mayMatch(context.tree, firstWords.value)) return
    const sureness = context.options.sureness ?? 2
    for (const finding of pluginFindings(context, transformerFor(context.options))) {
      const {message, actual} = finding
      const word = (message.ruleId ?? '').toLowerCase()
      const rated = (message as unknown as {profanitySeverity?: number}).profanitySeverity ?? 0
      const level = profane.has(word) ? 2 : rated
      if (level < sureness) continue
      if (names.has(word) && actual[0] !== actual[0]!.toLowerCase()) continue
      const reason =
        level === 2
          ? `Don’t use ${quote(actual)}: it is profane, and customers read it as rude.`
          : level === 1
            ? `Reconsider ${quote(actual)}: it may read as profane.`
            : `Check ${quote(actual)}: it is profane in some senses.`
      context.report({reason, start: finding.start, end: finding.end, actual, expected: []})
    }
  }
)
