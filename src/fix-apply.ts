// Applying fixes to a text, with no file system access. Which fixes go in is
// decided here, once, so the CLI, the tests and an editor agree:
//  - fixes are taken in order of start, then end, then text;
//  - a fix is applied only when it starts at or after the end of the last
//    fix applied (two insertions at one place: only the first); a fix that
//    overlaps it waits for the next pass, when the re-linted text says
//    whether it still applies (as ESLint does);
//  - the same range with the same text, given by two rules, counts once;
//  - a fix that adds or removes a line break is never applied: line endings
//    stay as they are, and a fix is a change within a line;
//  - a range outside the text, or backwards, is never applied.
import type {Fix} from './fix.js'

export interface AppliedFixes {
  /** The text with the applied fixes in it. */
  text: string
  /** The fixes that went in, in order, with ranges into the original text. */
  applied: Fix[]
  /** Fixes left out: overlapping one applied, across a line break, or out of range. */
  skipped: Fix[]
}

export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const ordered = [...fixes].sort(compareFixes)
  const applied: Fix[] = []
  const skipped: Fix[] = []
  const parts: string[] = []
  let lastEnd = 0
  let last: Fix | undefined
  for (const fix of ordered) {
    const [start, end] = fix.range
    if (last && start === last.range[0] && end === last.range[1] && fix.text === last.text) continue
    const fits = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length
    const overlaps = last !== undefined && (start < lastEnd || (start === lastEnd && start === end && last.range[0] === last.range[1]))
    if (!fits || overlaps || changesLineBreaks(text.slice(start, end), fix.text)) {
      skipped.push(fix)
      continue
    }
    parts.push(text.slice(lastEnd, start), fix.text)
    lastEnd = end
    last = fix
    applied.push(fix)
  }
  parts.push(text.slice(lastEnd))
  return {text: parts.join(''), applied, skipped}
}

function compareFixes(a: Fix, b: Fix): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1] || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)
}

const lineBreak = /[\n\r\u2028\u2029]/

function changesLineBreaks(replaced: string, replacement: string): boolean {
  return lineBreak.test(replaced) || lineBreak.test(replacement)
}
