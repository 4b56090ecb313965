// Validate a user's config against the schema and turn the first problem into
// one plain sentence with its key path (lexicon[2].avoid) and, where the
// loader knows it, the line and column in the config file.
import {createHash} from 'node:crypto'
import {createRequire} from 'node:module'
import type {ErrorObject, ValidateFunction} from 'ajv'
import {closest, distance} from 'fastest-levenshtein'
import type {Rule} from '../rule-api.js'
import {buildSchema} from './schema.js'
import {ConfigError} from './errors.js'
import type {UserConfig} from './types.js'
import type {Locate} from './parse.js'
import {termProblem} from '../lexicon/term-check.js'
import {isTouchpointType, touchpointTypes} from '../touchpoints.js'
import {ajvOptions, compiledValidatorFile} from './validator-options.js'

const require = createRequire(import.meta.url)
const validators = new WeakMap<readonly Rule<any>[], ValidateFunction>()

/**
 * Compiling the schema takes Ajv longer than a whole small run. The build
 * compiles the built-in rules' schema ahead of time; it serves whenever the
 * schema is exactly the one it was compiled from, and Ajv compiles any other
 * (a rule set of an API user's own, or tests running from source).
 */
function validatorFor(rules: readonly Rule<any>[]): ValidateFunction {
  let validate = validators.get(rules)
  if (!validate) {
    const schema = buildSchema(rules)
    validate = precompiled(schemaKey(schema)) ?? compile(schema)
    validators.set(rules, validate)
  }
  return validate
}

export function schemaKey(schema: object): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex')
}

function precompiled(key: string): ValidateFunction | undefined {
  try {
    const compiled = require(`./${compiledValidatorFile}`) as {schemaKey: string; validate: ValidateFunction}
    return compiled.schemaKey === key ? compiled.validate : undefined
  } catch {
    return undefined
  }
}

function compile(schema: object): ValidateFunction {
  const {Ajv} = require('ajv') as typeof import('ajv')
  return new Ajv(ajvOptions).compile(schema)
}

export function validateConfig(
  config: unknown,
  rules: readonly Rule<any>[],
  file: string | undefined,
  locate: Locate
): asserts config is UserConfig {
  const validate = validatorFor(rules)
  if (validate(config)) {
    checkTerms(config as UserConfig, file, locate)
    checkPatterns(config as UserConfig, file, locate)
    checkTouchpointTypes(config as UserConfig, file, locate)
    checkDisableKeys(config as UserConfig, rules, file, locate)
    return
  }
  const error = mostSpecific(validate.errors ?? [])
  const segments = pointerSegments(error.instancePath)
  const {message, at} = describe(error, segments, rules)
  throw new ConfigError(message, {file, ...locate(at)})
}

/**
 * The error deepest in the config, skipping the summaries that anyOf adds. At
 * the same place a `type` error only says one anyOf branch did not apply, so
 * another error there (an empty list, say) tells more; when every branch
 * failed on type, their types are joined (“a string or a list”).
 */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  const depth = (error: ErrorObject) => pointerSegments(error.instancePath).length
  const concrete = errors.filter((error) => error.keyword !== 'anyOf')
  const pool = concrete.length > 0 ? concrete : errors
  const deepest = Math.max(...pool.map(depth))
  // The first place at that depth, so the problem reported is the first one in the file.
  const place = pool.find((error) => depth(error) === deepest)!.instancePath
  const candidates = pool.filter((error) => error.instancePath === place)
  // An enum fails on any list or object too; a list's own error (empty) tells more.
  const shaped = (error: ErrorObject) => error.keyword !== 'type' && !(error.keyword === 'enum' && typeof error.data === 'object')
  const telling = candidates.find(shaped) ?? candidates.find((error) => error.keyword !== 'type')
  const types = [...new Set(candidates.filter((error) => error.keyword === 'type').map((error) => String(error.params.type)))].join(',')
  // A word or a number (emoji: "forbid" or 3): the message names both.
  if (telling?.keyword === 'enum' && types) return {...telling, params: {...telling.params, orType: types}}
  if (telling) return telling
  return {...candidates[0]!, params: {type: types}}
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
}

export function keyPath(segments: readonly (string | number)[]): string {
  let path = ''
  for (const segment of segments) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) path += `[${segment}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path ? `.${segment}` : segment
    else path += `[${JSON.stringify(segment)}]`
  }
  return path || 'the config'
}

function describe(
  error: ErrorObject,
  segments: string[],
  rules: readonly Rule<any>[]
): {message: string; at: string[]} {
  const path = keyPath(segments)
  const parent = segments.at(-1)
  // A key that fails `propertyNames` (a touchpoint type): its enum error names the key.
  if (error.propertyName !== undefined) {
    return unknownTouchpoint(error.propertyName, (error.params.allowedValues ?? []) as string[], path, [...segments, error.propertyName])
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty)
      const at = [...segments, key]
      if (parent === 'rules') {
        const known = rules.map((rule) => rule.meta.id)
        return {message: `Unknown rule “${key}” in ${path}. Did you mean “${closest(key, known)}”?`, at}
      }
      const allowed = Object.keys((error.parentSchema as any)?.properties ?? {})
      return {message: `Unknown option “${key}” in ${path}.${suggestion(key, allowed)}`, at}
    }
    case 'propertyNames': {
      const key = String(error.params.propertyName)
      const known = ((error.parentSchema as any)?.propertyNames?.enum ?? []) as string[]
      return unknownTouchpoint(key, known, path, [...segments, key])
    }
    case 'enum': {
      const known = (error.params.allowedValues as unknown[]).map(String)
      if (parent === 'touchpoints' || segments.at(-2) === 'touchpoints') {
        return unknownTouchpoint(String(error.data), known, path, segments)
      }
      const choices = known.map((value) => `“${value}”`)
      // A rule's setting: a severity, or a list of one and its options.
      if (error.params.orType && segments.at(-2) === 'rules') choices.push('[severity, options]')
      else if (error.params.orType) choices.push(article(String(error.params.orType)))
      const listed = choices.length > 1 ? `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}` : choices[0]
      return {message: `${path} must be ${listed}.`, at: segments}
    }
    case 'type':
      return {message: `${path} must be ${article(String(error.params.type))}.`, at: segments}
    case 'minItems':
      if (Number(error.params.limit) > 1) return {message: `${path} must list at least ${String(error.params.limit)} items.`, at: segments}
      return {message: `${path} must not be empty.`, at: segments}
    case 'minLength':
      return {message: `${path} must not be empty.`, at: segments}
    case 'minimum':
      return {message: `${path} must be at least ${String(error.params.limit)}.`, at: segments}
    case 'maximum':
      return {message: `${path} must be at most ${String(error.params.limit)}.`, at: segments}
    case 'pattern':
      return {message: `${path} must be a language tag such as “en”, “ro” or “pl-PL”.`, at: segments}
    case 'required':
      // A touchpoint type that is not built in and has no base: most likely a typo.
      if (error.params.missingProperty === 'base' && segments.at(-2) === 'touchpoints') {
        const {message, at} = unknownTouchpoint(parent!, touchpointTypes, 'touchpoints', segments)
        return {message: `${message} ${ownTypeHint}`, at}
      }
      return {message: `${path} needs “${String(error.params.missingProperty)}”.`, at: segments}
    case 'maxItems':
    case 'additionalItems':
      return {message: `${path} must be a severity, or [severity, options].`, at: segments}
    default:
      return {message: `${path} ${error.message ?? 'is not valid'}.`, at: segments}
  }
}

function unknownTouchpoint(value: string, known: readonly string[], path: string, at: string[]): {message: string; at: string[]} {
  return {message: `Unknown touchpoint type “${value}” in ${path}.${suggestion(value, known)} Known types: ${known.join(', ')}.`, at}
}

/** “ Did you mean …?” when a known word is close enough to be the one meant. */
function suggestion(word: string, known: readonly string[]): string {
  if (known.length === 0) return ''
  const best = closest(word, known as string[])
  return distance(word, best) <= Math.max(2, Math.floor(best.length / 3)) ? ` Did you mean “${best}”?` : ''
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: 'a string',
    array: 'a list',
    object: 'an object',
    boolean: 'true or false',
    number: 'a number',
    integer: 'a whole number'
  }
  return type
    .split(',')
    .map((name) => names[name] ?? name)
    .join(' or ')
}

/** Terms that could never match, or would match nearly every word (see termProblem). */
function checkTerms(config: UserConfig, file: string | undefined, locate: Locate): void {
  const entries = [
    ...(config.lexicon ?? []).map((entry, index) => ({entry, at: ['lexicon', String(index)]})),
    ...(config.overrides ?? []).flatMap((override, o) =>
      (override.lexicon ?? []).map((entry, index) => ({entry, at: ['overrides', String(o), 'lexicon', String(index)]}))
    )
  ]
  for (const {entry, at} of entries) {
    const terms = Array.isArray(entry.avoid) ? entry.avoid.map((term, index) => ({term, path: [...at, 'avoid', String(index)]})) : [{term: entry.avoid, path: [...at, 'avoid']}]
    for (const {term, path} of terms) {
      const problem = termProblem(term)
      if (problem) throw new ConfigError(`${keyPath(path)}: ${problem}`, {file, ...locate(path)})
    }
  }
}

/** House placeholder and element patterns must be regular expressions JavaScript can run. */
function checkPatterns(config: UserConfig, file: string | undefined, locate: Locate): void {
  const patterns = [
    ...(config.placeholders?.patterns ?? []).map((pattern, index) => ({pattern, at: ['placeholders', 'patterns', String(index)]})),
    ...Object.entries(config.touchpoints ?? {}).flatMap(([type, touchpoint]) =>
      Object.entries(touchpoint.elements ?? {}).flatMap(([name, element]) =>
        (element.patterns ?? []).map((pattern, index) => ({pattern, at: ['touchpoints', type, 'elements', name, 'patterns', String(index)]}))
      )
    )
  ]
  for (const {pattern, at} of patterns) {
    try {
      new RegExp(pattern, 'gu')
    } catch (error) {
      const reason = (error as Error).message.replace(/^Invalid regular expression: \/[\s\S]*\/[a-z]*: /, '').toLowerCase()
      throw new ConfigError(`${keyPath(at)}: “${pattern}” is not a regular expression (${reason}).`, {file, ...locate(at)})
    }
  }
}

const ownTypeHint = 'A type of your own needs the built-in type it starts from: {"base": "web-page"}.'

/**
 * A touchpoint type is built in, or the brand's own with a `base` (a built-in
 * type it starts from). Lexicon entries may name either kind.
 */
function checkTouchpointTypes(config: UserConfig, file: string | undefined, locate: Locate): void {
  const own = Object.entries(config.touchpoints ?? {}).filter(([type]) => !isTouchpointType(type))
  for (const [type, touchpoint] of own) {
    if (touchpoint.base === undefined) {
      const {message, at} = unknownTouchpoint(type, touchpointTypes, 'touchpoints', ['touchpoints', type])
      throw new ConfigError(`${message} ${ownTypeHint}`, {file, ...locate(at)})
    }
  }
  for (const [type, touchpoint] of Object.entries(config.touchpoints ?? {})) {
    if (isTouchpointType(type) && touchpoint.base !== undefined) {
      const at = ['touchpoints', type, 'base']
      throw new ConfigError(`${keyPath(at)}: “${type}” is a built-in type; only a type of your own takes a base.`, {file, ...locate(at)})
    }
  }
  const known = [...touchpointTypes, ...own.map(([type]) => type)]
  const entries = [
    ...(config.lexicon ?? []).map((entry, index) => ({entry, at: ['lexicon', String(index)]})),
    ...(config.overrides ?? []).flatMap((override, o) => (override.lexicon ?? []).map((entry, index) => ({entry, at: ['overrides', String(o), 'lexicon', String(index)]})))
  ]
  for (const {entry, at} of entries) {
    for (const [index, type] of (entry.touchpoints ?? []).entries()) {
      if (!known.includes(type)) {
        const where = [...at, 'touchpoints', String(index)]
        const {message} = unknownTouchpoint(type, known, keyPath(where), where)
        throw new ConfigError(message, {file, ...locate(where)})
      }
    }
  }
}

/** `disableKeys[].rules` names rules that exist: a typo would silently turn nothing off. */
function checkDisableKeys(config: UserConfig, rules: readonly Rule<any>[], file: string | undefined, locate: Locate): void {
  const known = rules.map((rule) => rule.meta.id)
  for (const [index, entry] of (config.disableKeys ?? []).entries()) {
    for (const [r, id] of (entry.rules ?? []).entries()) {
      if (known.includes(id)) continue
      const at = ['disableKeys', String(index), 'rules', String(r)]
      throw new ConfigError(`Unknown rule “${id}” in ${keyPath(at)}.${suggestion(id, known)}`, {file, ...locate(at)})
    }
  }
}
