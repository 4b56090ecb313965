// Map each character of a catalog string's value back to the characters of
// the source it came from, so a finding in the value points at the catalog
// file exactly. Escapes (JSON's \u00e9, YAML's \n) map every character they
// decode to onto the whole escape; folding (YAML's line breaks and
// indentation) only drops or turns white space. Anything else that does not
// line up means the value cannot be placed exactly: the caller says so
// rather than report wrong positions.

/** Source offsets of each value character: it starts at `starts[i]` and ends before `ends[i]`. */
export interface SourceMap {
  starts: Int32Array
  ends: Int32Array
}

/** An escape at `raw[at]`: the text it stands for and how many source characters it takes. */
export type Unescape = (raw: string, at: number) => {text: string; length: number} | undefined

export interface AlignOptions {
  unescape?: Unescape
  /** Whether source white space may be dropped or stand for other white space (YAML folding, indentation). */
  fold: boolean
}

/** Align `value` with `raw`, the source text it came from, which starts at `base` in the file. */
export function alignValue(value: string, raw: string, base: number, options: AlignOptions): SourceMap | undefined {
  const starts = new Int32Array(value.length)
  const ends = new Int32Array(value.length)
  let i = 0
  let j = 0
  while (i < value.length) {
    if (j >= raw.length) return undefined
    const escape = options.unescape?.(raw, j)
    if (escape) {
      if (!value.startsWith(escape.text, i)) return undefined
      for (let k = 0; k < escape.text.length; k++, i++) {
        starts[i] = base + j
        ends[i] = base + j + escape.length
      }
      j += escape.length
      continue
    }
    const char = value[i]!
    const source = raw[j]!
    if (source === char || (options.fold && isSpace(char) && isSpace(source))) {
      starts[i] = base + j
      ends[i] = base + j + 1
      i++
      j++
      continue
    }
    if (options.fold && isSpace(source)) {
      j++
      continue
    }
    return undefined
  }
  return {starts, ends}
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r'
}

const jsonEscapes: Record<string, string> = {'"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'}

/** JSON string escapes; `\uXXXX` is one UTF-16 unit, so a surrogate pair is two escapes. */
export const unescapeJson: Unescape = function (raw, at) {
  if (raw[at] !== '\\') return undefined
  const next = raw[at + 1]
  if (next === 'u' && /^[\da-fA-F]{4}$/.test(raw.slice(at + 2, at + 6))) {
    return {text: String.fromCharCode(Number.parseInt(raw.slice(at + 2, at + 6), 16)), length: 6}
  }
  const text = next === undefined ? undefined : jsonEscapes[next]
  return text === undefined ? undefined : {text, length: 2}
}

const yamlEscapes: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029'
}

const yamlHexLengths: Record<string, number> = {x: 2, u: 4, U: 8}

/** YAML double-quoted escapes, and an escaped line break, which stands for nothing. */
export const unescapeYamlDouble: Unescape = function (raw, at) {
  if (raw[at] !== '\\') return undefined
  const next = raw[at + 1]
  if (next === undefined) return undefined
  if (next === '\n') return {text: '', length: 2}
  if (next === '\r') return {text: '', length: raw[at + 2] === '\n' ? 3 : 2}
  const digits = yamlHexLengths[next]
  if (digits) {
    const hex = raw.slice(at + 2, at + 2 + digits)
    if (hex.length !== digits || !/^[\da-fA-F]+$/.test(hex)) return undefined
    const code = Number.parseInt(hex, 16)
    return code <= 0x10ffff ? {text: String.fromCodePoint(code), length: 2 + digits} : undefined
  }
  const text = yamlEscapes[next]
  return text === undefined ? undefined : {text, length: 2}
}

/** YAML single-quoted strings escape a quote by doubling it. */
export const unescapeYamlSingle: Unescape = function (raw, at) {
  return raw[at] === "'" && raw[at + 1] === "'" ? {text: "'", length: 2} : undefined
}
