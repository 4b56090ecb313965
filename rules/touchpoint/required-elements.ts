// touchpoint/required-elements: the form each touchpoint needs. A support
// reply greets, acknowledges, says what happens next and signs off; a welcome
// message greets the customer by name and invites a first step; a signature
// gives a name, a role, a phone number and a way to reach the brand. Each
// element is a set of phrases per language, patterns, placeholders or links
// (data beside the rule); a config adds phrases or elements and changes the
// list. A missing element is reported once, where it belongs: a greeting at
// the start, a sign-off at the end. An element with nothing to look for in the
// file's language is not judged.
import type {Paragraph} from 'nlcst'
import {defineRule, type RuleContext} from '../../src/rule-api.js'
import {primarySubtag} from '../../src/text/language.js'
import {proseSpans} from '../../src/text/prose.js'
import {quote} from '../../src/text/quote.js'
import {capitalise} from '../../src/text/case.js'
import {touchpointWords} from '../../src/touchpoints.js'
import {findTerms} from '../../src/word-lists.js'
import data from './required-elements.json' with {type: 'json'}
import examples from './required-elements.examples.js'

type Where = 'start' | 'end' | 'anywhere'

interface Element {
  label: string
  where: Where
  phrases: string[]
  patterns: RegExp[]
  placeholder: boolean
  link: boolean
  digits?: {min: number; max: number}
  examples: string[]
}

interface BuiltinElement {
  label: string
  where: string
  phrases?: Record<string, string[]>
  patterns?: string[]
  placeholder?: boolean
  link?: boolean
  digits?: {min: number; max: number}
  examples?: string[]
}

const builtin = data.elements as Record<string, BuiltinElement>
const byTouchpoint = data.touchpoints as Record<string, {require: string[]; elements?: Record<string, Record<string, string[]>>}>
const known = Object.keys(builtin)
const expressions = new Map<string, RegExp>()
const compiled = (pattern: string) => expressions.get(pattern) ?? expressions.set(pattern, new RegExp(pattern, 'gu')).get(pattern)!
const placeholderPattern = /\{\{[^{}]+\}\}|[%$]?\{[^{}\s]+\}|%[A-Za-z_]+%|\[[A-Z][A-Z _]*\]/u
const linkPattern = /\b(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u

export default defineRule(
  {
    id: 'touchpoint/required-elements',
    description: 'Flags copy that lacks an element its touchpoint needs: a support reply’s greeting or sign-off, a welcome message’s call to action, a signature’s phone number.',
    severity: 'warning',
    rationale:
      'Customers read every touchpoint as one conversation with the brand. A support reply that does not greet, acknowledge the problem, say what happens next and sign off reads like a ticket system talking; a welcome message without a first step leaves the customer at the door; a signature without a phone number or a way back is no help when it is needed. Each element is a list of phrases per language kept beside the rule; a config adds phrases (`touchpoints.support-reply.elements.next-step.ro: ["revenim"]`), defines new elements with `patterns`, and sets the list with `touchpoints.<type>.require`. Optional built-in elements: `feedback` (an invitation to rate the reply) and `empathy`. The rule is opt-in, because much touchpoint copy is a fragment (a UI string, a macro) rather than a whole message: turn it on where your copy is whole messages, for example `"touchpoints": {"support-reply": {"rules": {"touchpoint/required-elements": "warning"}}}`.',
    // Opt-in: on the shared corpus it flagged 86 of 107 files at these
    // touchpoints, nearly all of them fragments (UI strings, system
    // notifications, macros) that are not meant to be whole messages.
    optIn: true,
    examples
  },
  function (context) {
    const source = String(context.file)
    const spans = proseSpans(context.tree)
    if (spans.length === 0) return
    const language = primarySubtag(context.language)
    const required = context.form.require ?? byTouchpoint[context.touchpointBase]?.require ?? []
    const paragraphs = context.tree.children.filter((node): node is Paragraph => node.type === 'ParagraphNode')

    for (const name of required) {
      const element = elementFor(name, context, language)
      if (!element) {
        report(context, spans, 'start', `${quote(name)} is not an element brandvoice knows, so it cannot be checked; known elements: ${[...known, ...Object.keys(context.form.elements)].join(', ')}.`)
        continue
      }
      if (element.phrases.length === 0 && element.patterns.length === 0 && !element.placeholder && !element.link) continue
      const region = regionFor(element.where, paragraphs, source)
      if (present(element, context, region, source)) continue
      const what = touchpointWords(context.touchpointBase).this
      const suggestions = (element.phrases.length > 0 ? element.phrases : element.examples).slice(0, 2).map(quote).join(' or ')
      const place = element.where === 'end' ? 'close with' : element.where === 'start' ? 'open with' : 'add'
      report(context, spans, element.where, `${capitalise(what)} has no ${element.label}: ${place} one${suggestions ? `, such as ${suggestions}` : ''}.`)
    }
  }
)

/** The built-in element, the touchpoint's additions and the config's, for the file's language. */
function elementFor(name: string, context: RuleContext<object>, language: string): Element | undefined {
  const base = builtin[name]
  const extra = byTouchpoint[context.touchpointBase]?.elements?.[name]
  const configured = context.form.elements[name]
  if (!base && !configured) return undefined
  const phrases = [...(base?.phrases?.[language] ?? []), ...(extra?.[language] ?? []), ...(configured?.[language] ?? [])]
  // An element of words (a greeting) is not judged in a language it has no words for, patterns or not.
  const judged = !base?.phrases || phrases.length > 0
  return {
    label: base?.label ?? name.replace(/-/gu, ' '),
    where: (base?.where as Where | undefined) ?? 'anywhere',
    phrases,
    patterns: judged ? [...(base?.patterns ?? []), ...(configured?.patterns ?? [])].map(compiled) : [],
    placeholder: judged && (base?.placeholder ?? false),
    link: judged && (base?.link ?? false),
    ...(base?.digits ? {digits: base.digits} : {}),
    examples: base?.examples ?? []
  }
}

/** The offsets an element must stand between: the first two paragraphs, the last three, or the whole file. */
function regionFor(where: Where, paragraphs: Paragraph[], source: string): [number, number] {
  const offset = (paragraph: Paragraph | undefined, edge: 'start' | 'end') => paragraph?.position?.[edge].offset
  if (where === 'start') return [0, offset(paragraphs[1] ?? paragraphs[0], 'end') ?? source.length]
  if (where === 'end') return [offset(paragraphs.at(-3) ?? paragraphs[0], 'start') ?? 0, source.length]
  return [0, source.length]
}

function present(element: Element, context: RuleContext<object>, [from, to]: [number, number], source: string): boolean {
  const fits = (match: {start: number; end: number}) => match.start >= from && match.end <= to && placed(element.where, match, source)
  if (element.phrases.length > 0 && findTerms(context, element.phrases).some(fits)) return true
  const text = source.slice(from, to)
  if (element.placeholder && placeholderPattern.test(text)) return true
  if (element.link && linkPattern.test(text)) return true
  const lines = visibleLines(text)
  for (const pattern of element.patterns) {
    for (const line of lines) {
      pattern.lastIndex = 0
      for (const match of line.matchAll(pattern)) {
        const digits = match[0].replace(/\D/gu, '').length
        if (!element.digits || (digits >= element.digits.min && digits <= element.digits.max)) return true
      }
    }
  }
  return false
}

/**
 * A greeting opens a line (“Hi Ana,”, not “say hi to…”); a sign-off opens a
 * line and ends it or is followed by punctuation (“Thanks,” or “Thanks, Ana”,
 * not “Thanks for your message”). Markup around the words (Markdown marks,
 * HTML tags) does not count; an HTML paragraph or <br> starts a line.
 */
function placed(where: Where, match: {start: number; end: number}, source: string): boolean {
  if (where === 'anywhere') return true
  const lineStart = source.lastIndexOf('\n', match.start - 1) + 1
  const before = source.slice(lineStart, match.start).split(/<(?:p|br|div|td|li|h\d)\b[^>]*>/iu).at(-1)!
  if (!/^[\s#>*_-]*$/u.test(withoutTags(before))) return false
  if (where === 'start') return true
  const lineEnd = source.indexOf('\n', match.end)
  const after = source.slice(match.end, lineEnd === -1 ? source.length : lineEnd).split(/<(?:\/p|br|\/div|\/td|\/li)\b[^>]*>/iu)[0]!
  return /^[\s*_]*(?:[,.!:;–—-].*)?$/u.test(withoutTags(after))
}

function withoutTags(text: string): string {
  return text.replace(/<[^>]*>/gu, '')
}

/** Lines of a stretch of the source as a reader sees them: no tags, emphasis marks, blank lines or “-- ” delimiters. */
function visibleLines(text: string): string[] {
  return text
    .replace(/<br\b[^>]*>|<\/(?:p|div|li|td|h\d)>/giu, '\n')
    .replace(/<[^>]*>|\*\*|__/gu, '')
    .split(/\r?\n/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '' && !/^--\s?$/u.test(line))
}

/** Report at the first or last line of prose, where the missing element belongs. */
function report(context: RuleContext<object>, spans: ReturnType<typeof proseSpans>, where: Where, reason: string): void {
  const source = String(context.file)
  const span = where === 'end' ? spans.at(-1)! : spans[0]!
  let {start, end} = span
  const text = source.slice(start, end)
  start += text.length - text.trimStart().length
  end -= text.length - text.trimEnd().length
  // One line: the span's first (or, at the end, last) line.
  // One line, not a “-- ” delimiter: the first of the prose, or at the end the last.
  const lines: Array<[number, number]> = []
  let at = start
  for (const line of source.slice(start, end).split('\n')) {
    const trimmed = line.trimEnd()
    if (trimmed.trim() !== '' && !/^--\s?$/u.test(trimmed)) lines.push([at + (trimmed.length - trimmed.trimStart().length), at + trimmed.length])
    at += line.length + 1
  }
  const [from, to] = (where === 'end' ? lines.at(-1) : lines[0]) ?? [start, end]
  context.report({reason, start: from, end: to})
}

