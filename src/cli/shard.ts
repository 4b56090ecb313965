// `--shard i/n`: lint one of n parts of the file list, for CI matrices. A
// file's part is decided by a hash of its path alone (relative to the working
// folder, `/`-separated, NFC), so every machine and OS splits a tree the same
// way, and adding or removing a file never moves another file to another part.
// The price is that parts are as even as chance makes them, not exactly even.
import path from 'node:path'
import {UsageError} from './usage-error.js'

/** Part `index` (1-based, as Jest and Playwright count) of `count`. */
export interface Shard {
  index: number
  count: number
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  const expected = 'whole numbers i/n with 1 ≤ i ≤ n, such as --shard 2/4'
  if (!match) throw new UsageError(`--shard expects ${expected}, not “${text}”.`)
  const index = Number(match[1])
  const count = Number(match[2])
  if (!Number.isSafeInteger(count) || count < 1) throw new UsageError(`--shard “${text}”: the number of shards must be 1 or more; expected ${expected}.`)
  if (!Number.isSafeInteger(index) || index < 1 || index > count) {
    throw new UsageError(`--shard “${text}”: the shard must be between 1 and ${count}; expected ${expected}.`)
  }
  return {index, count}
}

/** The files of this shard, in their order; `files` are absolute, as discovery gives them. */
export function filesInShard(files: readonly string[], shard: Shard, cwd: string): string[] {
  return files.filter((file) => shardOf(shardKey(cwd, file), shard.count) === shard.index)
}

/** What decides a file's shard: its path as reports show it, in one Unicode form (macOS may give names decomposed). */
export function shardKey(cwd: string, absolute: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/').normalize('NFC')
}

/** The shard (1-based) that `key` falls in, out of `count`. */
export function shardOf(key: string, count: number): number {
  return (pathHash(key) % count) + 1
}

const encoder = new TextEncoder()

/**
 * 32-bit FNV-1a, then murmur3's finalizer. `% count` reads the low bits, and
 * FNV-1a alone leaves them regular for names that differ in their last
 * characters: 1,000 names docs/page-1.md…docs/page-1000.md in 30 shards got
 * 10 to 67 files each (33 on average); with the finalizer, 22 to 49, as chance would.
 */
export function pathHash(text: string): number {
  let hash = fnv1a(text)
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}

/** 32-bit FNV-1a over the text's UTF-8 bytes, the same on every platform. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (const byte of encoder.encode(text)) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
