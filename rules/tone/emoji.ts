// tone/emoji: emoji where the tone forbids them (`tone.emoji: "forbid"`) or
// beyond the number it allows per file. An emoji is a grapheme cluster: a
// flag, a skin tone or a family joined with ZWJ counts once.
import {defineRule} from '../../src/rule-api.js'
import {quote} from '../../src/text/quote.js'
import {proseSpans} from '../../src/text/prose.js'
import {touchpointWords} from '../../src/touchpoints.js'
import {ordinal} from './ordinal.js'
import examples from './emoji.examples.js'

// RGI_Emoji (a property of strings, `v` flag, Node 20) matches emoji as they
// are shown: ©, ®, ™, digits and # are emoji only with U+FE0F or a keycap.
// Built at run time (TypeScript targets ES2022, which has no `v` flag) and on
// first use: compiling it takes 20–50 ms, and most touchpoints allow emoji.
let emojiPattern: RegExp | undefined
const emoji = () => (emojiPattern ??= new RegExp('\\p{RGI_Emoji}', 'gv'))
/** A cheap test before the full match: every emoji has one of these. */
const candidate = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20e3\ufe0f]/u
// Intl.Segmenter is only ever given a few characters: iterating the segments
// of a long string is quadratic on Node 20.
let segmenter: Intl.Segmenter | undefined
const graphemes = () => (segmenter ??= new Intl.Segmenter('en', {granularity: 'grapheme'}))

export default defineRule(
  {
    id: 'tone/emoji',
    description: 'Flags emoji where the tone forbids them, or beyond the number it allows per file.',
    severity: 'warning',
    rationale:
      'Emoji are part of a voice: at home in a welcome message or a social post, out of place in an e-mail signature, where they also tend to break in mail clients and look careless in a reply to a complaint. `tone.emoji` says whether a touchpoint uses them (`"allow"`, `"forbid"` or at most a number per file). Each emoji counts once, however it is built (a flag, a skin tone, a family), and ©, ® and ™ written as text are not emoji.',
    recommended: {
      tone: {
        '*': {emoji: 'allow'},
        'email-signature': {emoji: 'forbid'}
      }
    },
    examples
  },
  function (context) {
    const setting = context.tone.emoji ?? 'allow'
    if (setting === 'allow') return
    const limit = setting === 'forbid' ? 0 : setting
    const text = String(context.file)
    const where = touchpointWords(context.touchpointBase)
    let count = 0
    for (const cluster of emojiClusters(text, proseSpans(context.tree))) {
      if (context.isProtected(cluster.start, cluster.end)) continue
      count++
      if (count <= limit) continue
      const shown = quote(cluster.text)
      context.report({
        reason:
          limit === 0
            ? `Emoji are not used ${where.inAll}: remove ${shown}.`
            : `${ordinal(count)} emoji ${where.inThis}; keep to ${limit} per file: remove ${shown}.`,
        start: cluster.start,
        end: cluster.end,
        actual: cluster.text,
        expected: []
      })
    }
  }
)

interface Cluster {
  start: number
  end: number
  text: string
}

/** Emoji in the given ranges of the text, one per grapheme cluster. */
function* emojiClusters(text: string, spans: ReturnType<typeof proseSpans>): Generator<Cluster> {
  for (const span of spans) {
    const slice = text.slice(span.start, span.end)
    if (!candidate.test(slice)) continue
    let covered = 0
    for (const match of slice.matchAll(emoji())) {
      if (match.index < covered) continue
      // The whole cluster the emoji starts: a ZWJ sequence that is not in
      // the RGI set, or a base with marks after it, is still one.
      const first = graphemes().segment(slice.slice(match.index, match.index + match[0].length + 32))[Symbol.iterator]().next()
      const length = first.done ? match[0].length : Math.max(first.value.segment.length, match[0].length)
      covered = match.index + length
      yield {start: span.start + match.index, end: span.start + covered, text: slice.slice(match.index, covered)}
    }
  }
}
