// language/foreign-sentence: untranslated leftovers flagged; loanwords, names,
// quotations, short phrases and unknown languages left alone; options.
import {describe, expect, it} from 'vitest'
import {lintRule} from '../helpers/lint.js'

const id = 'language/foreign-sentence'
const on = {rules: {[id]: 'warning' as const}}
const english = (language: string) =>
  `This sentence looks like English, not ${language}: translate it, or put it in quotation marks if it is meant to stay in English.`

describe('language/foreign-sentence', () => {
  it('flags the English leftover of a real Catalan chat widget', async () => {
    // chatwoot/chatwoot (or a fork), app/javascript/widget/i18n/locale/ca.json, MIT; /work/shared/corpus/ca/welcome/chatwoot-1.md
    const text = 'Estem en línia\n\nNormalment responem en pocs minuts\n\nXateja amb nosaltres\n\nWe will be back as soon as possible\n'
    expect(await lintRule(id, {text, language: 'ca', config: on})).toEqual([`7:1-7:36: ${english('Catalan')}`])
  })

  it('flags an English sentence in Romanian and Polish copy, from sentence start to its full stop', async () => {
    expect(await lintRule(id, {text: 'Comanda a fost livrată. Please let us know if anything is missing.\n', language: 'ro', config: on})).toEqual([
      `1:25-1:67: ${english('Romanian')}`
    ])
    expect(await lintRule(id, {text: 'Dziękujemy za zamówienie.\nYour parcel is on its way to you.\n', language: 'pl-PL', config: on})).toEqual([
      `2:1-2:34: ${english('Polish')}`
    ])
  })

  it('leaves correct copy with loanwords alone', async () => {
    const copy: Array<[string, string]> = [
      ['ro', 'Vă mulțumim pentru feedback! Click pe link-ul din e-mail ca să confirmați abonarea la newsletter.\n'],
      ['ro', 'Va multumim pentru comanda, o livram in cel mai scurt timp posibil.\n'],
      ['pl', 'Kliknij link w e-mailu, aby potwierdzić konto, i zapisz się na nasz newsletter online.\n'],
      ['pl', 'Sprawdz ustawienia Wi-Fi i cookie w przegladarce, a potem odswiez strone.\n'],
      ['ca', "Activa el Wi-Fi i accepta les cookies per fer servir el xat online amb l'equip de suport.\n"],
      ['ca', 'Pots donar-nos feedback per e-mail o amb un click al botó de la newsletter.\n']
    ]
    for (const [language, text] of copy) expect(await lintRule(id, {text, language, config: on}), text).toEqual([])
  })

  it('does not count brand names, product names, lexicon terms, code or placeholders', async () => {
    const config = {...on, brand: {names: ['Acme Cloud Storage']}, lexicon: [{avoid: 'Smart Sync for Teams'}]}
    const text = 'Instalează Acme Cloud Storage și Smart Sync for Teams pe {{device_name}} cu `npm install acme-cloud-for-your-team`.\n'
    expect(await lintRule(id, {text, language: 'ro', config})).toEqual([])
    // Capitalised names inside a sentence tell nothing about the language.
    expect(await lintRule(id, {text: 'Conectează Google Drive, Microsoft Teams și Slack Enterprise Grid.\n', language: 'ro', config: on})).toEqual([])
  })

  it('leaves quotations alone, also across sentences', async () => {
    const text = 'Agentul a scris: „Thank you for waiting. We are looking into it right now.” și a închis tichetul.\n'
    expect(await lintRule(id, {text, language: 'ro', config: on})).toEqual([])
    expect(await lintRule(id, {text: 'El botó diu «Send me the link by email» i funciona.\n', language: 'ca', config: on})).toEqual([])
  })

  it('leaves short phrases alone: too short to judge', async () => {
    expect(await lintRule(id, {text: 'Thanks for your order! Mulțumesc frumos, pe curând.\n', language: 'en', config: {...on, overrides: [{files: ['ro/**'], language: 'ro'}]}})).toEqual([])
    expect(await lintRule(id, {text: 'Gràcies per la comanda. See you soon!\n', language: 'ca', config: on})).toEqual([])
  })

  it('judges only among the file’s language, English and the config’s languages', async () => {
    const text = 'Thank you for your order. Vă mulțumim pentru comandă și vă așteptăm din nou cu drag.\n'
    // Romanian is nowhere in the config: the rule has nothing to compare English with.
    expect(await lintRule(id, {text, language: 'en', config: on})).toEqual([])
    const message = '1:27-1:85: This sentence looks like Romanian, not English: translate it, or put it in quotation marks if it is meant to stay in Romanian.'
    expect(await lintRule(id, {text, language: 'en', config: {...on, overrides: [{files: ['ro/**'], language: 'ro'}]}})).toEqual([message])
    expect(await lintRule(id, {text, language: 'en', config: {rules: {[id]: ['warning', {languages: ['ro']}]}}})).toEqual([message])
  })

  it('never flags a sentence with a letter only the file’s language writes', async () => {
    // Trigrams alone would call this English: “the”, “for”, “your” and “with” are there.
    const text = 'Descarcă the app for your phone with un singur click, gratuit și rapid.\n'
    expect(await lintRule(id, {text, language: 'ro', config: on})).toEqual([])
  })

  it('skips files in a language it has no function words for', async () => {
    expect(await lintRule(id, {text: 'Kiitos tilauksestasi. Please let us know if anything is missing.\n', language: 'fi', config: on})).toEqual([])
  })

  it('takes minWords and margin', async () => {
    const text = 'Mulțumim pentru comandă. Thanks for your order.\n'
    expect(await lintRule(id, {text, language: 'ro', config: on})).toEqual([])
    expect(await lintRule(id, {text, language: 'ro', config: {rules: {[id]: ['warning', {minWords: 4}]}}})).toEqual([`1:26-1:48: ${english('Romanian')}`])
    const long = 'Comanda a fost livrată. Please let us know if anything is missing.\n'
    expect(await lintRule(id, {text: long, language: 'ro', config: {rules: {[id]: ['warning', {margin: 1}]}}})).toEqual([])
  })
})
