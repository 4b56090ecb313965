// tone/exclamation: limits per sentence and per file from `tone.exclamations`
// (brandvoice:recommended sets them per touchpoint), runs always, and the
// marks that are not prose.
//
// Excerpts of third-party copy, verbatim:
//   [osticket] osTicket/osTicket, include/i18n/en_US/templates/ticket/upgraded.yaml, GPL-2.0
//   [lemmy]    LemmyNet/lemmy-translations, backend/en.json and backend/ca.json, AGPL-3.0
//   [devise]   tigrish/devise-i18n, rails/locales/ro.yml, MIT
import {describe, expect, it} from 'vitest'
import {lintRule} from '../helpers/lint.js'

const rule = 'tone/exclamation'

describe('defaults per touchpoint', () => {
  it('a generic file may have an exclamation mark in every sentence', async () => {
    expect(await lintRule(rule, {text: 'Welcome! Your account is ready! Sign in now!\n'})).toEqual([])
  })

  it('a support reply keeps to one per file', async () => {
    expect(await lintRule(rule, {touchpoint: 'support-reply', text: 'Thanks for waiting! It is fixed! Enjoy!\n'})).toEqual([
      '1:32-1:33: Second exclamation mark in this support reply; keep to 1 per file.',
      '1:39-1:40: Third exclamation mark in this support reply; keep to 1 per file.'
    ])
  })

  it('a welcome message keeps to two per file', async () => {
    // [osticket] upgraded.yaml, subject and first sentences
    const text = '**Subject:** osTicket Upgraded!\n\nosTicket upgraded successfully! Your contribution to osTicket community will be appreciated!\n'
    expect(await lintRule(rule, {touchpoint: 'welcome', text})).toEqual([
      '3:92-3:93: Third exclamation mark in this welcome message; keep to 2 per file.'
    ])
  })

  it('an e-mail signature has none, in any language', async () => {
    expect(await lintRule(rule, {touchpoint: 'email-signature', language: 'ro', text: 'Cu drag!\nEchipa Acme\n'})).toEqual([
      '1:8-1:9: Exclamation marks are not used in e-mail signatures: remove “!”.'
    ])
    expect(await lintRule(rule, {touchpoint: 'email-signature', language: 'pl', text: 'Do usłyszenia!!\nZespół Acme\n'})).toEqual([
      '1:14-1:16: Exclamation marks are not used in e-mail signatures: remove “!!”.'
    ])
  })

  it('two in one sentence', async () => {
    expect(await lintRule(rule, {language: 'pl', text: 'Gotowe! wszystko działa! Dziękujemy.\n'})).toEqual([
      '1:24-1:25: Second exclamation mark in one sentence; keep to 1 per sentence.'
    ])
  })

  it('real Lemmy welcome copy is within the welcome limit', async () => {
    // [lemmy] backend/en.json and backend/ca.json (registration approved)
    expect(await lintRule(rule, {touchpoint: 'welcome', text: 'Your registration application has been approved. Welcome to {hostname}!\n'})).toEqual([])
    expect(await lintRule(rule, {touchpoint: 'welcome', language: 'ca', text: '# Us donem la benvinguda a Lemmy!\n\nLa vostra sol·licitud de registre ha estat aprovada. Benvinguda a {hostname}!\n'})).toEqual([])
  })

  it('a Romanian notification greeting after a placeholder', async () => {
    // [devise] ro.yml, devise.mailer.*.greeting
    expect(await lintRule(rule, {touchpoint: 'notification', language: 'ro', text: 'Bună ziua %{recipient}!\n'})).toEqual([])
  })
})

describe('runs', () => {
  it('“!!”, “!!!”, “?!”, “!?” and “‼” are one finding each', async () => {
    const text = 'Wow!!! Really?! Yes!? Done‼\n'
    expect(await lintRule(rule, {text})).toEqual([
      '1:4-1:7: Write “!” instead of “!!!”: one mark at a time reads calmer.',
      '1:14-1:16: Write “?” instead of “?!”: one mark at a time reads calmer.',
      '1:20-1:22: Write “?” instead of “!?”: one mark at a time reads calmer.',
      '1:27-1:28: Write “!” instead of “‼”: one mark at a time reads calmer.'
    ])
  })

  it('Markdown escapes between the marks of a run', async () => {
    expect(await lintRule(rule, {text: 'Thanks\\!\\! See you.\n'})).toEqual([
      '1:8-1:11: Write “!” instead of “!!”: one mark at a time reads calmer.'
    ])
  })

  it('a run counts as one exclamation and says so when it is over the limit', async () => {
    expect(await lintRule(rule, {touchpoint: 'support-reply', text: 'Thanks! We fixed it!!\n'})).toEqual([
      '1:20-1:22: Second exclamation mark (“!!”) in this support reply; keep to 1 per file.'
    ])
  })

  it('question marks alone are not exclamations', async () => {
    expect(await lintRule(rule, {touchpoint: 'email-signature', text: 'Questions?? Write to us.\n'})).toEqual([])
  })
})

describe('marks that are not prose exclamation marks', () => {
  const signature = {touchpoint: 'email-signature'}

  it('Spanish ¡ is not counted', async () => {
    expect(await lintRule(rule, {language: 'es', touchpoint: 'welcome', text: '¡Hola! ¡Bienvenida a Acme!\n'})).toEqual([])
  })

  it('code, code blocks, URLs, images and HTML comments', async () => {
    const text = 'Ana Pop ![logo](logo.png) `!help` https://example.com/#!/help <!-- note! -->\n\n```\nalert("hi!!")\n```\n'
    expect(await lintRule(rule, {...signature, text})).toEqual([])
  })

  it('a mark glued to a word: community names, alerts', async () => {
    expect(await lintRule(rule, {...signature, text: 'Ask in !support@lemmy.ml.\n\n> [!NOTE]\n> Office hours 9–17.\n'})).toEqual([])
  })

  it('a brand name with an exclamation mark, in any case', async () => {
    const config = {brand: {names: ['Yahoo!']}}
    expect(await lintRule(rule, {...signature, config, text: 'Sent from Yahoo! Mail and YAHOO! News.\n'})).toEqual([])
    expect(await lintRule(rule, {...signature, config, text: 'Sent from Yahoo! Mail. Cheers!\n'})).toEqual([
      '1:30-1:31: Exclamation marks are not used in e-mail signatures: remove “!”.'
    ])
  })

  it('plain text files', async () => {
    expect(await lintRule(rule, {...signature, format: 'txt', text: 'Best wishes!\nAna\n'})).toEqual([
      '1:12-1:13: Exclamation marks are not used in e-mail signatures: remove “!”.'
    ])
  })
})

describe('tone settings from the config', () => {
  it('a top-level limit per file', async () => {
    const config = {tone: {exclamations: {perFile: 1}}}
    expect(await lintRule(rule, {config, text: 'Welcome! Your account is ready!\n'})).toEqual([
      '1:31-1:32: Second exclamation mark in this file; keep to 1 per file.'
    ])
  })

  it('no exclamation marks at all for a brand', async () => {
    const config = {tone: {exclamations: {perFile: 0}}}
    expect(await lintRule(rule, {config, language: 'ca', text: 'Benvinguda!\n'})).toEqual([
      '1:11-1:12: Exclamation marks are not used in this brand’s copy: remove “!”.'
    ])
  })

  it('a touchpoint’s tone replaces the default key by key', async () => {
    const config = {touchpoints: {'support-reply': {tone: {exclamations: {perFile: 3}}}}}
    expect(await lintRule(rule, {config, touchpoint: 'support-reply', text: 'Thanks! Fixed! Enjoy! Bye!\n'})).toEqual([
      '1:26-1:27: Fourth exclamation mark in this support reply; keep to 3 per file.'
    ])
  })

  it('a higher limit per sentence', async () => {
    const config = {tone: {exclamations: {perSentence: 2}}}
    expect(await lintRule(rule, {config, language: 'pl', text: 'Gotowe! wszystko działa! Dziękujemy.\n'})).toEqual([])
  })

  it('an e-mail signature allowed one by an override', async () => {
    const config = {overrides: [{files: ['**/*.md'], tone: {exclamations: {perSentence: 1, perFile: 1}}}]}
    expect(await lintRule(rule, {config, touchpoint: 'email-signature', text: 'Cheers!\nAna\n'})).toEqual([])
  })
})
