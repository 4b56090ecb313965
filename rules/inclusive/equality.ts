// inclusive/equality: words that may leave readers out or hurt them (“he” for
// any customer, “chairman”, “whitelist”, “crazy”), found by retext-equality
// (English) and reported in the house style. Phrases whose everyday sense in
// product copy is not about people (“Invalid password”, “host name”) are not
// flagged by default: they are data, in equality.json.
import {deferred} from '../../src/deferred.js'
import {defineRule} from '../../src/rule-api.js'
import {quote, quoteAlternatives} from '../../src/text/quote.js'
import data from './equality.json' with {type: 'json'}
import examples from './equality.examples.js'
import {pluginFindings, type Transformer} from './retext-plugin.js'

export interface EqualityOptions {
  ignore?: string[]
  check?: string[]
  binary?: boolean
}

const builtinIgnore: readonly string[] = data.ignore.flatMap((group) => group.phrases)

// Its word lists load only for configs that turn the rule on.
const attacher = deferred('retext-equality', async () => (await import('retext-equality')).default as unknown as (options: {ignore: string[]; binary: boolean}) => Transformer)
const transformers = new WeakMap<EqualityOptions, Transformer>()

function transformerFor(options: EqualityOptions): Transformer {
  let transform = transformers.get(options)
  if (!transform) {
    const check = new Set((options.check ?? []).map((phrase) => phrase.toLowerCase()))
    const ignore = [...builtinIgnore.filter((phrase) => !check.has(phrase)), ...(options.ignore ?? [])]
    // retext-equality compares its phrases (lower case, except “ADD”) with the ignore list as written.
    transform = attacher.value({ignore: [...ignore, ...ignore.map((phrase) => phrase.toLowerCase())], binary: options.binary ?? false})
    transformers.set(options, transform)
  }
  return transform
}

const phraseList = {type: 'array', items: {type: 'string', minLength: 1}, uniqueItems: true}

export default defineRule<EqualityOptions>(
  {
    id: 'inclusive/equality',
    description: 'Flags English words that may leave readers out or hurt them, such as “he” for any customer, “chairman” or “whitelist”, with neutral words to use instead (retext-equality).',
    severity: 'warning',
    optIn: true,
    languages: ['en'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ignore: {...phraseList, description: 'Words and phrases not to flag, as retext-equality lists them (lower case), on top of the built-in ones: ["her", "his"].'},
        check: {...phraseList, description: 'Words the rule leaves alone by default (listed in rules/inclusive/equality.json) to flag after all: ["host", "special"].'},
        binary: {type: 'boolean', description: 'Accept pairs that name both genders, such as “he or she” and “his or her”; false flags each word.'}
      }
    },
    defaults: {ignore: [], check: [], binary: false},
    rationale: [
      'Copy that says “he” for any customer, calls the team “guys” or a list a “whitelist” tells some readers the brand did not have them in mind. The rule runs [retext-equality](https://github.com/retextjs/retext-equality) over English copy and suggests neutral words: “they” for “he”, “chair” for “chairman”, “allowlist” for “whitelist”.',
      '',
      'It is opt-in, and some of retext-equality’s words are not flagged by default, because on real product copy most of its findings are false alarms: on the English strings of 20 open-source products (bulk-en.md, 25,000 lines) retext-equality alone gives 242 findings, almost all “Invalid”, “disabled”, “special”, “host”, “just”, “simple”, “POP” and “Isle of Man”; with these words left alone the rule gives 9 (“master price”, “master password”, “whitelisted”), and none on the 117 English corpus files. Left alone by default (rules/inclusive/equality.json; turn them back on with `check`):',
      '',
      '- “just”, “simple”, “easy”, “obvious”, “basically”, “of course”: tone/condescending flags these where they talk down, and not in “we just shipped a fix”.',
      '- “invalid”, “disabled”, “special”, “host”, “pop”, “bi”, “actor”: in product copy a state or a thing, not a person.',
      '- “men”, “women”, “ladies”, “mother”, “father” and the like: shop departments (“Women’s shoes”), places (the Isle of Man) and occasions (“Mother’s Day”), not a reader assumed to be one gender.',
      '',
      'Gendered pronouns (“he”, “his”, “her”) are still flagged: in a template they usually mean “any customer”, but in a signature or a reply they may name a real person, so turn the rule on where copy speaks about customers in general, or add them to `ignore`. Brand names, lexicon terms, code, URLs, placeholders and quoted words (Avoid the word “master”) are never flagged.'
    ].join('\n'),
    examples,
    requires: [attacher]
  },
  function (context) {
    for (const finding of pluginFindings(context, transformerFor(context.options))) {
      const {message, actual} = finding
      const expected = message.expected ?? []
      const condition = message.reason.includes(', when referring to a person,') ? ' when it means a person' : ''
      const reason =
        expected.length > 0
          ? `Use ${quoteAlternatives(expected)} instead of ${quote(actual)}${condition}${expected.length > 1 ? ', whichever fits' : ''}: it may leave some readers out.`
          : `Avoid ${quote(actual)}${condition}: it may hurt or leave out some readers.`
      context.report({
        reason,
        start: finding.start,
        end: finding.end,
        actual,
        expected,
        ...(message.note ? {note: message.note} : {})
      })
    }
  }
)
