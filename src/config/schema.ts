// The config's JSON Schema: a base kept as data, with the rule ids, their
// options and the touchpoint types filled in from the registry. The same
// schema validates configs at run time and ships as schema/brandvoicerc.schema.json
// for editors.
import base from './base-schema.json' with {type: 'json'}
import type {Rule} from '../rule-api.js'
import {touchpointTypes} from '../touchpoints.js'
import {languageTagPattern} from '../text/language.js'

type Schema = Record<string, any>

export function buildSchema(rules: readonly Rule<any>[]): Schema {
  const schema: Schema = structuredClone(base)
  schema.properties.touchpoints.propertyNames = {enum: [...touchpointTypes]}
  schema.definitions.lexiconEntry.properties.touchpoints.items = {enum: [...touchpointTypes]}
  schema.definitions.language.pattern = languageTagPattern
  const properties: Schema = {}
  for (const {meta} of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    properties[meta.id] = {
      description: meta.description,
      anyOf: [
        {$ref: '#/definitions/severity'},
        {
          type: 'array',
          minItems: 1,
          items: [{$ref: '#/definitions/severity'}, meta.optionsSchema],
          additionalItems: false
        }
      ]
    }
  }
  schema.definitions.rules.properties = properties
  return schema
}
