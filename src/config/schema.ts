// The config's JSON Schema: a base kept as data, with the rule ids, their
// options and the touchpoint types filled in from the registry. The same
// schema validates configs at run time and ships as schema/brandvoicerc.schema.json
// for editors.
import base from './base-schema.json' with {type: 'json'}
import type {Rule} from '../rule-api.js'
import {touchpointNamePattern, touchpointTypes} from '../touchpoints.js'
import {languageTagPattern} from '../text/language.js'

type Schema = Record<string, any>

export function buildSchema(rules: readonly Rule<any>[]): Schema {
  const schema: Schema = structuredClone(base)
  // Built-in types, and types of a brand's own, which need a `base`.
  const touchpoint = schema.properties.touchpoints.additionalProperties
  touchpoint.properties.base.enum = [...touchpointTypes]
  schema.definitions.touchpoint = touchpoint
  schema.properties.touchpoints.propertyNames = {pattern: touchpointNamePattern}
  schema.properties.touchpoints.properties = Object.fromEntries(touchpointTypes.map((type) => [type, {$ref: '#/definitions/touchpoint'}]))
  schema.properties.touchpoints.additionalProperties = {allOf: [{$ref: '#/definitions/touchpoint'}], required: ['base']}
  schema.definitions.lexiconEntry.properties.touchpoints.items = {type: 'string', pattern: touchpointNamePattern}
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
