// Ranges of the text that are not prose (URLs, e-mail addresses, template
// placeholders). Code, HTML and frontmatter never reach the prose tree at all;
// these hide inside ordinary text, so they are found in the raw text.
import patterns from './protected-patterns.json' with {type: 'json'}

const expressions = Object.entries(patterns)
  .filter(([name]) => !name.startsWith('$'))
  .map(([, source]) => new RegExp(source, 'gu'))

export type ProtectedRanges = Array<[start: number, end: number]>

export function findProtectedRanges(text: string): ProtectedRanges {
  const ranges: ProtectedRanges = []
  for (const expression of expressions) {
    expression.lastIndex = 0
    for (const match of text.matchAll(expression)) {
      ranges.push([match.index, match.index + match[0].length])
    }
  }
  return mergeOverlapping(ranges.sort((a, b) => a[0] - b[0]))
}

/** Sorted ranges → disjoint sorted ranges, as overlapsAny needs. */
export function mergeOverlapping(sorted: ProtectedRanges): ProtectedRanges {
  const merged: ProtectedRanges = []
  for (const range of sorted) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

export function overlapsAny(ranges: ProtectedRanges, start: number, end: number): boolean {
  // Binary search for the last range that starts before `end`.
  let low = 0
  let high = ranges.length - 1
  let candidate = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (ranges[middle]![0] < end) {
      candidate = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  // Ranges are disjoint and sorted, so only that one can reach `start`.
  return candidate >= 0 && ranges[candidate]![1] > start
}
