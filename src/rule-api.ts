// The contract between the engine and a rule. A rule is a unified plugin for
// the prose tree (nlcst) plus metadata; it only reports. Like unified-lint-rule,
// the wrapper made by `defineRule` stamps id, severity, source and url on each
// message, so a rule never knows its own severity.
import type {Root as NlcstRoot} from 'nlcst'
import type {Root as MdastRoot} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Location} from 'vfile-location'
import type {} from './fix.js'
import type {Deferred} from './deferred.js'
import type {WordRun} from './text/words.js'
import type {LexiconMatch} from './lexicon/match.js'
import type {Placeholders, ToneSettings, TouchpointForm, UserConfig} from './config/types.js'

export const severities = ['off', 'info', 'warning', 'error'] as const
export type Severity = (typeof severities)[number]

/** A rule's severity and options after config resolution. */
export interface RuleSetting {
  severity: Severity
  options: Record<string, unknown>
}

/** What the engine knows about a file; shared by every rule run on it. */
export interface FileContext {
  language: string
  touchpoint: string
  /** The built-in type the touchpoint is or starts from (a brand's `brochure` with base `web-page`): rules key their per-touchpoint data by it. */
  touchpointBase: string
  /** The file's language first, then every other language the config names (its `language`, its overrides'), each once. */
  languages: string[]
  /** The markup tree, when the file has markup (Markdown); absent for plain text. */
  markdown: MdastRoot | undefined
  brand: {names: string[]; acronyms: string[]}
  /** How the brand sounds in this file: the config's tone, its touchpoint's, then matching overrides'. */
  tone: ToneSettings
  /** The brand's templating syntax and known variables. */
  placeholders: Placeholders
  /** What the config says this touchpoint's copy must contain. */
  form: TouchpointForm
  /** Runs of words separated only by white space; code, URLs and placeholders excluded. */
  readonly words: WordRun[]
  /** Lexicon entries (from the config) found in this file, computed once. */
  readonly lexicon: LexiconMatch[]
  /** The lexicon's replacements (`use` terms) found in this file: the brand's own words. */
  readonly preferred: LexiconMatch[]
  /**
   * Where the brand's own words stand: brand names and acronyms, and the
   * lexicon's terms to avoid and to use. Rules that judge ordinary words
   * (diacritics, spelling, inclusive language, the sentence's language) leave
   * them alone; the lexicon rules are the ones that judge them.
   */
  readonly brandWords: LexiconMatch[]
  /** Whether a range overlaps one of `brandWords` (a binary search: rules ask it for every word). */
  isBrandWord(start: number, end: number): boolean
  /** Whether a range of the text is code, a URL, an e-mail address or a placeholder. */
  isProtected(start: number, end: number): boolean
  location: Location
}

declare module 'vfile' {
  interface DataMap {
    brandvoice: FileContext
  }
}

export interface Report {
  /** Plain-language message: what is wrong and what to write instead. */
  reason: string
  /** Offsets into the file's text; `end` is exclusive. */
  start: number
  end: number
  actual?: string
  expected?: string[]
  /** The text that replaces `start`–`end` when the correction is unambiguous; `expected` is `[fix]` unless given. Give `actual` with it: the engine drops a fix whose range does not hold exactly that text. */
  fix?: string
  /** Overrides the rule's severity when the data says so (a lexicon entry's own `severity`). */
  severity?: Severity
  note?: string
}

export interface RuleContext<Options> extends FileContext {
  file: VFile
  tree: NlcstRoot
  options: Options
  report(report: Report): void
}

/** A worked example: real copy and the exact messages it must give (`line:column-line:column: reason`). */
export interface RuleExample {
  title: string
  text: string
  language?: string
  touchpoint?: string
  format?: 'md' | 'txt' | 'html'
  config?: UserConfig
  messages: string[]
}

export interface RuleMeta<Options> {
  id: string
  description: string
  /** Severity under `brandvoice:recommended`. */
  severity: Exclude<Severity, 'off'>
  /** Opt-in rules are off in `brandvoice:recommended`. */
  optIn?: boolean
  /** What `brandvoice:recommended` sets for the rule besides its severity. */
  recommended?: {
    /** Turn the rule on at these touchpoints only; a config can turn it on elsewhere. */
    touchpoints?: string[]
    /** Tone defaults the rule reads: for every file ('*') and per touchpoint. */
    tone?: Record<string, ToneSettings>
    /** The rule's options at some touchpoints (a signature's length is not a post's). */
    options?: Record<string, Partial<Options>>
  }
  /** Languages (primary subtags) the rule applies to, or '*'. */
  languages: '*' | string[]
  touchpoints: '*' | string[]
  /** JSON Schema of the options object; its defaults are `defaults`. */
  optionsSchema: Record<string, unknown>
  defaults: Options
  /** Why the rule exists, in plain words, for its docs page. */
  rationale: string
  examples: RuleExample[]
  /** Modules loaded only when a config turns the rule on (src/deferred.ts). */
  requires?: readonly Deferred<unknown>[]
}

/** What a rule module writes; where a rule applies everywhere and takes no options it may say nothing. */
export type RuleDefinition<Options> = Omit<RuleMeta<Options>, 'languages' | 'touchpoints' | 'optionsSchema' | 'defaults'> &
  Partial<Pick<RuleMeta<Options>, 'languages' | 'touchpoints' | 'optionsSchema' | 'defaults'>>

const noOptions = {type: 'object', additionalProperties: false, properties: {}}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta<Options>
  plugin: Plugin<[RuleSetting], NlcstRoot>
}

const fatalBySeverity: Record<Severity, boolean | undefined> = {
  off: undefined,
  info: undefined,
  warning: false,
  error: true
}

export function docsUrl(ruleId: string): string {
  return `https://github.com/brandvoice/brandvoice/blob/main/docs/rules/${ruleId.replace('/', '-')}.md`
}

export function defineRule<Options extends object>(
  definition: RuleDefinition<Options>,
  check: (context: RuleContext<Options>) => void
): Rule<Options> {
  const meta: RuleMeta<Options> = {
    languages: '*',
    touchpoints: '*',
    optionsSchema: noOptions,
    defaults: {} as Options,
    ...definition
  }
  const plugin: Plugin<[RuleSetting], NlcstRoot> = function (setting) {
    const options = {...meta.defaults, ...setting.options} as Options
    return function (tree, file) {
      const shared = file.data.brandvoice
      if (!shared) throw new Error(`Rule ${meta.id} ran without the brandvoice engine`)
      const context = Object.create(shared) as RuleContext<Options>
      context.file = file
      context.tree = tree
      context.options = options
      context.report = function (report) {
        const severity = report.severity ?? setting.severity
        if (severity === 'off') return
        const message = file.message(report.reason, {
          place: {
            start: shared.location.toPoint(report.start)!,
            end: shared.location.toPoint(report.end)!
          },
          ruleId: meta.id,
          source: 'brandvoice'
        })
        message.fatal = fatalBySeverity[severity]
        message.url = docsUrl(meta.id)
        if (report.actual !== undefined) message.actual = report.actual
        if (report.expected !== undefined) message.expected = report.expected
        if (report.fix !== undefined) {
          message.expected ??= [report.fix]
          message.fix = {range: [report.start, report.end], text: report.fix}
        }
        if (report.note !== undefined) message.note = report.note
      }
      try {
        check(context)
      } catch (error) {
        // Name the rule, so a bug report says where to look.
        throw new Error(`rule ${meta.id} failed: ${(error as Error).message ?? String(error)}`, {cause: error})
      }
    }
  }
  return {meta, plugin: plugin as Rule<Options>['plugin']}
}
