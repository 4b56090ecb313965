// spelling: Hunspell words per language, with brand names, lexicon terms and
// the `dictionary` option known; code, URLs, acronyms and names not checked.
//
// Excerpts of third-party copy, verbatim:
//   [akaunting] akaunting/akaunting, resources/lang/ro-RO, GPL-3.0
//   [spree]     spree/spree, Polish locale, BSD-3-Clause
//   [laravel]   Laravel password reset e-mail, Catalan translation, MIT
import {describe, expect, it} from 'vitest'
import {lint, lintRule} from '../helpers/lint.js'
import type {UserConfig} from '../../src/config/types.js'

const rule = 'spelling'
const on: UserConfig = {rules: {spelling: 'info'}}
const withOptions = (options: Record<string, unknown>, rest: UserConfig = {}): UserConfig => ({...rest, rules: {spelling: ['info', options]}})

describe('flagged', () => {
  it('English: the fix in expected', async () => {
    const messages = (await lint({text: 'We will recieve your parcel tomorow.\n', config: on})).filter((message) => message.ruleId === rule)
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([
      ['recieve', ['receive', 'relieve']],
      ['tomorow', ['tomorrow']]
    ])
  })

  it('Romanian: a letter missing [akaunting]', async () => {
    expect(await lintRule(rule, {language: 'ro', config: on, text: 'Am pregătit pentru dumneavoatră următoarea factură.\n'})).toEqual([
      '1:20-1:32: “dumneavoatră” is not in the Romanian dictionary. Did you mean “dumneavoastră”?'
    ])
  })

  it('Polish: swapped letters [spree]', async () => {
    expect(await lintRule(rule, {language: 'pl', config: on, text: 'Zachowaj na wszelki wypadek tę infromację.\n'})).toEqual([
      '1:32-1:42: “infromację” is not in the Polish dictionary. Did you mean “informację”?'
    ])
  })

  it('a word with no suggestion says how to teach it', async () => {
    expect(await lintRule(rule, {config: on, text: 'Our xqzvbt plan is ready.\n'})).toEqual([
      '1:5-1:11: “xqzvbt” is not in the English dictionary. If it is spelled right, add it to the `dictionary` option of the `spelling` rule.'
    ])
  })

  it('the unknown part of a hyphenated word', async () => {
    expect(await lintRule(rule, {config: on, text: 'A well-knwon feature.\n'})).toEqual(['1:8-1:13: “knwon” is not in the English dictionary. Did you mean “known”?'])
  })
})

describe('not flagged', () => {
  const clean: Array<[string, string]> = [
    ['en', "Don't worry: your customer's order is on its way. We'll e-mail you when it ships.\n"],
    ['ro', 'Vă mulțumim! Într-un minut primiți newsletter-ul și feedback-ul pe e-mail.\n'],
    ['ro', 'Puteţi accesa contul dumneavoastră oricând.\n'],
    ['pl', 'Dziękujemy! Kod wysłaliśmy w SMS-ie, a potwierdzenie e-mailem.\n'],
    ['ca', "Benvingut! L'usuari pot canviar la contrasenya d’accés des del correu electrònic.\n"]
  ]
  for (const [language, text] of clean) {
    it(`${language}: ${text.slice(0, 40)}`, async () => {
      expect(await lintRule(rule, {language, config: on, text})).toEqual([])
    })
  }

  it('code, URLs, e-mail addresses, placeholders, hashtags, mentions, file names, acronyms, camelCase', async () => {
    const text = 'Run `npm instal` and see https://exmaple.com/setp or write to hlep@acme.example, {{frist_name}}. Follow #acmelove and @acmeteam, open config.yml, ask GDPRX about myAcmeApp and v2beta.\n'
    expect(await lintRule(rule, {config: on, text})).toEqual([])
  })

  it('capitalised words inside a sentence are names unless `capitalized` is on', async () => {
    const text = 'Thanks for writing, we passed it to Siobhan.\n'
    expect(await lintRule(rule, {config: on, text})).toEqual([])
    expect(await lintRule(rule, {config: withOptions({capitalized: true}), text})).toHaveLength(1)
  })

  it('is off unless turned on (opt-in)', async () => {
    expect(await lintRule(rule, {text: 'We will recieve it.\n'})).toEqual([])
  })

  it('a language without a dictionary is not checked', async () => {
    expect(await lintRule(rule, {language: 'de', config: on, text: 'Wir habben Ihre Bestelung erhalten.\n'})).toEqual([])
  })
})

describe('known words', () => {
  const text = 'Welcome to Acmecloud: your Acmecloud workspace and its bilingo assistant are ready.\n'

  it('brand names and acronyms', async () => {
    expect(await lintRule(rule, {config: on, text: 'Acmecloud: ACMX sync is on.\n'})).toHaveLength(1)
    expect(await lintRule(rule, {config: {...on, brand: {names: ['Acmecloud'], acronyms: ['ACMX']}}, text: 'Acmecloud: ACMX sync is on.\n'})).toEqual([])
  })

  it('the dictionary option: lower case matches any case, a capitalised entry its own case', async () => {
    expect(await lintRule(rule, {config: on, text})).toEqual([
      '1:56-1:63: “bilingo” is not in the English dictionary. Did you mean “biking”?'
    ])
    expect(await lintRule(rule, {config: withOptions({dictionary: ['bilingo'], capitalized: true}), text: 'Bilingo is here. Our bilingo helps.\n'})).toEqual([])
    expect(await lintRule(rule, {config: withOptions({dictionary: ['Bilingo']}), text: 'Bilingo is here. Our bilingo helps.\n'})).toEqual([
      '1:22-1:29: “bilingo” is not in the English dictionary. Did you mean “biking”?'
    ])
  })

  it('lexicon use terms', async () => {
    const config: UserConfig = {...on, lexicon: [{avoid: ['helper'], use: ['bilingo']}]}
    expect(await lintRule(rule, {config, text})).toEqual([])
  })

  it('English loanwords in other languages, unless englishWords is off', async () => {
    const text = 'Mulțumim! Verificați dashboard-ul și checkout-ul.\n'
    expect(await lintRule(rule, {language: 'ro', config: on, text})).toEqual([])
    expect(await lintRule(rule, {language: 'ro', config: withOptions({englishWords: false}), text})).toEqual([
      '1:22-1:31: “dashboard” is not in the Romanian dictionary. If it is spelled right, add it to the `dictionary` option of the `spelling` rule.',
      '1:38-1:46: “checkout” is not in the Romanian dictionary. If it is spelled right, add it to the `dictionary` option of the `spelling` rule.'
    ])
  })
})
