// `npm run build:schema`: write schema/brandvoicerc.schema.json from the rule
// registry, so editors can complete and check .brandvoicerc.json files.
import fs from 'node:fs'
import path from 'node:path'
import {renderSchema, schemaPath} from './schema-file.js'
import {root} from './paths.js'

fs.mkdirSync(path.dirname(schemaPath), {recursive: true})
fs.writeFileSync(schemaPath, renderSchema())
console.log(`Wrote ${path.relative(root, schemaPath)}`)
