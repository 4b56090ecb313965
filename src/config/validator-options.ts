// One set of Ajv options for the validator compiled at build time and the one
// compiled at run time, so both report the same errors.
// verbose: errors carry their schema and data, which the messages quote.
export const ajvOptions = {allErrors: true, strict: false, verbose: true} as const

/** The file, beside this module in dist/, that `npm run build` writes with the built-in rules' validator. */
export const compiledValidatorFile = 'compiled-validator.cjs'
