// tone/sentence-length on customer copy: what must be flagged, what must be
// left alone (lists, headings, signatures, links, abbreviations), with the
// exact messages and ranges.
//
// Excerpts of third-party copy are quoted verbatim and marked with their source:
//   [osticket] osTicket/osTicket, include/i18n/en_US/templates/email/ticket.autoresp.yaml
//              and templates/premade.yaml, GPL-2.0
//   [zammad]   zammad/zammad, db/seeds/email-signatures.rb, AGPL-3.0
//   [laravel]  Laravel-Lang/lang, locales/ro/json.json, MIT
//   [joinlemmy] LemmyNet/joinlemmy-translations, translations/ca.json, AGPL-3.0
// Everything else is written for these tests.
import {describe, expect, it} from 'vitest'
import type {UserConfig} from '../../src/config/types.js'
import {lintRule, lintRuleWithSeverity, type LintInput} from '../helpers/lint.js'

const rule = 'tone/sentence-length'

function check(input: LintInput) {
  return lintRule(rule, input)
}

const tooLong = (count: number, limit: number, place = '') =>
  `This sentence has ${count} words; keep sentences${place} to ${limit} words or fewer. ${count <= 2 * limit ? 'Split it in two.' : 'Split it into shorter sentences.'}`

describe('tone/sentence-length: English', () => {
  it('flags a support reply sentence over 25 words, across wrapped lines, link text included', async () => {
    // [osticket] ticket.autoresp.yaml, as the corpus renders it in Markdown
    const text =
      '_If you\nwish to provide additional comments or information regarding the issue,\nplease reply to this email or [login to your account](%{recipient.ticket_link}) for\na complete archive of your support requests._\n'
    expect(await check({text, touchpoint: 'support-reply'})).toEqual([`1:2-4:45: ${tooLong(30, 25, ' in support replies')}`])
    // The same sentence is fine where the general limit applies.
    expect(await check({text, touchpoint: 'notification'})).toEqual([])
  })

  it('flags canned copy that runs on, and gives the warning severity', async () => {
    // [osticket] premade.yaml
    const text =
      'osTicket is a widely-used open source support ticket system, an\nattractive alternative to higher-cost and complex customer support\nsystems - simple, lightweight, reliable, open source, web-based and easy\nto setup and use.\n'
    expect(await lintRuleWithSeverity(rule, {text, touchpoint: 'support-reply'})).toEqual([
      `warning 1:1-4:18: ${tooLong(31, 25, ' in support replies')}`
    ])
  })

  it('says “shorter sentences” when one sentence is more than twice the limit', async () => {
    const text = 'Thanks for your order, which we have packed and handed to the courier this morning, so you can follow it with the link in the e-mail we sent and expect it on Thursday or Friday, unless the courier calls you first to agree on another day that suits you better.\n'
    expect(await check({text, config: {tone: {maxSentenceWords: 20}}})).toEqual([`1:1-1:260: ${tooLong(50, 20)}`])
  })

  it('counts a sentence at the limit as fine and one word more as too long', async () => {
    const words = (n: number) => Array.from({length: n}, (_, i) => (i === 0 ? 'Word' : 'word')).join(' ') + '.\n'
    expect(await check({text: words(25), touchpoint: 'support-reply'})).toEqual([])
    expect(await check({text: words(26), touchpoint: 'support-reply'})).toEqual([`1:1-1:131: ${tooLong(26, 25, ' in support replies')}`])
  })

  it('reads a list as separate items, not one long sentence', async () => {
    const items = ['Open the app', 'Go to your account settings', 'Choose Payment methods', 'Tap Add a card', 'Type the card number and expiry date', 'Confirm with the code we text you', 'Wait for the green tick', 'Go back to your basket']
    const text = `To add a card:\n\n${items.map((item) => `- ${item}`).join('\n')}\n`
    expect(await check({text, touchpoint: 'support-reply'})).toEqual([])
    // A plain-text list too: each line starts with a dash.
    expect(await check({text: `To add a card:\n${items.map((item) => `- ${item}`).join('\n')}\n`, touchpoint: 'support-reply', format: 'txt'})).toEqual([])
  })

  it('reads a heading apart from the paragraph under it', async () => {
    const text = '# Your order is on its way and should reach you by Thursday at the latest\n\nWe packed it this morning and handed it to the courier, who will text you before the delivery.\n'
    expect(await check({text, config: {tone: {maxSentenceWords: 20}}})).toEqual([])
  })

  it('does not count URLs, e-mail addresses, placeholders or code as words', async () => {
    const text =
      'Hi {{customer.first_name}}, write to help@example.com or open https://example.com/account/settings/payments?tab=cards&utm_source=support and run `brandvoice --fix ./copy` to check.\n'
    expect(await check({text, config: {tone: {maxSentenceWords: 10}}})).toEqual([])
  })

  it('keeps “e.g.” inside its sentence and ends one after “etc.”', async () => {
    const config: UserConfig = {tone: {maxSentenceWords: 12}}
    expect(await check({text: 'You can pay by card, e.g. Visa or Mastercard, by bank transfer or with PayPal.\n', config})).toEqual([
      `1:1-1:79: ${tooLong(15, 12)}`
    ])
    expect(await check({text: 'Bring your receipt, the box, the charger, etc. We will do the rest on the spot.\n', config})).toEqual([])
  })

  it('never reads the lines of an e-mail signature as one sentence', async () => {
    // [zammad] email-signatures.rb, with the corpus's realistic name
    const text = 'Ana Pop\n\n--\n Super Support - Waterford Business Park\n 5201 Blue Lagoon Drive - 8th Floor & 9th Floor - Miami, 33126 USA\n Email: hot@example.com - Web: http://www.example.com/\n--\n'
    expect(await check({text, touchpoint: 'email-signature', config: {tone: {maxSentenceWords: 15}}})).toEqual([])
  })

  it('reads tone from touchpoints and overrides, key by key', async () => {
    const text = 'We are sorry that your parcel arrived late and we have refunded the delivery fee to your card today.\n'
    expect(await check({text, touchpoint: 'welcome'})).toEqual([])
    const config: UserConfig = {touchpoints: {welcome: {tone: {maxSentenceWords: 15}}}}
    expect(await check({text, touchpoint: 'welcome', config})).toEqual([`1:1-1:101: ${tooLong(19, 15, ' in welcome messages')}`])
    const overridden: UserConfig = {...config, overrides: [{files: ['**/*.md'], tone: {maxSentenceWords: 19}}]}
    expect(await check({text, touchpoint: 'welcome', config: overridden})).toEqual([])
  })
})

describe('tone/sentence-length: Romanian', () => {
  it('does not end a sentence at “nr.”, “str.” or “Dl.”', async () => {
    const text = 'Comanda nr. 10482 a fost predată curierului și va ajunge pe str. Lungă nr. 5 mâine, iar Dl. Popescu de la recepție o poate primi în locul dumneavoastră dacă nu sunteți acasă.\n'
    expect(await check({text, language: 'ro', touchpoint: 'support-reply'})).toEqual([`1:1-1:175: ${tooLong(32, 25, ' in support replies')}`])
  })

  it('leaves real Romanian copy alone', async () => {
    // [laravel] locales/ro/json.json
    const text =
      'Dacă nu aveți un cont, puteți crea unul făcând clic pe butonul de mai jos. După crearea unui cont, puteți face clic pe butonul de acceptare a invitației din acest e-mail pentru a accepta invitația echipei:\n'
    expect(await check({text, language: 'ro', touchpoint: 'support-reply'})).toEqual([])
  })

  it('counts words with decomposed diacritics once', async () => {
    const text = 'Vă mulțumim că ați ales să plătiți cu cardul și vă confirmăm că plata a fost înregistrată în contul dumneavoastră astăzi.\n'.normalize('NFD')
    expect(await check({text, language: 'ro', config: {tone: {maxSentenceWords: 20}}})).toEqual([`1:1-1:${text.length}: ${tooLong(21, 20)}`])
  })
})

describe('tone/sentence-length: Polish', () => {
  it('flags a long sentence and keeps “np.” and “ul.” inside it', async () => {
    const text = 'Jeśli chcesz zmienić adres dostawy, np. na ul. Długą w Krakowie, zaloguj się na swoje konto, otwórz zamówienie i wybierz nowy adres, a my wyślemy Ci potwierdzenie zmiany na adres e-mail podany przy rejestracji.\n'
    expect(await check({text, language: 'pl', touchpoint: 'support-reply'})).toEqual([`1:1-1:${text.length}: ${tooLong(34, 25, ' in support replies')}`])
  })

  it('leaves short Polish sentences alone', async () => {
    const text = 'Dziękujemy za zamówienie nr 12345. Paczka wyjdzie z magazynu jutro. Numer przesyłki wyślemy Ci SMS-em.\n'
    expect(await check({text, language: 'pl', touchpoint: 'support-reply'})).toEqual([])
  })
})

describe('tone/sentence-length: Catalan', () => {
  it('flags real Catalan copy over a brand’s tighter limit', async () => {
    // [joinlemmy] translations/ca.json
    const text =
      'Com que Reddit és un lloc web únic sota una sola autoritat, significa que totes les persones han de seguir les mateixes regles, incloses les ridícules com censurar el nom «Luigi».\n'
    expect(await check({text, language: 'ca', touchpoint: 'marketing'})).toEqual([])
    expect(await check({text, language: 'ca', touchpoint: 'marketing', config: {tone: {maxSentenceWords: 25}}})).toEqual([
      `1:1-1:180: ${tooLong(31, 25, ' in marketing copy')}`
    ])
  })

  it('does not end a sentence at “núm.” or “Sr.”, and leaves a table of cells alone', async () => {
    const config: UserConfig = {tone: {maxSentenceWords: 12}}
    expect(await check({text: 'La comanda núm. 5 ha sortit avui del magatzem i el Sr. Puig us la portarà dijous al matí.\n', language: 'ca', config})).toEqual([
      `1:1-1:90: ${tooLong(19, 12)}`
    ])
    const table = '| Pla | Preu al mes | Usuaris |\n| --- | --- | --- |\n| Bàsic | 5 € | fins a 3 persones |\n| Empresa | 20 € | sense límit de persones |\n'
    expect(await check({text: table, language: 'ca', config})).toEqual([])
  })
})
