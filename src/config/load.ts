// Find, load and merge configs. cosmiconfig searches from each file's folder
// upward (stopping at the nearest package.json); `--config` uses one file
// alone. `extends` layers presets and other files under a config, in order.
import path from 'node:path'
import {cosmiconfig, defaultLoaders, type Loader} from 'cosmiconfig'
import {closest} from 'fastest-levenshtein'
import type {Rule} from '../rule-api.js'
import {ConfigError} from './errors.js'
import {nowhere, parseJsonConfig, parseYamlConfig, type Locate} from './parse.js'
import {validateConfig} from './validate.js'
import {mergeLayers} from './merge.js'
import {presetsFor} from './presets.js'
import type {ProjectConfig, UserConfig} from './types.js'

export const searchPlaces = [
  '.brandvoicerc',
  '.brandvoicerc.json',
  '.brandvoicerc.yaml',
  '.brandvoicerc.yml',
  'brandvoice.config.js',
  'brandvoice.config.mjs',
  'brandvoice.config.cjs',
  'package.json'
]

const presetPrefix = 'brandvoice:'

/** File names brandvoice loads as configs: a known extension, or none (YAML or JSON). */
const readableConfig = /(\.(json|ya?ml|[cm]?js)|^[^.]*|^\.[^.]+)$/i

export interface ConfigLoaderOptions {
  rules: readonly Rule<any>[]
  cwd: string
  /** `--config FILE`: this file alone, no search. */
  configFile?: string
  /**
   * Whether JavaScript configs may be loaded; loading one runs its code.
   * `--no-config-js` sets it to false for CI jobs that lint untrusted changes.
   */
  allowJs?: boolean
}

export class ConfigLoader {
  readonly #rules: readonly Rule<any>[]
  readonly #cwd: string
  readonly #configFile: string | undefined
  readonly #locators = new Map<string, Locate>()
  readonly #projects = new Map<string, Promise<ProjectConfig>>()
  readonly #explorer

  constructor(options: ConfigLoaderOptions) {
    this.#rules = options.rules
    this.#cwd = options.cwd
    this.#configFile = options.configFile && path.resolve(options.cwd, options.configFile)
    const remember = (parse: typeof parseJsonConfig): Loader => (filepath, content) => {
      const parsed = parse(content, filepath)
      const inPackage = path.basename(filepath) === 'package.json'
      this.#locators.set(filepath, inPackage ? (keys) => parsed.locate(['brandvoice', ...keys]) : parsed.locate)
      return parsed.value
    }
    const javascript = (loader: Loader): Loader => (options.allowJs === false ? refuseJavaScript : named(loader))
    this.#explorer = cosmiconfig('brandvoice', {
      searchPlaces,
      searchStrategy: 'project',
      loaders: {
        ...defaultLoaders,
        '.js': javascript(defaultLoaders['.js']),
        '.mjs': javascript(defaultLoaders['.mjs']),
        '.cjs': javascript(defaultLoaders['.cjs']),
        '.json': remember(parseJsonConfig),
        '.yaml': remember(parseYamlConfig),
        '.yml': remember(parseYamlConfig),
        noExt: remember(parseYamlConfig)
      }
    })
  }

  /** The config that governs files in `directory`. */
  async forDirectory(directory: string): Promise<ProjectConfig> {
    if (this.#configFile) return this.#project(this.#configFile, () => this.#load(this.#configFile!, this.#cwd))
    let found
    try {
      found = await this.#explorer.search(directory)
    } catch (error) {
      throw asConfigError(error, undefined)
    }
    if (!found) return this.#project('', async () => this.#resolve({}, undefined, this.#cwd))
    const {filepath} = found
    return this.#project(filepath, async () => {
      const config = found.isEmpty ? {} : found.config
      return this.#resolve(this.#validate(config, filepath), filepath, path.dirname(filepath))
    })
  }

  /** A config given as an object rather than a file (tests, editor integrations). */
  async fromObject(config: unknown, baseDir = this.#cwd): Promise<ProjectConfig> {
    validateConfig(config, this.#rules, undefined, nowhere)
    return this.#resolve(config, undefined, baseDir)
  }

  #project(key: string, make: () => Promise<ProjectConfig>): Promise<ProjectConfig> {
    let project = this.#projects.get(key)
    if (!project) {
      project = make()
      this.#projects.set(key, project)
    }
    return project
  }

  async #load(filepath: string, baseDir: string): Promise<ProjectConfig> {
    const config = await this.#read(filepath)
    return this.#resolve(config, filepath, baseDir)
  }

  async #read(filepath: string): Promise<UserConfig> {
    // Only the formats the docs promise: cosmiconfig always adds its TypeScript
    // loader, which works where TypeScript happens to be installed and fails elsewhere.
    if (!readableConfig.test(path.basename(filepath))) {
      throw new ConfigError('brandvoice reads configs in JSON, YAML or JavaScript (.json, .yaml, .yml, .js, .mjs, .cjs, or .brandvoicerc with no extension).', {file: filepath})
    }
    let result
    try {
      result = await this.#explorer.load(filepath)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ConfigError('Cannot find this config file.', {file: filepath})
      }
      throw asConfigError(error, filepath)
    }
    return this.#validate(result?.config ?? {}, filepath)
  }

  #validate(config: unknown, filepath: string): UserConfig {
    validateConfig(config, this.#rules, filepath, this.#locators.get(filepath) ?? nowhere)
    return config
  }

  async #resolve(config: UserConfig, filepath: string | undefined, baseDir: string): Promise<ProjectConfig> {
    const layers = await this.#layers(config, filepath, filepath ? [filepath] : [], new Set())
    return mergeLayers(layers, {filepath, baseDir})
  }

  /** The config and everything it extends, flattened in merge order. */
  async #layers(config: UserConfig, filepath: string | undefined, chain: string[], seen: Set<string>): Promise<UserConfig[]> {
    const names = config.extends === undefined ? [presetPrefix + 'recommended'] : [config.extends].flat()
    const layers: UserConfig[] = []
    for (const name of names) {
      if (name.startsWith(presetPrefix)) {
        if (seen.has(name)) continue
        seen.add(name)
        layers.push(this.#preset(name.slice(presetPrefix.length), filepath))
        continue
      }
      const target = path.resolve(filepath ? path.dirname(filepath) : this.#cwd, name)
      if (chain.includes(target)) {
        const cycle = [...chain, target].map((file) => path.relative(this.#cwd, file)).join(' → ')
        throw new ConfigError(`“extends” goes round in a circle: ${cycle}.`, {file: filepath})
      }
      if (seen.has(target)) continue
      seen.add(target)
      let extended: UserConfig
      try {
        extended = await this.#read(target)
      } catch (error) {
        if (error instanceof ConfigError && error.file === target && error.message.startsWith('Cannot find')) {
          throw new ConfigError(`“extends” names “${name}”, but there is no such file (${target}).`, {file: filepath})
        }
        throw error
      }
      layers.push(...(await this.#layers(extended, target, [...chain, target], seen)))
    }
    layers.push(config)
    return layers
  }

  #preset(name: string, filepath: string | undefined): UserConfig {
    const presets = presetsFor(this.#rules)
    const preset = presets[name]
    if (!preset) {
      const known = Object.keys(presets)
      throw new ConfigError(
        `Unknown preset “${presetPrefix}${name}”. Did you mean “${presetPrefix}${closest(name, known)}”? Known presets: ${known.map((k) => presetPrefix + k).join(', ')}.`,
        {file: filepath}
      )
    }
    return preset
  }
}

/** Under --no-config-js: the file is read as text but never run. */
const refuseJavaScript: Loader = function (filepath) {
  throw new ConfigError(
    'This config is JavaScript, and loading it would run its code; --no-config-js (or BRANDVOICE_NO_CONFIG_JS=1) refuses JavaScript configs. Use .brandvoicerc.json or .brandvoicerc.yaml instead.',
    {file: filepath}
  )
}

/**
 * A JavaScript config may throw anything; cosmiconfig sets `filepath` on what
 * is thrown, which fails on a string, and the file's name is lost. So what is
 * not an Error becomes a ConfigError that names the file.
 */
function named(loader: Loader): Loader {
  return async function (filepath, content) {
    try {
      return await loader(filepath, content)
    } catch (error) {
      if (error instanceof Error) throw error
      throw new ConfigError(`Cannot load this config: it threw ${JSON.stringify(error) ?? String(error)}.`, {file: filepath})
    }
  }
}

function asConfigError(error: unknown, filepath: string | undefined): ConfigError {
  if (error instanceof ConfigError) return error
  const message = error instanceof Error ? error.message : String(error)
  const file = (error as {filepath?: string}).filepath ?? filepath
  return new ConfigError(`Cannot load this config: ${message.split('\n')[0]}`, {file})
}
