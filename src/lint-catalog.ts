// Lint a string catalog: each string value is a unit of copy, linted as
// Markdown with its own touchpoint (from `touchpoints.<type>.keys`) and the
// catalog's language; each finding is moved from the value onto the catalog's
// source, so reporters and exit codes see one file like any other.
import path from 'node:path'
import {VFile} from 'vfile'
import {location, type Location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {compareMessage} from 'vfile-sort'
import type {Point} from 'unist'
import type {FileSettings} from './config/types.js'
import {resolveFileSettings} from './config/resolve.js'
import {catalogExtensions, fileNameLanguage, isCatalog, isCopy, isToolFile, keyDisabledRules, keyPathOf, keyTouchpoint, parseCatalog, rootLocale, type CatalogUnit} from './formats/catalog.js'
import type {SourceMap} from './formats/catalog-align.js'
import type {LintOptions, LintResult} from './lint.js'
import {isPlainCatalogText} from './fix.js'
import {fatal, fileWarning} from './file-messages.js'

/** Lints one value, as its own file, with the settings given; the caller's pipeline. */
export type UnitLinter = (unit: VFile, settings: FileSettings) => void

export function lintCatalog(file: VFile, options: LintOptions, fallback: {language: string; touchpoint: string}, lintUnit: UnitLinter): LintResult {
  const absolute = path.resolve(file.cwd, file.path)
  if (isToolFile(absolute)) {
    fatal(file, 'brandvoice never lints a tool’s own files (package.json, lock files, tsconfig, dotfiles) as string catalogs.')
    return {file, ...fallback}
  }
  if (!isCatalog(options.project, absolute)) {
    fatal(file, `brandvoice reads ${catalogExtensions.join(', ')} files only as string catalogs, and the config’s \`catalogs\` does not list this one.`)
    return {file, ...fallback}
  }
  const source = String(file)
  const parsed = parseCatalog(source, file.path)
  const place = location(file)
  if ('problem' in parsed) {
    fatal(file, `This catalog is ${parsed.problem.reason}, so brandvoice did not lint it.`, parsed.problem.offset)
    return {file, ...fallback}
  }

  const locale = rootLocale(parsed.rootKeys)
  const hints = {catalogLanguage: locale ?? fileNameLanguage(file.path), cliLanguage: options.language, cliTouchpoint: options.touchpoint}
  const settings = resolveFileSettings(options.project, absolute, hints, options.rules)
  for (const unit of parsed.units) {
    if (!isCopy(unit.value)) continue
    const keyPath = keyPathOf(unit, locale)
    if (!unit.map) {
      fileWarning(file, unit.start, `brandvoice cannot place positions inside the value of “${keyPath}” exactly, so it did not lint it. Please report this, with the catalog.`)
      continue
    }
    const touchpoint = keyTouchpoint(options.project, keyPath)
    const unitSettings = touchpoint ? resolveFileSettings(options.project, absolute, {...hints, touchpoint}, options.rules) : settings
    const unitFile = new VFile({path: file.path, cwd: file.cwd, value: unit.value})
    try {
      lintUnit(unitFile, unitSettings)
    } catch (error) {
      fatal(file, `brandvoice failed on the value of “${keyPath}”: ${(error as Error).message ?? String(error)}. Please report this, with the catalog.`, unit.start)
      continue
    }
    // `disableKeys`: the catalog's counterpart of a disable comment; problems with the value itself always show.
    const disabled = keyDisabledRules(options.project, keyPath)
    const silenced = (message: VFileMessage) => Boolean(message.ruleId) && (disabled === '*' || Boolean(disabled?.has(message.ruleId!)))
    for (const message of unitFile.messages) if (!silenced(message)) moveMessage(message, unit, unitFile, file, place)
  }
  file.messages.sort(compareMessage)
  return {file, language: settings.language, touchpoint: settings.touchpoint}
}

/** Copy a message about a value onto the catalog, at the value's characters in its source. */
function moveMessage(message: VFileMessage, unit: CatalogUnit, unitFile: VFile, catalog: VFile, place: Location): void {
  const valuePlace = location(unitFile)
  const offsetOf = (point: Point | undefined): number | undefined =>
    point ? (point.offset ?? valuePlace.toOffset(point)) : undefined
  const where = message.place
  const start = offsetOf(where && 'start' in where ? where.start : where)
  const end = where && 'end' in where ? offsetOf(where.end) : undefined
  const map = unit.map!
  const from = start === undefined ? unit.start : sourceStart(map, start, unit.start)
  const to = end === undefined ? undefined : sourceEnd(map, end, from)
  const startPoint = place.toPoint(from)
  const endPoint = to === undefined ? undefined : place.toPoint(to)
  const moved = catalog.message(message.reason, {
    place: startPoint && endPoint ? {start: startPoint, end: endPoint} : startPoint,
    ...(message.ruleId ? {ruleId: message.ruleId} : {}),
    ...(message.source ? {source: message.source} : {})
  })
  moved.fatal = message.fatal
  for (const key of ['url', 'actual', 'expected', 'note'] as const) {
    if (message[key] !== undefined) (moved as any)[key] = message[key]
  }
  // The value's text is the catalog's only where nothing in it is escaped:
  // settleFixes checks the range, and the replacement must need no escape.
  if (message.fix && to !== undefined && isPlainCatalogText(message.fix.text)) moved.fix = {range: [from, to], text: message.fix.text}
}

function sourceStart(map: SourceMap, offset: number, fallback: number): number {
  if (map.starts.length === 0) return fallback
  return map.starts[Math.min(offset, map.starts.length - 1)]! + (offset >= map.starts.length ? 1 : 0)
}

/** An end is exclusive: it falls after the source of the value's last character in the range. */
function sourceEnd(map: SourceMap, offset: number, start: number): number {
  if (offset <= 0 || map.ends.length === 0) return start
  return Math.max(start, map.ends[Math.min(offset, map.ends.length) - 1]!)
}

