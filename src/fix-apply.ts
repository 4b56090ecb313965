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

/** How many times a text is fixed and linted again before brandvoice stops: a fix that keeps making new ones is a bug, not a reason to hang. */
export const maxFixPasses = 10

export interface FixedText<Result> {
  text: string
  /** The lint result for `text`: what remains. */
  result: Result
  /** The lint result for the text as given, before any fix. */
  first: Result
  /** How many fixes went in, over every pass. */
  fixCount: number
}

/**
 * Lints, applies the fixes that can go in together, and lints again, until a
 * pass applies nothing or `maxFixPasses` passes ran. The fixes of one pass
 * are all made against the text that pass linted, so their ranges hold.
 */
export function fixUntilStable<Result>(text: string, lint: (text: string) => Result, fixesOf: (result: Result) => Fix[]): FixedText<Result> {
  const first = lint(text)
  let result = first
  let fixCount = 0
  for (let pass = 0; pass < maxFixPasses; pass++) {
    const {text: fixed, applied} = applyFixes(text, fixesOf(result))
    if (applied.length === 0 || fixed === text) break
    fixCount += applied.length
    text = fixed
    result = lint(text)
  }
  return {text, result, first, fixCount}
}
