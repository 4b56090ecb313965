// Merge config layers (presets, extended files, the config itself) into one
// ProjectConfig. Later layers win for single values; lists add up (a
// touchpoint's `files` is replaced, its `keys` add up); a rule
// given only a severity keeps the options an earlier layer gave it. A rule or
// tone key a layer sets at its top level also replaces what earlier layers set
// for single touchpoints: a preset's per-touchpoint defaults are defaults, and
// a brand's own setting is meant everywhere unless it names a touchpoint.
import type {RuleSetting} from '../rule-api.js'
import {normalizeEntry} from '../lexicon/entry.js'
import type {ElementPhrases, ProjectConfig, UserConfig, UserRuleSetting} from './types.js'
import {mergeTree, withoutLeaves} from './settings-tree.js'

export function mergeRules(
  target: Record<string, Partial<RuleSetting>>,
  rules: Record<string, UserRuleSetting> | undefined
): void {
  for (const [id, setting] of Object.entries(rules ?? {})) {
    const [severity, options] = Array.isArray(setting) ? setting : [setting]
    target[id] = {severity, options: options ?? target[id]?.options}
  }
}

function addUnique(target: string[], values: readonly string[] | undefined): void {
  for (const value of values ?? []) if (!target.includes(value)) target.push(value)
}

export function mergeLayers(layers: readonly UserConfig[], place: {filepath: string | undefined; baseDir: string}): ProjectConfig {
  const project: ProjectConfig = {
    ...place,
    language: undefined,
    brand: {names: [], acronyms: []},
    lexicon: [],
    tone: {},
    placeholders: {syntax: [], variables: [], patterns: []},
    touchpoints: {},
    rules: {},
    overrides: [],
    ignore: [],
    catalogs: [],
    disableKeys: []
  }
  for (const layer of layers) {
    if (layer.language !== undefined) project.language = layer.language
    addUnique(project.brand.names, layer.brand?.names)
    addUnique(project.brand.acronyms, layer.brand?.acronyms)
    project.lexicon.push(...(layer.lexicon ?? []).map(normalizeEntry))
    for (const touchpoint of Object.values(project.touchpoints)) {
      touchpoint.tone = withoutLeaves(touchpoint.tone, layer.tone)
      for (const id of Object.keys(layer.rules ?? {})) delete touchpoint.rules[id]
    }
    project.tone = mergeTree(project.tone, layer.tone)
    const {syntax} = layer.placeholders ?? {}
    if (syntax !== undefined) project.placeholders.syntax = Array.isArray(syntax) ? syntax : [syntax]
    addUnique(project.placeholders.variables, layer.placeholders?.variables)
    addUnique(project.placeholders.patterns, layer.placeholders?.patterns)
    mergeRules(project.rules, layer.rules)
    for (const [type, touchpoint] of Object.entries(layer.touchpoints ?? {})) {
      const previous = project.touchpoints[type]
      const rules = {...previous?.rules}
      mergeRules(rules, touchpoint.rules)
      const keys = [...(previous?.keys ?? [])]
      addUnique(keys, touchpoint.keys)
      const base = touchpoint.base ?? previous?.base
      project.touchpoints[type] = {
        ...(base !== undefined ? {base} : {}),
        files: touchpoint.files ?? previous?.files ?? [],
        keys,
        rules,
        tone: mergeTree(previous?.tone ?? {}, touchpoint.tone),
        require: touchpoint.require ?? previous?.require,
        elements: mergeElements(previous?.elements ?? {}, touchpoint.elements)
      }
    }
    for (const override of layer.overrides ?? []) {
      const rules = {}
      mergeRules(rules, override.rules)
      project.overrides.push({
        files: override.files,
        ...(override.language !== undefined ? {language: override.language} : {}),
        rules,
        lexicon: (override.lexicon ?? []).map(normalizeEntry),
        tone: override.tone ?? {}
      })
    }
    project.ignore.push(...(layer.ignore ?? []))
    addUnique(project.catalogs, layer.catalogs)
    project.disableKeys.push(...(layer.disableKeys ?? []))
  }
  return project
}

/** Element phrases add up, per element and language. */
export function mergeElements(base: Record<string, ElementPhrases>, added: Record<string, ElementPhrases> | undefined): Record<string, ElementPhrases> {
  const merged: Record<string, ElementPhrases> = {}
  for (const [name, phrases] of Object.entries(base)) merged[name] = {...phrases}
  for (const [name, phrases] of Object.entries(added ?? {})) {
    const element = (merged[name] ??= {})
    for (const [key, list] of Object.entries(phrases)) {
      element[key] = [...(element[key] ?? [])]
      addUnique(element[key], list)
    }
  }
  return merged
}
