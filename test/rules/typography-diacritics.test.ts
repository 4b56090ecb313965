// typography/diacritics: words typed without their marks (ro, pl, ca) and
// Romanian cedillas. Copy is written for the test in the voice of the
// corpus's welcome messages and notifications.
import {describe, expect, it} from 'vitest'
import {lint, lintRule} from '../helpers/lint.js'
import type {UserConfig} from '../../src/config/types.js'

const rule = 'typography/diacritics'
const on: UserConfig = {rules: {[rule]: 'error'}}

describe('typography/diacritics: missing diacritics', () => {
  it('flags each word the dictionary knows only with its marks, with the word as the fix', async () => {
    const cases: Array<[string, string, Array<[string, string]>]> = [
      ['ro', 'Comanda ta a fost expediată. Multumim ca ai ales magazinul nostru! Raspundem la intrebari oricand.\n', [['Multumim', 'Mulțumim'], ['Raspundem', 'Răspundem'], ['intrebari', 'întrebări'], ['oricand', 'oricând']]],
      ['pl', 'Twoje zamowienie zostało wysłane. Dziekujemy za zakupy!\n', [['zamowienie', 'zamówienie'], ['Dziekujemy', 'Dziękujemy']]],
      ['ca', 'La teva comanda s’ha enviat. Rebras un correu quan arribi, tambe per SMS.\n', [['Rebras', 'Rebràs'], ['tambe', 'també']]]
    ]
    for (const [language, text, expected] of cases) {
      const messages = (await lint({config: on, language, text})).filter((message) => message.ruleId === rule)
      expect(messages.map((message) => [message.actual, message.expected?.[0]]), language).toEqual(expected)
    }
  })

  it('says what to write, naming the language', async () => {
    expect(await lintRule(rule, {config: on, language: 'pl-PL', text: 'Haslo zostało zmienione.\n'})).toEqual([
      '1:1-1:6: Write “Hasło” instead of “Haslo”: Polish spells this word with diacritics.'
    ])
  })

  it('leaves alone words that are right both ways, and Romanian “si”', async () => {
    expect(await lintRule(rule, {config: on, language: 'pl', text: 'Sad za domem należy do nas, a sąd rejonowy jest obok.\n'})).toEqual([])
    expect(await lintRule(rule, {config: on, language: 'ro', text: 'Nota si urmează după la. Sa fie într-un ceas bun, la fel ca anul trecut.\n'})).toEqual([])
  })

  it('leaves alone brand names, lexicon terms, code, links, placeholders and words English knows', async () => {
    const config: UserConfig = {...on, brand: {names: ['Fara Cloud']}, lexicon: [{avoid: ['utilizatorul'], use: ['clientul']}]}
    const text = 'Fara Cloud îți trimite factura. Rulează `fara --tarziu` sau deschide https://exemplu.ro/fara. Salut, {{fara}}! Designul și newsletter-ul sunt noi, iar in sfârșit utilizatorul e mulțumit.\n'
    expect(await lintRule(rule, {config, language: 'ro', text})).toEqual([])
  })

  it('leaves alone acronyms, words with several capitals and names of more than one capitalised word', async () => {
    expect(await lintRule(rule, {config: on, language: 'pl', text: 'Dodaliśmy SKUs do katalogu i aplikację na iOS. Biuro w Sao Tome działa.\n'})).toEqual([])
    expect(await lintRule(rule, {config: on, language: 'ca', text: 'Ens veiem a Sao Tome i Príncipe la setmana que ve.\n'})).toEqual([])
  })

  it('takes more words to leave alone from the leaveAlone option', async () => {
    const text = 'Avem intrebari despre comandă.\n'
    expect(await lintRule(rule, {config: on, language: 'ro', text})).toHaveLength(1)
    expect(await lintRule(rule, {config: {rules: {[rule]: ['error', {leaveAlone: ['Intrebari']}]}}, language: 'ro', text})).toEqual([])
  })

  it('does not check English, or languages it has no marks for', async () => {
    expect(await lintRule(rule, {config: on, text: 'Your order was livrata and tambe.\n'})).toEqual([])
    expect(await lintRule(rule, {config: on, language: 'fr', text: 'Votre commande a ete envoyee.\n'})).toEqual([])
  })
})

describe('typography/diacritics: copy typed without diacritics', () => {
  const plain = 'Buna ziua. Va multumim pentru comanda. Factura va fi trimisa pe adresa de email in cel mult doua zile lucratoare, iar coletul va ajunge la usa dumneavoastra prin curier. '

  it('says so once, at the first word, with the count, in Romanian and Polish copy of 30 words or more', async () => {
    const messages = await lintRule(rule, {config: on, language: 'ro', text: plain + plain})
    expect(messages[0]).toBe('1:1-1:5: Only 0 of 58 words here have a diacritic: this Romanian copy looks typed without them (ă, â, î, ș, ț). Read it through and add them.')
    expect(messages.filter((message) => message.includes('Only'))).toHaveLength(1)
  })

  it('stays quiet on short copy, on copy with its diacritics, and in Catalan', async () => {
    expect((await lintRule(rule, {config: on, language: 'ro', text: plain})).filter((message) => message.includes('Only'))).toEqual([])
    const right = 'Bună ziua. Vă mulțumim pentru comandă. Factura va fi trimisă pe adresa de e-mail în cel mult două zile lucrătoare, iar coletul va ajunge la ușa dumneavoastră prin curier. '
    expect((await lintRule(rule, {config: on, language: 'ro', text: right + right})).filter((message) => message.includes('Only'))).toEqual([])
    const catalan = 'Hola. Gracies per la comanda. La factura arribara per correu en dos dies i el paquet arribara a casa teva per missatger aviat. '
    expect((await lintRule(rule, {config: on, language: 'ca', text: catalan + catalan + catalan})).filter((message) => message.includes('Only'))).toEqual([])
  })
})
