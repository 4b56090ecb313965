// Running a retext plugin (retext-equality, retext-profanities) as a
// brandvoice rule: the plugin's transformer runs on the rule's prose tree with
// a scratch VFile (same text), and each of its messages becomes a finding at
// the message's offsets. Findings are dropped where the words are not the
// brand's prose to judge: brand names, lexicon terms (the brand's own words,
// and the avoided ones, which the lexicon rules report), code, URLs and
// placeholders, and quoted words (“master”, a block quote of the customer).
import type {Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {RuleContext} from '../../src/rule-api.js'
import {blockQuotes} from '../../src/text/block-quotes.js'
import {functionWordCount, functionWords} from '../../src/text/function-words.js'

/** What a retext plugin's attacher returns. */
export type Transformer = (tree: Root, file: VFile) => void

export interface PluginFinding {
  message: VFileMessage
  start: number
  end: number
  /** The words as the copy writes them. */
  actual: string
}

/** The plugin's messages on this file's prose, less those on words that are not the brand's prose. */
export function pluginFindings(context: RuleContext<unknown>, transform: Transformer): PluginFinding[] {
  const text = String(context.file.value)
  const scratch = new VFile({value: text})
  transform(context.tree, scratch)
  const findings: PluginFinding[] = []
  for (const message of scratch.messages) {
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
    if (start === undefined || end === undefined || end <= start) continue
    findings.push({message, start, end, actual: text.slice(start, end)})
  }
  if (findings.length === 0) return findings
  const skip: Array<[number, number]> = [
    ...blockQuotes(context.markdown, text),
    ...sentencesNotInEnglish(context.tree)
  ]
  return findings.filter(
    (finding) =>
      !context.isProtected(finding.start, finding.end) &&
      !context.isBrandWord(finding.start, finding.end) &&
      !skip.some(([start, end]) => start < finding.end && finding.start < end) &&
      !inQuotation(text, finding.start, finding.end)
  )
}

/**
 * Sentences in another language in a file taken for English. The word lists
 * are English (Catalan “hores” and “tard”, Romanian “cum” are profane only in
 * English), so these are not theirs to judge. A sentence is another
 * language's when it has more of that language's function words than of
 * English's, counting only words the two do not share (Catalan “no” and
 * “us” are English words too). A sentence with none either way (“Payment
 * failed.”, “Hores”) goes with the file: judged unless most of the file's
 * sentences are another language's.
 */
function sentencesNotInEnglish(tree: Root): Array<[number, number]> {
  const others = [...functionWords.keys()].filter((language) => language !== 'en')
  const foreign: Array<[number, number]> = []
  const unknown: Array<[number, number]> = []
  let english = 0
  visit(tree, 'SentenceNode', function (sentence: Sentence) {
    const words: string[] = []
    visit(sentence, 'WordNode', (word) => void words.push(toString(word).toLowerCase()))
    const start = sentence.position?.start.offset
    const end = sentence.position?.end.offset
    if (start === undefined || end === undefined) return 'skip'
    const lead = others.map((language) => functionWordCount(words, 'en', language) - functionWordCount(words, language, 'en'))
    if (lead.some((difference) => difference < 0)) foreign.push([start, end])
    else if (lead.some((difference) => difference > 0)) english++
    else unknown.push([start, end])
    return 'skip'
  })
  return foreign.length > english ? [...foreign, ...unknown] : foreign
}

/** Opening mark → closing marks, for quotations in any of the languages' styles. */
const pairs: Record<string, string> = {'“': '”', '„': '”“', '«': '»', '»': '«', '‘': '’', '‚': '‘’', '"': '"'}
const lineBreak = /\n\s*\n/u

/**
 * Whether the range stands inside a quotation on its line's paragraph: a
 * word the copy talks about (Avoid the word “master”), a UI label (Click
 * “Host settings”), someone's words. An opening mark opens only after a
 * space, a bracket or the start; a closing mark must come before the next
 * blank line. ‘ is an opening mark only where it is not an apostrophe.
 */
function inQuotation(text: string, start: number, end: number): boolean {
  const from = Math.max(0, text.lastIndexOf('\n\n', start))
  for (let at = start - 1; at >= from; at--) {
    const char = text[at]!
    const closers = pairs[char]
    if (closers === undefined) continue
    const before = at > 0 ? text[at - 1]! : ' '
    if (!/[\s([{\p{Pd}*_>]/u.test(before) && at > 0) continue
    // Find its closing mark after the range, within the paragraph.
    const rest = text.slice(end)
    const stop = rest.search(lineBreak)
    const window = stop === -1 ? rest : rest.slice(0, stop)
    const between = text.slice(at + 1, start)
    // A closing mark between the opening one and the range ends that quotation.
    if ([...closers].some((closer) => between.includes(closer) && closer !== char)) continue
    if (char === '"' && between.includes('"')) continue
    if ([...closers].some((closer) => closingAt(window, closer))) return true
  }
  return false
}

/** Whether the window holds the closing mark, followed by something that can follow a quotation. */
function closingAt(window: string, closer: string): boolean {
  let index = window.indexOf(closer)
  while (index !== -1) {
    const after = window[index + 1]
    if (after === undefined || !/\p{L}/u.test(after)) return true
    index = window.indexOf(closer, index + 1)
  }
  return false
}
