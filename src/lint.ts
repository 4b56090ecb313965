// The pipeline for one text, with no file system access: format → frontmatter
// → language and touchpoint → prose tree → rules → sorted messages. The CLI,
// the tests and editor integrations all lint through here.
import path from 'node:path'
import {unified, type Processor} from 'unified'
import type {Root as NlcstRoot} from 'nlcst'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {compareMessage} from 'vfile-sort'
import type {FileContext, Rule, RuleSetting} from './rule-api.js'
import type {FileSettings, ProjectConfig} from './config/types.js'
import {resolveFileSettings, type FileHints} from './config/resolve.js'
import {formatFor, supportedExtensions} from './formats/index.js'
import {fatal, fileWarning} from './file-messages.js'
import {dropFixesIn, settleFixes} from './fix.js'
import type {Format, Parsed} from './formats/format.js'
import {findProtectedRanges, mergeOverlapping, overlapsAny, type ProtectedRanges} from './text/protected.js'
import {wordRuns, type WordRun} from './text/words.js'
import {findTerms} from './word-lists.js'
import {matchLexicon, matchPreferred, type LexiconMatch} from './lexicon/match.js'
import {languageTagPattern} from './text/language.js'
import {isTouchpointType, touchpointTypes} from './touchpoints.js'
import {catalogExtensions, isCatalogExtension} from './formats/catalog.js'
import {markdown} from './formats/markdown.js'
import {lintCatalog} from './lint-catalog.js'
import {applyDirectives, findDirectives, reportUnusedDisables, type Directive} from './inline-config.js'

export interface LintOptions {
  /** Where the text lives (or claims to): decides the format and, through config globs, the touchpoint. */
  path: string
  cwd?: string
  project: ProjectConfig
  rules: readonly Rule<any>[]
  language?: string | undefined
  touchpoint?: string | undefined
  /** Warn at each inline disable (comment or frontmatter) that silenced nothing. */
  reportUnusedDisables?: boolean | undefined
}

export interface LintResult {
  file: VFile
  language: string
  touchpoint: string
}

const languageTag = new RegExp(languageTagPattern)

export function lintText(text: string, options: LintOptions): LintResult {
  // Positions, offsets and fixes count the text without a byte order mark.
  const file = new VFile({path: options.path, cwd: options.cwd ?? process.cwd(), value: stripBom(text)})
  const result = lintFile(file, options)
  settleFixes(file)
  return result
}

function lintFile(file: VFile, options: LintOptions): LintResult {
  // What a file that cannot be linted is reported as.
  const fallback = {language: options.language ?? options.project.language ?? 'en', touchpoint: options.touchpoint ?? 'generic'}
  // A string catalog: each value is linted as Markdown on its own.
  if (isCatalogExtension(options.path)) {
    return lintCatalog(file, options, fallback, (unit, settings) => runRules(unit, markdown.parse(unit), markdown, settings, options.rules))
  }
  const format = formatFor(options.path)
  if (!format) {
    fatal(file, `brandvoice cannot read this kind of file; it reads ${supportedExtensions.join(', ')}, and ${catalogExtensions.join(', ')} string catalogs that the config lists in \`catalogs\`.`)
    return {file, ...fallback}
  }

  let parsed: Parsed
  try {
    parsed = format.parse(file)
  } catch (error) {
    fatal(file, `brandvoice could not parse this file as ${format.name}: ${(error as Error).message}`)
    return {file, ...fallback}
  }

  const hints: FileHints = {
    ...frontmatterHints(parsed, file, options.project),
    cliLanguage: options.language,
    cliTouchpoint: options.touchpoint
  }
  // Config globs are matched against the absolute path, so an API caller's `cwd` counts, not the process's.
  const settings = resolveFileSettings(options.project, path.resolve(file.cwd, file.path), hints, options.rules)
  const result = {file, language: settings.language, touchpoint: settings.touchpoint}
  let directives: Directive[] = []
  try {
    directives = findDirectives(parsed, file, options.rules.map((rule) => rule.meta.id))
    runRules(file, parsed, format, settings, options.rules)
    dropFixesIn(file, frontmatterRanges(parsed))
  } catch (error) {
    // A bug on one file must not stop the others: it gets one fatal message.
    delete file.data.brandvoice
    fatal(file, `brandvoice failed on this file: ${(error as Error).message ?? String(error)}. Please report this, with the file.`)
  }
  // Rules run everywhere; inline comments and frontmatter then drop what they cover.
  applyDirectives(file, directives)
  if (options.reportUnusedDisables) reportUnusedDisables(file, directives)
  file.messages.sort(compareMessage)
  return result
}

function runRules(file: VFile, parsed: Parsed, format: Format, settings: FileSettings, rules: readonly Rule<any>[]): void {
  const tree = format.prose(parsed, file, settings.language)

  const protectedRanges = findProtectedRanges(String(file))
  const isProtected = (start: number, end: number) => overlapsAny(protectedRanges, start, end)
  let words: WordRun[] | undefined
  let lexicon: LexiconMatch[] | undefined
  let preferred: LexiconMatch[] | undefined
  let brandWords: LexiconMatch[] | undefined
  let brandRanges: ProtectedRanges | undefined
  const context: FileContext = {
    language: settings.language,
    touchpoint: settings.touchpoint,
    touchpointBase: settings.touchpointBase,
    languages: settings.languages,
    markdown: parsed.markdown,
    brand: settings.brand,
    tone: settings.tone,
    placeholders: settings.placeholders,
    form: settings.form,
    location: location(file),
    isProtected,
    get words() {
      return (words ??= wordRuns(tree, settings.language, isProtected))
    },
    get lexicon() {
      return (lexicon ??= matchLexicon(settings.lexicon, this.words, settings.language, [settings.touchpoint, settings.touchpointBase]))
    },
    get preferred() {
      return (preferred ??= matchPreferred(settings.lexicon, this.words, settings.language, [settings.touchpoint, settings.touchpointBase]))
    },
    get brandWords() {
      return (brandWords ??= [...findTerms(this, [...settings.brand.names, ...settings.brand.acronyms]), ...this.lexicon, ...this.preferred])
    },
    isBrandWord(start, end) {
      brandRanges ??= mergeOverlapping(this.brandWords.map((match): [number, number] => [match.start, match.end]).sort((a, b) => a[0] - b[0]))
      return overlapsAny(brandRanges, start, end)
    }
  }
  file.data.brandvoice = context

  processorFor(rules, settings.rules).runSync(tree, file)
  // The context holds both trees; reports need only the messages, so a long
  // run does not keep every file's trees alive.
  delete file.data.brandvoice
}

/** Rule processors, one per distinct set of enabled rules and options. */
const processors = new WeakMap<readonly Rule<any>[], Map<string, Processor<NlcstRoot, NlcstRoot, NlcstRoot>>>()

function processorFor(rules: readonly Rule<any>[], enabled: Record<string, RuleSetting>) {
  let byKey = processors.get(rules)
  if (!byKey) processors.set(rules, (byKey = new Map()))
  const key = JSON.stringify(enabled)
  let processor = byKey.get(key)
  if (!processor) {
    let built = unified() as unknown as Processor<NlcstRoot, NlcstRoot, NlcstRoot>
    for (const rule of rules) {
      const setting = enabled[rule.meta.id]
      if (setting) built = built.use(rule.plugin, setting) as typeof built
    }
    processor = built.freeze()
    byKey.set(key, processor)
  }
  return processor
}

function frontmatterHints(parsed: Parsed, file: VFile, project: ProjectConfig): {language?: string; touchpoint?: string} {
  if (!parsed.frontmatter) return {}
  const {data, offset, label = 'The frontmatter'} = parsed.frontmatter
  const hints: {language?: string; touchpoint?: string} = {}
  const language = data.lang ?? data.language
  if (language !== undefined) {
    if (typeof language === 'string' && languageTag.test(language)) hints.language = language
    else fileWarning(file, offset, `${label} gives the language as “${String(language)}”, which is not a language tag such as “en”, “ro” or “pl-PL”, so brandvoice ignores it.`)
  }
  const touchpoint = data.touchpoint
  if (touchpoint !== undefined) {
    if (typeof touchpoint === 'string' && (isTouchpointType(touchpoint) || project.touchpoints[touchpoint]?.base !== undefined)) hints.touchpoint = touchpoint
    else fileWarning(file, offset, `${label} names the touchpoint “${String(touchpoint)}”, which brandvoice does not know; known touchpoints: ${touchpointTypes.join(', ')}.`)
  }
  return hints
}

/** Where the Markdown frontmatter block lies, fences included, valid YAML or not. */
function frontmatterRanges(parsed: Parsed): Array<[number, number]> {
  const block = parsed.markdown?.children.find((node) => node.type === 'yaml')
  const start = block?.position?.start.offset
  const end = block?.position?.end.offset
  return start !== undefined && end !== undefined ? [[start, end]] : []
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

