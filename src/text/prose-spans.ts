// Stretches of the source that are running text: the prose tree's leaves
// (words, spaces, punctuation, symbols) joined where they touch. Markup,
// link URLs and code (SourceNode) fall between spans, so a pattern searched
// in a span's text can only match what a reader sees as text.
import type {Root} from 'nlcst'
import {visit} from 'unist-util-visit'

export interface Span {
  start: number
  end: number
  text: string
}

const leaves = new Set(['TextNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode'])

export function proseSpans(tree: Root, source: string): Span[] {
  const ranges: Array<[number, number]> = []
  visit(tree, function (node) {
    if (!leaves.has(node.type)) return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined && end > start) ranges.push([start, end])
  })
  ranges.sort((a, b) => a[0] - b[0])
  const spans: Span[] = []
  for (const [start, end] of ranges) {
    const last = spans.at(-1)
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else spans.push({start, end, text: ''})
  }
  for (const span of spans) span.text = source.slice(span.start, span.end)
  return spans
}
