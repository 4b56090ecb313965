// Inline configuration: comments and frontmatter that turn rules off for part
// of a file. The semantics follow unified-message-control (what
// remark-message-control runs), which is not a dependency, so they are
// written out here:
//   <!-- brandvoice-disable [ids] -->            off from here on
//   <!-- brandvoice-enable [ids] -->             on again from here
//   <!-- brandvoice-disable-next-line [ids] -->  off on the line after the comment
// No ids means every rule; ids are separated by spaces or commas, and
// ` -- why` after them is a note for people. Frontmatter `brandvoice:
// {disable: [ids]}` (or `disable: true`) turns rules off for the whole file.
// Directives are read from the markup tree, so a comment inside code is text,
// never a directive. Rules run as usual; their messages are filtered after.
import type {Comment, Root as HastRoot} from 'hast'
import type {Html, Root as MdastRoot} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import {closest, distance} from 'fastest-levenshtein'
import type {Parsed} from './formats/format.js'
import {fileWarning} from './file-messages.js'

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'frontmatter'

export interface Directive {
  kind: DirectiveKind
  /** Known rule ids it names; empty means every rule. */
  ids: string[]
  /** Offsets of the comment (or of the frontmatter) in the file. */
  start: number
  end: number
  /** Line (1-based) the comment ends on. */
  endLine: number
  /** How to name it in messages. */
  label: string
  /** Ids (or '*' for every rule) that silenced at least one message. */
  used: Set<string>
}

const prefix = 'brandvoice-'
const directiveExpression = /^brandvoice-(disable-next-line|disable|enable)(?=\s|,|$)([\s\S]*)$/

/**
 * The directives in a parsed file, in the order they are written. Unknown rule
 * ids and unknown `brandvoice-…` directives are reported on the file as
 * warnings (no rule id: they are about the file, not a rule's finding) and
 * left out, so a typo never silences anything.
 */
export function findDirectives(parsed: Parsed, file: VFile, knownIds: readonly string[]): Directive[] {
  const source = String(file)
  const place = location(file)
  const directives: Directive[] = []
  const add = (inner: string, start: number, end: number) => {
    const directive = parseComment(inner, start, end, file, knownIds)
    if (directive) directives.push({...directive, endLine: place.toPoint(end)?.line ?? 1})
  }

  if (parsed.markdown) {
    visit(parsed.markdown as MdastRoot, 'html', (node: Html) => {
      const from = node.position?.start.offset
      const to = node.position?.end.offset
      if (from === undefined || to === undefined) return
      // The source, not node.value: inside a block quote or list the value has
      // lost its `>` and indentation, so its offsets are not the file's.
      const text = source.slice(from, to)
      for (const match of text.matchAll(/<!--([\s\S]*?)-->/g)) add(match[1]!, from + match.index, from + match.index + match[0].length)
    })
  } else if (parsed.markup && (parsed.markup as HastRoot).type === 'root') {
    visit(parsed.markup as HastRoot, 'comment', (node: Comment) => {
      const from = node.position?.start.offset
      const to = node.position?.end.offset
      if (from !== undefined && to !== undefined) add(node.value, from, to)
    })
  }

  const front = frontmatterDirective(parsed, file, knownIds)
  if (front) directives.unshift({...front, endLine: place.toPoint(front.end)?.line ?? 1})
  return directives
}

function parseComment(inner: string, start: number, end: number, file: VFile, knownIds: readonly string[]): Omit<Directive, 'endLine'> | undefined {
  const text = inner.trim()
  if (!text.startsWith(prefix)) return undefined
  const match = directiveExpression.exec(text)
  if (!match) {
    const word = text.split(/\s/)[0]!
    const known = ['brandvoice-disable', 'brandvoice-enable', 'brandvoice-disable-next-line']
    fileWarning(file, start, `Unknown directive “${word}”, so brandvoice ignores this comment.${didYouMean(word, known)} Known directives: ${known.join(', ')}.`)
    return undefined
  }
  const kind = match[1] as DirectiveKind
  // ` -- why`: a note for people, as ESLint allows.
  const list = match[2]!.split(/(?:^|\s)--(?:\s|$)/)[0]!
  const given = list.split(/[\s,]+/).filter(Boolean)
  const label = `brandvoice-${kind}`
  const ids = knownOnly(given, knownIds, (id, hint) => fileWarning(file, start, `Unknown rule “${id}” in ${label}, so this comment does not turn it off.${hint}`))
  // Every id unknown: the comment meant some rules, never all of them.
  if (given.length > 0 && ids.length === 0) return undefined
  return {kind, ids, start, end, label, used: new Set()}
}

function frontmatterDirective(parsed: Parsed, file: VFile, knownIds: readonly string[]): Omit<Directive, 'endLine'> | undefined {
  const front = parsed.frontmatter
  const settings = front?.data.brandvoice
  if (!front || settings === undefined) return undefined
  const label = 'the frontmatter’s brandvoice.disable'
  const expected = 'brandvoice: {disable: [rule ids]} or brandvoice: {disable: true} for every rule'
  if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) {
    fileWarning(file, front.offset, `The frontmatter’s brandvoice is not a list of settings, so brandvoice ignores it; expected ${expected}.`)
    return undefined
  }
  const unknownKeys = Object.keys(settings).filter((key) => key !== 'disable')
  for (const key of unknownKeys) fileWarning(file, front.offset, `Unknown setting “brandvoice.${key}” in the frontmatter, so brandvoice ignores it; the frontmatter can only say ${expected}.`)
  const disable = (settings as Record<string, unknown>).disable
  if (disable === undefined) return undefined
  const end = front.offset
  if (disable === true) return {kind: 'frontmatter', ids: [], start: front.offset, end, label, used: new Set()}
  const given = typeof disable === 'string' ? [disable] : Array.isArray(disable) && disable.every((id) => typeof id === 'string') ? (disable as string[]) : undefined
  if (!given || given.length === 0) {
    fileWarning(file, front.offset, `The frontmatter’s brandvoice.disable is ${JSON.stringify(disable)}, so brandvoice ignores it; expected ${expected}.`)
    return undefined
  }
  const ids = knownOnly(given, knownIds, (id, hint) => fileWarning(file, front.offset, `Unknown rule “${id}” in ${label}, so the frontmatter does not turn it off.${hint}`))
  return ids.length > 0 ? {kind: 'frontmatter', ids, start: front.offset, end, label, used: new Set()} : undefined
}

function knownOnly(given: readonly string[], knownIds: readonly string[], unknown: (id: string, hint: string) => void): string[] {
  const ids: string[] = []
  for (const id of given) {
    if (knownIds.includes(id)) {
      if (!ids.includes(id)) ids.push(id)
    } else {
      unknown(id, didYouMean(id, knownIds))
    }
  }
  return ids
}

function didYouMean(word: string, known: readonly string[]): string {
  if (known.length === 0) return ''
  const best = closest(word, known as string[])
  return distance(word, best) <= Math.max(2, Math.floor(best.length / 3)) ? ` Did you mean “${best}”?` : ''
}

const names = (directive: Directive, id: string) => directive.ids.length === 0 || directive.ids.includes(id)

/**
 * Drops the rules' messages that a directive covers. Only messages with a rule
 * id are ever dropped: problems with the file itself always show.
 */
export function applyDirectives(file: VFile, directives: readonly Directive[]): void {
  if (directives.length === 0) return
  const place = location(file)
  file.messages = file.messages.filter((message) => {
    if (!message.ruleId) return true
    const covering = coveringDirective(message, message.ruleId, directives, place)
    if (!covering) return true
    covering.used.add(covering.ids.length === 0 ? '*' : message.ruleId)
    return false
  })
}

function coveringDirective(message: VFileMessage, ruleId: string, directives: readonly Directive[], place: ReturnType<typeof location>): Directive | undefined {
  const where = message.place
  const point = where && 'start' in where ? where.start : where
  const line = point?.line ?? 1
  const offset = point ? (point.offset ?? place.toOffset(point) ?? 0) : 0
  // The nearest comment wins, so an unused-disable report names the one that did nothing.
  const nextLine = directives.find((directive) => directive.kind === 'disable-next-line' && directive.endLine + 1 === line && names(directive, ruleId))
  if (nextLine) return nextLine
  let region: Directive | undefined
  let wholeFile: Directive | undefined
  for (const directive of directives) {
    if (!names(directive, ruleId)) continue
    // The frontmatter covers the whole file; comments cannot turn its rules back on.
    if (directive.kind === 'frontmatter') wholeFile ??= directive
    else if (directive.start > offset) break
    else if (directive.kind === 'disable') region = directive
    else if (directive.kind === 'enable') region = undefined
  }
  return region ?? wholeFile
}

/** One warning at each disabling directive (or id in it) that silenced nothing. */
export function reportUnusedDisables(file: VFile, directives: readonly Directive[]): void {
  for (const directive of directives) {
    if (directive.kind === 'enable') continue
    if (directive.ids.length === 0) {
      if (directive.used.size === 0) fileWarning(file, directive.start, `Unused ${describe(directive)}: no rule reported anything it covers.`)
      continue
    }
    const unused = directive.ids.filter((id) => !directive.used.has(id))
    if (unused.length > 0) fileWarning(file, directive.start, `Unused ${describe(directive)}: ${unused.map((id) => `“${id}”`).join(', ')} reported nothing it covers.`)
  }
}

function describe(directive: Directive): string {
  return directive.kind === 'frontmatter' ? 'brandvoice.disable in the frontmatter' : directive.label
}
