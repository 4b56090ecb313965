// Where configs come from: every search place, the nearest config per folder,
// --config alone, and `extends` with presets, paths and lists.
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {brandvoice, brief, fixtures, parseReport, requireBuild, useTempProjects, type JsonReport} from '../helpers/cli.js'

requireBuild()
const project = useTempProjects()

const messagesByFile = (report: JsonReport) => Object.fromEntries(report.files.map((file) => [file.path, file.messages.map(brief)]))

describe.concurrent('search places', () => {
  it('finds a config in each place cosmiconfig searches, and loads its content', async () => {
    // test/fixtures/search-places/<place>/copy.md sits next to one config whose
    // lexicon entry names the file it came from.
    const run = await brandvoice(['--format', 'json'], {cwd: path.join(fixtures, 'search-places')})
    const reasons = Object.fromEntries(parseReport(run.stdout).files.map((file) => [file.path, file.messages.map((message) => message.message)]))
    expect(reasons).toEqual({
      'config-cjs/copy.md': ['Avoid “zorb” (from brandvoice.config.cjs).'],
      'config-js/copy.md': ['Avoid “zorb” (from brandvoice.config.js).'],
      'config-mjs/copy.md': ['Avoid “zorb” (from brandvoice.config.mjs).'],
      'empty-goes-up/inner/copy.md': ['Avoid “zorb” (from the folder above the empty config).'],
      'first-wins/copy.md': ['Avoid “zorb” (from .brandvoicerc.json, the earlier search place).'],
      'package-json/copy.md': ['Avoid “zorb” (from package.json).'],
      'rc-json/copy.md': ['Avoid “zorb” (from .brandvoicerc.json).'],
      'rc-yaml/copy.md': ['Avoid “zorb” (from .brandvoicerc.yaml).'],
      'rc-yml/copy.md': ['Avoid “zorb” (from .brandvoicerc.yml).'],
      'rc-as-json/copy.md': ['Avoid “zorb” (from .brandvoicerc written as JSON).'],
      'rc/copy.md': ['Avoid “zorb” (from .brandvoicerc).']
    })
    expect(run.stderr).toBe('')
  })

  it('stops at the folder with package.json: a config above the project is not used', async () => {
    const outer = project({'.brandvoicerc.json': JSON.stringify({lexicon: [{avoid: 'zorb'}]}), 'site/package.json': '{"name": "site"}\n', 'site/copy.md': 'Zorb.\n'})
    const run = await brandvoice(['--format', 'json', 'site'], {cwd: outer})
    expect(parseReport(run.stdout).files[0]!.messages).toEqual([])
  })
})

describe.concurrent('nearest config per folder', () => {
  it('uses the nearest config alone: configs do not cascade', async () => {
    const folder = project({
      '.brandvoicerc.json': JSON.stringify({lexicon: [{avoid: 'zorb', reason: 'root'}]}),
      'copy.md': 'Zorb and blip.\n',
      'ro/.brandvoicerc.yaml': 'language: ro\nlexicon:\n  - avoid: blip\n    reason: ro folder\n',
      'ro/copy.md': 'Zorb and blip.\n',
      'ro/deeper/copy.md': 'Zorb and blip.\n'
    })
    const report = parseReport((await brandvoice(['--format', 'json'], {cwd: folder})).stdout)
    expect(messagesByFile(report)).toEqual({
      'copy.md': ['1:1-1:5 error lexicon/banned-term: Avoid “Zorb” (root).'],
      'ro/copy.md': ['1:10-1:14 error lexicon/banned-term: Avoid “blip” (ro folder).'],
      'ro/deeper/copy.md': ['1:10-1:14 error lexicon/banned-term: Avoid “blip” (ro folder).']
    })
    expect(report.files.map((file) => file.language)).toEqual(['en', 'ro', 'ro'])
  })
})

describe.concurrent('--config FILE', () => {
  const folder = project({
    '.brandvoicerc.json': JSON.stringify({lexicon: [{avoid: 'zorb'}]}),
    'emails/.brandvoicerc.json': JSON.stringify({lexicon: [{avoid: 'blip'}]}),
    'emails/welcome.md': 'Zorb, blip and flarn.\n',
    'support/reply.md': 'Zorb, blip and flarn.\n',
    'shared/brand.yaml': 'lexicon:\n  - avoid: flarn\ntouchpoints:\n  welcome:\n    files: ["emails/**"]\n'
  })

  it('uses that file alone for every file, with globs relative to the working folder', async () => {
    const report = parseReport((await brandvoice(['--config', 'shared/brand.yaml', '--format', 'json'], {cwd: folder})).stdout)
    expect(messagesByFile(report)).toEqual({
      'emails/welcome.md': ['1:16-1:21 error lexicon/banned-term: Avoid “flarn”: the brand does not use this word.'],
      'support/reply.md': ['1:16-1:21 error lexicon/banned-term: Avoid “flarn”: the brand does not use this word.']
    })
    expect(report.files.map((file) => file.touchpoint)).toEqual(['welcome', 'generic'])
  })

  it('is what --print-config reports as the config file', async () => {
    const run = await brandvoice(['--config', 'shared/brand.yaml', '--print-config', 'emails/welcome.md'], {cwd: folder})
    expect(JSON.parse(run.stdout)).toMatchObject({configFile: 'shared/brand.yaml', touchpoint: 'welcome'})
  })
})

describe.concurrent('extends', () => {
  const copy = 'Zorb at INOVEO, blip.\n'
  const lexicon = [{avoid: 'zorb'}]
  const brand = {names: ['Inoveo']}
  const folder = project({
    'shared/base.yaml': 'brand:\n  names: [Inoveo]\nlexicon:\n  - avoid: zorb\n    reason: from base.yaml\nrules:\n  lexicon/brand-name: warning\n',
    'shared/extra.json': JSON.stringify({extends: [], language: 'ro', lexicon: [{avoid: 'blip', use: 'blop'}]}),
    'shared/starts-empty.json': JSON.stringify({extends: [], lexicon}),
    'no-extends/.brandvoicerc.json': JSON.stringify({brand, lexicon}),
    'no-extends/copy.md': copy,
    'preset/.brandvoicerc.json': JSON.stringify({extends: 'brandvoice:recommended', brand, lexicon}),
    'preset/copy.md': copy,
    'empty/.brandvoicerc.json': JSON.stringify({extends: [], brand, lexicon}),
    'empty/copy.md': copy,
    'empty-plus-rule/.brandvoicerc.json': JSON.stringify({extends: [], brand, lexicon, rules: {'lexicon/banned-term': 'warning'}}),
    'empty-plus-rule/copy.md': copy,
    'path/.brandvoicerc.json': JSON.stringify({extends: '../shared/base.yaml'}),
    'path/copy.md': copy,
    'list/.brandvoicerc.json': JSON.stringify({extends: ['../shared/base.yaml', '../shared/extra.json'], rules: {'lexicon/brand-name': 'off'}}),
    'list/copy.md': copy,
    'extends-empty-file/.brandvoicerc.json': JSON.stringify({extends: ['../shared/starts-empty.json']}),
    'extends-empty-file/copy.md': copy
  })

  it('merges presets and files in order, the config last', async () => {
    const report = parseReport((await brandvoice(['--format', 'json'], {cwd: folder})).stdout)
    const zorb = '1:1-1:5 error lexicon/banned-term: Avoid “Zorb”: the brand does not use this word.'
    const inoveo = '1:9-1:15 error lexicon/brand-name: Write the brand name as “Inoveo”, not “INOVEO”.'
    expect(messagesByFile(report)).toEqual({
      // Without extends a config starts from brandvoice:recommended.
      'no-extends/copy.md': [zorb, inoveo],
      'preset/copy.md': [zorb, inoveo],
      // "extends": [] starts empty: no rule is on.
      'empty/copy.md': [],
      'empty-plus-rule/copy.md': ['1:1-1:5 warning lexicon/banned-term: Avoid “Zorb”: the brand does not use this word.'],
      // base.yaml has no extends, so it brings the recommended rules, then its own brand-name severity.
      'path/copy.md': ['1:1-1:5 error lexicon/banned-term: Avoid “Zorb” (from base.yaml).', inoveo.replace('error', 'warning')],
      // The config's own rules win over base.yaml; extra.json adds its lexicon and language.
      'list/copy.md': ['1:1-1:5 error lexicon/banned-term: Avoid “Zorb” (from base.yaml).', '1:17-1:21 warning lexicon/preferred-term: Use “blop” instead of “blip”.'],
      // Every file in the chain says extends: [] or extends something, so recommended never comes in.
      'extends-empty-file/copy.md': []
    })
    expect(report.files.find((file) => file.path === 'list/copy.md')!.language).toBe('ro')
  })

  it('turns no rule on with "extends": [] (as --print-config shows)', async () => {
    const run = await brandvoice(['--print-config', 'empty/copy.md'], {cwd: folder})
    expect(JSON.parse(run.stdout).rules).toEqual({})
  })
})

describe.concurrent('--no-config-js', () => {
  // Loading this config writes a file: the proof that its code ran.
  const runsCode = "require('node:fs').writeFileSync(__dirname + '/ran.txt', 'ran')\nmodule.exports = {lexicon: [{avoid: 'zorb'}]}\n"
  const refusal =
    'config error in brandvoice.config.cjs: This config is JavaScript, and loading it would run its code; --no-config-js (or BRANDVOICE_NO_CONFIG_JS=1) refuses JavaScript configs. Use .brandvoicerc.json or .brandvoicerc.yaml instead.'

  it('refuses a JavaScript config without running it, and lints nothing (exit 2)', async () => {
    const folder = project({'brandvoice.config.cjs': runsCode, 'copy.md': 'Zorb.\n'})
    const run = await brandvoice(['--no-config-js', '--format', 'json', 'copy.md'], {cwd: folder})
    expect(run).toEqual({code: 2, stdout: '', stderr: `brandvoice: ${refusal}\n`})
    expect(fs.existsSync(path.join(folder, 'ran.txt'))).toBe(false)
  })

  it('does the same with BRANDVOICE_NO_CONFIG_JS=1, for --config and for a JavaScript config that another extends', async () => {
    const folder = project({
      'brandvoice.config.cjs': runsCode,
      '.brandvoicerc.json': JSON.stringify({extends: './brandvoice.config.cjs'}),
      'copy.md': 'Zorb.\n'
    })
    const env = {BRANDVOICE_NO_CONFIG_JS: '1'}
    const direct = await brandvoice(['--config', 'brandvoice.config.cjs', 'copy.md'], {cwd: folder, env})
    expect([direct.code, direct.stderr]).toEqual([2, `brandvoice: ${refusal}\n`])
    const extended = await brandvoice(['--config', '.brandvoicerc.json', 'copy.md'], {cwd: folder, env})
    expect([extended.code, extended.stderr]).toEqual([2, `brandvoice: ${refusal}\n`])
    expect(fs.existsSync(path.join(folder, 'ran.txt'))).toBe(false)
  })

  it('still reads JSON and YAML configs, and runs a JavaScript one without the flag', async () => {
    const folder = project({'.brandvoicerc.yaml': 'lexicon:\n  - avoid: zorb\n', 'copy.md': 'Zorb.\n', 'js/brandvoice.config.cjs': runsCode, 'js/copy.md': 'Zorb.\n'})
    const yaml = await brandvoice(['--no-config-js', '--format', 'json', 'copy.md'], {cwd: folder, env: {BRANDVOICE_NO_CONFIG_JS: '0'}})
    expect(messagesByFile(parseReport(yaml.stdout))).toEqual({'copy.md': ['1:1-1:5 error lexicon/banned-term: Avoid “Zorb”: the brand does not use this word.']})
    const js = await brandvoice(['--format', 'json', 'js/copy.md'], {cwd: folder})
    expect(js.code).toBe(1)
    expect(fs.existsSync(path.join(folder, 'js/ran.txt'))).toBe(true)
  })
})
