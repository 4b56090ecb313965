// Parse JSON and YAML config text with errors that carry line and column, and
// keep a way to find where a key path sits in the file, so validation errors
// can point at the offending line too.
import {parseTree, findNodeAtLocation, getNodeValue, printParseErrorCode, type ParseError} from 'jsonc-parser'
import {isMap, isScalar, LineCounter, parseDocument, type Document} from 'yaml'
import {location} from 'vfile-location'
import {ConfigError} from './errors.js'

export type Locate = (path: readonly string[]) => {line?: number; column?: number}

export interface ParsedConfig {
  value: unknown
  locate: Locate
}

export const nowhere: Locate = () => ({})

function pointAt(text: string, offset: number): {line: number; column: number} {
  const point = location(text).toPoint(offset)
  return {line: point?.line ?? 1, column: point?.column ?? 1}
}

function pathSegment(segment: string): string | number {
  return /^\d+$/.test(segment) ? Number(segment) : segment
}

export function parseJsonConfig(text: string, file: string): ParsedConfig {
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, {disallowComments: true, allowTrailingComma: false})
  const first = errors[0]
  if (first) {
    const words = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
    throw new ConfigError(`Invalid JSON: ${words}.`, {file, ...pointAt(text, first.offset)})
  }
  return {
    value: tree ? getNodeValue(tree) : {},
    locate(path) {
      let node = tree && findNodeAtLocation(tree, path.map(pathSegment))
      // Unknown keys have no value node of their own; point at their object then.
      for (let length = path.length - 1; !node && tree && length >= 0; length--) {
        node = findNodeAtLocation(tree, path.slice(0, length).map(pathSegment))
      }
      return node ? pointAt(text, node.parent?.type === 'property' ? node.parent.offset : node.offset) : {}
    }
  }
}

/** YAML aliases are capped so a config cannot expand exponentially (a YAML bomb). */
const maxAliasCount = 100

export function parseYamlConfig(text: string, file: string): ParsedConfig {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: true, uniqueKeys: true})
  const first = document.errors[0]
  if (first) {
    const reason = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    const place = first.linePos?.[0]
    throw new ConfigError(`Invalid YAML: ${reason}.`, {file, ...(place ? {line: place.line, column: place.col} : {})})
  }
  let value: unknown
  try {
    value = document.toJS({maxAliasCount})
  } catch (error) {
    throw new ConfigError(`Invalid YAML: ${(error as Error).message.replace(/\.?$/, '.')}`, {file})
  }
  return {
    value: value ?? {},
    locate(path) {
      for (let length = path.length; length >= 0; length--) {
        const range = yamlRange(document, path.slice(0, length).map(pathSegment))
        if (range) {
          const point = lineCounter.linePos(range[0])
          return {line: point.line, column: point.col}
        }
      }
      return {}
    }
  }
}

type Range = [number, number, number]

/** Where a key path sits: at its key, as for JSON, since a nested map's value starts a line later. */
function yamlRange(document: Document, path: Array<string | number>): Range | undefined {
  const parent = path.length > 0 ? document.getIn(path.slice(0, -1), true) : undefined
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(path.at(-1)))
    if (isScalar(pair?.key) && pair.key.range) return pair.key.range
  }
  return (document.getIn(path, true) as {range?: Range} | undefined)?.range ?? undefined
}
