// The config validator `npm run build` compiles ahead of time (so a run does
// not spend 200 ms in Ajv) must be the one for the built-in rules' schema as
// it stands, and must report exactly what Ajv compiling at run time reports.
import {createRequire} from 'node:module'
import path from 'node:path'
import {Ajv, type ValidateFunction} from 'ajv'
import {describe, expect, it} from 'vitest'
import {builtinRules} from '../../rules/index.js'
import {buildSchema} from '../../src/config/schema.js'
import {schemaKey} from '../../src/config/validate.js'
import {ajvOptions, compiledValidatorFile} from '../../src/config/validator-options.js'
import {requireBuild, root} from '../helpers/cli.js'

requireBuild()
const compiled = createRequire(import.meta.url)(path.join(root, 'dist/src/config', compiledValidatorFile)) as {
  schemaKey: string
  validate: ValidateFunction
}
const schema = buildSchema(builtinRules)
const atRunTime = new Ajv(ajvOptions).compile(schema)

const configs: unknown[] = [
  {extends: 'brandvoice:recommended', language: 'ro', brand: {names: ['Inoveo']}},
  {lexicon: [{avoid: [], use: 'customer'}]},
  {lexicon: [{avoid: 'user', use: 3}]},
  {rules: {'tone/emoji': ['warning', {limit: 'many'}]}},
  {rules: {'lexicon/preferred-term': 'loud'}},
  {touchpoints: {'support-reply': {files: 7}}},
  {tone: {'*': {address: 'royal'}}},
  {languge: 'en'}
]

describe('the validator compiled at build time', () => {
  it('was compiled from the schema the built-in rules give now', () => {
    expect(compiled.schemaKey).toBe(schemaKey(schema))
  })

  it('accepts and refuses the same configs as Ajv at run time, with the same errors', () => {
    for (const config of configs) {
      const verdict = compiled.validate(config)
      expect(verdict).toBe(atRunTime(config))
      expect(compiled.validate.errors).toEqual(atRunTime.errors)
    }
    // The list holds both kinds, so the comparison above covers both.
    expect(configs.map((config) => atRunTime(config))).toContain(true)
    expect(configs.map((config) => atRunTime(config))).toContain(false)
  })
})
