// Where the copy quotes someone else: Markdown block quotes, and in plain
// text the lines of an e-mail reply that start with `>`. A support reply that
// quotes the customer (“> You should have told me!”) is not the brand talking,
// so rules that judge the brand's tone or words leave these ranges alone.
import type {Root as MdastRoot} from 'mdast'
import {visit} from 'unist-util-visit'

/** Found once per Markdown tree: several rules ask. */
const found = new WeakMap<MdastRoot, ReadonlyArray<[number, number]>>()

export function blockQuotes(markdown: MdastRoot | undefined, text: string): ReadonlyArray<[number, number]> {
  if (!markdown) return quotedLines(text)
  let ranges = found.get(markdown)
  if (!ranges) found.set(markdown, (ranges = quotesIn(markdown)))
  return ranges
}

function quotesIn(markdown: MdastRoot): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  visit(markdown, 'blockquote', function (node) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) ranges.push([start, end])
    return 'skip'
  })
  return ranges
}

function quotedLines(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const line of text.matchAll(/^[ \t]*>.*$/gmu)) ranges.push([line.index, line.index + line[0].length])
  return ranges
}
