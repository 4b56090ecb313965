// Before a file is linted: load the deferred modules (src/deferred.ts) that
// the rules its config turns on and its format need.
import path from 'node:path'
import type {Rule} from './rule-api.js'
import type {ProjectConfig} from './config/types.js'
import {formatFor} from './formats/index.js'
import {isCatalogExtension} from './formats/catalog.js'
import {markdown} from './formats/markdown.js'

/** Rules the config turns on anywhere: at the top, for a touchpoint or in an override. */
function rulesInUse(project: ProjectConfig, rules: readonly Rule<any>[]): Rule<any>[] {
  const settings = [project.rules, ...Object.values(project.touchpoints).map((touchpoint) => touchpoint.rules), ...project.overrides.map((override) => override.rules)]
  return rules.filter((rule) => settings.some((setting) => {
    const severity = setting?.[rule.meta.id]?.severity
    return severity !== undefined && severity !== 'off'
  }))
}

/** Load what linting `file` with this config needs; cheap once loaded. */
export async function prepareLint(options: {path: string; project: ProjectConfig; rules: readonly Rule<any>[]}): Promise<void> {
  const format = isCatalogExtension(options.path) ? markdown : formatFor(path.basename(options.path))
  const needed = [...(format?.requires ?? []), ...rulesInUse(options.project, options.rules).flatMap((rule) => rule.meta.requires ?? [])]
  const missing = needed.filter((module) => !module.loaded)
  if (missing.length > 0) await Promise.all(missing.map((module) => module.ready()))
}
