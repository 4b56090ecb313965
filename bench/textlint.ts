// The yardstick: textlint with textlint-rule-prh, given the bench's lexicon as
// prh rules, run in process through textlint's own API (createLinter and
// loadTextlintrc, textlint 12+). Both are dev dependencies; when either is
// missing the comparison is skipped, never the bench.
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {stringify} from 'yaml'
import type {UserLexiconEntry} from '../src/lexicon/entry.js'
import {prhRules} from './lexicon.js'

/** The little of textlint's API the bench uses (typed here, so the build does not need textlint). */
interface TextlintApi {
  loadTextlintrc(options: {configFilePath: string; node_modulesDir: string}): Promise<unknown>
  createLinter(options: {descriptor: unknown; cwd: string}): {lintText(text: string, filePath: string): Promise<{messages: unknown[]}>}
}

export interface TextlintLinter {
  version: string
  /** Lints one text as the file `filePath`; resolves to the number of messages. */
  lint(text: string, filePath: string): Promise<number>
}

/** textlint's version, or why the comparison cannot run. */
export function findTextlint(root: string): {version: string} | {missing: string} {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {devDependencies?: Record<string, string>}
  const wanted = ['textlint', 'textlint-rule-prh']
  const undeclared = wanted.filter((name) => !manifest.devDependencies?.[name])
  if (undeclared.length > 0) return {missing: `${undeclared.join(' and ')} not in devDependencies`}
  const require = createRequire(path.join(root, 'package.json'))
  const absent = wanted.filter((name) => {
    try {
      require.resolve(`${name}/package.json`)
      return false
    } catch {
      return true
    }
  })
  if (absent.length > 0) return {missing: `${absent.join(' and ')} not installed (run npm install)`}
  return {version: (require('textlint/package.json') as {version: string}).version}
}

/** A textlint linter with only the prh rule, whose rules are `lexicon`; its files are written under `directory`. */
export async function textlintWithLexicon(root: string, lexicon: readonly UserLexiconEntry[], directory: string, cwd: string): Promise<TextlintLinter> {
  const rulesFile = path.join(directory, `prh-${lexicon.length}.yml`)
  const configFile = path.join(directory, `textlintrc-${lexicon.length}.json`)
  fs.writeFileSync(rulesFile, stringify(prhRules(lexicon)))
  fs.writeFileSync(configFile, JSON.stringify({rules: {prh: {rulePaths: [rulesFile]}}}, null, 2))
  const require = createRequire(path.join(root, 'package.json'))
  // A specifier in a variable: TypeScript leaves the optional package's types alone.
  const loaded = (await import(pathToFileURL(require.resolve('textlint')).href)) as TextlintApi & {default?: TextlintApi}
  // textlint is CommonJS: its functions are named exports when Node can see them, else on the default export.
  const textlint = typeof loaded.createLinter === 'function' ? loaded : loaded.default!
  const descriptor = await textlint.loadTextlintrc({configFilePath: configFile, node_modulesDir: path.join(root, 'node_modules')})
  const linter = textlint.createLinter({descriptor, cwd})
  const version = (require('textlint/package.json') as {version: string}).version
  return {
    version,
    async lint(text, filePath) {
      return (await linter.lintText(text, filePath)).messages.length
    }
  }
}
