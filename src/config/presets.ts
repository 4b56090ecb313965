// Built-in presets, named `brandvoice:<name>` in `extends`. `recommended` is
// derived from the rules' own metadata (every rule that is not opt-in, at the
// severity it declares, at the touchpoints it names, with the tone defaults it
// reads), so adding a rule needs no edit here.
import type {Rule} from '../rule-api.js'
import type {UserConfig} from './types.js'
import {mergeTree} from './settings-tree.js'

const cache = new WeakMap<readonly Rule<any>[], Record<string, UserConfig>>()

export function presetsFor(rules: readonly Rule<any>[]): Record<string, UserConfig> {
  let presets = cache.get(rules)
  if (!presets) {
    const recommended: UserConfig = {extends: [], rules: {}, tone: {}, touchpoints: {}}
    const touchpoint = (type: string) => (recommended.touchpoints![type] ??= {})
    for (const {meta} of rules) {
      if (meta.optIn) continue
      const only = meta.recommended?.touchpoints
      recommended.rules![meta.id] = only ? 'off' : meta.severity
      for (const type of only ?? []) (touchpoint(type).rules ??= {})[meta.id] = meta.severity
      for (const [type, options] of Object.entries(meta.recommended?.options ?? {})) {
        ;(touchpoint(type).rules ??= {})[meta.id] = [meta.severity, options as Record<string, unknown>]
      }
      for (const [type, tone] of Object.entries(meta.recommended?.tone ?? {})) {
        if (type === '*') recommended.tone = mergeTree(recommended.tone!, tone)
        else touchpoint(type).tone = mergeTree(touchpoint(type).tone ?? {}, tone)
      }
    }
    presets = {recommended}
    cache.set(rules, presets)
  }
  return presets
}
