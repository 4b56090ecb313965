// ConfigLoader in-process: search and caching per folder, --config alone,
// presets derived from rule metadata, and how `extends` layers merge.
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {builtinRules} from '../../rules/index.js'
import {ConfigError} from '../../src/config/errors.js'
import {ConfigLoader} from '../../src/config/load.js'
import {mergeLayers} from '../../src/config/merge.js'
import {presetsFor} from '../../src/config/presets.js'
import {defineRule, type Rule} from '../../src/rule-api.js'
import {useTempProjects} from '../helpers/cli.js'

const project = useTempProjects()
/** What a config without `extends` starts from: the preset the rules' meta makes, merged as a layer. */
const recommendedProject = (baseDir: string) => mergeLayers([presetsFor(builtinRules).recommended!], {filepath: undefined, baseDir})
const recommended = recommendedProject('/').rules

async function loadError(loader: ConfigLoader, directory: string): Promise<ConfigError> {
  const error = await loader.forDirectory(directory).then(
    () => undefined,
    (error: unknown) => error
  )
  expect(error).toBeInstanceOf(ConfigError)
  return error as ConfigError
}

describe('ConfigLoader.forDirectory', () => {
  it('finds the nearest config and makes its folder the base of its globs', async () => {
    const folder = project({
      '.brandvoicerc.yaml': 'language: ro\nbrand:\n  names: [Inoveo]\n',
      'emails/welcome/.keep': ''
    })
    const loader = new ConfigLoader({rules: builtinRules, cwd: path.join(folder, 'emails')})
    const config = await loader.forDirectory(path.join(folder, 'emails', 'welcome'))
    expect(config).toMatchObject({filepath: path.join(folder, '.brandvoicerc.yaml'), baseDir: folder, language: 'ro', brand: {names: ['Inoveo'], acronyms: []}})
    expect(config.rules).toEqual(recommended)
  })

  it('gives the recommended rules and no language with no config, based in the working folder', async () => {
    const folder = project({'copy/.keep': ''})
    const config = await new ConfigLoader({rules: builtinRules, cwd: folder}).forDirectory(path.join(folder, 'copy'))
    expect(config).toEqual(recommendedProject(folder))
    expect(config).toMatchObject({filepath: undefined, baseDir: folder, language: undefined, lexicon: [], overrides: [], ignore: []})
    // Every rule that is not opt-in is on: everywhere at its severity, or off with its severity at its touchpoints.
    for (const {meta} of builtinRules.filter((rule) => !rule.meta.optIn)) {
      const only = meta.recommended?.touchpoints
      expect(config.rules[meta.id]?.severity).toBe(only ? 'off' : meta.severity)
      for (const type of only ?? []) expect(config.touchpoints[type]?.rules[meta.id]?.severity).toBe(meta.severity)
    }
  })

  it('loads each config once: folders that share a config share the object', async () => {
    const folder = project({'.brandvoicerc.json': '{}', 'a/.keep': '', 'b/.keep': '', 'c/.brandvoicerc.json': '{}'})
    const loader = new ConfigLoader({rules: builtinRules, cwd: folder})
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((name) => loader.forDirectory(path.join(folder, name))))
    expect(a).toBe(b)
    expect(c).not.toBe(a)
  })

  it('uses --config alone, with the working folder as the base of its globs', async () => {
    const folder = project({
      '.brandvoicerc.json': '{"language": "pl"}',
      'config/voice.json': '{"language": "ro", "ignore": ["drafts/"]}',
      'copy/.brandvoicerc.json': '{"language": "ca"}'
    })
    const loader = new ConfigLoader({rules: builtinRules, cwd: folder, configFile: 'config/voice.json'})
    for (const directory of [folder, path.join(folder, 'copy')]) {
      expect(await loader.forDirectory(directory)).toMatchObject({filepath: path.join(folder, 'config', 'voice.json'), baseDir: folder, language: 'ro', ignore: ['drafts/']})
    }
  })

  it('throws a ConfigError with the file, line and column', async () => {
    const folder = project({'.brandvoicerc.json': '{\n  "language": "en"\n  "brand": {}\n}\n'})
    const error = await loadError(new ConfigLoader({rules: builtinRules, cwd: folder}), folder)
    expect(error).toMatchObject({file: path.join(folder, '.brandvoicerc.json'), line: 3, column: 3, message: 'Invalid JSON: comma expected.'})
  })

  it('says so when the --config file does not exist', async () => {
    const folder = project({})
    const error = await loadError(new ConfigLoader({rules: builtinRules, cwd: folder, configFile: 'missing.yaml'}), folder)
    expect(error).toMatchObject({file: path.join(folder, 'missing.yaml'), message: 'Cannot find this config file.'})
  })

  it('rejects a YAML alias bomb rather than expanding it', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, index) => `${name}: &${name} [${Array(10).fill(`*${'abcdefgh'[index]}`).join(', ')}]`)].join('\n')
    const folder = project({'.brandvoicerc.yaml': bomb + '\n'})
    const error = await loadError(new ConfigLoader({rules: builtinRules, cwd: folder}), folder)
    expect(error.message).toBe('Invalid YAML: Excessive alias count indicates a resource exhaustion attack.')
  })
})

describe('extends', () => {
  it('merges layers in order: presets and files first, the config last', async () => {
    const folder = project({
      'shared/base.yaml': [
        'language: en',
        'brand:',
        '  names: [Inoveo, GitHub]',
        'lexicon:',
        '  - avoid: user',
        '    use: customer',
        'touchpoints:',
        '  welcome:',
        '    files: ["**/welcome*"]',
        '  support-reply:',
        '    files: ["support/**"]',
        'rules:',
        '  lexicon/brand-name: warning',
        'overrides:',
        '  - files: ["ro/**"]',
        '    language: ro',
        'ignore: [archive/]',
        ''
      ].join('\n'),
      '.brandvoicerc.json': JSON.stringify({
        extends: ['./shared/base.yaml', 'brandvoice:recommended'],
        language: 'ro',
        brand: {names: ['GitHub', 'Slack']},
        lexicon: [{avoid: 'unfortunately'}],
        touchpoints: {welcome: {files: ['emails/hello*']}},
        rules: {'lexicon/banned-term': 'info'},
        overrides: [{files: ['legal/**'], rules: {'lexicon/preferred-term': 'off'}}],
        ignore: ['drafts/']
      })
    })
    const config = await new ConfigLoader({rules: builtinRules, cwd: folder}).forDirectory(folder)
    expect(config.language).toBe('ro')
    expect(config.brand.names).toEqual(['Inoveo', 'GitHub', 'Slack'])
    expect(config.lexicon.map((entry) => entry.avoid)).toEqual([['user'], ['unfortunately']])
    expect(config.touchpoints).toMatchObject({welcome: {files: ['emails/hello*']}, 'support-reply': {files: ['support/**']}})
    expect(config.overrides.map((override) => override.files)).toEqual([['ro/**'], ['legal/**']])
    expect(config.ignore).toEqual(['archive/', 'drafts/'])
    // base.yaml brought the recommended rules (it has no extends); naming the preset again merges it once, where it first came.
    expect(config.rules).toEqual({...recommended, 'lexicon/brand-name': {severity: 'warning', options: undefined}, 'lexicon/banned-term': {severity: 'info', options: undefined}})
  })

  it('resolves extends paths from the folder of the config that names them', async () => {
    const folder = project({
      'a/.brandvoicerc.json': '{"extends": "../shared/one.json"}',
      'shared/one.json': '{"extends": "./nested/two.json"}',
      'shared/nested/two.json': '{"extends": [], "language": "ca"}'
    })
    const config = await new ConfigLoader({rules: builtinRules, cwd: folder}).forDirectory(path.join(folder, 'a'))
    expect(config.language).toBe('ca')
    // one.json has an extends, so it does not bring in the recommended rules, and two.json starts empty.
    expect(config.rules).toEqual({})
  })

  it('throws on a cycle, naming the config that closes it', async () => {
    const folder = project({'.brandvoicerc.json': '{"extends": "./a.json"}', 'a.json': '{"extends": "./.brandvoicerc.json"}'})
    const error = await loadError(new ConfigLoader({rules: builtinRules, cwd: folder}), folder)
    expect(error.file).toBe(path.join(folder, 'a.json'))
    expect(error.message).toBe('“extends” goes round in a circle: .brandvoicerc.json → a.json → .brandvoicerc.json.')
  })
})

describe('ConfigLoader.fromObject', () => {
  it('validates and merges a config given as an object', async () => {
    const loader = new ConfigLoader({rules: builtinRules, cwd: '/project'})
    const config = await loader.fromObject({extends: [], lexicon: [{avoid: 'user', use: ['customer', 'client'], language: 'en'}]})
    expect(config).toMatchObject({filepath: undefined, baseDir: '/project', rules: {}})
    expect(config.lexicon).toEqual([{avoid: ['user'], use: ['customer', 'client'], language: ['en'], caseSensitive: false}])
    await expect(loader.fromObject({lexicon: [{avoid: ''}]})).rejects.toThrow('lexicon[0].avoid must not be empty.')
  })
})

describe('presets', () => {
  const rule = (id: string, optIn: boolean): Rule<any> =>
    defineRule(
      {id, description: id, severity: 'info', optIn, languages: '*', touchpoints: '*', optionsSchema: {type: 'object'}, defaults: {}, rationale: '', examples: []},
      () => {}
    )

  it('derives brandvoice:recommended from the rules: every rule not opt-in, at its own severity', () => {
    const rules = [rule('tone/calm', false), rule('tone/formal', true)]
    expect(presetsFor(rules)).toEqual({recommended: {extends: [], rules: {'tone/calm': 'info'}, tone: {}, touchpoints: {}}})
    expect(presetsFor(builtinRules).recommended!.rules).toEqual(
      Object.fromEntries(builtinRules.filter((r) => !r.meta.optIn).map(({meta}) => [meta.id, meta.recommended?.touchpoints ? 'off' : meta.severity]))
    )
  })
})

describe('mergeLayers', () => {
  it('keeps the options an earlier layer gave a rule when a later one gives only a severity', () => {
    const merged = mergeLayers([{rules: {'tone/calm': ['warning', {max: 2}]}}, {rules: {'tone/calm': 'error'}}, {rules: {'tone/formal': ['info']}}], {filepath: undefined, baseDir: '/p'})
    expect(merged.rules).toEqual({'tone/calm': {severity: 'error', options: {max: 2}}, 'tone/formal': {severity: 'info', options: undefined}})
  })

  it('keeps a touchpoint’s files when a later layer names the type without files', () => {
    const merged = mergeLayers([{touchpoints: {welcome: {files: ['a/**']}}}, {touchpoints: {welcome: {}}}], {filepath: undefined, baseDir: '/p'})
    expect(merged.touchpoints).toEqual({welcome: {files: ['a/**'], keys: [], rules: {}, tone: {}, require: undefined, elements: {}}})
  })
})
