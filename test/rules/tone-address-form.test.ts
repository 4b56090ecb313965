// tone/address-form on customer-facing copy: what must be flagged, what must
// be left alone (third persons, quoted speech, labels, Latin, English
// leftovers), with the exact messages and positions.
//
// Excerpts of third-party copy are quoted verbatim, one sentence each, and
// marked with their source (from /work/shared/corpus/SOURCES.md):
//   [devise]      tigrish/devise-i18n, rails/locales/{ro,pl,ca}.yml, MIT
//   [laravel]     Laravel-Lang/lang, locales/{pl,ca}/json.json, MIT
//   [spree]       spree-contrib/spree_i18n, config/locales/{ro,pl}.yml, BSD-3-Clause
//   [akaunting]   akaunting/akaunting, resources/lang/ca-ES/{auth,portal}.php, GPL-3.0
//   [chatwoot]    chatwoot/chatwoot, app/javascript/widget/i18n/locale/ro.json, MIT
// Everything else is written for these tests.
import {describe, expect, it} from 'vitest'
import type {UserConfig} from '../../src/config/types.js'
import {lintRule, lintRuleWithSeverity, type LintInput} from '../helpers/lint.js'

const rule = 'tone/address-form'
const formal: UserConfig = {tone: {address: 'formal'}}
const informal: UserConfig = {tone: {address: 'informal'}}
const isFormal = 'this brand addresses customers formally'
const isInformal = 'this brand addresses customers informally'

function check(input: LintInput) {
  return lintRule(rule, input)
}

describe('tone/address-form: Romanian', () => {
  it('flags informal pronouns and possessives in a formal brand’s copy, suggesting the formal word', async () => {
    // [devise] ro.yml devise.mailer.email_changed.message
    const text = 'Te contactăm pentru a te informa că adresa ta de email va fi înlocuită cu %{email}.\n'
    expect(await check({text, language: 'ro', config: formal})).toEqual([
      `1:1-1:3: Use “Vă” instead of “Te”: ${isFormal}.`,
      `1:23-1:25: Use “vă” instead of “te”: ${isFormal}.`,
      `1:44-1:46: Use “dumneavoastră” instead of “ta”: ${isFormal}.`
    ])
  })

  it('flags hyphenated clitics as the whole word: ți-am, te-am, abonează-te, să-ți', async () => {
    const text = 'Ți-am trimis codul. Te-am sunat ieri. Abonează-te ca să-ți trimitem noutăți.\n'
    expect(await check({text, language: 'ro', config: formal})).toEqual([
      `1:1-1:6: Rephrase “Ți-am”, which addresses the customer informally: ${isFormal}.`,
      `1:21-1:26: Rephrase “Te-am”, which addresses the customer informally: ${isFormal}.`,
      `1:39-1:50: Rephrase “Abonează-te”, which addresses the customer informally: ${isFormal}.`,
      `1:54-1:59: Rephrase “să-ți”, which addresses the customer informally: ${isFormal}.`
    ])
  })

  it('reads ț and ș written as comma-below letters, decomposed (t + U+0326) or with a cedilla', async () => {
    const decomposed = 'i\u0302t\u0326i'
    const text = `Î\u0163i mulțumim! Nu ${decomposed} face griji, t\u0326i-am pus deoparte comanda pentru ţie.\n`
    expect(await check({text, language: 'ro', config: formal})).toEqual([
      `1:1-1:4: Use “Vă” instead of “Îţi”: ${isFormal}.`,
      `1:18-1:23: Use “vă” instead of “${decomposed}”: ${isFormal}.`,
      `1:36-1:42: Rephrase “t\u0326i-am”, which addresses the customer informally: ${isFormal}.`,
      `1:71-1:74: Use “dumneavoastră” instead of “ţie”: ${isFormal}.`
    ])
  })

  it('flags dumneavoastră and dvs. in an informal brand’s copy', async () => {
    // [spree] ro.yml spree.order_mailer.cancel_email.order_summary_canceled
    const text = 'Comanda Dvs. a fost anulată. Vă mulțumim pentru răbdarea dumneavoastră.\n'
    expect(await check({text, language: 'ro', config: informal})).toEqual([
      `1:9-1:12: Use “tu”, “tău” or “ta” instead of “Dvs”: ${isInformal}.`,
      `1:58-1:71: Use “tu”, “tău” or “ta” instead of “dumneavoastră”: ${isInformal}.`
    ])
  })

  it('does not count “vă”, which is also plural', async () => {
    expect(await check({text: 'Vă rugăm să vă verificați adresa.\n', language: 'ro', config: informal})).toEqual([])
  })

  it('leaves quoted speech alone', async () => {
    const text = 'Un client ne-a scris: „Te-ai descurcat excelent, îți mulțumesc!” Vă mulțumim pentru recenzie.\n'
    expect(await check({text, language: 'ro', config: formal})).toEqual([])
  })

  it('counts what follows a closed quotation', async () => {
    const text = 'Butonul „Trimite” îți salvează mesajul.\n'
    expect(await check({text, language: 'ro', config: formal})).toEqual([`1:19-1:22: Use “vă” instead of “îți”: ${isFormal}.`])
  })

  it('a quotation across sentences is skipped to its end', async () => {
    const text = 'Ana a spus: „Tu ai fost rapid. Te recomand.” Contul tău este activ.\n'
    expect(await check({text, language: 'ro', config: formal})).toEqual([
      `1:53-1:56: Use “dumneavoastră” instead of “tău”: ${isFormal}.`
    ])
  })

  it('does not flag forms in code or URLs', async () => {
    const text = 'Setați `te` în fișier sau deschideți https://example.com/tu/ta.\n'
    expect(await check({text, language: 'ro', config: formal})).toEqual([])
  })

  it('flags the informal composer of a real chat widget', async () => {
    // [chatwoot] ro.json (EMAIL_PLACEHOLDER, CHAT_PLACEHOLDER)
    const text = 'Te rugăm să introduci adresa de e-mail\n\nScrie mesajul tău\n'
    expect(await check({text, language: 'ro', touchpoint: 'welcome', config: formal})).toEqual([
      `1:1-1:3: Use “Vă” instead of “Te”: ${isFormal}.`,
      `3:15-3:18: Use “dumneavoastră” instead of “tău”: ${isFormal}.`
    ])
  })
})

describe('tone/address-form: Polish', () => {
  it('flags Pani and Państwo addressing the reader in an informal brand’s copy', async () => {
    const text = 'Szanowna Pani,\n\nprzesyłamy Pani fakturę. Dziękujemy Państwu za zakupy i zapraszamy Panią ponownie.\n'
    expect(await check({text, language: 'pl', config: informal})).toEqual([
      `1:10-1:14: Rephrase “Pani”, which addresses the customer formally: ${isInformal}.`,
      `3:12-3:16: Rephrase “Pani”, which addresses the customer formally: ${isInformal}.`,
      `3:37-3:44: Use “wam” instead of “Państwu”: ${isInformal}.`,
      `3:68-3:73: Rephrase “Panią”, which addresses the customer formally: ${isInformal}.`
    ])
  })

  it('flags a sentence-initial Pani before a lower-case word', async () => {
    expect(await check({text: 'Pani zamówienie zostało wysłane.\n', language: 'pl', config: informal})).toEqual([
      `1:1-1:5: Rephrase “Pani”, which addresses the customer formally: ${isInformal}.`
    ])
  })

  it('leaves third persons alone: lower-case pan, Pani before a name or a placeholder', async () => {
    const text =
      'Twoje zgłoszenie przejął pan Kowalski. Pani Anna zadzwoni do Ciebie, a Pan Nowak wyśle umowę. Skontaktuje się z Tobą Pani {name}.\n'
    expect(await check({text, language: 'pl', config: informal})).toEqual([])
  })

  it('leaves labels alone: salutation options, form fields, a state’s name', async () => {
    // [laravel] pl/json.json “State / County”; [spree] pl.yml spree.new_country; [laravel] “Bolivia, Plurinational State of”
    const text = 'Pan / Pani\n\nPaństwo / Kraj\n\nNowe Państwo\n\nBoliwia, Wielonarodowe Państwo\n'
    expect(await check({text, language: 'pl', config: informal})).toEqual([])
  })

  it('flags informal forms, capitalised as in letters or not, in a formal brand’s copy', async () => {
    // [devise] pl.yml devise.mailer.reset_password_instructions.someone_requested
    const text = 'Ktoś zażądał zmiany hasła do Twojego konta. Wyślemy cię do strony logowania.\n'
    expect(await check({text, language: 'pl', config: formal})).toEqual([
      `1:30-1:37: Use “Pana” or “Pani” instead of “Twojego”: ${isFormal}.`,
      `1:53-1:56: Use “Pana” or “Panią” instead of “cię”: ${isFormal}.`
    ])
  })

  it('does not count “ci”, which is also “those”', async () => {
    expect(await check({text: 'Ci klienci dostaną rabat. Wyślemy ci kod.\n', language: 'pl', config: formal})).toEqual([])
  })

  it('leaves Polish quoted speech alone', async () => {
    const text = 'Klientka napisała: „Twoja obsługa jest świetna!” Dziękujemy Pani za opinię.\n'
    expect(await check({text, language: 'pl', config: formal})).toEqual([])
  })
})

describe('tone/address-form: Catalan', () => {
  it('flags elided, enclitic and full informal forms', async () => {
    // [akaunting] ca-ES/auth.php invitation.message_2; portal.php latest_invoices.description
    const text = "Si no t'hi vols unir, no cal que facis res més.\n\n:date - Se't va facturar la factura número :invoice_number\n\nEnvia't una còpia i desa el teu rebut.\n"
    expect(await check({text, language: 'ca', config: formal})).toEqual([
      `1:7-1:11: Rephrase “t'hi”, which addresses the customer informally: ${isFormal}.`,
      `3:9-3:13: Rephrase “Se't”, which addresses the customer informally: ${isFormal}.`,
      `5:1-5:8: Rephrase “Envia't”, which addresses the customer informally: ${isFormal}.`,
      `5:29-5:32: Use “seu” instead of “teu”: ${isFormal}.`
    ])
  })

  it('leaves et cetera, et al. and English contractions alone', async () => {
    const text = "Factures, rebuts et cetera. Segons Puig et al. és fàcil. L'error diu: we didn't find it.\n"
    expect(await check({text, language: 'ca', config: formal})).toEqual([])
  })

  it('leaves «quoted» and "quoted" speech alone', async () => {
    const text = 'Ens va dir: «Tu sí que saps» i també "et trucarem demà". Gràcies per confiar en nosaltres.\n'
    expect(await check({text, language: 'ca', config: formal})).toEqual([])
  })

  it('flags vostè in an informal brand’s copy', async () => {
    // [laravel] ca/json.json “You have been invited to join the :team team!”
    expect(await check({text: 'Vostè ha estat convidat a unir-se a la :team equip!\n', language: 'ca', config: informal})).toEqual([
      `1:1-1:6: Use “Tu” instead of “Vostè”: ${isInformal}.`
    ])
  })

  it('a label that is just “Tu” is not address', async () => {
    expect(await check({text: '## Tu\n\nLes dades del vostre perfil.\n', language: 'ca', config: formal})).toEqual([])
  })
})

describe('tone/address-form: Spanish, French, German', () => {
  it('Spanish: flags tú, tu, contigo in formal copy and usted, Ud. in informal copy', async () => {
    expect(await check({text: 'Gracias por tu pedido; contigo siempre es un placer.\n', language: 'es', config: formal})).toEqual([
      `1:13-1:15: Use “su” instead of “tu”: ${isFormal}.`,
      `1:24-1:31: Use “con usted” instead of “contigo”: ${isFormal}.`
    ])
    expect(await check({text: 'Si Ud. tiene dudas, escríbanos.\n', language: 'es-MX', config: informal})).toEqual([
      `1:4-1:6: Use “tú” instead of “Ud”: ${isInformal}.`
    ])
  })

  it('Spanish: ustedes is plain plural in Latin America, not formal', async () => {
    expect(await check({text: 'Gracias a ustedes por participar.\n', language: 'es-MX', config: informal})).toEqual([])
  })

  it('French: flags ton compte and t’envoyer, not le ton nor a-t-il', async () => {
    const text = 'Nous avons revu le ton de nos messages. Ton compte est prêt : on va t’envoyer un code. A-t-il été reçu ?\n'
    expect(await check({text, language: 'fr', config: formal})).toEqual([
      `1:41-1:44: Use “Votre” instead of “Ton”: ${isFormal}.`,
      `1:69-1:78: Rephrase “t’envoyer”, which addresses the customer informally: ${isFormal}.`
    ])
  })

  it('German: Sie counts only capitalised mid-sentence', async () => {
    const text = 'Sie ist unsere Beraterin. Hinweis: Ihr Paket ist da. Wir danken Ihnen, dass Sie gewartet haben; sie meldet sich.\n'
    expect(await check({text, language: 'de', config: informal})).toEqual([
      `1:65-1:70: Use “dir” instead of “Ihnen”: ${isInformal}.`,
      `1:77-1:80: Use “du” or “dich” instead of “Sie”: ${isInformal}.`
    ])
  })

  it('German: after a word that keeps its full stop (a number, an abbreviation) Sie may start a sentence', async () => {
    const text = 'Bei Fragen erreichen Sie uns unter 0800 123. Ihr Team von Muster.\n'
    expect(await check({text, language: 'de', config: informal})).toEqual([
      `1:22-1:25: Use “du” or “dich” instead of “Sie”: ${isInformal}.`
    ])
  })

  it('German: flags du, dich, dein in formal copy; lower-case ihr is not counted', async () => {
    const text = 'Danke, dass du dich für **deine** Bestellung entschieden hast. Ihr Team und ihr Kollege helfen.\n'
    expect(await check({text, language: 'de', config: formal})).toEqual([
      `1:13-1:15: Use “Sie” instead of “du”: ${isFormal}.`,
      `1:16-1:20: Use “Sie” instead of “dich”: ${isFormal}.`,
      `1:27-1:32: Use “Ihre” instead of “deine”: ${isFormal}.`
    ])
  })

  it('German: „quoted“ speech is left alone', async () => {
    expect(await check({text: 'Er sagte: „Kannst du mir helfen?“ Wir helfen Ihnen gern.\n', language: 'de', config: formal})).toEqual([])
  })
})

describe('tone/address-form: English and other languages', () => {
  it('does not run on English copy', async () => {
    expect(await check({text: 'Thank you, tu es the best. Sie sagt du.\n', language: 'en', config: formal})).toEqual([])
  })

  it('does nothing in a language without lists', async () => {
    expect(await check({text: 'Obrigado, tu és o melhor e você também.\n', language: 'pt', config: formal})).toEqual([])
  })
})

describe('tone/address-form: without tone.address', () => {
  it('flags the rarer form with the counts', async () => {
    const text = 'Vă mulțumim pentru comanda dumneavoastră. Factura dvs. este atașată. Dacă ai întrebări, te rugăm să ne scrii.\n'
    expect(await check({text, language: 'ro'})).toEqual([
      '1:89-1:91: Use “vă” instead of “te”: most of this file addresses the customer formally (formal twice, informal once).'
    ])
  })

  it('flags every occurrence of the rarer form', async () => {
    const text = 'Twoje konto jest gotowe. Twój kod to 1234. Dziękujemy Pani za zakupy. Twoja paczka i Twoje faktury czekają.\n'
    expect(await check({text, language: 'pl'})).toEqual([
      '1:55-1:59: Rephrase “Pani”, which addresses the customer formally: most of this file addresses the customer informally (formal once, informal 4 times).'
    ])
  })

  it('on a tie, the form the file uses first sets the tone', async () => {
    const text = 'Gràcies per la teva compra. Vostè rebrà el rebut per correu.\n'
    expect(await check({text, language: 'ca'})).toEqual([
      '1:29-1:34: Use “Tu” instead of “Vostè”: this file first addresses the customer informally (formal once, informal once).'
    ])
  })

  it('says nothing when the file uses one form only', async () => {
    expect(await check({text: 'Te rugăm să îți verifici contul tău.\n', language: 'ro'})).toEqual([])
    expect(await check({text: 'Vă rugăm să verificați contul dumneavoastră.\n', language: 'ro'})).toEqual([])
  })

  it('a real template that mixes both forms', async () => {
    // [laravel] ca/json.json (“Thanks for signing up! …”), verbatim
    const text =
      "Gràcies per registrar-te! Abans de començar, podria verificar la vostra adreça de correu electrònic fent clic a l'enllaç que ens feu un correu electrònic a vostè? Si no heu rebut el correu electrònic, estarem encantats d'enviar-te un altre.\n"
    expect(await check({text, language: 'ca', touchpoint: 'onboarding-email'})).toEqual([
      '1:157-1:162: Use “tu” instead of “vostè”: most of this file addresses the customer informally (formal once, informal twice).'
    ])
  })
})

describe('tone/address-form: settings per touchpoint and severity', () => {
  const config: UserConfig = {
    tone: {address: 'informal'},
    touchpoints: {'support-reply': {tone: {address: 'formal'}}}
  }

  it('reads the touchpoint’s tone over the file-wide one', async () => {
    const text = 'Mulțumim pentru mesaj, îți răspundem imediat.\n'
    expect(await check({text, language: 'ro', touchpoint: 'support-reply', config})).toEqual([
      `1:24-1:27: Use “vă” instead of “îți”: ${isFormal}.`
    ])
    expect(await check({text, language: 'ro', touchpoint: 'welcome', config})).toEqual([])
  })

  it('reads overrides', async () => {
    const withOverride: UserConfig = {...config, overrides: [{files: ['**/*.md'], tone: {address: 'informal'}}]}
    const text = 'Mulțumim pentru mesaj, îți răspundem imediat.\n'
    expect(await check({text, language: 'ro', touchpoint: 'support-reply', config: withOverride})).toEqual([])
  })

  it('is a warning, and on in brandvoice:recommended', async () => {
    expect(await lintRuleWithSeverity(rule, {text: 'Contul tău este gata.\n', language: 'ro', config: formal})).toEqual([
      `warning 1:8-1:11: Use “dumneavoastră” instead of “tău”: ${isFormal}.`
    ])
  })

  it('can be turned off', async () => {
    expect(await check({text: 'Contul tău este gata.\n', language: 'ro', config: {...formal, rules: {[rule]: 'off'}}})).toEqual([])
  })
})

describe('tone/address-form: options', () => {
  it('adds words, with * for inflections, and clitics', async () => {
    const added: UserConfig = {...formal, rules: {[rule]: ['warning', {informal: {add: {pl: ['twojości*'], ca: ["m'"]}}}]}}
    expect(await check({text: 'Dziękujemy za twojościowe opinie.\n', language: 'pl', config: added})).toEqual([
      `1:15-1:26: Rephrase “twojościowe”, which addresses the customer informally: ${isFormal}.`
    ])
    expect(await check({text: "M'agrada el producte.\n", language: 'ca', config: added})).toEqual([
      `1:1-1:9: Rephrase “M'agrada”, which addresses the customer informally: ${isFormal}.`
    ])
  })

  it('adds phrases, found across a line break', async () => {
    const config: UserConfig = {...informal, rules: {[rule]: ['warning', {formal: {add: {ro: ['domniile voastre']}}}]}}
    expect(await check({text: 'Vă așteptăm, domniile\nvoastre, la inaugurare.\n', language: 'ro', config})).toEqual([
      `1:14-2:8: Rephrase “domniile voastre”, which addresses the customer formally: ${isInformal}.`
    ])
  })

  it('removes built-in words, in any case', async () => {
    const config: UserConfig = {...formal, rules: {[rule]: ['warning', {informal: {remove: {ro: ['TA', '-te']}}}]}}
    expect(await check({text: 'Parola ta a fost schimbată. Abonează-te acum.\n', language: 'ro', config})).toEqual([])
  })

  it('replaces a language’s list, keeping its conditions', async () => {
    const config: UserConfig = {...informal, rules: {[rule]: ['warning', {formal: {replace: {de: ['Ihro']}}}]}}
    const text = 'Danke für Ihro Vertrauen, dass Sie bestellt haben. Ihro Team.\n'
    expect(await check({text, language: 'de', config})).toEqual([
      `1:11-1:15: Rephrase “Ihro”, which addresses the customer formally: ${isInformal}.`
    ])
  })

  it('refuses options the schema does not know', async () => {
    await expect(check({text: 'x\n', language: 'ro', config: {rules: {[rule]: ['warning', {formal: {ro: ['x']}}]}}})).rejects.toThrow()
  })
})
