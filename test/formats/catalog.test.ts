// String catalogs: every string value is a unit of copy, linted as Markdown,
// and every finding points at the value's characters in the catalog source,
// through YAML block scalars, folding and quoting, and JSON escapes.
import {describe, expect, it} from 'vitest'
import {lintText} from '../../src/index.js'
import type {UserConfig} from '../../src/config/types.js'
import {fileNameLanguage, keyMatches} from '../../src/formats/catalog.js'
import {render} from '../helpers/lint.js'
import {alignValue} from '../../src/formats/catalog-align.js'

const config: UserConfig = {
  catalogs: ['config/locales/**', 'public/locales/**'],
  lexicon: [
    {avoid: 'utilizator*', use: 'client', language: 'ro'},
    {avoid: 'user*', use: 'customer', language: 'en'},
    {avoid: 'click here', use: 'a link that says where it goes', language: 'en'},
    {avoid: 'cont nou', use: 'contul tău', language: 'ro', touchpoints: ['welcome']}
  ],
  touchpoints: {welcome: {keys: ['user_mailer.welcome.*', '*.welcome_*']}}
}

async function lintCatalog(path: string, text: string, extra: UserConfig = {}) {
  const result = await lintText(text, {path, cwd: '/project', config: {...config, ...extra}})
  return {...result, messages: result.file.messages.map(render)}
}

// Rails: config/locales/ro.yml, everything under the root locale key.
const rails = [
  '# Romanian copy for the mailers',
  'ro:',
  '  user_mailer:',
  '    welcome:',
  '      subject: "Bun venit, %{name}! \\"Utilizatorii\\" noștri\\nvă salută"',
  '      body: |',
  '        Salut %{name},',
  '',
  '        Mulțumim că ți-ai făcut un cont nou: ești **utilizator** Inoveo.',
  '        [Intră în cont](https://inoveo.ro/cont)',
  '    reset:',
  '      body: Ai un cont nou? Dacă nu ești',
  '        utilizatorul care a cerut asta, ignoră mesajul.',
  '  errors:',
  "    taken: 'Acest ''utilizator'' există deja'",
  '    folded: >',
  '      Niciun',
  '      utilizator nu a fost găsit.',
  '    count: 3',
  '    enabled: true',
  '    link: https://inoveo.ro/ajutor',
  '    empty: ""',
  '    name_only: "%{name}"',
  '  onboarding:',
  '    welcome_title: Ai un cont nou',
  ''
].join('\n')

// i18next: public/locales/en/translation.json, nested keys, escapes, {{placeholders}}.
const i18next = [
  '{',
  '  "welcome": {',
  '    "title": "Welcome, {{name}}!",',
  '    "intro": "Our \\"users\\" love the caf\\u00e9 \\ud83d\\ude00 users",',
  '    "cta": "To start, **click here**."',
  '  },',
  '  "errors": ["No user found", "{{count}}", ""]',
  '}',
  ''
].join('\n')

describe('string catalogs', () => {
  it('lints a Rails catalog: positions inside quoted strings with escapes, block scalars, plain and folded scalars', async () => {
    const {messages, language} = await lintCatalog('config/locales/ro.yml', rails)
    expect(language).toBe('ro')
    expect(messages).toEqual([
      '5:37-5:53: Write „…” instead of "…" in Romanian copy.',
      '5:39-5:51: Use “Client” instead of “Utilizatorii”.',
      '9:36-9:44: Use “contul tău” instead of “cont nou”.',
      '9:53-9:63: Use “client” instead of “utilizator”.',
      '13:9-13:21: Use “client” instead of “utilizatorul”.',
      "15:19-15:33: Write „…” instead of '…' in Romanian copy.",
      '15:21-15:31: Use “client” instead of “utilizator”.',
      '18:7-18:17: Use “client” instead of “utilizator”.',
      '25:26-25:34: Use “contul tău” instead of “cont nou”.'
    ])
  })

  it('lints an i18next catalog: positions after \\" and \\u escapes and surrogate pairs, language from the folder', async () => {
    const {messages, language} = await lintCatalog('public/locales/en/translation.json', i18next)
    expect(language).toBe('en')
    expect(messages).toEqual([
      '4:19-4:28: Write “…” instead of "…" in English copy.',
      '4:21-4:26: Use “customer” instead of “users”.',
      '4:61-4:66: Use “customer” instead of “users”.',
      '5:25-5:35: Use “a link that says where it goes” instead of “click here”.',
      '7:18-7:22: Use “customer” instead of “user”.'
    ])
  })

  it('gives each value the touchpoint its key matches: “cont nou” counts only in welcome keys', async () => {
    const {messages} = await lintCatalog('config/locales/ro.yml', rails)
    // user_mailer.welcome.body and onboarding.welcome_title, not user_mailer.reset.body (line 12).
    expect(messages.filter((message) => message.includes('cont nou')).map((message) => message.split(':')[0])).toEqual(['9', '25'])
  })

  it('matches key patterns segment by segment', () => {
    expect(keyMatches('user_mailer.welcome.*', 'user_mailer.welcome.subject')).toBe(true)
    expect(keyMatches('user_mailer.welcome.*', 'user_mailer.welcome.body.html')).toBe(false)
    expect(keyMatches('*.welcome_*', 'onboarding.welcome_title')).toBe(true)
    expect(keyMatches('*.welcome_*', 'a.onboarding.welcome_title')).toBe(false)
    expect(keyMatches('**.welcome.**', 'welcome')).toBe(true)
    expect(keyMatches('**.welcome.**', 'mailers.user.welcome.body.html')).toBe(true)
    expect(keyMatches('errors.*', 'errors_x.y')).toBe(false)
  })

  it('takes the language from the file name, the folder or the root locale key, and lets an override win', async () => {
    expect(['en.json', 'ro.yml', 'server.pl_PL.yml', 'ca/messages.json', 'locales/messages.json', 'app.json'].map(fileNameLanguage)).toEqual(['en', 'ro', 'pl-PL', 'ca', undefined, undefined])
    // The root key says Romanian, whatever the file is called.
    expect((await lintCatalog('config/locales/mailer.yml', rails)).language).toBe('ro')
    const overridden = await lintCatalog('config/locales/ro.yml', rails, {overrides: [{files: ['config/locales/ro.yml'], language: 'ca'}]})
    expect(overridden.language).toBe('ca')
    // Romanian copy read as Catalan: the Catalan rules apply (“venit” is a Catalan word only with its accent).
    expect(overridden.messages).toEqual([
      '5:21-5:26: Write “vènit” instead of “venit”: Catalan spells this word with diacritics.',
      '5:37-5:53: Write «…» instead of "…" in Catalan copy.',
      "15:19-15:33: Write «…» instead of '…' in Catalan copy."
    ])
    // The config's language is only the fallback.
    expect((await lintCatalog('public/locales/en/translation.json', i18next, {language: 'ro'})).language).toBe('en')
    expect((await lintCatalog('public/locales/messages.json', i18next, {language: 'ro'})).language).toBe('ro')
  })

  it('parses values as Markdown: no findings in link targets or placeholders', async () => {
    const text = '{"a": "See [the user guide](https://inoveo.com/user) or write to user@inoveo.com, {{user}}"}\n'
    expect((await lintCatalog('public/locales/en.json', text)).messages).toEqual(['1:17-1:21: Use “customer” instead of “user”.'])
  })

  it('keeps positions with CRLF line endings and a YAML folded block', async () => {
    const text = 'en:\r\n  a: >\r\n    Dear\r\n    user,\r\n    thanks.\r\n'
    expect((await lintCatalog('config/locales/en.yml', text)).messages).toEqual(['4:5-4:9: Use “customer” instead of “user”.'])
  })

  it('reports broken JSON or YAML once, at its place', async () => {
    expect((await lintCatalog('public/locales/en.json', '{\n  "a": "user",\n  "b": \n}\n')).messages).toEqual([
      '4:1-4:1: This catalog is not valid JSON (value expected), so brandvoice did not lint it.'
    ])
    const yaml = (await lintCatalog('config/locales/en.yml', 'en:\n  a: user\n  a: users\n')).messages
    expect(yaml).toEqual(['3:3-3:3: This catalog is not valid YAML (Map keys must be unique), so brandvoice did not lint it.'])
    expect((await lintCatalog('config/locales/en.yml', 'en:\n  a: b\n---\nen:\n  c: d\n')).messages).toEqual([
      '3:1-3:1: This catalog is not valid YAML (Source contains multiple documents), so brandvoice did not lint it.'
    ])
    // An empty catalog is not broken, only not translated yet.
    expect((await lintCatalog('public/locales/en.json', '\n')).messages).toEqual([])
    expect((await lintCatalog('config/locales/en.yml', '')).messages).toEqual([])
  })

  it('lints only the catalogs the config lists, and never a tool’s own files', async () => {
    expect((await lintCatalog('data/en.json', i18next)).messages).toEqual([
      'undefined:undefined-undefined:undefined: brandvoice reads .json, .yaml, .yml files only as string catalogs, and the config’s `catalogs` does not list this one.'
    ])
    expect((await lintCatalog('package.json', '{"description": "For users"}', {catalogs: ['**']})).messages).toEqual([
      'undefined:undefined-undefined:undefined: brandvoice never lints a tool’s own files (package.json, lock files, tsconfig, dotfiles) as string catalogs.'
    ])
  })
})

describe('alignValue', () => {
  it('gives up, rather than guess, when a value does not line up with its source', () => {
    expect(alignValue('abc', 'xyz', 0, {fold: false})).toBeUndefined()
    expect(alignValue('a b', 'a\n  b', 10, {fold: true})).toEqual({starts: Int32Array.from([10, 11, 14]), ends: Int32Array.from([11, 12, 15])})
  })
})
