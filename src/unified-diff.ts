// A unified diff of two texts (`diff -u`, as `git apply` and `patch -p1`
// read it): hunks with 3 lines of context, lines compared with their line
// ending (a CR of a CRLF file stays on its line), and “\ No newline at end of
// file” where a side does not end with a line break. Lines are matched with
// Myers' O((N+M)·D) algorithm after trimming the common start and end, so a
// long file with a few fixed words costs little.

const context = 3

export function unifiedDiff(oldPath: string, newPath: string, before: string, after: string): string {
  if (before === after) return ''
  const a = splitLines(before)
  const b = splitLines(after)
  const hunks = groupHunks(diffLines(a, b))
  let out = `--- ${oldPath}\n+++ ${newPath}\n`
  for (const hunk of hunks) {
    out += `@@ -${range(hunk.oldStart, hunk.oldCount)} +${range(hunk.newStart, hunk.newCount)} @@\n`
    for (const edit of hunk.edits) {
      const line = edit.kind === 'insert' ? b[edit.newIndex]! : a[edit.oldIndex]!
      const prefix = edit.kind === 'same' ? ' ' : edit.kind === 'delete' ? '-' : '+'
      out += prefix + (line.endsWith('\n') ? line : line + '\n\\ No newline at end of file\n')
    }
  }
  return out
}

function range(start: number, count: number): string {
  // An empty side names the line before it, as diff does.
  return count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`
}

/** Lines with their line break, so a last line without one differs from the same words with one. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

type Edit = {kind: 'same' | 'delete' | 'insert'; oldIndex: number; newIndex: number}

/** The edit script from `a` to `b`, in order; deletions come before insertions at one place. */
export function diffLines(a: readonly string[], b: readonly string[]): Edit[] {
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail))
  const edits: Edit[] = []
  for (let index = 0; index < head; index++) edits.push({kind: 'same', oldIndex: index, newIndex: index})
  for (const edit of middle) edits.push({kind: edit.kind, oldIndex: edit.oldIndex + head, newIndex: edit.newIndex + head})
  for (let index = tail; index > 0; index--) edits.push({kind: 'same', oldIndex: a.length - index, newIndex: b.length - index})
  return edits
}

function myers(a: readonly string[], b: readonly string[]): Edit[] {
  const n = a.length
  const m = b.length
  const max = n + m
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  // The frontier after each step d, for walking back.
  const trace: Int32Array[] = []
  let found = false
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2))
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) {
        found = true
        break
      }
    }
  }
  // Walk back from (n, m) through the saved frontiers.
  const edits: Edit[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d >= 0; d--) {
    const frontier = trace[d]!
    const at = (k: number) => frontier[k + d + 1]!
    const k = x - y
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1))
    const previousK = down ? k + 1 : k - 1
    const previousX = d === 0 ? 0 : at(previousK)
    const previousY = d === 0 ? 0 : previousX - previousK
    while (x > previousX && y > previousY) {
      x--
      y--
      edits.push({kind: 'same', oldIndex: x, newIndex: y})
    }
    if (d === 0) break
    if (down) edits.push({kind: 'insert', oldIndex: x, newIndex: --y})
    else edits.push({kind: 'delete', oldIndex: --x, newIndex: y})
  }
  return reorder(edits.reverse())
}

/** Within each run of changes, deletions first: the order diff prints them in. */
function reorder(edits: Edit[]): Edit[] {
  const out: Edit[] = []
  for (let index = 0; index < edits.length; ) {
    if (edits[index]!.kind === 'same') {
      out.push(edits[index++]!)
      continue
    }
    const run: Edit[] = []
    while (index < edits.length && edits[index]!.kind !== 'same') run.push(edits[index++]!)
    out.push(...run.filter((edit) => edit.kind === 'delete'), ...run.filter((edit) => edit.kind === 'insert'))
  }
  return out
}

interface Hunk {
  oldStart: number
  oldCount: number
  newStart: number
  newCount: number
  edits: Edit[]
}

function groupHunks(edits: readonly Edit[]): Hunk[] {
  const changed = edits.flatMap((edit, index) => (edit.kind === 'same' ? [] : [index]))
  const hunks: Hunk[] = []
  let at = 0
  while (at < changed.length) {
    const first = changed[at]!
    let last = first
    // Changes closer than twice the context share a hunk.
    while (at + 1 < changed.length && changed[at + 1]! - last <= 2 * context + 1) last = changed[++at]!
    at++
    const slice = edits.slice(Math.max(0, first - context), Math.min(edits.length, last + context + 1))
    const start = slice[0]!
    hunks.push({
      // An edit's indexes are where it stands on both sides, an insertion's old one included.
      oldStart: start.oldIndex,
      newStart: start.newIndex,
      oldCount: slice.filter((edit) => edit.kind !== 'insert').length,
      newCount: slice.filter((edit) => edit.kind !== 'delete').length,
      edits: slice
    })
  }
  return hunks
}
