// tone/shouting: words in capitals, four letters or more, in every language;
// acronyms, brand names, Roman numerals, placeholders and codes are not.
//
// Excerpts of third-party copy, verbatim:
//   [spree]     spree-contrib/spree_i18n, config/locales/en-GB.yml (order_mailer.cancel_email), BSD-3-Clause
//   [akaunting] akaunting/akaunting, resources/lang/pl-PL/modules.php, GPL-3.0
//   [nextcloud] nextcloud/mail, l10n/ca.json, AGPL-3.0-or-later
//   [lemmy]     LemmyNet/lemmy-translations, frontend/ro.json, AGPL-3.0
import {describe, expect, it} from 'vitest'
import {lintRule} from '../helpers/lint.js'
import type {UserConfig} from '../../src/config/types.js'

const rule = 'tone/shouting'

describe('flagged', () => {
  it('a word in capitals in real copy', async () => {
    // [spree] cancel_email.instructions
    const text = 'Your order has been CANCELED.  Please retain this cancellation information for your records.\n'
    expect(await lintRule(rule, {touchpoint: 'notification', text})).toEqual([
      '1:21-1:29: Write “canceled” instead of “CANCELED”: capitals read as shouting.'
    ])
  })

  it('a Polish heading in capitals is one finding', async () => {
    // [akaunting] modules.php
    expect(await lintRule(rule, {language: 'pl', text: 'PRZEJDŹ NA PREMIUM JUŻ DZIŚ\n'})).toEqual([
      '1:1-1:28: Write “Przejdź na premium już dziś” instead of “PRZEJDŹ NA PREMIUM JUŻ DZIŚ”: capitals read as shouting.'
    ])
  })

  it('letters with diacritics, precomposed or not', async () => {
    expect(await lintRule(rule, {language: 'pl', text: 'Uwaga, ŻÓŁW w ogrodzie.\n'})).toEqual([
      '1:8-1:12: Write “żółw” instead of “ŻÓŁW”: capitals read as shouting.'
    ])
    expect(await lintRule(rule, {language: 'ro', text: 'Am ȘTIUT asta și am S\u0326TIUT bine.\n'})).toEqual([
      '1:4-1:9: Write “știut” instead of “ȘTIUT”: capitals read as shouting.',
      '1:21-1:27: Write “s\u0326tiut” instead of “S\u0326TIUT”: capitals read as shouting.'
    ])
  })

  it('a run across punctuation and sentences keeps acronyms, “I” and capitals at sentence starts', async () => {
    expect(await lintRule(rule, {text: 'Note: FREE SHIPPING ON EU ORDERS! THANK YOU, I LOVE IT.\n'})).toEqual([
      '1:7-1:55: Write “free shipping on EU orders! Thank you, I love it” instead of “FREE SHIPPING ON EU ORDERS! THANK YOU, I LOVE IT”: capitals read as shouting.'
    ])
  })

  it('acronyms at the edge of a run stay outside it', async () => {
    expect(await lintRule(rule, {language: 'ro', text: 'Sunați la ANPC ASTĂZI.\n'})).toEqual([
      '1:16-1:22: Write “astăzi” instead of “ASTĂZI”: capitals read as shouting.'
    ])
  })

  it('a Catalan word with an elided article', async () => {
    expect(await lintRule(rule, {language: 'ca', text: 'Hi estem D’ACORD.\n'})).toEqual([
      '1:10-1:17: Write “d’acord” instead of “D’ACORD”: capitals read as shouting.'
    ])
  })

  it('a brand name inside a shouted run keeps its capitals', async () => {
    expect(await lintRule(rule, {config: {brand: {names: ['IKEA']}}, text: 'SALE ON IKEA FURNITURE this week.\n'})).toEqual([
      '1:1-1:23: Write “Sale on IKEA furniture” instead of “SALE ON IKEA FURNITURE”: capitals read as shouting.'
    ])
  })
})

describe('not flagged', () => {
  it('international and local acronyms', async () => {
    expect(await lintRule(rule, {text: 'Export as JSON or HTML over HTTPS, with your IBAN; GDPR applies. Solve the CAPTCHA.\n'})).toEqual([])
    expect(await lintRule(rule, {language: 'pl', text: 'Zgodnie z RODO dane przekazujemy do ZUS i NFZ; podaj PESEL.\n'})).toEqual([])
    expect(await lintRule(rule, {language: 'ro', text: 'Reclamațiile ajung la ANPC, iar declarațiile la ANAF.\n'})).toEqual([])
    expect(await lintRule(rule, {language: 'ca', text: 'Podeu consultar l’ATRI i l’API, i enviar el NIF.\n'})).toEqual([])
  })

  it('local acronyms of another language are shouting', async () => {
    expect(await lintRule(rule, {language: 'en', text: 'We told RODO.\n'})).toEqual([
      '1:9-1:13: Write “rodo” instead of “RODO”: capitals read as shouting.'
    ])
  })

  it('technical names in real copy', async () => {
    // [nextcloud] mail l10n/ca.json (IMAP/SMTP settings, PGP/INLINE)
    expect(await lintRule(rule, {language: 'ca', text: 'Refresca la connexió IDLE. Habilita PGP/INLINE per a la safata INBOX via SMTP i STARTTLS.\n'})).toEqual([])
  })

  it('files named in capitals by convention', async () => {
    // ../shared/corpus/SOURCES.md, where “no LICENSE” was flagged
    expect(await lintRule(rule, {text: 'The macros library has no LICENSE file; see its README and CHANGELOG.\n'})).toEqual([])
  })

  it('brand names and the brand’s acronyms', async () => {
    const config = {brand: {names: ['IKEA', 'LEGO Group'], acronyms: ['ACME']}}
    expect(await lintRule(rule, {config, text: 'Your IKEA and LEGO order from ACME ships today.\n'})).toEqual([])
  })

  it('Roman numerals, digits, masks, colours, identifiers', async () => {
    const text = 'Chapter XVII and MMXXV, MP3 and COVID19, date as YYYY-MM-DD, colour #DDFFDD, key BUBBLE.LABEL, tag #BLACKFRIDAY.\n'
    expect(await lintRule(rule, {text})).toEqual([])
  })

  it('placeholders and code', async () => {
    const text = 'Hi %NAME%, {{COMPANY}} and {ORDER} for [FIRST NAME] <LAST NAME>: run `HTTP_PROXY` at https://EXAMPLE.COM/HELP.\n'
    expect(await lintRule(rule, {text})).toEqual([])
    expect(await lintRule(rule, {text: 'Set it:\n\n```\nEXPORT HOME\n```\n'})).toEqual([])
  })

  it('a run ends at a table pipe, a slash or a symbol (tables are prose without GFM)', async () => {
    expect(await lintRule(rule, {text: '| A | B |\n|---|---|\n| WARNING | ok |\n'})).toEqual([
      '3:3-3:10: Write “warning” instead of “WARNING”: capitals read as shouting.'
    ])
  })

  it('short words in capitals', async () => {
    expect(await lintRule(rule, {text: 'OK, the FAQ is NOT new.\n'})).toEqual([])
  })

  it('a Romanian sentence from real copy', async () => {
    // [lemmy] frontend/ro.json
    expect(await lintRule(rule, {language: 'ro', text: 'Acest site folosește NSFW și poate afișa conținut pentru adulți.\n'})).toEqual([])
  })
})

describe('options', () => {
  it('add acronyms for a language', async () => {
    const config: UserConfig = {rules: {[rule]: ['warning', {add: {pl: ['KSEF']}}]}}
    expect(await lintRule(rule, {config, language: 'pl', text: 'Faktura trafi do KSEF.\n'})).toEqual([])
    expect(await lintRule(rule, {config, language: 'ro', text: 'Factura ajunge în KSEF.\n'})).toEqual([
      '1:19-1:23: Write “ksef” instead of “KSEF”: capitals read as shouting.'
    ])
  })

  it('remove a built-in acronym, international or local', async () => {
    const config: UserConfig = {rules: {[rule]: ['warning', {remove: {en: ['swift'], pl: ['RODO']}}]}}
    expect(await lintRule(rule, {config, text: 'Pay by SWIFT.\n'})).toEqual([
      '1:8-1:13: Write “swift” instead of “SWIFT”: capitals read as shouting.'
    ])
    expect(await lintRule(rule, {config, language: 'pl', text: 'Zgodnie z RODO.\n'})).toEqual([
      '1:11-1:15: Write “rodo” instead of “RODO”: capitals read as shouting.'
    ])
  })

  it('replace the list of a language', async () => {
    const config: UserConfig = {rules: {[rule]: ['warning', {replace: {ro: ['ANAF']}}]}}
    expect(await lintRule(rule, {config, language: 'ro', text: 'ANAF și ANPC.\n'})).toEqual([
      '1:9-1:13: Write “anpc” instead of “ANPC”: capitals read as shouting.'
    ])
  })
})
