// String catalogs from the command line: found only where the config opts in
// (`catalogs`), never package.json and other tools' files, reported with
// exact positions in the catalog; a broken catalog does not stop the run.
import {describe, expect, it} from 'vitest'
import {brandvoice, brief, fileIn, parseReport, requireBuild, useTempProjects} from '../helpers/cli.js'

requireBuild()
const project = useTempProjects()

const config = {
  catalogs: ['config/locales/**', 'app/**/locales/*.json', '**/*.json'],
  lexicon: [{avoid: 'utilizator*', use: 'client', language: 'ro'}, {avoid: 'user*', use: 'customer', language: 'en'}],
  touchpoints: {welcome: {keys: ['user_mailer.welcome.*']}}
}

const files = {
  '.brandvoicerc.json': JSON.stringify(config),
  'package.json': '{"name": "copy", "description": "Copy for our users", "private": true}\n',
  'package-lock.json': '{"name": "copy", "lockfileVersion": 3, "note": "users"}\n',
  'tsconfig.json': '{"compilerOptions": {"strict": true}, "comment": "users"}\n',
  'pnpm-lock.yaml': 'lockfileVersion: "9.0"\nnote: users\n',
  'config/locales/ro.yml': 'ro:\n  user_mailer:\n    welcome:\n      subject: |\n        Bun venit, utilizatorule!\n',
  'config/locales/broken.en.yml': 'en:\n  a: "user\n',
  'config/settings.yml': 'title: users\n',
  'app/web/locales/en.json': '{"hello": "Hello, \\"user\\"!"}\n',
  'README.md': 'Copy for our customers.\n'
}

describe.concurrent('string catalogs', () => {
  const folder = project(files)

  it('walks only the catalogs the config lists, never package.json, lock files or tsconfig, with exact positions', async () => {
    const run = await brandvoice(['--format', 'json'], {cwd: folder})
    const report = parseReport(run.stdout)
    expect(report.files.map((file) => file.path)).toEqual(['README.md', 'app/web/locales/en.json', 'config/locales/broken.en.yml', 'config/locales/ro.yml'])
    expect(fileIn(report, 'config/locales/ro.yml')).toMatchObject({language: 'ro', touchpoint: 'generic'})
    expect(fileIn(report, 'config/locales/ro.yml').messages.map(brief)).toEqual([
      '5:20-5:33 warning lexicon/preferred-term: Use “client” instead of “utilizatorule”.'
    ])
    expect(fileIn(report, 'app/web/locales/en.json').messages.map(brief)).toEqual([
      '1:19-1:27 warning typography/quotes: Write “…” instead of \"…\" in English copy.',
      '1:21-1:25 warning lexicon/preferred-term: Use “customer” instead of “user”.'
    ])
    expect(fileIn(report, 'config/locales/broken.en.yml').messages.map(brief)).toEqual([
      '3:1-3:1 error null: This catalog is not valid YAML (Missing closing "quote), so brandvoice did not lint it.'
    ])
    expect(run.code).toBe(1)
  })

  it('never lints JSON or YAML without `catalogs`: a file named on the command line gets one message saying why', async () => {
    const plain = project({...files, '.brandvoicerc.json': JSON.stringify({...config, catalogs: undefined})})
    expect(parseReport((await brandvoice(['--format', 'json'], {cwd: plain})).stdout).files.map((file) => file.path)).toEqual(['README.md'])
    const named = parseReport((await brandvoice(['--format', 'json', 'config/locales/ro.yml', 'package.json'], {cwd: plain})).stdout)
    expect(fileIn(named, 'config/locales/ro.yml').messages.map(brief)).toEqual([
      '1:1-1:1 error null: brandvoice reads .json, .yaml, .yml files only as string catalogs, and the config’s `catalogs` does not list this one.'
    ])
    expect(fileIn(named, 'package.json').messages.map(brief)).toEqual([
      '1:1-1:1 error null: brandvoice never lints a tool’s own files (package.json, lock files, tsconfig, dotfiles) as string catalogs.'
    ])
  })
})
