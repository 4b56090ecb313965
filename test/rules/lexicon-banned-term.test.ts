// lexicon/banned-term on real customer-facing copy: what must be flagged,
// what must be left alone, with the exact messages.
//
// Excerpts of third-party copy are quoted verbatim, one or two sentences each,
// and marked with their source:
//   [laravel]     Laravel-Lang/lang, locales/*/json.json, MIT
//   [spree]       spree-contrib/spree_i18n, config/locales/*.yml, BSD-3-Clause
//   [thunderbird] thunderbird/thunderbird-android, legacy/ui/legacy/src/main/res/values-ca/strings.xml, Apache-2.0
//   [lemmy]       LemmyNet/lemmy-translations, backend/en.json, AGPL-3.0
//   [freescout]   freescout-helpdesk/freescout, resources/lang/pl.json, AGPL-3.0
// Everything else is written for these tests.
import {describe, expect, it} from 'vitest'
import type {UserConfig} from '../../src/config/types.js'
import {lintRule, lintRuleWithSeverity, type LintInput} from '../helpers/lint.js'

const rule = 'lexicon/banned-term'

const config: UserConfig = {
  lexicon: [
    {avoid: 'unfortunately', language: 'en', reason: 'say what you can do instead'},
    {avoid: 'click here', language: 'en', reason: 'link text says where it goes'},
    {avoid: 'ASAP', caseSensitive: true, severity: 'info', language: 'en', reason: 'give a time'},
    {avoid: 'no worries', touchpoints: ['support-reply'], severity: 'warning', language: 'en'},
    {avoid: 'din păcate', language: 'ro', reason: 'spuneți ce puteți face'},
    {avoid: 'niestety', language: 'pl'},
    {avoid: 'kliknij tutaj', language: 'pl'},
    {avoid: 'SMS', language: 'pl', reason: 'piszemy „wiadomość”'},
    {avoid: ['malauradament', 'per desgràcia'], language: 'ca'},
    {avoid: 'feu clic aquí', language: 'ca'},
    // A banned phrase that starts with a word another entry replaces.
    {avoid: 'user error', language: 'en', reason: 'never blame the customer'},
    {avoid: 'user', use: 'customer', language: 'en'}
  ]
}

function check(input: Omit<LintInput, 'config'>, c: UserConfig = config) {
  return lintRule(rule, {config: c, ...input})
}

describe('lexicon/banned-term: English', () => {
  it('flags a banned phrase in real copy, as the copy writes it', async () => {
    // [laravel] locales/en/json.json: Click here to re-send the verification email.
    const text = 'Click here to re-send the verification email.\n\nOr click here to request another.\n'
    expect(await check({text})).toEqual([
      '1:1-1:11: Avoid “Click here” (link text says where it goes).',
      '3:4-3:14: Avoid “click here” (link text says where it goes).'
    ])
  })

  it('flags link text, not the placeholder URL', async () => {
    // [lemmy] backend/en.json password_reset_body, as the corpus renders it in Markdown
    const text = '[Click here to reset your password]({reset_link})\n'
    expect(await check({text})).toEqual(['1:2-1:12: Avoid “Click here” (link text says where it goes).'])
  })

  it('flags a single banned word with its reason', async () => {
    expect(await check({text: 'Unfortunately, we cannot refund this order.\n'})).toEqual([
      '1:1-1:14: Avoid “Unfortunately” (say what you can do instead).'
    ])
  })

  it('matches a phrase over a line break, across emphasis and across a link', async () => {
    const text = 'Please click\nhere.\n\nPlease *click* here or [click](https://example.com) here.\n'
    expect(await check({text})).toEqual([
      '1:8-2:5: Avoid “click here” (link text says where it goes).',
      '4:9-4:20: Avoid “click here” (link text says where it goes).',
      '4:25-4:57: Avoid “click here” (link text says where it goes).'
    ])
  })

  it('does not match a phrase across a comma, a sentence end or a paragraph', async () => {
    const text = 'Click, here is the form. You can click. Here is the form.\n\nPlease click\n\nhere.\n'
    expect(await check({text})).toEqual([])
  })

  it('matches a case-sensitive entry only as written, with its own severity', async () => {
    const text = 'Reply ASAP. Reply asap. Reply Asap.\n'
    expect(await lintRuleWithSeverity(rule, {text, config})).toEqual(['info 1:7-1:11: Avoid “ASAP” (give a time).'])
  })

  it('reports the longer of two overlapping terms, once, under its own rule', async () => {
    const text = 'This was a user error on our side.\n'
    expect(await check({text})).toEqual(['1:12-1:22: Avoid “user error” (never blame the customer).'])
    expect(await lintRule('lexicon/preferred-term', {text, config})).toEqual([])
  })

  it('leaves alone words that only contain a banned word', async () => {
    expect(await check({text: 'Fortunately, clickhere.com is not a link. Unfortunate timing.\n'})).toEqual([])
  })

  it('applies a touchpoint entry only to that touchpoint', async () => {
    const text = 'No worries, we have refunded your order.\n'
    expect(await check({text})).toEqual([])
    expect(await lintRuleWithSeverity(rule, {text, config, touchpoint: 'support-reply'})).toEqual([
      'warning 1:1-1:11: Avoid “No worries”: the brand does not use this word.'
    ])
    expect(await check({text: `---\ntouchpoint: support-reply\n---\n${text}`})).toEqual([
      '4:1-4:11: Avoid “No worries”: the brand does not use this word.'
    ])
  })
})

describe('lexicon/banned-term: what is not prose', () => {
  it('leaves alone code, HTML comments, frontmatter, URLs, e-mail addresses and placeholders', async () => {
    const text = [
      '---',
      'title: Unfortunately, click here',
      '---',
      '',
      'Use `click here` as the label, or see https://example.com/click-here and unfortunately@example.com.',
      '',
      '```',
      'Unfortunately, click here',
      '```',
      '',
      '<!-- Unfortunately: click here -->',
      '',
      'Hi {unfortunately}, %{unfortunately} and {{unfortunately}} or :unfortunately.',
      ''
    ].join('\n')
    expect(await check({text})).toEqual([])
  })
})

describe('lexicon/banned-term: Romanian', () => {
  it('flags a banned phrase in real copy and leaves the placeholder alone', async () => {
    // [spree] config/locales/ro.yml devise.user_registrations.inactive_signed_up
    const text =
      'V-ați înscris cu succes. Din păcate nu am putut să vă autentificăm din cauză că acest cont este %{reason}.\n'
    expect(await check({text, language: 'ro'})).toEqual(['1:26-1:36: Avoid “Din păcate” (spuneți ce puteți face).'])
  })

  it('matches over a line break and across emphasis, not across punctuation', async () => {
    const text = 'Din\npăcate, comanda a întârziat.\n\n*Din* păcate nu putem.\n\nDin: păcate.\n'
    expect(await check({text, language: 'ro'})).toEqual([
      '1:1-2:7: Avoid “Din păcate” (spuneți ce puteți face).',
      '4:2-4:13: Avoid “Din păcate” (spuneți ce puteți face).'
    ])
  })

  it('matches decomposed diacritics (a + U+0306 COMBINING BREVE)', async () => {
    const decomposed = 'Din pa\u0306cate'
    expect(await check({text: `${decomposed}, nu.\n`, language: 'ro'})).toEqual([
      `1:1-1:12: Avoid “${decomposed}” (spuneți ce puteți face).`
    ])
  })

  it('applies only to Romanian', async () => {
    expect(await check({text: 'The Romanian for “unfortunately” is “din păcate”.\n', language: 'en'})).toEqual([
      '1:19-1:32: Avoid “unfortunately” (say what you can do instead).'
    ])
  })
})

describe('lexicon/banned-term: Polish', () => {
  it('flags banned words in real copy', async () => {
    // [freescout] resources/lang/pl.json: Sorry, the page you are looking for could not be found.
    // [laravel] locales/pl/json.json: Click here to re-send the verification email.
    const text = 'Niestety nie można znaleźć strony, której szukasz.\n\nKliknij tutaj, aby ponownie wysłać e-mail weryfikacyjny.\n'
    expect(await check({text, language: 'pl'})).toEqual([
      '1:1-1:9: Avoid “Niestety”: the brand does not use this word.',
      '3:1-3:14: Avoid “Kliknij tutaj”: the brand does not use this word.'
    ])
  })

  it('reports just the word of an inflected acronym: SMS-a, SMS’a', async () => {
    const text = 'Wyślemy SMS-a z kodem. Nie dostałeś SMS’a? SMS-em też.\n'
    expect(await check({text, language: 'pl'})).toEqual([
      '1:9-1:12: Avoid “SMS” (piszemy „wiadomość”).',
      '1:37-1:40: Avoid “SMS” (piszemy „wiadomość”).',
      '1:44-1:47: Avoid “SMS” (piszemy „wiadomość”).'
    ])
  })
})

describe('lexicon/banned-term: Catalan', () => {
  it('flags banned phrases in real copy', async () => {
    // [laravel] locales/ca/json.json: Click here to re-send the verification email.
    // [thunderbird] values-ca dialog_autocrypt_mutual_learn_more
    const text = 'Feu clic aquí per a reenviar el correu de verificació.\n\nPodeu feu clic aquí per saber-ne més.\n'
    expect(await check({text, language: 'ca'})).toEqual([
      '1:1-1:14: Avoid “Feu clic aquí”: the brand does not use this word.',
      '3:7-3:20: Avoid “feu clic aquí”: the brand does not use this word.'
    ])
  })

  it('flags every term of an entry', async () => {
    const text = 'Malauradament, la comanda ha arribat tard. Per desgràcia, no la podem canviar.\n'
    expect(await check({text, language: 'ca'})).toEqual([
      '1:1-1:14: Avoid “Malauradament”: the brand does not use this word.',
      '1:44-1:57: Avoid “Per desgràcia”: the brand does not use this word.'
    ])
  })
})
