// brandvoice's programmatic API: lint text against a brand's config without
// the CLI. `lintText` is the same pipeline the CLI runs on every file.
import path from 'node:path'
import {builtinRules} from '../rules/index.js'
import {ConfigLoader} from './config/load.js'
import {lintText as lintWithProject, type LintResult} from './lint.js'
import {prepareLint} from './prepare-lint.js'
import type {UserConfig} from './config/types.js'

export {defineRule, severities} from './rule-api.js'
export type {Rule, RuleMeta, RuleContext, RuleExample, Report, Severity} from './rule-api.js'
export type {UserConfig, ProjectConfig} from './config/types.js'
export {ConfigError} from './config/errors.js'
export {ConfigLoader} from './config/load.js'
export {builtinRules}
export type {LintResult}

export interface LintTextOptions {
  /** The path the text belongs to (decides its format and matches config globs); default `stdin.md`. */
  path?: string
  /** A config object; without it the config is searched from the path's folder like the CLI does. */
  config?: UserConfig
  cwd?: string
  language?: string
  touchpoint?: string
  /** Warn at each inline disable that silenced nothing (the CLI's --report-unused-disables). */
  reportUnusedDisables?: boolean
}

export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd()
  const filePath = path.resolve(cwd, options.path ?? 'stdin.md')
  const loader = new ConfigLoader({rules: builtinRules, cwd})
  const project = options.config
    ? await loader.fromObject(options.config, cwd)
    : await loader.forDirectory(path.dirname(filePath))
  await prepareLint({path: filePath, project, rules: builtinRules})
  return lintWithProject(text, {
    path: path.relative(cwd, filePath),
    cwd,
    project,
    rules: builtinRules,
    language: options.language,
    touchpoint: options.touchpoint,
    reportUnusedDisables: options.reportUnusedDisables
  })
}
