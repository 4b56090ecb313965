// Built-in presets, named `brandvoice:<name>` in `extends`. `recommended` is
// derived from the rules' own metadata (every rule that is not opt-in, at the
// severity it declares), so adding a rule needs no edit here.
import type {Rule} from '../rule-api.js'
import type {UserConfig} from './types.js'

const cache = new WeakMap<readonly Rule<any>[], Record<string, UserConfig>>()

export function presetsFor(rules: readonly Rule<any>[]): Record<string, UserConfig> {
  let presets = cache.get(rules)
  if (!presets) {
    const recommended: UserConfig = {extends: [], rules: {}}
    for (const {meta} of rules) {
      if (!meta.optIn) recommended.rules![meta.id] = meta.severity
    }
    presets = {recommended}
    cache.set(rules, presets)
  }
  return presets
}
