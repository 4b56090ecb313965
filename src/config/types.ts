// The configuration as a user writes it (.brandvoicerc.*) and as the engine
// holds it once presets and `extends` are merged.
import type {RuleSetting, Severity} from '../rule-api.js'
import type {LexiconEntry, UserLexiconEntry} from '../lexicon/entry.js'

export type UserRuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>]

/** How the brand sounds; read by the tone rules. Every key is optional. */
export interface ToneSettings {
  address?: 'formal' | 'informal'
  maxSentenceWords?: number
  exclamations?: {perSentence?: number; perFile?: number}
  emoji?: 'forbid' | 'allow' | number
  readability?: {maxLix?: number}
}

export const placeholderSyntaxes = ['handlebars', 'mustache', 'liquid', 'i18next', 'icu', 'rails', 'printf', 'laravel'] as const
export type PlaceholderSyntax = (typeof placeholderSyntaxes)[number]

/** The templating syntax of a brand's copy; read by touchpoint/placeholder. */
export interface UserPlaceholders {
  syntax?: PlaceholderSyntax | PlaceholderSyntax[]
  variables?: string[]
  patterns?: string[]
}

export interface Placeholders {
  syntax: PlaceholderSyntax[]
  variables: string[]
  patterns: string[]
}

/** Phrases per language (primary subtag) and `patterns` that count as one element of a touchpoint's form. */
export type ElementPhrases = Record<string, string[]>

/** What a touchpoint's copy must contain; read by touchpoint/required-elements. */
export interface TouchpointForm {
  /** Required elements; undefined keeps the rule's built-in list. */
  require: string[] | undefined
  elements: Record<string, ElementPhrases>
}

export interface UserTouchpoint {
  /** For a type of the brand's own: the built-in type it starts from. */
  base?: string
  files?: string[]
  /** Key patterns of string catalogs (`user_mailer.welcome.*`); a matching value belongs to this touchpoint. */
  keys?: string[]
  rules?: Record<string, UserRuleSetting>
  tone?: ToneSettings
  require?: string[]
  elements?: Record<string, ElementPhrases>
}

export interface UserOverride {
  files: string[]
  language?: string
  rules?: Record<string, UserRuleSetting>
  lexicon?: UserLexiconEntry[]
  tone?: ToneSettings
}

export interface UserConfig {
  $schema?: string
  extends?: string | string[]
  language?: string
  brand?: {names?: string[]; acronyms?: string[]}
  lexicon?: UserLexiconEntry[]
  tone?: ToneSettings
  placeholders?: UserPlaceholders
  touchpoints?: Record<string, UserTouchpoint>
  rules?: Record<string, UserRuleSetting>
  overrides?: UserOverride[]
  ignore?: string[]
  /** Globs of the string catalogs (.json, .yaml, .yml) to lint. */
  catalogs?: string[]
  /** Catalog strings whose findings are dropped, by key pattern; without `rules`, every rule's. */
  disableKeys?: KeyDisable[]
}

export interface KeyDisable {
  keys: string[]
  rules?: string[]
}

export interface Override {
  files: string[]
  language?: string
  rules: Record<string, Partial<RuleSetting>>
  lexicon: LexiconEntry[]
  tone: ToneSettings
}

export interface Touchpoint extends TouchpointForm {
  base?: string
  files: string[]
  keys: string[]
  rules: Record<string, Partial<RuleSetting>>
  tone: ToneSettings
}

/** A config with its presets and `extends` merged in. */
export interface ProjectConfig {
  /** The config file, or undefined when none was found. */
  filepath: string | undefined
  /** Folder that globs in this config are relative to. */
  baseDir: string
  language: string | undefined
  brand: {names: string[]; acronyms: string[]}
  lexicon: LexiconEntry[]
  tone: ToneSettings
  placeholders: Placeholders
  touchpoints: Record<string, Touchpoint>
  rules: Record<string, Partial<RuleSetting>>
  overrides: Override[]
  ignore: string[]
  catalogs: string[]
  disableKeys: KeyDisable[]
}

/** Everything the engine needs to lint one file. */
export interface FileSettings {
  language: string
  touchpoint: string
  /** The built-in type the touchpoint is or starts from: what rules' per-touchpoint data is keyed by. */
  touchpointBase: string
  /** The file's language first, then every other language the config names (`language`, `overrides[].language`), each once. */
  languages: string[]
  brand: {names: string[]; acronyms: string[]}
  lexicon: LexiconEntry[]
  tone: ToneSettings
  placeholders: Placeholders
  form: TouchpointForm
  rules: Record<string, RuleSetting>
}
