// mdast-util-to-nlcst and hast-util-to-nlcst place each word by counting the
// characters of a text node's *value*, but a value is shorter than its source
// when Markdown unescapes (\' → '), either markup decodes references
// (&amp; → &), or Markdown drops white space (trailing spaces before a line
// break, indentation of continuation lines) and HTML drops the CR of CRLF.
// Positions after such a spot drift; this pass maps them back onto the source.
import type {Root as NlcstRoot} from 'nlcst'
import type {Node, Point} from 'unist'
import type {Location} from 'vfile-location'
import {visit} from 'unist-util-visit'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'

interface Shifted {
  /** Source offset where the text node starts. */
  start: number
  valueLength: number
  /** Source offset (from `start`) of each value character, and of the value's end. */
  sourceOffsets: Int32Array
}

const reference = /^&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/
const escapable = /^[!-/:-@[-`{-~]$/

interface TextNode extends Node {
  value: string
}

/**
 * Map the prose tree's positions back onto the source, using the markup
 * tree's text nodes (mdast or hast). `escapes`: whether the markup has
 * backslash escapes (Markdown does, HTML does not).
 */
export function realignToSource(prose: NlcstRoot, markup: Node, source: string, place: Location, escapes = true): void {
  const shifted: Shifted[] = []
  visit(markup, 'text', function (node: TextNode) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const raw = source.slice(start, end)
    if (raw !== node.value) shifted.push({start, valueLength: node.value.length, sourceOffsets: align(node.value, raw, escapes)})
  })
  shifted.sort((a, b) => a.start - b.start)
  if (shifted.length === 0) return

  const toSource = (offset: number): number => {
    let low = 0
    let high = shifted.length - 1
    let found: Shifted | undefined
    while (low <= high) {
      const middle = (low + high) >> 1
      if (shifted[middle]!.start <= offset) {
        found = shifted[middle]
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    if (!found || offset > found.start + found.valueLength) return offset
    return found.start + found.sourceOffsets[offset - found.start]!
  }
  // Drift stays inside its text node, so most points need no change: those
  // keep their objects (a long file has a million of them).
  const fix = (point: Point): Point => {
    if (point.offset === undefined) return point
    const offset = toSource(point.offset)
    return offset === point.offset ? point : (place.toPoint(offset) ?? point)
  }

  visit(prose, function (node) {
    if (!node.position) return
    const start = fix(node.position.start)
    const end = fix(node.position.end)
    if (start !== node.position.start || end !== node.position.end) node.position = {start, end}
  })
}

/** Walk value and source side by side; each value character gets the source offset it came from. */
function align(value: string, raw: string, escapes: boolean): Int32Array {
  const offsets = new Int32Array(value.length + 1)
  let i = 0
  let j = 0
  while (i < value.length) {
    if (j >= raw.length) {
      offsets[i++] = raw.length
      continue
    }
    const char = value[i]!
    if (escapes && raw[j] === '\\' && raw[j + 1] === char && escapable.test(char)) {
      offsets[i++] = j
      j += 2
      continue
    }
    if (raw[j] === '&') {
      const match = reference.exec(raw.slice(j, j + 40))
      const decoded = match ? decodeReference(match) : undefined
      if (match && decoded && value.startsWith(decoded, i)) {
        for (let k = 0; k < decoded.length; k++) offsets[i++] = j
        j += match[0].length
        continue
      }
    }
    if (raw[j] === char) {
      offsets[i++] = j++
      continue
    }
    // White space the value dropped (before a line ending, indentation).
    if (/\s/.test(raw[j]!)) {
      j++
      continue
    }
    offsets[i++] = j++
  }
  offsets[value.length] = raw.length
  return offsets
}

function decodeReference(match: RegExpExecArray): string | undefined {
  const [, decimal, hexadecimal, name] = match
  if (name) return decodeNamedCharacterReference(name) || undefined
  const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hexadecimal!, 16)
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD'
}
