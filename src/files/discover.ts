// Turn the paths and globs given on the command line into the files to lint.
// Folders are walked for supported extensions, and for the string catalogs
// (.json, .yaml, .yml) the governing config lists in `catalogs`; node_modules and .git are
// skipped, and so is whatever the governing config's `ignore` or the working
// folder's .brandvoiceignore (gitignore syntax, via the `ignore` package) lists.
import fs from 'node:fs/promises'
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {glob, isDynamicPattern} from 'tinyglobby'
import type {ConfigLoader} from '../config/load.js'
import {relativeToConfig} from '../config/resolve.js'
import type {ProjectConfig} from '../config/types.js'
import {isCatalog, isCatalogExtension} from '../formats/catalog.js'

const alwaysSkipped = new Set(['node_modules', '.git'])

export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

export interface DiscoverOptions {
  cwd: string
  loader: ConfigLoader
  extensions: readonly string[]
}

export async function discoverFiles(inputs: readonly string[], options: DiscoverOptions): Promise<string[]> {
  const filter = await IgnoreFilter.create(options)
  const found = new Set<string>()
  // A catalog is found only where its config opts in, so package.json and friends never are.
  const supported = async (file: string) =>
    options.extensions.includes(path.extname(file).toLowerCase()) ||
    (isCatalogExtension(file) && isCatalog(await options.loader.forDirectory(path.dirname(file)), file))

  for (const input of inputs) {
    const absolute = path.resolve(options.cwd, input)
    const stats = await fs.stat(absolute).catch(() => undefined)
    if (stats?.isDirectory()) {
      await walk(absolute, filter, supported, found)
    } else if (stats?.isFile()) {
      // A file named on the command line is linted whatever its extension
      // (a JSON or YAML file the config does not list as a catalog gets a message saying so).
      if (!(await filter.ignores(absolute, false))) found.add(absolute)
    } else if (isDynamicPattern(input)) {
      const matches = await glob(input, {cwd: options.cwd, absolute: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**']})
      const files = []
      for (const file of matches) if (await supported(file)) files.push(file)
      if (files.length === 0) throw new InputError(`No files match “${input}”.`)
      for (const file of files) if (!(await filter.ignores(file, false))) found.add(path.normalize(file))
    } else {
      throw new InputError(`No such file or folder: “${input}”.`)
    }
  }
  return [...found]
}

async function walk(directory: string, filter: IgnoreFilter, supported: (file: string) => Promise<boolean>, found: Set<string>): Promise<void> {
  let entries
  try {
    entries = await fs.readdir(directory, {withFileTypes: true})
  } catch (error) {
    throw new InputError(`Cannot read the folder “${directory}”: ${(error as Error).message}`)
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1))
  for (const entry of entries) {
    const absolute = path.join(directory, entry.name)
    // Symbolic links to folders are not followed, so a link loop cannot trap the walk.
    if (entry.isDirectory()) {
      if (alwaysSkipped.has(entry.name) || (await filter.ignores(absolute, true))) continue
      await walk(absolute, filter, supported, found)
    } else if ((entry.isFile() || entry.isSymbolicLink()) && (await supported(absolute))) {
      if (entry.isSymbolicLink() && !(await fs.stat(absolute).then((s) => s.isFile(), () => false))) continue
      if (!(await filter.ignores(absolute, false))) found.add(absolute)
    }
  }
}

/** Ignore patterns: the working folder's .brandvoiceignore and each config's `ignore`, relative to that config. */
export class IgnoreFilter {
  readonly #cwd: string
  readonly #fromFile: Ignore | undefined
  readonly #loader: ConfigLoader
  readonly #byProject = new WeakMap<ProjectConfig, Ignore>()

  private constructor(cwd: string, fromFile: Ignore | undefined, loader: ConfigLoader) {
    this.#cwd = cwd
    this.#fromFile = fromFile
    this.#loader = loader
  }

  static async create(options: DiscoverOptions): Promise<IgnoreFilter> {
    const text = await fs.readFile(path.join(options.cwd, '.brandvoiceignore'), 'utf8').catch(() => undefined)
    return new IgnoreFilter(options.cwd, text === undefined ? undefined : ignore().add(text), options.loader)
  }

  async ignores(absolute: string, isDirectory: boolean): Promise<boolean> {
    const suffix = isDirectory ? '/' : ''
    const fromCwd = toPosix(path.relative(this.#cwd, absolute))
    if (this.#fromFile && fromCwd && !fromCwd.startsWith('../') && this.#fromFile.ignores(fromCwd + suffix)) return true

    // The config of the folder that holds the entry decides, for a folder too:
    // a folder's own config must not let it escape its parent's `ignore`.
    const project = await this.#loader.forDirectory(path.dirname(absolute))
    if (project.ignore.length === 0) return false
    const relative = relativeToConfig(project, absolute)
    if (!relative) return false
    let rules = this.#byProject.get(project)
    if (!rules) this.#byProject.set(project, (rules = ignore().add(project.ignore)))
    return rules.ignores(relative + suffix)
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
