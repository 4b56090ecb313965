// tone/exclamation: more exclamation marks than the tone allows, per sentence
// or per file (`tone.exclamations`), and runs such as “!!” or “?!” always.
import {defineRule} from '../../src/rule-api.js'
import {quote} from '../../src/text/quote.js'
import {proseSpans} from '../../src/text/prose.js'
import {touchpointWords} from '../../src/touchpoints.js'
import {ordinal} from './ordinal.js'
import examples from './exclamation.examples.js'

/** Marks that make up a run; a run counts as one exclamation when it has an exclamation mark. */
const runMark = /[!?‼⁉⁈]/u
const exclamationMark = /[!‼⁉⁈]/u
/** Characters that are runs on their own: “‼” is “!!” written as one. */
const runCharacter = /[‼⁉⁈]/u
/** A mark glued to a letter or digit is not punctuation: “!lemmy@lemmy.ml”, “[!NOTE]”, “!important”. */
const glued = /[\p{L}\p{N}]/u

interface Exclamation {
  start: number
  end: number
  text: string
  sentence: object | undefined
  run: boolean
}

export default defineRule(
  {
    id: 'tone/exclamation',
    description: 'Flags exclamation marks beyond the tone’s limits per sentence and per file, and runs such as “!!” or “?!”.',
    severity: 'warning',
    rationale:
      'An exclamation mark is a raised voice. One can carry real warmth (“Welcome aboard!”); several in a row, or one in every sentence, read as forced cheer, and in a support reply or a signature they can sound as if the brand is not taking the customer seriously. `tone.exclamations` sets how many a sentence and a file may have, per touchpoint; “!!”, “!!!” and “?!” are always flagged. Spanish “¡” is not counted, and marks in code, URLs, placeholders and brand names (“Yahoo!”) are left alone.',
    recommended: {
      tone: {
        '*': {exclamations: {perSentence: 1}},
        'support-reply': {exclamations: {perFile: 1}},
        welcome: {exclamations: {perFile: 2}},
        'social-post': {exclamations: {perFile: 2}},
        'email-signature': {exclamations: {perSentence: 0, perFile: 0}}
      }
    },
    examples
  },
  function (context) {
    const {perSentence, perFile} = context.tone.exclamations ?? {}
    const text = String(context.file)
    const branded = brandRanges(text, context.brand.names)
    const where = touchpointWords(context.touchpointBase)
    const perSentenceCount = new Map<object | undefined, number>()
    let fileCount = 0

    for (const exclamation of exclamations(text, context.tree, branded)) {
      if (context.isProtected(exclamation.start, exclamation.end)) continue
      fileCount++
      const sentenceCount = (perSentenceCount.get(exclamation.sentence) ?? 0) + 1
      perSentenceCount.set(exclamation.sentence, sentenceCount)
      const marks = quote(exclamation.text)
      const which = exclamation.run ? `${ordinal(fileCount)} exclamation mark (${marks})` : `${ordinal(fileCount)} exclamation mark`
      let reason: string | undefined
      if (perFile === 0 || perSentence === 0) {
        reason = `Exclamation marks are not used ${where.inAll}: remove ${marks}.`
      } else if (perFile !== undefined && fileCount > perFile) {
        reason = `${which} ${where.inThis}; keep to ${perFile} per file.`
      } else if (perSentence !== undefined && exclamation.sentence && sentenceCount > perSentence) {
        const inSentence = exclamation.run ? `${ordinal(sentenceCount)} exclamation mark (${marks})` : `${ordinal(sentenceCount)} exclamation mark`
        reason = `${inSentence} in one sentence; keep to ${perSentence} per sentence.`
      } else if (exclamation.run) {
        reason = exclamation.text.includes('?') || /[⁉⁈]/u.test(exclamation.text)
          ? `Write “?” instead of ${marks}: one mark at a time reads calmer.`
          : `Write “!” instead of ${marks}: one mark at a time reads calmer.`
      }
      if (!reason) continue
      context.report({reason, start: exclamation.start, end: exclamation.end, actual: exclamation.text, expected: []})
    }
  }
)

/** Exclamations in the prose, in reading order; a run of marks (“!!”, “?!”) is one. */
function* exclamations(text: string, tree: Parameters<typeof proseSpans>[0], branded: Array<[number, number]>): Generator<Exclamation> {
  for (const span of proseSpans(tree)) {
    let index = span.start
    while (index < span.end) {
      if (!runMark.test(text[index]!)) {
        index++
        continue
      }
      const start = index
      // A Markdown escape between marks (“\!\!”) keeps them one run.
      while (index < span.end && (runMark.test(text[index]!) || (text[index] === '\\' && runMark.test(text[index + 1] ?? '')))) index++
      const marks = text.slice(start, index).replaceAll('\\', '')
      if (!exclamationMark.test(marks)) continue
      if (index < text.length && glued.test(text[index]!)) continue
      if (branded.some(([from, to]) => start < to && index > from)) continue
      yield {start, end: index, text: marks, sentence: span.sentence, run: marks.length > 1 || runCharacter.test(marks)}
    }
  }
}

/** Where brand names that have an exclamation mark (“Yahoo!”) are written, in any case. */
function brandRanges(text: string, names: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const name of names) {
    if (!name.includes('!')) continue
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    for (const match of text.matchAll(new RegExp(escaped, 'giu'))) ranges.push([match.index, match.index + match[0].length])
  }
  return ranges
}
