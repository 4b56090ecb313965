// Where the prose is in the file's text: the ranges the prose tree's leaves
// cover (words, punctuation, symbols, white space), never code, HTML or
// frontmatter, which do not reach the tree or reach it only as source nodes.
// Rules that look at characters rather than words (punctuation, emoji) scan
// the file's text inside these ranges, so offsets are the file's own.
import type {Root, Sentence} from 'nlcst'
import type {Node} from 'unist'

export interface ProseSpan {
  start: number
  end: number
  /** The sentence the span belongs to; undefined between sentences. */
  sentence: Sentence | undefined
}

const cache = new WeakMap<Root, ProseSpan[]>()

/** Ranges of prose in reading order; adjacent leaves of one sentence are one span. */
export function proseSpans(tree: Root): ProseSpan[] {
  let spans = cache.get(tree)
  if (spans) return spans
  const found: ProseSpan[] = []
  const walk = (node: Node, sentence: Sentence | undefined): void => {
    if (node.type === 'SentenceNode') sentence = node as Sentence
    if ('children' in node) {
      for (const child of node.children as Node[]) walk(child, sentence)
      return
    }
    if (!('value' in node) || node.type === 'SourceNode') return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || end <= start) return
    const last = found.at(-1)
    if (last && last.end === start && last.sentence === sentence) last.end = end
    else found.push({start, end, sentence})
  }
  walk(tree, undefined)
  spans = found
  cache.set(tree, spans)
  return spans
}
