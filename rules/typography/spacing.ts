// typography/spacing: spaces that a careful typesetter would not leave. Four
// checks, each on prose only (never code, URLs, e-mail addresses,
// placeholders, frontmatter or HTML attributes):
// - two or more spaces between words on one line (not indentation, not a
//   Markdown hard break, not the padding of a table or a signature line with
//   `|`, not two spaces after a full stop, not columns lined up with spaces);
// - a space before , . ; : ! ? (and % in English), unless the mark is part of
//   an emoticon, an ellipsis, a number or a file name, or follows a placeholder;
// - no space after a sentence end (“Thanks.See you”), only where it is clearly
//   two sentences: a word ending in a lower-case letter, the mark, then a
//   capitalised word that another word follows (not Node.js, not e.g.);
// - a missing no-break space where the language wants one (French ; : ! ? and
//   « »), from spacing.json. A plain space there is accepted unless the
//   `strictNoBreakSpace` option is on.
// Every finding carries its fix in `expected`.
import {defineRule, type RuleContext} from '../../src/rule-api.js'
import {proseSpans} from '../../src/text/prose.js'
import {primarySubtag} from '../../src/text/language.js'
import {quote} from '../../src/text/quote.js'
import abbreviationData from '../../src/text/abbreviations.json' with {type: 'json'}
import examples from './spacing.examples.js'
import data from './spacing.json' with {type: 'json'}

export interface SpacingOptions {
  strictNoBreakSpace?: boolean
}

interface LanguageSpacing {
  name?: string
  noSpaceBefore: string[]
  noBreakBefore?: Record<string, string>
  noBreakAfter?: Record<string, string>
}

const builtin = data as unknown as Record<string, LanguageSpacing>
const abbreviations = abbreviationData as unknown as Record<string, {beforeName?: string[]; beforeNumber?: string[]} | undefined>

/** Horizontal spaces a run is made of; tabs are layout and end a run. */
const spaceRun = /[ \u00a0\u202f\u2009\u2007]+/gu
const noBreak = /[\u00a0\u202f\u2007]/u
const letterOrDigit = /[\p{L}\p{N}]/u
const digit = /\p{N}/u
/** What may stand before a space that is wrong before a mark: a word, a number, a closing bracket or quotation mark, the end of Markdown emphasis or code. */
const wordEnd = /[\p{L}\p{M}\p{N}\p{Pe}\p{Pf}"'”’»*_`]/u
/** What may stand on either side of a double space between words. */
const leftOfGap = /[\p{L}\p{M}\p{N},;\p{Pe}\p{Pf}"'*_`%]/u
const rightOfGap = /[\p{L}\p{N}\p{Ps}\p{Pi}"'*_`]/u
/** What may follow a mark that ends a clause: nothing, a space, a closing bracket or quotation mark, emphasis, an HTML tag. */
const afterMark = /[\s\p{Pe}\p{Pf}"'”’»*_<]/u
/** HTML tags just before a space, or just after it. */
const tagEnd = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>$/iu
const tagsAtEnd = /(?:<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>)+$/iu
const tagStart = /^<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/iu
const blockTag = /^<\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|tr|td|th|table|thead|tbody|h[1-6]|blockquote|section|article|header|footer)\b/iu
/** A list marker and nothing else before a space. */
const listMarker = /^\s*(?:[-*+•–]|\d{1,3}[.)]|[a-z][.)])$/u
const listMarkerStart = /^\s*(?:[-*+•–]|\d{1,3}[.)]|[a-z][.)]) +/u
/** A missing space after a sentence end: a word ending in a lower-case letter, . ! or ?, a capitalised word, then more words. */
const joinedSentences = /(?<![\p{L}\p{M}\p{N}.@/\\_\-'’])(\p{L}[\p{L}\p{M}]*)([.!?])(\p{Lu}[\p{Ll}\p{M}]+)(?=[,;:]?[ \u00a0]+[\p{L}\p{N}„“"«(])/gu
/** A token that is an address, a path or markup rather than words. */
const technicalToken = /[/@\\=#&<>{}[\]|]|\.(?:com|org|net|io|js|ts|ro|pl|cat|es|fr|de|eu|html?|php|json|md)\b/iu

const spaceNames: Record<string, string> = {'\u202f': 'narrow no-break space', '\u00a0': 'no-break space'}

export default defineRule<SpacingOptions>(
  {
    id: 'typography/spacing',
    description: 'Flags double spaces between words, a space before , . ; : ! ?, a missing space after a sentence end, and a missing no-break space where the language wants one (French ; : ! ? « »).',
    severity: 'warning',
    languages: '*',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        strictNoBreakSpace: {
          type: 'boolean',
          description:
            'Also flag a plain space where the language wants a no-break one (French “Merci !” with an ordinary space). Off by default: most keyboards type a plain space there, and many publishing tools turn it into a no-break space.'
        }
      }
    },
    defaults: {strictNoBreakSpace: false},
    rationale:
      'Stray spaces are small, but customers see them: a double space leaves a hole in the line, a space before a comma or a question mark can push the mark alone onto the next line, and “Thanks.See you” reads as a typo. French is the exception: it wants a narrow no-break space before ; ! ? and a no-break space before : and inside « », so the mark never starts a line; the rule asks for those and never flags them. Only running text is read: code, URLs, e-mail addresses, placeholders, indentation, line breaks, table padding and lines laid out in columns are left alone, and so are emoticons (“:)”), ellipses, times and versions (“10:30”, “v1.2”), file and domain names (“Node.js”, “index.html”) and abbreviations (“e.g.”, “dvs.”, “np.”). Two spaces after a full stop are an old typewriter habit, not an error, and are not flagged. Each finding comes with the corrected text.',
    examples
  },
  function (context) {
    const spacing = spacingFor(context.language)
    const text = String(context.file)
    const check = new Checker(context, text, spacing)
    for (const [start, end] of proseRanges(context)) {
      check.spaces(start, end)
      check.joined(start, end)
      if (spacing.noBreakBefore || spacing.noBreakAfter) check.tight(start, end)
    }
  }
)

function spacingFor(language: string): LanguageSpacing {
  return builtin[primarySubtag(language)] ?? builtin['*']!
}

/** Prose spans joined where they touch, so a check can look across a sentence boundary. */
function proseRanges(context: RuleContext<SpacingOptions>): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const span of proseSpans(context.tree)) {
    const last = ranges.at(-1)
    if (last && last[1] === span.start) last[1] = span.end
    else ranges.push([span.start, span.end])
  }
  return ranges
}

class Checker {
  private readonly language: string
  private readonly abbreviations: Set<string>

  constructor(
    private readonly context: RuleContext<SpacingOptions>,
    private readonly text: string,
    private readonly spacing: LanguageSpacing
  ) {
    this.language = spacing.name ? `${spacing.name} copy` : 'this language'
    const own = abbreviations[primarySubtag(context.language)]
    this.abbreviations = new Set([...(own?.beforeName ?? []), ...(own?.beforeNumber ?? [])])
  }

  /** Every run of spaces in prose: before a mark, or between words. */
  spaces(start: number, end: number): void {
    const {text} = this
    for (const match of text.slice(start, end).matchAll(spaceRun)) {
      const from = start + match.index
      const to = from + match[0].length
      const left = text[from - 1]
      const right = text[to]
      if (left === undefined || right === undefined || left === '\n' || left === '\t' || right === '\t') continue
      if (this.context.isProtected(from - 1, to + 1)) continue
      if (this.beforeMark(from, to)) continue
      if (this.afterOpening(from, to)) continue
      if (match[0].length >= 2) this.gap(from, to)
    }
  }

  /** A space before a mark: wrong, or right when the language wants a no-break space there. */
  private beforeMark(from: number, to: number): boolean {
    const {text, spacing} = this
    const mark = text[to]!
    const left = text[from - 1]!
    const wanted = spacing.noBreakBefore?.[mark]
    if (wanted !== undefined) {
      if (!this.afterWord(from) || (mark !== '»' && !this.endsClause(to))) return true
      const run = text.slice(from, to)
      if (run.length > 1 || (this.context.options.strictNoBreakSpace && run !== wanted && !(noBreak.test(run) && mark !== ':'))) {
        this.report(from, to + 1, wanted + mark, `Put one ${spaceNames[wanted]} before ${quote(mark)} in ${this.language}, so the line never breaks before it.`)
      }
      return true
    }
    if (!spacing.noSpaceBefore.includes(mark)) return false
    if (!this.afterWord(from) || this.context.isProtected(to, to + 1)) return true
    if (mark === '%') {
      if (!digit.test(left)) return true
    } else if (!this.endsClause(to)) return true
    this.report(from, to + 1, mark, `Remove the space before ${quote(mark)}.`)
    return true
  }

  /** A space after « where the language wants a no-break one. */
  private afterOpening(from: number, to: number): boolean {
    const {text} = this
    const mark = text[from - 1]!
    const wanted = this.spacing.noBreakAfter?.[mark]
    if (wanted === undefined) return false
    const run = text.slice(from, to)
    if (run.length > 1 || (this.context.options.strictNoBreakSpace && run !== wanted && !noBreak.test(run))) {
      this.report(from - 1, to, mark + wanted, `Put one ${spaceNames[wanted]} after ${quote(mark)} in ${this.language}, so the line never breaks after it.`)
    }
    return true
  }

  /** Whether the space at `from` follows a word, a number, a closing mark or an HTML tag after one. */
  private afterWord(from: number): boolean {
    const {text} = this
    const before = text.slice(Math.max(0, from - 200), from)
    if (wordEnd.test(text[from - 1]!)) return true
    const tag = before.match(tagEnd)?.[0]
    if (!tag || blockTag.test(tag)) return false
    const inside = before.replace(tagsAtEnd, '')
    return inside.length > 0 && wordEnd.test(inside.at(-1)!)
  }

  /** Whether the mark at `at` ends a clause rather than being part of an emoticon, an ellipsis, a number or a name. */
  private endsClause(at: number): boolean {
    const {text} = this
    const mark = text[at]!
    const next = text[at + 1]
    if (next === undefined || afterMark.test(next)) return !(next === ')' && (mark === ':' || mark === ';'))
    // ?! and !? after a word; never an ellipsis (. .. …).
    return (mark === '!' || mark === '?') && (next === '!' || next === '?')
  }

  /** Two or more spaces between words. */
  private gap(from: number, to: number): void {
    const {text} = this
    const left = text[from - 1]!
    const right = text[to]!
    const tagBefore = text.slice(Math.max(0, from - 200), from).match(tagEnd)?.[0]
    const tagAfter = text.slice(to, to + 200).match(tagStart)?.[0]
    // Between inline tags (“<strong>respost</strong>  a”) a double space shows; next to a block tag (</p>  <p>) it is layout.
    if (!leftOfGap.test(left) && (!tagBefore || blockTag.test(tagBefore))) return
    if (!rightOfGap.test(right) && (!tagAfter || blockTag.test(tagAfter))) return
    const lineStart = text.lastIndexOf('\n', from) + 1
    const lineEnd = text.indexOf('\n', to)
    // The space after a list marker in plain text (“*  item”, “1)  item”) is layout.
    if (listMarker.test(text.slice(lineStart, from))) return
    const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(listMarkerStart, '')
    // Tables and signature lines (“Ana Pop  |  Support”), and columns lined up with spaces.
    if (line.includes('|') || line.includes('\t')) return
    const gaps = line.match(/\S {2,}(?=\S)/gu) ?? []
    if (gaps.length > 1 && gaps.some((gap) => gap.length > 3)) return
    const run = text.slice(from, to)
    const fix = run.match(noBreak)?.[0] ?? ' '
    this.report(from, to, fix, `Use one space between words, not ${run.length}.`)
  }

  /** “Thanks.See you”: a sentence end with no space after it. */
  joined(start: number, end: number): void {
    const {text} = this
    const slice = text.slice(start, end)
    for (const match of slice.matchAll(joinedSentences)) {
      const word = match[1]!
      const at = start + match.index + word.length
      if (word.length < 2 || !/\p{Ll}$/u.test(word)) continue
      if (this.abbreviations.has(word.toLowerCase())) continue
      if (this.context.isProtected(start + match.index, at + 1 + match[3]!.length)) continue
      if (technicalToken.test(tokenAround(text, at))) continue
      const mark = match[2]!
      this.report(at, at + 1, `${mark} `, `Add a space after ${quote(mark)}: a new sentence starts here.`)
    }
  }

  /** French « Bonjour » and « Merci ! »: a mark written tight against a word where a no-break space belongs. */
  tight(start: number, end: number): void {
    const {text, spacing} = this
    for (let at = start; at < end; at++) {
      const mark = text[at]!
      const before = spacing.noBreakBefore?.[mark]
      if (before !== undefined) {
        const left = text[at - 1]
        if (left === undefined || !wordEnd.test(left)) continue
        if (!this.endsClause(at) && mark !== '»') continue
        // 10:30, 1:2 and 09:00 are times and ratios.
        if (mark === ':' && digit.test(left) && digit.test(text[at + 1] ?? '')) continue
        if (this.context.isProtected(at - 1, at + 1)) continue
        this.report(at, at + 1, before + mark, `Add a ${spaceNames[before]} before ${quote(mark)}: ${this.language} puts one there.`)
        continue
      }
      const after = spacing.noBreakAfter?.[mark]
      if (after !== undefined) {
        const right = text[at + 1]
        if (right === undefined || !letterOrDigit.test(right) || this.context.isProtected(at, at + 2)) continue
        this.report(at, at + 1, mark + after, `Add a ${spaceNames[after]} after ${quote(mark)}: ${this.language} puts one there.`)
      }
    }
  }

  private report(start: number, end: number, expected: string, reason: string): void {
    this.context.report({reason, start, end, actual: this.text.slice(start, end), fix: expected})
  }
}

/** The run of non-space characters around `at`. */
function tokenAround(text: string, at: number): string {
  let from = at
  let to = at
  while (from > 0 && !/\s/u.test(text[from - 1]!)) from--
  while (to < text.length && !/\s/u.test(text[to]!)) to++
  return text.slice(from, to)
}
