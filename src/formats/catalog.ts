// String catalogs (.json, .yaml, .yml): translation files whose string values
// are copy. A catalog is read only when the governing config lists it in
// `catalogs`, and never when it is a tool's own file (package.json, lock
// files, tsconfig, dotfiles such as .brandvoicerc.json). Each string value is
// a unit of copy: its language comes from the catalog's root locale key
// (Rails: `ro:`) or its file name (ro.yml, server.pl_PL.yml, ca/messages.json),
// its touchpoint from `touchpoints.<type>.keys`.
import path from 'node:path'
import picomatch from 'picomatch'
import type {ProjectConfig} from '../config/types.js'
import {relativeToConfig} from '../config/resolve.js'
import {findProtectedRanges} from '../text/protected.js'
import {parseJsonCatalog} from './catalog-json.js'
import {parseYamlCatalog} from './catalog-yaml.js'
import type {CatalogParse, CatalogUnit} from './catalog-units.js'

export type {CatalogUnit} from './catalog-units.js'

export const catalogExtensions: readonly string[] = ['.json', '.yaml', '.yml']

export function isCatalogExtension(file: string): boolean {
  return catalogExtensions.includes(path.extname(file).toLowerCase())
}

/** Files that are never copy, whatever `catalogs` says. */
const toolFiles = /^(package(-lock)?\.json|npm-shrinkwrap\.json|pnpm-lock\.ya?ml|pnpm-workspace\.ya?ml|yarn\.lock|composer\.(json|lock)|[tj]sconfig(\..*)?\.json|deno\.jsonc?|\..*)$/i

export function isToolFile(file: string): boolean {
  return toolFiles.test(path.basename(file))
}

const catalogMatchers = new Map<string, picomatch.Matcher>()

/** Whether the config opts this file in as a catalog (`catalogs` globs, relative to the config's folder). */
export function isCatalog(project: ProjectConfig, absolute: string): boolean {
  if (project.catalogs.length === 0 || !isCatalogExtension(absolute) || isToolFile(absolute)) return false
  const relative = relativeToConfig(project, absolute)
  if (relative === undefined) return false
  const key = project.catalogs.join('\0')
  let matcher = catalogMatchers.get(key)
  if (!matcher) catalogMatchers.set(key, (matcher = picomatch(project.catalogs, {dot: true})))
  return matcher(relative)
}

export function parseCatalog(text: string, file: string): CatalogParse {
  return path.extname(file).toLowerCase() === '.json' ? parseJsonCatalog(text) : parseYamlCatalog(text)
}

let languageNames: Intl.DisplayNames | undefined

/** A locale code as catalogs write it (ro, pt-BR, pl_PL), as a BCP 47 tag, when it names a real language. */
export function localeTag(code: string): string | undefined {
  if (!/^[a-z]{2,3}([-_][A-Za-z\d]{2,8})*$/.test(code)) return undefined
  const tag = code.replaceAll('_', '-')
  try {
    languageNames ??= new Intl.DisplayNames(['en'], {type: 'language', fallback: 'none'})
    return languageNames.of(tag) === undefined ? undefined : tag
  } catch {
    return undefined
  }
}

/** The language a catalog's file name gives: `ro.yml`, `server.pl_PL.yml`, `ca/messages.json`. */
export function fileNameLanguage(file: string): string | undefined {
  const stem = path.basename(file, path.extname(file))
  return localeTag(stem.split('.').at(-1)!) ?? localeTag(path.basename(path.dirname(file)))
}

/** The root locale key of a Rails-style catalog (`ro:` holding everything), when there is one. */
export function rootLocale(rootKeys: readonly string[]): string | undefined {
  return rootKeys.length === 1 ? localeTag(rootKeys[0]!) : undefined
}

/** Whether a value is copy: it has a letter outside placeholders, URLs and e-mail addresses. */
export function isCopy(value: string): boolean {
  if (!/\p{L}/u.test(value)) return false
  let rest = ''
  let at = 0
  for (const [start, end] of findProtectedRanges(value)) {
    rest += value.slice(at, start) + ' '
    at = end
  }
  return /\p{L}/u.test(rest + value.slice(at))
}

/**
 * Whether a dot-joined key path matches a key pattern: `*` matches within one
 * segment, `**` any number of whole segments (`user_mailer.welcome.*`, `*.welcome_*`, `**.errors.**`).
 */
export function keyMatches(pattern: string, keyPath: string): boolean {
  return matchSegments(pattern.split('.'), keyPath.split('.'), 0, 0)
}

function matchSegments(pattern: readonly string[], keys: readonly string[], p: number, k: number): boolean {
  if (p === pattern.length) return k === keys.length
  if (pattern[p] === '**') {
    for (let next = k; next <= keys.length; next++) if (matchSegments(pattern, keys, p + 1, next)) return true
    return false
  }
  return k < keys.length && segmentPattern(pattern[p]!).test(keys[k]!) && matchSegments(pattern, keys, p + 1, k + 1)
}

const segmentPatterns = new Map<string, RegExp>()

function segmentPattern(segment: string): RegExp {
  let expression = segmentPatterns.get(segment)
  if (!expression) {
    const source = segment.split('*').map((part) => part.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('.*')
    segmentPatterns.set(segment, (expression = new RegExp(`^${source}$`, 'su')))
  }
  return expression
}

/** The touchpoint whose `keys` match a unit's key path, in the config's order. */
export function keyTouchpoint(project: ProjectConfig, keyPath: string): string | undefined {
  return Object.entries(project.touchpoints).find(([, touchpoint]) => touchpoint.keys.some((pattern) => keyMatches(pattern, keyPath)))?.[0]
}

/** A unit's key path as written in messages and matched by `keys`: dot-joined, without the root locale. */
export function keyPathOf(unit: CatalogUnit, locale: string | undefined): string {
  return (locale ? unit.keys.slice(1) : unit.keys).join('.')
}

/**
 * The rules `disableKeys` turns off for a key path: '*' for every rule, the
 * ids otherwise, undefined when no entry matches.
 */
export function keyDisabledRules(project: ProjectConfig, keyPath: string): '*' | Set<string> | undefined {
  let ids: Set<string> | undefined
  for (const entry of project.disableKeys) {
    if (!entry.keys.some((pattern) => keyMatches(pattern, keyPath))) continue
    if (!entry.rules) return '*'
    ids ??= new Set()
    for (const id of entry.rules) ids.add(id)
  }
  return ids
}
