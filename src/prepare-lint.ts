// Before a file is linted: load the deferred modules (src/deferred.ts) that
// the rules its config turns on and its format need.
import type {Rule} from './rule-api.js'
import type {ProjectConfig} from './config/types.js'
import type {Deferred} from './deferred.js'
import {formatFor} from './formats/index.js'
import {isCatalogExtension} from './formats/catalog.js'
import {markdown} from './formats/markdown.js'

/** Per config: what the rules it turns on need. Every file of a run asks, so it is worked out once. */
const needs = new WeakMap<ProjectConfig, readonly Deferred<unknown>[]>()

/** What the rules the config turns on anywhere (at the top, for a touchpoint, in an override) need. */
function rulesNeed(project: ProjectConfig, rules: readonly Rule<any>[]): readonly Deferred<unknown>[] {
  let needed = needs.get(project)
  if (!needed) {
    const settings = [project.rules, ...Object.values(project.touchpoints).map((touchpoint) => touchpoint.rules), ...project.overrides.map((override) => override.rules)]
    const inUse = rules.filter((rule) =>
      settings.some((setting) => {
        const severity = setting?.[rule.meta.id]?.severity
        return severity !== undefined && severity !== 'off'
      })
    )
    needed = inUse.flatMap((rule) => rule.meta.requires ?? [])
    needs.set(project, needed)
  }
  return needed
}

/** Load what linting `file` with this config needs; cheap once loaded. */
export async function prepareLint(options: {path: string; project: ProjectConfig; rules: readonly Rule<any>[]}): Promise<void> {
  const format = isCatalogExtension(options.path) ? markdown : formatFor(options.path)
  const needed = [...(format?.requires ?? []), ...rulesNeed(options.project, options.rules)]
  const missing = needed.filter((module) => !module.loaded)
  if (missing.length > 0) await Promise.all(missing.map((module) => module.ready()))
}
