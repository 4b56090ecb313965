// Decide, for one file, its language, its touchpoint and the rules and
// lexicon that apply. Globs are relative to the config's folder.
import path from 'node:path'
import picomatch from 'picomatch'
import type {Rule, RuleSetting} from '../rule-api.js'
import {languageMatches} from '../text/language.js'
import type {LexiconEntry} from '../lexicon/entry.js'
import type {FileSettings, ProjectConfig} from './types.js'
import {mergeTree} from './settings-tree.js'
import {mergeElements} from './merge.js'
import {isTouchpointType} from '../touchpoints.js'

export interface FileHints {
  /** From the file's frontmatter. */
  language?: string | undefined
  touchpoint?: string | undefined
  /** From `--lang` and `--touchpoint`. */
  cliLanguage?: string | undefined
  cliTouchpoint?: string | undefined
  /**
   * A string catalog's language, from its root locale key or file name: it
   * wins over `--lang` and the config's `language`; an override's wins over it.
   */
  catalogLanguage?: string | undefined
}

type Matcher = (relativePath: string) => boolean

const matchers = new Map<string, Matcher>()

function globMatcher(globs: readonly string[]): Matcher {
  const key = globs.join('\0')
  let matcher = matchers.get(key)
  if (!matcher) {
    matcher = picomatch(globs as string[], {dot: true})
    matchers.set(key, matcher)
  }
  return matcher
}

/** The file's path relative to the config's folder, with `/`; undefined when outside it. */
export function relativeToConfig(project: ProjectConfig, file: string): string | undefined {
  const relative = path.relative(project.baseDir, file).split(path.sep).join('/')
  return relative.startsWith('../') || path.isAbsolute(relative) ? undefined : relative
}

function matches(globs: readonly string[], relative: string | undefined): boolean {
  return relative !== undefined && globMatcher(globs)(relative)
}

/** Lexicons are cached by identity for their phrase index, so the same overrides give the same list. */
const combinedLexicons = new WeakMap<ProjectConfig, Map<string, LexiconEntry[]>>()

function lexiconFor(project: ProjectConfig, overrideIndexes: number[]): LexiconEntry[] {
  if (overrideIndexes.every((index) => project.overrides[index]!.lexicon.length === 0)) return project.lexicon
  let byKey = combinedLexicons.get(project)
  if (!byKey) combinedLexicons.set(project, (byKey = new Map()))
  const key = overrideIndexes.join(',')
  let lexicon = byKey.get(key)
  if (!lexicon) {
    lexicon = [...project.lexicon, ...overrideIndexes.flatMap((index) => project.overrides[index]!.lexicon)]
    byKey.set(key, lexicon)
  }
  return lexicon
}

export function resolveFileSettings(
  project: ProjectConfig,
  file: string,
  hints: FileHints,
  rules: readonly Rule<any>[]
): FileSettings {
  const relative = relativeToConfig(project, file)
  const overrideIndexes = project.overrides.flatMap((override, index) => (matches(override.files, relative) ? [index] : []))

  let overridden: string | undefined
  for (const index of overrideIndexes) overridden = project.overrides[index]!.language ?? overridden
  const language = hints.catalogLanguage
    ? (overridden ?? hints.catalogLanguage)
    : (hints.language ?? hints.cliLanguage ?? overridden ?? project.language ?? 'en')

  const touchpoint =
    hints.touchpoint ??
    hints.cliTouchpoint ??
    Object.entries(project.touchpoints).find(([, touchpoint]) => matches(touchpoint.files, relative))?.[0] ??
    'generic'

  // A type of the brand's own starts from its base: the base's settings come
  // first, and rules' per-touchpoint data is keyed by the base.
  const own = isTouchpointType(touchpoint) ? undefined : project.touchpoints[touchpoint]
  const touchpointBase = own ? (own.base ?? 'generic') : touchpoint
  const base = own ? project.touchpoints[touchpointBase] : undefined

  // From the general to the specific: the config, the file's touchpoint (its
  // base first), then each matching override in order.
  const layers = [base, project.touchpoints[touchpoint], ...overrideIndexes.map((index) => project.overrides[index]!)]
  const rulesSettings: Record<string, Partial<RuleSetting>> = {...project.rules}
  let tone = project.tone
  for (const layer of layers) {
    if (!layer) continue
    // A severity alone keeps the options given before, as in `extends`.
    for (const [id, setting] of Object.entries(layer.rules)) {
      rulesSettings[id] = {severity: setting.severity, options: setting.options ?? rulesSettings[id]?.options}
    }
    tone = mergeTree(tone, layer.tone)
  }

  const enabled: Record<string, RuleSetting> = {}
  for (const {meta} of rules) {
    const setting = rulesSettings[meta.id]
    if (!setting?.severity || setting.severity === 'off') continue
    if (meta.languages !== '*' && !languageMatches(language, meta.languages)) continue
    if (meta.touchpoints !== '*' && !meta.touchpoints.includes(touchpointBase) && !meta.touchpoints.includes(touchpoint)) continue
    enabled[meta.id] = {severity: setting.severity, options: setting.options ?? {}}
  }

  const form = project.touchpoints[touchpoint]
  return {
    language,
    touchpoint,
    touchpointBase,
    languages: configLanguages(project, language),
    brand: project.brand,
    lexicon: lexiconFor(project, overrideIndexes),
    tone,
    placeholders: project.placeholders,
    form: {require: form?.require ?? base?.require, elements: mergeElements(base?.elements ?? {}, form?.elements)},
    rules: enabled
  }
}


/** The file's language, then the other languages the config names, each once (compared case-insensitively). */
function configLanguages(project: ProjectConfig, language: string): string[] {
  const named = [language, project.language, ...project.overrides.map((override) => override.language)]
  const seen = new Set<string>()
  const languages: string[] = []
  for (const tag of named) {
    if (tag === undefined || seen.has(tag.toLowerCase())) continue
    seen.add(tag.toLowerCase())
    languages.push(tag)
  }
  return languages
}
