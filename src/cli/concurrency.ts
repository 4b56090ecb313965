// --concurrency <n|auto|off>, as ESLint 9 names it: how many worker threads
// lint files. `auto` uses them only where they pay for their start (each
// worker loads the rules, and the dictionaries of the languages it meets).
import os from 'node:os'

export type Concurrency = number | 'auto' | 'off'

export function parseConcurrency(value: string): Concurrency | undefined {
  if (value === 'auto' || value === 'off') return value
  if (!/^[0-9]+$/.test(value)) return undefined
  const count = Number(value)
  return Number.isSafeInteger(count) && count >= 1 ? count : undefined
}

/**
 * Below this much copy beside the largest file, `auto` lints in the main
 * thread: starting workers costs more than they save. Measured on this
 * project's examples and ../shared/corpus (see docs/ci.md).
 */
export const autoMinimumBytes = 256 * 1024

export interface Work {
  /** The size of each file to lint, in bytes. */
  sizes: readonly number[]
}

/** How many worker threads to lint `work` with; 0 means none (lint in the main thread). */
export function workerCount(concurrency: Concurrency, work: Work, cores: number = os.availableParallelism()): number {
  const files = work.sizes.length
  if (concurrency === 'off' || files === 0) return 0
  if (typeof concurrency === 'number') return Math.min(concurrency, files)
  // No worker can finish before the largest file is done: what can run beside it is the rest.
  const total = work.sizes.reduce((sum, size) => sum + size, 0)
  const beside = total - work.sizes.reduce((largest, size) => Math.max(largest, size), 0)
  if (cores < 2 || files < 2 || beside < autoMinimumBytes) return 0
  return Math.min(cores, files)
}
