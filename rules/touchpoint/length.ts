// touchpoint/length: copy longer than its touchpoint allows, in characters
// (grapheme clusters, as a person counts them), words or lines, and for text
// messages in SMS segments, counted the way carriers do: GSM-7 text fits 160
// characters (153 per part of a split message), but one character outside
// GSM-7 (ș, ł, an emoji) sends the whole text as UCS-2, 70 (67) per part.
import {toString} from 'nlcst-to-string'
import {defineRule} from '../../src/rule-api.js'
import {proseSpans} from '../../src/text/prose.js'
import {quote} from '../../src/text/quote.js'
import {capitalise} from '../../src/text/case.js'
import {touchpointWords} from '../../src/touchpoints.js'
import data from './length.json' with {type: 'json'}
import examples from './length.examples.js'

export interface LengthOptions {
  maxChars?: number
  maxWords?: number
  maxLines?: number
  channel?: 'sms'
  maxSegments?: number
}

const gsm7 = new Set(data.gsm7)
const gsm7Extension = new Set(data.gsm7Extension)
const delimiter = new RegExp(data.signatureDelimiter, 'u')
let segmenter: Intl.Segmenter | undefined
const graphemes = () => (segmenter ??= new Intl.Segmenter('und', {granularity: 'grapheme'}))

/** The text a customer reads: the prose, one line per line, spaces collapsed, no blank lines. */
function visibleLines(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '')
}

export interface SmsCost {
  encoding: 'GSM-7' | 'UCS-2'
  /** Characters as the encoding counts them (septets, or UTF-16 code units). */
  units: number
  segments: number
  /** The first character that forced UCS-2. */
  culprit: string | undefined
}

export function smsCost(text: string): SmsCost {
  let septets = 0
  let culprit: string | undefined
  for (const char of text) {
    if (gsm7.has(char)) septets += 1
    else if (gsm7Extension.has(char)) septets += 2
    else {
      culprit = char
      break
    }
  }
  if (culprit === undefined) {
    const {single, part} = data.segments.gsm7
    return {encoding: 'GSM-7', units: septets, segments: septets <= single ? 1 : Math.ceil(septets / part), culprit}
  }
  const {single, part} = data.segments.ucs2
  const units = text.length
  // A whole grapheme names the culprit better than half of one (an emoji with a skin tone).
  const cluster = [...graphemes().segment(text)].find((segment) => segment.segment.includes(culprit!))?.segment ?? culprit
  return {encoding: 'UCS-2', units, segments: units <= single ? 1 : Math.ceil(units / part), culprit: cluster}
}

const limit = {type: 'integer', minimum: 1}


export default defineRule<LengthOptions>(
  {
    id: 'touchpoint/length',
    description: 'Flags copy longer than its touchpoint allows: characters, words, lines, or SMS segments.',
    severity: 'warning',
    rationale:
      'Each channel has a size: a signature longer than four lines (the netiquette limit of RFC 1855) is read as clutter under every e-mail, a push notification is cut off mid-sentence, and an SMS that spills into a second part costs twice and may arrive in pieces. One Romanian ș or Polish ł turns a whole SMS into UCS-2 and cuts its room from 160 characters to 70. Signatures and social posts have limits by default; a notification’s depends on its channel, so set it for your notifications (`channel: "sms"`, or `maxChars` for push).',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxChars: {...limit, description: 'Most characters (as a person counts them: an emoji or a letter with its accent is one).'},
        maxWords: {...limit, description: 'Most words.'},
        maxLines: {...limit, description: 'Most non-empty lines; “-- ” delimiter lines are not counted.'},
        channel: {enum: ['sms'], description: '“sms” counts SMS segments as carriers do (GSM-7 or UCS-2).'},
        maxSegments: {...limit, description: 'With channel “sms”: most SMS segments the text may cost.'}
      }
    },
    defaults: {maxSegments: 1},
    // Notifications get no default: their limit is their channel's (a push
    // title, an SMS, an e-mail with none), and on the shared corpus a
    // 160-character default flagged 98 of 174 real e-mail notifications.
    recommended: {
      touchpoints: ['email-signature', 'social-post'],
      options: {'email-signature': {maxLines: 4}, 'social-post': {maxChars: 280}}
    },
    examples
  },
  function (context) {
    const source = String(context.file)
    const spans = proseSpans(context.tree)
    if (spans.length === 0) return
    // The whole copy, without the white space around it.
    const first = source.slice(spans[0]!.start, spans[0]!.end)
    const last = source.slice(spans.at(-1)!.start, spans.at(-1)!.end)
    const place = {start: spans[0]!.start + (first.length - first.trimStart().length), end: spans.at(-1)!.end - (last.length - last.trimEnd().length)}
    const lines = visibleLines(toString(context.tree))
    const text = lines.join('\n')
    const what = capitalise(touchpointWords(context.touchpointBase).this)
    const {maxChars, maxWords, maxLines, channel, maxSegments = 1} = context.options

    // Delimiter lines (“-- ”, also drawn above and below a block) are not content.
    const counted = lines.filter((line) => !delimiter.test(line))
    if (maxLines !== undefined && counted.length > maxLines) {
      context.report({...place, reason: `${what} has ${counted.length} lines; keep it to ${maxLines}.`})
    }
    const chars = [...graphemes().segment(text)].length
    if (maxChars !== undefined && chars > maxChars) {
      context.report({...place, reason: `${what} has ${chars} characters; keep it to ${maxChars}.`})
    }
    const words = text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
    if (maxWords !== undefined && words > maxWords) {
      context.report({...place, reason: `${what} has ${words} words; keep it to ${maxWords}.`})
    }
    if (channel === 'sms') {
      const cost = smsCost(text)
      if (cost.segments > maxSegments) {
        const {single, part} = data.segments[cost.encoding === 'GSM-7' ? 'gsm7' : 'ucs2']
        const why = cost.culprit
          ? `${quote(cost.culprit)} is not in the GSM-7 alphabet, so the whole text is sent as UCS-2, ${single} characters per SMS (${part} per part)`
          : `GSM-7 fits ${single} characters per SMS (${part} per part)`
        const plural = (count: number) => `${count} SMS ${count === 1 ? 'message' : 'messages'}`
        context.report({...place, reason: `${what} costs ${plural(cost.segments)}: ${why}; keep it to ${plural(maxSegments)}.`})
      }
    }
  }
)
