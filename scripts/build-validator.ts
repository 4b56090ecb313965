// Part of `npm run build`: compile the config schema of the built-in rules
// with Ajv ahead of time (Ajv's standalone code), so a run does not spend
// its first 200 ms compiling it. src/config/validate.ts uses it only when the
// schema it was compiled from is exactly the one in use.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Ajv} from 'ajv'
import standalone from 'ajv/dist/standalone/index.js'
import {builtinRules} from '../rules/index.js'
import {buildSchema} from '../src/config/schema.js'
import {schemaKey} from '../src/config/validate.js'
import {ajvOptions, compiledValidatorFile} from '../src/config/validator-options.js'

const schema = buildSchema(builtinRules)
const ajv = new Ajv({...ajvOptions, code: {source: true}})
const code = standalone.default(ajv, ajv.compile(schema))
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/config', compiledValidatorFile)
const source = `${code}\nmodule.exports.validate = module.exports;\nmodule.exports.schemaKey = ${JSON.stringify(schemaKey(schema))};\n`
fs.writeFileSync(out, source)
