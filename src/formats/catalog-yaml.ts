// YAML string catalogs (Rails, Symfony, i18next): every string scalar, with
// its key path and an exact map from the value to the source for plain,
// single- and double-quoted scalars and literal (|) and folded (>) blocks,
// through the `yaml` package's node ranges. Aliases are skipped: their value
// is linted where the anchor defines it.
import {isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Node} from 'yaml'
import {alignValue, unescapeYamlDouble, unescapeYamlSingle} from './catalog-align.js'
import type {CatalogParse, CatalogUnit} from './catalog-units.js'

export function parseYamlCatalog(text: string): CatalogParse {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, uniqueKeys: true, prettyErrors: false})
  const first = document.errors[0]
  if (first) {
    // The library's own advice (“please use YAML.parseAllDocuments()”) is for programmers.
    const reason = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/; please use .*$/, '')
    return {problem: {offset: first.pos[0], reason: `not valid YAML (${reason})`}}
  }
  const units: CatalogUnit[] = []
  collect(document.contents, [], text, units)
  const root = document.contents
  const rootKeys = isMap(root) ? root.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key)) : []
  return {units, rootKeys}
}

function collect(node: Node | null, keys: string[], text: string, units: CatalogUnit[]): void {
  if (!node || isAlias(node)) return
  if (isMap(node)) {
    for (const pair of node.items) {
      // Merge keys (<<) copy other keys' values, which are linted where they are written.
      if (!isScalar(pair.key) || pair.key.value === '<<') continue
      collect(pair.value as Node | null, [...keys, String(pair.key.value)], text, units)
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) collect(item as Node | null, [...keys, String(index)], text, units)
  } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
    units.push(unit(node as Scalar<string>, keys, text))
  }
}

function unit(node: Scalar<string>, keys: string[], text: string): CatalogUnit {
  const [from, valueEnd] = node.range!
  const value = node.value
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      return place(value, text, from + 1, valueEnd - 1, keys, {fold: true, unescape: unescapeYamlDouble})
    case Scalar.QUOTE_SINGLE:
      return place(value, text, from + 1, valueEnd - 1, keys, {fold: true, unescape: unescapeYamlSingle})
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED: {
      // The content starts on the line after the header (`|`, `>-`, `|2 # comment`).
      const lineEnd = text.indexOf('\n', from)
      const start = lineEnd === -1 || lineEnd >= valueEnd ? valueEnd : lineEnd + 1
      return place(value, text, start, valueEnd, keys, {fold: true})
    }
    default:
      return place(value, text, from, valueEnd, keys, {fold: true})
  }
}

function place(value: string, text: string, start: number, end: number, keys: string[], options: Parameters<typeof alignValue>[3]): CatalogUnit {
  return {keys, value, start, map: alignValue(value, text.slice(start, end), start, options)}
}
