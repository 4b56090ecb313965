// lexicon/preferred-term on real customer-facing copy: what must be flagged,
// what must be left alone, with the exact messages.
//
// Excerpts of third-party copy are quoted verbatim, one or two sentences each,
// and marked with their source:
//   [devise]      tigrish/devise-i18n, rails/locales/*.yml, MIT
//   [laravel]     Laravel-Lang/lang, locales/*/json.json and php.json, MIT
//   [spree]       spree-contrib/spree_i18n, config/locales/*.yml, BSD-3-Clause
//   [thunderbird] thunderbird/thunderbird-android, */res/values-*/strings.xml, Apache-2.0
//   [lemmy]       LemmyNet/lemmy-translations, frontend/*.json and backend/*.json, AGPL-3.0
//   [nextcloud]   nextcloud/deck and nextcloud/notifications, l10n/*.json, AGPL-3.0-or-later
//   [freescout]   freescout-helpdesk/freescout, resources/lang/pl.json, AGPL-3.0
// Everything else is written for these tests.
import {describe, expect, it} from 'vitest'
import type {UserConfig} from '../../src/config/types.js'
import {lintRule, lintRuleWithSeverity, type LintInput} from '../helpers/lint.js'

const rule = 'lexicon/preferred-term'

const config: UserConfig = {
  lexicon: [
    {avoid: 'user', use: 'customer', language: 'en', reason: 'customers are people, not rows in a database'},
    {avoid: 'users', use: 'customers', language: 'en', reason: 'customers are people, not rows in a database'},
    {avoid: 'user guide', use: 'help centre', language: 'en'},
    {avoid: 'sign up', use: 'create an account', language: 'en'},
    {avoid: ['log in', 'login'], use: 'sign in', language: 'en'},
    {avoid: 'e-mail', use: 'email', language: ['en', 'ro']},
    {avoid: ['utilizator*', 'utilizatoare*'], use: 'client', language: 'ro'},
    {avoid: 'feedback', use: 'părere', language: 'ro'},
    {avoid: 'ștergeți', use: 'eliminați', language: 'ro'},
    {avoid: 'użytkownik*', use: 'klient', language: 'pl'},
    {avoid: 'usuari', use: 'client', language: 'ca'},
    {avoid: 'usuaris', use: 'clients', language: 'ca'},
    {avoid: 'cheap', use: 'affordable', touchpoints: ['marketing'], language: 'en'},
    {avoid: 'Log In', use: 'Log in', caseSensitive: true, language: 'en', reason: 'buttons are in sentence case'},
    {avoid: 'username', use: 'account name', severity: 'info', language: 'en'},
    {avoid: 'recipient', use: 'customer', severity: 'error', language: 'en'}
  ]
}

function check(input: Omit<LintInput, 'config'>, c: UserConfig = config) {
  return lintRule(rule, {config: c, ...input})
}

/** Messages of the rule with their severity, as `severity line:col-line:col: reason`. */
describe('lexicon/preferred-term: English', () => {
  it('flags “user” and “users” in real copy, in the case of the copy', async () => {
    // [laravel] locales/en/json.json
    const text = 'This user already belongs to the team.\n\nAdministrator users can perform any action.\n\nUsers\n\nUSERS\n'
    expect(await check({text})).toEqual([
      '1:6-1:10: Use “customer” instead of “user” (customers are people, not rows in a database).',
      '3:15-3:20: Use “customers” instead of “users” (customers are people, not rows in a database).',
      '5:1-5:6: Use “Customers” instead of “Users” (customers are people, not rows in a database).',
      '7:1-7:6: Use “CUSTOMERS” instead of “USERS” (customers are people, not rows in a database).'
    ])
  })

  it('keeps the case of the copy: User → Customer, USER → CUSTOMER', async () => {
    expect(await check({text: 'User settings. USER SETTINGS.\n'})).toEqual([
      '1:1-1:5: Use “Customer” instead of “User” (customers are people, not rows in a database).',
      '1:16-1:20: Use “CUSTOMER” instead of “USER” (customers are people, not rows in a database).'
    ])
  })

  it('flags a phrase in real copy', async () => {
    // [devise] rails/locales/en.yml devise.failure.unauthenticated
    expect(await check({text: 'You need to sign in or sign up before continuing.\n'})).toEqual([
      '1:24-1:31: Use “create an account” instead of “sign up”.'
    ])
  })

  it('matches a phrase broken over a line, across emphasis and across a link', async () => {
    const text = [
      'You need to sign',
      'up before continuing.',
      '',
      'Please *sign up* today, or **sign** up tomorrow.',
      '',
      'Please [sign up](https://example.com/join) or [sign](https://example.com/join) up.',
      ''
    ].join('\n')
    expect(await check({text})).toEqual([
      '1:13-2:3: Use “create an account” instead of “sign up”.',
      '4:9-4:16: Use “create an account” instead of “sign up”.',
      '4:30-4:39: Use “create an account” instead of “sign up”.',
      '6:9-6:16: Use “create an account” instead of “sign up”.',
      '6:48-6:82: Use “create an account” instead of “sign up”.'
    ])
  })

  it('does not match a phrase across a comma, a colon, a sentence end or a paragraph', async () => {
    const text = 'Sign, up. We let you sign. Up next: billing. Sign: up.\n\nPlease sign\n\nup today.\n\n- sign\n- up\n'
    expect(await check({text})).toEqual([])
  })

  it('reports overlapping terms once: the longest wins', async () => {
    expect(await check({text: 'Read the user guide before you ask a user.\n'})).toEqual([
      '1:10-1:20: Use “help centre” instead of “user guide”.',
      '1:38-1:42: Use “customer” instead of “user” (customers are people, not rows in a database).'
    ])
  })

  it('reports the word, not a possessive ending', async () => {
    expect(await check({text: 'The user’s settings and the users’ settings.\n'})).toEqual([
      '1:5-1:9: Use “customer” instead of “user” (customers are people, not rows in a database).',
      '1:29-1:34: Use “customers” instead of “users” (customers are people, not rows in a database).'
    ])
  })

  it('matches a case-sensitive entry only as written', async () => {
    const text = 'Log In\n\nLog in\n\nlog in\n\nLOG IN\n'
    expect(await check({text}, {lexicon: [config.lexicon![13]!]})).toEqual([
      '1:1-1:7: Use “Log in” instead of “Log In” (buttons are in sentence case).'
    ])
  })

  it('does not match a longer word that contains a term', async () => {
    expect(await check({text: 'Users-to-be, superuser, userland and cheapest plans.\n'})).toEqual([])
  })

  it('uses the entry’s own severity', async () => {
    const text = 'Your username is shown when Ana replied. Hello recipient! Welcome, user.\n'
    expect(await lintRuleWithSeverity(rule, {text, config})).toEqual([
      'info 1:6-1:14: Use “account name” instead of “username”.',
      'error 1:48-1:57: Use “customer” instead of “recipient”.',
      'warning 1:68-1:72: Use “customer” instead of “user” (customers are people, not rows in a database).'
    ])
  })
})

describe('lexicon/preferred-term: what is not prose', () => {
  it('leaves alone placeholders: {username}, %{recipient}, {{name}}, :app_name', async () => {
    const c: UserConfig = {
      lexicon: [
        {avoid: ['username', 'recipient', 'name', 'app', 'user'], use: 'customer'}
      ]
    }
    // [lemmy] backend/en.json notification_comment_reply_subject;
    // [devise] rails/locales/en.yml devise.mailer.password_change.greeting;
    // [laravel] the sign-off of every mail notification (“Regards,” then :app_name)
    const text = 'Reply from {username}\n\nHello %{recipient}!\n\nHi {{name}}, hi {{ user.name }}, ${user}.\n\nRegards,\n:app_name\n'
    expect(await check({text}, c)).toEqual([])
  })

  it('leaves alone inline code, code blocks, HTML comments and frontmatter', async () => {
    const text = [
      '---',
      'title: Welcome, user',
      'touchpoint: welcome',
      '---',
      '',
      'Run `user add` to invite someone.',
      '',
      '```',
      'user: sign up',
      '```',
      '',
      '    indented user code',
      '',
      '<!-- user: the user sees this -->',
      ''
    ].join('\n')
    expect(await check({text})).toEqual([])
  })

  it('leaves alone URLs and e-mail addresses', async () => {
    const text = 'Write to user@example.com or visit https://example.com/user/sign-up and www.example.com/users.\n'
    expect(await check({text})).toEqual([])
  })

  it('flags the link text but not its URL', async () => {
    expect(await check({text: 'See the [user settings](https://example.com/user).\n'})).toEqual([
      '1:10-1:14: Use “customer” instead of “user” (customers are people, not rows in a database).'
    ])
  })
})

describe('lexicon/preferred-term: Romanian', () => {
  it('matches inflected forms with a trailing *', async () => {
    // [laravel] locales/ro/json.json: This user already belongs to the team; User Actions;
    // Administrator users can perform any action.
    const text =
      'Acest utilizator aparține deja echipei.\n\nAcțiunile utilizatorului\n\nUtilizatorii de Administrator pot efectua orice acțiune.\n'
    expect(await check({text, language: 'ro'})).toEqual([
      '1:7-1:17: Use “client” instead of “utilizator”.',
      '3:11-3:25: Use “client” instead of “utilizatorului”.',
      '5:1-5:13: Use “Client” instead of “Utilizatorii”.'
    ])
  })

  it('matches every form of the paradigm, feminine forms through their own entry', async () => {
    const text = 'Utilizatorul, utilizatorului, utilizatorilor și utilizatoarea.\n'
    expect(await check({text, language: 'ro'})).toEqual([
      '1:1-1:13: Use “Client” instead of “Utilizatorul”.',
      '1:15-1:29: Use “client” instead of “utilizatorului”.',
      '1:31-1:45: Use “client” instead of “utilizatorilor”.',
      '1:49-1:62: Use “client” instead of “utilizatoarea”.'
    ])
  })

  it('reports just the word of a hyphenated article: e-mail-ul, feedback-ul', async () => {
    // [lemmy] frontend/ro.json couldnt_find_that_username_or_email
    const text = 'Numele de utilizator sau e-mail-ul nu a putut fi găsit.\n\nTrimiteți-ne feedback-ul și E-mail-ul dvs.\n'
    expect(await check({text, language: 'ro'})).toEqual([
      '1:11-1:21: Use “client” instead of “utilizator”.',
      '1:26-1:32: Use “email” instead of “e-mail”.',
      '3:14-3:22: Use “părere” instead of “feedback”.',
      '3:29-3:35: Use “Email” instead of “E-mail”.'
    ])
  })

  it('leaves alone a different word with the same start', async () => {
    // [thunderbird] legacy/ui/legacy values-ro messageview_crypto_error_title
    const text = 'Eroare la decriptarea email-ului\n\nAplicația este utilizată de alte aplicații.\n'
    expect(await check({text, language: 'ro'})).toEqual([])
  })

  it('matches decomposed diacritics (s + U+0326 COMBINING COMMA BELOW)', async () => {
    const decomposed = 'S\u0326terget\u0326i'
    const text = `${decomposed} contul. Ștergeți contul.\n`
    expect(await check({text, language: 'ro'})).toEqual([
      `1:1-1:11: Use “Eliminați” instead of “${decomposed}”.`,
      '1:20-1:28: Use “Eliminați” instead of “Ștergeți”.'
    ])
  })

  it('applies Romanian entries only to Romanian copy, and English entries only to English', async () => {
    expect(await check({text: 'The utilizator field.\n'})).toEqual([])
    expect(await check({text: 'Contul de user a fost creat.\n', language: 'ro'})).toEqual([])
    expect(await check({text: 'Acest utilizator.\n', language: 'ro-RO'})).toEqual([
      '1:7-1:17: Use “client” instead of “utilizator”.'
    ])
  })

  it('takes the language from the frontmatter', async () => {
    const text = '---\nlang: ro\n---\n\nAcest utilizator a fost deja invitat în echipă.\n'
    expect(await check({text})).toEqual(['5:7-5:17: Use “client” instead of “utilizator”.'])
  })
})

describe('lexicon/preferred-term: Polish', () => {
  it('matches inflected forms with a trailing *', async () => {
    // [laravel] locales/pl/json.json: This user already belongs to the team;
    // [nextcloud] deck l10n/pl.json: Share board with a user, group or team …;
    // [freescout] resources/lang/pl.json: Manage Users
    const text =
      'Ten użytkownik jest już w zespole.\n\nUdostępnij tablicę użytkownikowi, grupie lub zespołowi…\n\nZarządzaj użytkownikami\n\nNie udało nam się znaleźć zarejestrowanego użytkownika z tym adresem e-mail.\n'
    expect(await check({text, language: 'pl'})).toEqual([
      '1:5-1:15: Use “klient” instead of “użytkownik”.',
      '3:20-3:33: Use “klient” instead of “użytkownikowi”.',
      '5:11-5:24: Use “klient” instead of “użytkownikami”.',
      '7:44-7:55: Use “klient” instead of “użytkownika”.'
    ])
  })

  it('leaves alone “e-mail” in Polish, where the entry does not apply', async () => {
    expect(await check({text: 'Dodaj teraz konto e-mail\n', language: 'pl'})).toEqual([])
  })
})

describe('lexicon/preferred-term: Catalan', () => {
  it('reports the word after an elided article, with straight and typographic apostrophes', async () => {
    // [spree] config/locales/ca.yml spree.error_user_does_not_have_any_store_credits;
    // [lemmy] frontend/ca.json user_already_exists; [laravel] locales/ca/json.json Username;
    // [nextcloud] notifications l10n/ca.json (push notification notice)
    const text = [
      "L'usuari no té cap crèdit de botiga disponible",
      '',
      'L’usuari ja existeix.',
      '',
      "Nom d'usuari",
      '',
      "un gran nombre d'usuaris sobrecarreguen la nostra infraestructura",
      '',
      'Llista d’usuaris',
      ''
    ].join('\n')
    expect(await check({text, language: 'ca'})).toEqual([
      '1:3-1:9: Use “client” instead of “usuari”.',
      '3:3-3:9: Use “client” instead of “usuari”.',
      '5:7-5:13: Use “client” instead of “usuari”.',
      '7:18-7:25: Use “clients” instead of “usuaris”.',
      '9:10-9:17: Use “clients” instead of “usuaris”.'
    ])
  })

  it('keeps the case of an elided word', async () => {
    expect(await check({text: 'L’USUARI\n', language: 'ca'})).toEqual(['1:3-1:9: Use “CLIENT” instead of “USUARI”.'])
  })
})

describe('lexicon/preferred-term: touchpoints', () => {
  it('applies a touchpoint entry only to that touchpoint, from the option or the frontmatter', async () => {
    const text = 'Cheap plans for every team.\n'
    expect(await check({text})).toEqual([])
    expect(await check({text, touchpoint: 'support-reply'})).toEqual([])
    expect(await check({text, touchpoint: 'marketing'})).toEqual(['1:1-1:6: Use “Affordable” instead of “Cheap”.'])
    expect(await check({text: `---\ntouchpoint: marketing\n---\n\n${text}`})).toEqual([
      '5:1-5:6: Use “Affordable” instead of “Cheap”.'
    ])
  })

  it('applies a touchpoint entry to files the config assigns to that touchpoint', async () => {
    const text = 'Cheap plans for every team.\n'
    const assigned: UserConfig = {...config, touchpoints: {marketing: {files: ['example.md']}}}
    expect(await check({text}, assigned)).toEqual(['1:1-1:6: Use “Affordable” instead of “Cheap”.'])
    expect(await check({text, format: 'txt'}, assigned)).toEqual([])
  })
})

describe('lexicon/preferred-term: a large lexicon', () => {
  it('finds the right term among 10,000 generated entries', async () => {
    const lexicon: NonNullable<UserConfig['lexicon']> = []
    for (let i = 0; i < 10_000; i++) {
      const n = String(i).padStart(4, '0')
      if (i % 3 === 0) lexicon.push({avoid: `term${n}`, use: `word${n}`})
      else if (i % 3 === 1) lexicon.push({avoid: `first${n} second`, use: `phrase${n}`})
      else lexicon.push({avoid: `stem${n}q*`, use: `prefix${n}`})
    }
    // Real entries among the generated ones, and one with the same first word as a phrase.
    lexicon.splice(5000, 0, {avoid: 'user', use: 'customer'})
    lexicon.push({avoid: 'first9997', use: 'alone'})
    const text = 'Term4242 and first0001 second, stem9998quux, the user, first9997 alone, term4243 and term10000.\n'
    expect(await check({text}, {lexicon})).toEqual([
      '1:1-1:9: Use “Word4242” instead of “Term4242”.',
      '1:14-1:30: Use “phrase0001” instead of “first0001 second”.',
      '1:32-1:44: Use “prefix9998” instead of “stem9998quux”.',
      '1:50-1:54: Use “customer” instead of “user”.',
      '1:56-1:65: Use “alone” instead of “first9997”.'
    ])
  })
})
