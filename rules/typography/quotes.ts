// typography/quotes: the language's quotation marks. Straight quotes ("…",
// '…') and another language's pair (English “…” in Romanian copy) are flagged
// once per quotation, from the opening to the closing mark, with the whole
// quotation rewritten in `expected`. Precision first: a paragraph whose marks
// do not pair up cleanly is left alone, apostrophes (don't, l'usuari, users')
// and inch/foot marks (27", 5') are never quotes, and only prose is read
// (never code, URLs, placeholders, HTML or frontmatter).
import type {Paragraph, Root, Sentence} from 'nlcst'
import type {Node} from 'unist'
import {defineRule, type RuleContext} from '../../src/rule-api.js'
import {proseSpans, type ProseSpan} from '../../src/text/prose.js'
import {primarySubtag} from '../../src/text/language.js'
import examples from './quotes.examples.js'
import data from './quotes.json' with {type: 'json'}

type Pair = [string, string]

interface LanguageQuotes {
  primary?: Pair
  secondary?: Pair
}

export interface QuotesOptions extends LanguageQuotes {
  languages?: Record<string, LanguageQuotes>
}

interface Style {
  name: string
  primary: Pair
  secondary: Pair
  /** Pairs written with their marks only (no spacing), for comparison. */
  accepted: string[]
}

const builtin = data as unknown as Record<string, {name: string; primary: Pair; secondary: Pair; alsoAccepted?: Pair[]}>

/** Double quotation marks read in the first pass. */
const doubleMarks = new Set(['"', '“', '”', '„', '«', '»'])
const guillemets = new Set(['«', '»'])
const quoteChars = /["'“”„‚‘’«»‹›]/u
const spaceChar = /\s/u
/** What may stand before an opening mark: start, space, an opening bracket or dash, Markdown emphasis, the end of an HTML tag. */
const openSide = /[\s\p{Ps}\p{Pi}\p{Pd}*_~`/>]/u
/** What may follow a closing mark: end, space, punctuation, Markdown emphasis, an HTML tag. */
const closeSide = /[\s\p{Pe}\p{Pf}\p{Po}\p{Pd}*_~`/<]/u
/** What follows a closing mark, never an opening one (“ ».” is a closing »). */
const trailing = /[.,;:!?…\p{Pe}]/u
/** A placeholder such as :name begins with a colon. */
const placeholderStart = /^:[\p{L}_]/u
const letterOrDigit = /[\p{L}\p{N}]/u
const letter = /\p{L}/u
const digit = /\p{N}/u
const identifier = /^(?:-[\w-]+|[\w.]*_[\w.]*)$/u

const pairSchema = {
  type: 'array',
  items: {type: 'string', minLength: 1},
  minItems: 2,
  maxItems: 2
}

const languageSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    primary: {...pairSchema, description: 'Opening and closing mark of a quotation, such as ["„", "”"].'},
    secondary: {...pairSchema, description: 'Opening and closing mark of a quotation inside a quotation, such as ["«", "»"].'}
  }
}

interface Mark {
  at: number
  /** Where the mark starts, with its Markdown escape (\"). */
  from: number
  char: string
}

interface Quotation {
  open: Mark
  close: Mark | undefined
  parent: Quotation | undefined
  single: boolean
  /** The pair this quotation has once corrected (its own when it is right). */
  fixed?: Pair
  flagged?: boolean
}

export default defineRule<QuotesOptions>(
  {
    id: 'typography/quotes',
    description: 'Flags straight quotes ("…", \'…\') and another language’s quotation marks, with the language’s own pair as the fix.',
    severity: 'warning',
    languages: Object.keys(builtin),
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        primary: {...pairSchema, description: 'The brand’s own quotation marks for every language the rule checks, such as ["«", "»"].'},
        secondary: {...pairSchema, description: 'The brand’s own marks for a quotation inside a quotation, for every language.'},
        languages: {
          type: 'object',
          description: 'The brand’s own marks per language (primary subtag), such as {"ca": {"primary": ["“", "”"], "secondary": ["‘", "’"]}}; they win over `primary` and `secondary`.',
          additionalProperties: languageSchema,
          propertyNames: {pattern: '^[a-z]{2,3}$'}
        }
      }
    },
    defaults: {},
    rationale:
      'Quotation marks are part of how a language looks: Romanian and Polish readers expect „…”, Catalan and Spanish «…», German „…“, French « … », English “…”. Straight quotes ("…") look like code or a draft, and another language’s pair looks like a translation nobody read. The rule flags each quotation once, from its opening to its closing mark, and gives the quotation rewritten with the right pair (a quotation inside a quotation gets the secondary pair, such as «…» inside „…” in Romanian). Apostrophes (don’t, l’usuari, users’), inch and foot marks (27", 5\'), code, URLs and placeholders are never quotes, and a paragraph whose marks do not pair up cleanly is left alone rather than guessed at. The language’s secondary pair is accepted anywhere, and curly single quotes (‘…’) are not checked, since ’ is also the apostrophe. A brand with a house style sets its own pairs with the `primary`, `secondary` and `languages` options.',
    examples
  },
  function (context) {
    const style = styleFor(context.language, context.options)
    if (!style) return
    const text = String(context.file)
    const spans = proseSpans(context.tree)
    const doubles: Quotation[] = []
    for (const group of paragraphs(context.tree, spans)) {
      const marks = marksIn(text, group, context, (char) => doubleMarks.has(char))
      doubles.push(...pairDoubles(text, marks))
    }
    const singles: Quotation[] = []
    for (const group of sentences(spans)) {
      const marks = marksIn(text, group, context, (char) => char === "'")
      singles.push(...pairSingles(text, marks))
    }
    // A single-quoted quotation inside a double one is nested in it.
    for (const quotation of singles) {
      quotation.parent = doubles
        .filter((outer) => outer.open.at < quotation.open.at && outer.close!.at > quotation.close!.at)
        .sort((a, b) => b.open.at - a.open.at)[0]
    }
    const all = [...doubles, ...singles].sort((a, b) => a.open.at - b.open.at)
    for (const quotation of all) decide(text, style, quotation)
    for (const quotation of all) if (quotation.flagged) report(context, text, style, quotation, all)
  }
)

function styleFor(language: string, options: QuotesOptions): Style | undefined {
  const subtag = primarySubtag(language)
  const base = builtin[subtag]
  if (!base) return undefined
  const own = options.languages?.[subtag]
  const primary = own?.primary ?? options.primary ?? base.primary
  const secondary = own?.secondary ?? options.secondary ?? base.secondary
  const custom = Boolean(own?.primary ?? own?.secondary ?? options.primary ?? options.secondary)
  const pairs = [primary, secondary, ...(custom ? [] : (base.alsoAccepted ?? []))]
  return {name: base.name, primary, secondary, accepted: pairs.map(bare)}
}

function bare(pair: readonly string[]): string {
  return pair.map((mark) => mark.trim()).join('')
}

/** Whether a quotation is flagged, and the pair it has once corrected (its own when it is right). */
function decide(text: string, style: Style, quotation: Quotation): void {
  const close = quotation.close!
  const actualPair = quotation.open.char + close.char
  const straight = quotation.open.char === '"' || close.char === '"' || quotation.single
  if (!straight && style.accepted.includes(actualPair)) {
    quotation.fixed = [quotation.open.char, close.char]
    return
  }
  const singlePair = [style.primary, style.secondary].find((pair) => /^[‘‚]$/u.test(pair[0].trim()))
  let fix: Pair
  if (quotation.single && singlePair) fix = singlePair
  else if (!quotation.parent) fix = style.primary
  else fix = bare(quotation.parent.fixed ?? style.primary) === bare(style.primary) ? style.secondary : style.primary
  quotation.fixed = fix
  const inner = text.slice(quotation.open.at + 1, close.from)
  // Empty quotes ("") and a field name or command-line option in quotes ("-closed", "est_duedate") are code, not a quotation.
  quotation.flagged = bare(fix) !== actualPair && /\S/u.test(inner) && !identifier.test(inner)
}

function report(context: RuleContext<QuotesOptions>, text: string, style: Style, quotation: Quotation, all: readonly Quotation[]): void {
  const close = quotation.close!
  const fix = quotation.fixed!
  // The quotation rewritten, with the quotations flagged inside it rewritten too, so the fix is whole.
  const edits: Array<[number, number, string]> = []
  for (const other of all) {
    if (!other.flagged || other === quotation || other.open.from <= quotation.open.at || other.close!.at >= close.from) continue
    edits.push([other.open.from, other.open.at + 1, other.fixed![0]], [other.close!.from, other.close!.at + 1, other.fixed![1]])
  }
  edits.sort((a, b) => a[0] - b[0])
  let inner = ''
  let at = quotation.open.at + 1
  for (const [from, to, replacement] of edits) {
    inner += text.slice(at, from) + replacement
    at = to
  }
  inner += text.slice(at, close.from)
  // French spacing: the fix brings its own spaces, so the quotation's inner spaces go.
  if (fix[0] !== fix[0].trim()) inner = inner.replace(/^[ \u00a0\u202f]/u, '')
  if (fix[1] !== fix[1].trim()) inner = inner.replace(/[ \u00a0\u202f]$/u, '')
  const where = quotation.parent ? ' for a quotation inside a quotation' : ''
  context.report({
    reason: `Write ${fix[0]}…${fix[1]} instead of ${quotation.open.char}…${close.char}${where} in ${style.name} copy.`,
    start: quotation.open.from,
    end: close.at + 1,
    actual: text.slice(quotation.open.from, close.at + 1),
    fix: fix[0] + inner + fix[1]
  })
}

/** Prose spans grouped by the nlcst paragraph they belong to. */
function paragraphs(tree: Root, spans: readonly ProseSpan[]): ProseSpan[][] {
  const paragraphOf = new Map<Sentence, Paragraph>()
  const walk = (node: Node, paragraph: Paragraph | undefined): void => {
    if (node.type === 'ParagraphNode') paragraph = node as Paragraph
    if (node.type === 'SentenceNode' && paragraph) paragraphOf.set(node as Sentence, paragraph)
    if ('children' in node) for (const child of node.children as Node[]) walk(child, paragraph)
  }
  walk(tree, undefined)
  const groups: ProseSpan[][] = []
  let current: object | undefined
  for (const span of spans) {
    const paragraph = span.sentence ? (paragraphOf.get(span.sentence) ?? span.sentence) : current
    if (groups.length === 0 || paragraph !== current) groups.push([])
    current = paragraph
    groups.at(-1)!.push(span)
  }
  return groups
}

/** Prose spans grouped by sentence; spans between sentences are left out. */
function sentences(spans: readonly ProseSpan[]): ProseSpan[][] {
  const groups = new Map<Sentence, ProseSpan[]>()
  for (const span of spans) {
    if (!span.sentence) continue
    const group = groups.get(span.sentence) ?? []
    group.push(span)
    groups.set(span.sentence, group)
  }
  return [...groups.values()]
}

function marksIn(text: string, spans: readonly ProseSpan[], context: RuleContext<QuotesOptions>, wanted: (char: string) => boolean): Mark[] {
  const marks: Mark[] = []
  for (const span of spans) {
    for (let at = span.start; at < span.end; at++) {
      const char = text[at]!
      if (!wanted(char) || context.isProtected(at, at + 1)) continue
      marks.push({at, from: text[at - 1] === '\\' ? at - 1 : at, char})
    }
  }
  return marks
}

/** The character before `at`, past a Markdown escape. */
function before(text: string, at: number): string | undefined {
  let index = at - 1
  if (text[index] === '\\') index--
  return index >= 0 ? text[index] : undefined
}

function isOpenSide(char: string | undefined): boolean {
  return char === undefined || openSide.test(char) || quoteChars.test(char)
}

function isCloseSide(char: string | undefined): boolean {
  return char === undefined || closeSide.test(char) || quoteChars.test(char)
}

/** Whether a mark can open and whether it can close, from what stands beside it. */
function flanks(text: string, mark: Mark): {opens: boolean; closes: boolean} {
  const previous = before(text, mark.at)
  const next = text[mark.at + 1]
  const opens = isOpenSide(previous) && next !== undefined && !spaceChar.test(next) && !(trailing.test(next) && !placeholderStart.test(text.slice(mark.at + 1, mark.at + 3)))
  const closes = previous !== undefined && !spaceChar.test(previous) && isCloseSide(next)
  if (opens || closes || !guillemets.has(mark.char)) return {opens, closes}
  // « … »: French spacing inside guillemets, read only when the tight reading (»%s«) finds no side.
  const inner = next !== undefined && /[ \u00a0\u202f]/u.test(next) ? text[mark.at + 2] : next
  const innerBefore = previous !== undefined && /[ \u00a0\u202f]/u.test(previous) ? before(text, mark.at - 1) : previous
  return {
    opens: isOpenSide(previous) && inner !== undefined && !spaceChar.test(inner),
    closes: innerBefore !== undefined && !spaceChar.test(innerBefore) && isCloseSide(next)
  }
}

/** Quotations made by double marks in one paragraph; none when the marks do not pair up cleanly. */
function pairDoubles(text: string, marks: readonly Mark[]): Quotation[] {
  const found: Quotation[] = []
  const stack: Quotation[] = []
  for (const mark of marks) {
    let {opens, closes} = flanks(text, mark)
    const top = stack.at(-1)
    // 27" is an inch mark unless it closes an open straight quotation.
    if (mark.char === '"' && digit.test(before(text, mark.at) ?? '') && closes && top?.open.char !== '"') continue
    if (opens && closes) {
      if (guillemets.has(mark.char)) opens = mark.char === '«'
      else opens = !(top && (top.open.char === mark.char || mark.char === '"' || top.open.char === '"'))
      closes = !opens
    }
    if (opens) {
      const quotation: Quotation = {open: mark, close: undefined, parent: top, single: false}
      stack.push(quotation)
      found.push(quotation)
    } else if (closes && top) {
      top.close = mark
      stack.pop()
    } else return []
  }
  return stack.length > 0 ? [] : found
}

/** Quotations in straight single marks in one sentence; none unless they alternate cleanly. */
function pairSingles(text: string, marks: readonly Mark[]): Quotation[] {
  const found: Quotation[] = []
  let open: Mark | undefined
  for (const mark of marks) {
    const previous = before(text, mark.at)
    const next = text[mark.at + 1]
    // Apostrophes inside words (don't, l'usuari) and foot or minute marks (5').
    if (previous !== undefined && letterOrDigit.test(previous) && next !== undefined && letter.test(next)) continue
    if (previous !== undefined && digit.test(previous)) continue
    const opens = isOpenSide(previous) && next !== undefined && letterOrDigit.test(next)
    const closes = previous !== undefined && !spaceChar.test(previous) && isCloseSide(next)
    if (opens === closes) return []
    if (opens) {
      if (open) return []
      open = mark
    } else {
      if (!open) return []
      // 'n' in rock 'n' roll: a quotation has at least two letters.
      if ((text.slice(open.at + 1, mark.at).match(/\p{L}/gu) ?? []).length < 2) return []
      found.push({open, close: mark, parent: undefined, single: true})
      open = undefined
    }
  }
  return open ? [] : found
}
