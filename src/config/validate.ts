// Validate a user's config against the schema and turn the first problem into
// one plain sentence with its key path (lexicon[2].avoid) and, where the
// loader knows it, the line and column in the config file.
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import {closest} from 'fastest-levenshtein'
import type {Rule} from '../rule-api.js'
import {buildSchema} from './schema.js'
import {ConfigError} from './errors.js'
import type {UserConfig} from './types.js'
import type {Locate} from './parse.js'

const validators = new WeakMap<readonly Rule<any>[], ValidateFunction>()

function validatorFor(rules: readonly Rule<any>[]): ValidateFunction {
  let validate = validators.get(rules)
  if (!validate) {
    const ajv = new Ajv({allErrors: true, strict: false})
    validate = ajv.compile(buildSchema(rules))
    validators.set(rules, validate)
  }
  return validate
}

export function validateConfig(
  config: unknown,
  rules: readonly Rule<any>[],
  file: string | undefined,
  locate: Locate
): asserts config is UserConfig {
  const validate = validatorFor(rules)
  if (validate(config)) {
    checkWildcards(config as UserConfig, file, locate)
    return
  }
  const error = mostSpecific(validate.errors ?? [])
  const segments = pointerSegments(error.instancePath)
  const {message, at} = describe(error, segments, rules)
  throw new ConfigError(message, {file, ...locate(at)})
}

/** The error deepest in the config, skipping the summaries that anyOf adds. */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  const depth = (error: ErrorObject) => pointerSegments(error.instancePath).length
  const concrete = errors.filter((error) => error.keyword !== 'anyOf')
  const pool = concrete.length > 0 ? concrete : errors
  return pool.reduce((best, error) => (depth(error) > depth(best) ? error : best))
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
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty)
      const at = [...segments, key]
      if (parent === 'rules') {
        const known = rules.map((rule) => rule.meta.id)
        return {message: `Unknown rule “${key}” in ${path}. Did you mean “${closest(key, known)}”?`, at}
      }
      const allowed = Object.keys((error.parentSchema as any)?.properties ?? {})
      const hint = allowed.length > 0 ? ` Did you mean “${closest(key, allowed)}”?` : ''
      return {message: `Unknown option “${key}” in ${path}.${hint}`, at}
    }
    case 'propertyNames': {
      const key = String(error.params.propertyName)
      const known = ((error.parentSchema as any)?.propertyNames?.enum ?? []) as string[]
      return {
        message: `Unknown touchpoint type “${key}” in ${path}. Did you mean “${closest(key, known)}”? Known types: ${known.join(', ')}.`,
        at: [...segments, key]
      }
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map((value) => `“${String(value)}”`)
      if (parent === 'touchpoints' || segments.at(-2) === 'touchpoints') {
        return {message: `Unknown touchpoint type in ${path}: expected one of ${allowed.join(', ')}.`, at: segments}
      }
      return {message: `${path} must be one of ${allowed.join(', ')}.`, at: segments}
    }
    case 'type':
      return {message: `${path} must be ${article(String(error.params.type))}.`, at: segments}
    case 'minItems':
    case 'minLength':
      return {message: `${path} must not be empty.`, at: segments}
    case 'pattern':
      return {message: `${path} must be a language tag such as “en”, “ro” or “pl-PL”.`, at: segments}
    case 'required':
      return {message: `${path} needs “${String(error.params.missingProperty)}”.`, at: segments}
    case 'maxItems':
    case 'additionalItems':
      return {message: `${path} must be a severity, or [severity, options].`, at: segments}
    default:
      return {message: `${path} ${error.message ?? 'is not valid'}.`, at: segments}
  }
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

/** A term that is only a wildcard, or one letter and a wildcard, would match nearly every word. */
function checkWildcards(config: UserConfig, file: string | undefined, locate: Locate): void {
  const entries = [
    ...(config.lexicon ?? []).map((entry, index) => ({entry, at: ['lexicon', String(index)]})),
    ...(config.overrides ?? []).flatMap((override, o) =>
      (override.lexicon ?? []).map((entry, index) => ({entry, at: ['overrides', String(o), 'lexicon', String(index)]}))
    )
  ]
  for (const {entry, at} of entries) {
    const terms = Array.isArray(entry.avoid) ? entry.avoid : [entry.avoid]
    for (const term of terms) {
      for (const word of term.trim().split(/\s+/u)) {
        const star = word.indexOf('*')
        if (star === -1) continue
        const where = keyPath([...at, 'avoid'])
        if (star !== word.length - 1) {
          throw new ConfigError(`${where}: “${term}” has a * inside a word; a * may only end a word (client*).`, {file, ...locate([...at, 'avoid'])})
        }
        if ([...word].length < 3) {
          throw new ConfigError(`${where}: “${term}” would match almost every word; write at least two letters before the *.`, {file, ...locate([...at, 'avoid'])})
        }
      }
    }
  }
}
