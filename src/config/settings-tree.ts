// Nested settings (tone) merge key by key: a value set in a later or more
// specific place replaces that key only, and the keys beside it stay.
type Tree = Record<string, unknown>

function isTree(value: unknown): value is Tree {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** `base` with every leaf that `over` sets replaced; neither argument is changed. */
export function mergeTree<T extends object>(base: T, over: T | undefined): T {
  if (!over) return base
  const merged: Tree = {...(base as Tree)}
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue
    merged[key] = isTree(value) && isTree(merged[key]) ? mergeTree(merged[key] as Tree, value) : value
  }
  return merged as T
}

/** `tree` without the leaves that `set` sets, dropping objects left empty; neither argument is changed. */
export function withoutLeaves<T extends object>(tree: T, set: object | undefined): T {
  if (!set) return tree
  const kept: Tree = {...(tree as Tree)}
  for (const [key, value] of Object.entries(set)) {
    if (value === undefined || !(key in kept)) continue
    if (isTree(value) && isTree(kept[key])) {
      const inner = withoutLeaves(kept[key] as Tree, value)
      if (Object.keys(inner).length > 0) kept[key] = inner
      else delete kept[key]
    } else {
      delete kept[key]
    }
  }
  return kept as T
}
