// The shipped JSON Schema (schema/brandvoicerc.schema.json): the same schema
// that validates configs at run time, written out for editors. Rendered here,
// written by build-schema.ts, and compared by test/schema.test.ts.
import path from 'node:path'
import {buildSchema} from '../src/config/schema.js'
import {builtinRules} from '../rules/index.js'
import {root} from './paths.js'

export const schemaPath = path.join(root, 'schema', 'brandvoicerc.schema.json')

export function renderSchema(): string {
  return JSON.stringify(buildSchema(builtinRules), null, 2) + '\n'
}
