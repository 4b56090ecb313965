// tone/passive-voice: the passive voice in English copy (“your refund was
// sent”), found by retext-passive. Its plugin runs on the rule's tree with a
// scratch file, so its word list and its reading stay its own; its messages
// become this rule's reports, widened to take in the form of “be” before the
// participle, and never inside code, URLs or placeholders.
import retextPassive from 'retext-passive'
import type {Root, Sentence} from 'nlcst'
import {VFile} from 'vfile'
import {defineRule} from '../../src/rule-api.js'
import {quote} from '../../src/text/quote.js'
import examples from './passive-voice.examples.js'

interface Options {
  ignore: string[]
}

/** Where the form of “be” before the participle starts: the last word before it in its sentence. */
function verbStart(sentence: Sentence | undefined, participleStart: number): number | undefined {
  let start: number | undefined
  for (const child of sentence?.children ?? []) {
    const offset = child.position?.start.offset
    if (offset === undefined || offset >= participleStart) break
    if (child.type === 'WordNode') start = offset
  }
  return start
}

export default defineRule<Options>(
  {
    id: 'tone/passive-voice',
    description: 'Flags the passive voice in English copy (“your refund was sent”), which hides who acts.',
    severity: 'info',
    rationale:
      'The passive voice leaves out who does what: “your refund was sent” does not say that we sent it, “the code is given at checkout” does not say who gives it. Copy that names who acts sounds like people talking to people, and tells the customer what happens next. The passive is sometimes right (when nobody needs to know who acts), so the rule only informs. It uses retext-passive’s list of irregular participles (sent, paid, given, made, taken, found…) after a form of “be”: regular ones such as “was approved” are not found, so it misses some passives but rarely flags anything else.',
    languages: ['en'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ignore: {
          type: 'array',
          items: {type: 'string', minLength: 1},
          description: 'Participles not to flag, as retext-passive lists them: ["located", "required"].'
        }
      }
    },
    defaults: {ignore: []},
    examples
  },
  function (context) {
    const scratch = new VFile({path: context.file.path, value: String(context.file)})
    const transform = retextPassive({ignore: context.options.ignore}) as unknown as (tree: Root, file: VFile) => void
    transform(context.tree, scratch)
    const text = String(context.file)
    for (const message of scratch.messages) {
      const place = message.place
      const participleStart = place && 'start' in place ? place.start.offset : undefined
      const end = place && 'end' in place ? place.end.offset : undefined
      if (participleStart === undefined || end === undefined) continue
      const sentence = message.ancestors?.[0] as Sentence | undefined
      const start = verbStart(sentence?.type === 'SentenceNode' ? sentence : undefined, participleStart) ?? participleStart
      if (context.isProtected(start, end)) continue
      const actual = text.slice(start, end)
      context.report({
        reason: `${quote(actual)} is in the passive voice: where it helps the reader, say who does it.`,
        start,
        end,
        actual,
        expected: [],
        note: 'Active: “We sent your refund.” Passive: “Your refund was sent.”'
      })
    }
  }
)
