// JSON string catalogs (i18next, FormatJS, Chrome extensions): every string
// value, with its key path and an exact map from the value to the source,
// through jsonc-parser's node offsets and JSON's escapes.
import {parseTree, printParseErrorCode, type Node, type ParseError} from 'jsonc-parser'
import {alignValue, unescapeJson} from './catalog-align.js'
import type {CatalogParse, CatalogUnit} from './catalog-units.js'

export function parseJsonCatalog(text: string): CatalogParse {
  // An empty catalog (a new locale not yet translated) has nothing to lint.
  if (text.trim() === '') return {units: [], rootKeys: []}
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, {allowTrailingComma: false, disallowComments: false})
  const first = errors[0]
  if (first) {
    const words = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
    return {problem: {offset: first.offset, reason: `not valid JSON (${words})`}}
  }
  const units: CatalogUnit[] = []
  if (tree) collect(tree, [], text, units)
  const rootKeys = tree?.type === 'object' ? (tree.children ?? []).map((property) => String(property.children?.[0]?.value)) : []
  return {units, rootKeys}
}

function collect(node: Node, keys: string[], text: string, units: CatalogUnit[]): void {
  if (node.type === 'object') {
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? []
      if (key && value) collect(value, [...keys, String(key.value)], text, units)
    }
  } else if (node.type === 'array') {
    for (const [index, item] of (node.children ?? []).entries()) collect(item, [...keys, String(index)], text, units)
  } else if (node.type === 'string') {
    // The node spans the quotes; the raw value is between them.
    const start = node.offset + 1
    const raw = text.slice(start, node.offset + node.length - 1)
    const value = String(node.value)
    units.push({keys, value, start, map: alignValue(value, raw, start, {fold: false, unescape: unescapeJson})})
  }
}
