// --cache: the reports of files that have not changed since the last run, as
// ESLint keeps them. A file's entry is reused when its key (brandvoice's
// version, the rules, the options that change results, the working folder and
// the file's resolved config) is the same and so is the file: same size and
// modification time, or else the same contents (a fresh checkout in CI gives
// every file a new time, not new contents). The cache is one JSON file,
// written whole and atomically; one that is missing, unreadable or corrupt is
// simply rebuilt.
import {createHash, randomBytes} from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import type {Rule} from '../rule-api.js'
import type {ProjectConfig} from '../config/types.js'
import {contentHash, type FileStamp} from './lint-file.js'
import type {ReadBytes} from '../files/read.js'
import type {PlainReport} from './plain-report.js'

/** Bumped when the layout of the file changes: an older file is then rebuilt. */
const format = 1

export const defaultCacheLocation = path.join('node_modules', '.cache', 'brandvoice') + path.sep

interface Entry extends FileStamp {
  key: string
  report: PlainReport
}

/** The options of a run that change what a file's report says. */
export interface RunKeyParts {
  version: string
  cwd: string
  language: string | undefined
  touchpoint: string | undefined
  reportUnusedDisables: boolean
  rules: readonly Rule<any>[]
}

/**
 * Where the cache file is, as ESLint's --cache-location: a path ending in a
 * separator, or an existing folder, gets a file named after the working
 * folder inside it, so several projects can share one folder.
 */
export function cacheFilePath(cwd: string, location: string = defaultCacheLocation): string {
  const absolute = path.resolve(cwd, location)
  const folder = /[\\/]$/.test(location) || isDirectory(absolute)
  return folder ? path.join(absolute, `.cache_${hashOf(cwd).slice(0, 12)}`) : absolute
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory()
  } catch {
    return false
  }
}

export class LintCache {
  readonly file: string
  readonly #runKey: string
  readonly #entries: Map<string, Entry>
  readonly #keys = new WeakMap<ProjectConfig, string>()
  /** Files looked up or stored in this run; the others are kept if they still exist. */
  readonly #seen = new Set<string>()
  #changed = false

  private constructor(file: string, runKey: string, entries: Map<string, Entry>) {
    this.file = file
    this.#runKey = runKey
    this.#entries = entries
  }

  /** The cache in `file`; empty when there is none or it cannot be used. */
  static async open(file: string, parts: RunKeyParts): Promise<LintCache> {
    const runKey = hashOf(
      JSON.stringify({
        version: parts.version,
        cwd: parts.cwd,
        language: parts.language ?? null,
        touchpoint: parts.touchpoint ?? null,
        reportUnusedDisables: parts.reportUnusedDisables,
        rules: parts.rules.map((rule) => rule.meta)
      })
    )
    const cache = new LintCache(file, runKey, await readEntries(file))
    return cache
  }

  /** The key a file's entry must have: the run's, and the file's resolved config (all it extends merged in). */
  keyFor(project: ProjectConfig): string {
    let key = this.#keys.get(project)
    if (key === undefined) {
      key = hashOf(this.#runKey + '\0' + JSON.stringify(project))
      this.#keys.set(project, key)
    }
    return key
  }

  /**
   * The stored report of `absolute` if it is still what a run would give:
   * same key, and the same file (same size and time, read only when these
   * differ, then the same contents). `usable` may turn a report down.
   */
  async lookup(absolute: string, key: string, readBytes: ReadBytes, usable: (report: PlainReport) => boolean = () => true): Promise<PlainReport | undefined> {
    this.#seen.add(absolute)
    const entry = this.#entries.get(absolute)
    if (!entry || entry.key !== key || !usable(entry.report)) return undefined
    let stat
    try {
      stat = await fsp.stat(absolute)
    } catch {
      return undefined
    }
    if (stat.size === entry.size && stat.mtimeMs === entry.mtimeMs) return entry.report
    if (stat.size !== entry.size) return undefined
    let bytes
    try {
      bytes = await readBytes(absolute)
    } catch {
      return undefined
    }
    if (contentHash(bytes) !== entry.hash) return undefined
    // Same contents, new time (a checkout, a touch): next time the stat is enough.
    entry.mtimeMs = stat.mtimeMs
    this.#changed = true
    return entry.report
  }

  store(absolute: string, key: string, stamp: FileStamp, report: PlainReport): void {
    this.#seen.add(absolute)
    this.#entries.set(absolute, {key, ...stamp, report})
    this.#changed = true
  }

  /** Forget a file whose report this run could not keep (so a stale one is not reused). */
  forget(absolute: string): void {
    if (this.#entries.delete(absolute)) this.#changed = true
  }

  /** Writes the cache (into a new file, renamed over the old one); a reason when it could not. */
  async save(): Promise<string | undefined> {
    await this.#dropDeleted()
    if (!this.#changed) return undefined
    const temporary = `${this.file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
    try {
      await fsp.mkdir(path.dirname(this.file), {recursive: true})
      await fsp.writeFile(temporary, JSON.stringify({format, entries: Object.fromEntries(this.#entries)}))
      await fsp.rename(temporary, this.file)
      this.#changed = false
      return undefined
    } catch (error) {
      await fsp.rm(temporary, {force: true}).catch(() => {})
      return (error as Error).message
    }
  }

  /** Entries of files this run did not see are kept (another run may lint them), unless the file is gone. */
  async #dropDeleted(): Promise<void> {
    const unseen = [...this.#entries.keys()].filter((file) => !this.#seen.has(file))
    const exists = await Promise.all(unseen.map((file) => fsp.stat(file).then(() => true, () => false)))
    unseen.forEach((file, index) => {
      if (!exists[index]) this.forget(file)
    })
  }
}

async function readEntries(file: string): Promise<Map<string, Entry>> {
  try {
    const stored = JSON.parse(await fsp.readFile(file, 'utf8')) as {format?: unknown; entries?: unknown}
    if (stored?.format !== format || typeof stored.entries !== 'object' || stored.entries === null) return new Map()
    return new Map(Object.entries(stored.entries as Record<string, unknown>).filter((pair): pair is [string, Entry] => isEntry(pair[1])))
  } catch {
    return new Map()
  }
}

function isEntry(value: unknown): value is Entry {
  const entry = value as Entry
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.key === 'string' &&
    typeof entry.size === 'number' &&
    typeof entry.mtimeMs === 'number' &&
    typeof entry.hash === 'string' &&
    typeof entry.report === 'object' &&
    entry.report !== null &&
    typeof entry.report.path === 'string' &&
    typeof entry.report.cwd === 'string' &&
    typeof entry.report.language === 'string' &&
    typeof entry.report.touchpoint === 'string' &&
    Array.isArray(entry.report.messages)
  )
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
