// The shipped schema (schema/brandvoicerc.schema.json) is the schema the
// engine validates with, written out; it must not go stale when a rule or a
// touchpoint type is added.
import fs from 'node:fs'
import path from 'node:path'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {buildSchema} from '../src/config/schema.js'
import {builtinRules} from '../rules/index.js'
import {renderSchema, schemaPath} from '../scripts/schema-file.js'
import {root} from '../scripts/paths.js'

const committed = fs.readFileSync(schemaPath, 'utf8')

describe('schema/brandvoicerc.schema.json', () => {
  it('is the schema the engine builds from the rules', () => {
    expect(JSON.parse(committed), 'The committed schema is stale: run `npm run build:schema`.').toEqual(buildSchema(builtinRules))
    expect(committed, 'The committed schema is not formatted as the generator writes it: run `npm run build:schema`.').toBe(renderSchema())
  })

  it('accepts .brandvoicerc.example.json', () => {
    const validate = new Ajv({allErrors: true, strict: false}).compile(JSON.parse(committed))
    const example = JSON.parse(fs.readFileSync(path.join(root, '.brandvoicerc.example.json'), 'utf8'))
    const valid = validate(example)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('rejects what the engine rejects', () => {
    const validate = new Ajv({allErrors: true, strict: false}).compile(JSON.parse(committed))
    expect(validate({rules: {'lexicon/prefered-term': 'warning'}})).toBe(false)
    expect(validate({touchpoints: {newsletter: {files: ['news/**']}}})).toBe(false)
    expect(validate({lexicon: [{use: 'customer'}]})).toBe(false)
  })
})
