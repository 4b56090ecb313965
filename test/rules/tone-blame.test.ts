// tone/blame on support replies: what must be flagged, what must be left alone
// (expectations such as “you should have received”, apologies, “not your
// fault”), the options, and where the rule is on by default. The copy is
// written for these tests: the shared corpus has no replies that blame.
import {describe, expect, it} from 'vitest'
import type {UserConfig} from '../../src/config/types.js'
import {flaggedLines, lintRule, lintRuleWithSeverity} from '../helpers/lint.js'

const rule = 'tone/blame'
const next = 'puts the fault on the customer: say what happens next instead.'
const now = 'puts the fault on the customer: say what to do now instead.'
const fault = 'puts the fault on the customer: say what happened and what you will do about it.'
const listen = 'tells the customer they did not listen: give the answer again, kindly, without pointing back.'

function reply(text: string, language = 'en', config: UserConfig = {}) {
  return lintRule(rule, {text, language, touchpoint: 'support-reply', config})
}

/** Each line alone, at a support reply; the lines that were flagged. */
const flagged = (lines: string[], language: string) => flaggedLines(rule, lines, {language, touchpoint: 'support-reply'})

describe('tone/blame: English', () => {
  it('flags what the customer should have done, and pointing back', async () => {
    const text = 'You should’ve contacted us sooner. As I already said, refunds take five days.\n'
    expect(await reply(text)).toEqual([`1:1-1:24: “You should’ve contacted” ${next}`, `1:36-1:53: “As I already said” ${listen}`])
  })

  it('flags failing, not reading, “your mistake”, “user error” and “on your end”', async () => {
    const text =
      'It looks like you failed to enter the code.\n\n' +
      'You didn’t read my last message.\n\n' +
      'This was your mistake, a user error: the problem is on your end.\n'
    expect(await reply(text)).toEqual([
      `1:15-1:28: “you failed to” ${now}`,
      `3:1-3:16: “You didn’t read” ${now}`,
      `5:10-5:22: “your mistake” ${fault}`,
      `5:26-5:36: “user error” ${fault}`,
      `5:42-5:64: “problem is on your end” ${fault}`
    ])
  })

  it('flags a phrase across a line break', async () => {
    expect(await reply('As previously\nstated, the refund is on its way.\n')).toEqual([`1:1-2:7: “As previously stated” ${listen}`])
  })

  it('does not flag expectations, apologies or taking the blame off the customer', async () => {
    const innocent = [
      'You should have received a confirmation e-mail.',
      'You should have access now.',
      'You should have a new invoice in your inbox.',
      'You shouldn’t have had to wait this long.',
      'You shouldn’t have to do this yourself.',
      'We should have told you sooner.',
      'If you failed to receive the code, we can resend it.',
      'If you didn’t read the e-mail, here is the summary.',
      'As I mentioned before, we’re closed on Friday.',
      'As I’ve already refunded the order, you’ll see the money soon.',
      'This is not your fault.',
      'It wasn’t your fault at all.',
      'It isn’t your fault.',
      'Through no fault of your own, the order was cancelled.',
      'You can correct your mistake on the order page.',
      'Please send a screenshot of your error.',
      'Nothing is needed on your end.',
      'This is not user error.',
      'Did you check your spam folder?'
    ]
    expect(await flagged(innocent, 'en')).toEqual([])
  })
})

describe('tone/blame: Romanian', () => {
  it('flags “ar fi trebuit să” with what the customer should have done, “din vina dvs.”, “cum v-am spus deja”', async () => {
    const text = 'Trebuia să ne contactați în 14 zile. Comanda a fost anulată din vina dvs. Cum v-am spus deja, nu putem rambursa.\n'
    expect(await reply(text, 'ro')).toEqual([
      `1:1-1:25: “Trebuia să ne contactați” ${next}`,
      `1:61-1:73: “din vina dvs” ${fault}`,
      `1:75-1:93: “Cum v-am spus deja” ${listen}`
    ])
  })

  it('flags cedilla spellings', async () => {
    expect(await reply('Ar fi trebuit să citiţi condiţiile.\n', 'ro')).toEqual([`1:1-1:24: “Ar fi trebuit să citiţi” ${next}`])
  })

  it('does not flag expectations, apologies or “nu este vina dumneavoastră”', async () => {
    const innocent = [
      'Ar fi trebuit să primiți un e-mail de confirmare.',
      'Comanda ar fi trebuit să ajungă ieri.',
      'Ne pare rău, ar fi trebuit să vă anunțăm mai devreme.',
      'Întârzierea nu este vina dumneavoastră.',
      'Nu din vina dumneavoastră, coletul s-a pierdut.',
      'După cum am menționat, suntem închiși vineri.',
      'Dacă nu ați citit încă ghidul, îl găsiți aici.',
      'Puteți corecta greșeala dumneavoastră din pagina comenzii.'
    ]
    expect(await flagged(innocent, 'ro')).toEqual([])
  })
})

describe('tone/blame: Polish', () => {
  it('flags “powinna Pani była”, “z Pana winy”, “leży po Pana stronie”, “jak już … wyjaśniałem”', async () => {
    const text =
      'Pani powinna była skontaktować się z nami wcześniej.\n\n' +
      'Zamówienie anulowano z Pana winy, bo problem leży po Pana stronie.\n\n' +
      'Jak już wcześniej Panu wyjaśniałem, faktura jest w panelu.\n'
    expect(await reply(text, 'pl')).toEqual([
      `1:1-1:18: “Pani powinna była” ${next}`,
      `3:22-3:33: “z Pana winy” ${fault}`,
      `3:46-3:66: “leży po Pana stronie” ${fault}`,
      `5:1-5:35: “Jak już wcześniej Panu wyjaśniałem” ${listen}`
    ])
  })

  it('does not flag what the customer should have received, “nie z Pani winy”, “jak już Pani pisała”', async () => {
    const innocent = [
      'Powinien Pan był otrzymać e-mail z linkiem.',
      'Powinna Pani była już otrzymać fakturę.',
      'Nie powinien Pan był zostać obciążony dwukrotnie.',
      'Kurier powinien był zadzwonić przed dostawą.',
      'To opóźnienie nie jest z Pani winy.',
      'Paczka zaginęła nie z Pana winy.',
      'To nie Pana wina.',
      'Problem nie leży po Pana stronie.',
      'Jak już Pani pisała, paczka nie dotarła.',
      'Dziękujemy za zgłoszony przez Pana błąd.',
      'Jeśli nie przeczytał Pan jeszcze regulaminu, znajdzie go Pan tutaj.'
    ]
    expect(await flagged(innocent, 'pl')).toEqual([])
  })
})

describe('tone/blame: Catalan', () => {
  it('flags “hauríeu d’haver”, “per culpa vostra”, “com ja t’he dit”', async () => {
    const text = 'Hauríeu d’haver llegit les condicions. La comanda s’ha cancel·lat per culpa vostra. Com ja t’he dit, no podem fer-ho.\n'
    expect(await reply(text, 'ca')).toEqual([
      `1:1-1:16: “Hauríeu d’haver” ${next}`,
      `1:67-1:83: “per culpa vostra” ${fault}`,
      `1:85-1:100: “Com ja t’he dit” ${listen}`
    ])
  })

  it('does not flag what the customer should have received, “hauria d’haver” or “no és culpa vostra”', async () => {
    const innocent = [
      'Hauríeu d’haver rebut un correu de confirmació.',
      'Hauríeu d’haver-lo rebut ahir.',
      'Hauria d’haver comprovat la comanda abans d’enviar-la.',
      'El paquet hauria d’haver arribat ahir.',
      'No és culpa vostra: l’enllaç havia caducat.',
      'Com ja sabeu, tanquem divendres.'
    ]
    expect(await flagged(innocent, 'ca')).toEqual([])
  })
})

describe('tone/blame: quoted text', () => {
  it('does not flag the customer’s words in a block quote, only the reply', async () => {
    const text = '> You should have told me the parcel was late. It was your mistake!\n\nSorry about that. As I already said, it ships today.\n'
    expect(await reply(text)).toEqual([`3:19-3:36: “As I already said” ${listen}`])
  })

  it('does not flag the quoted lines of a plain-text e-mail reply', async () => {
    const text = 'As I already said, it ships today.\n\nOn Monday, Ana wrote:\n> You should have told me.\n>    This is your fault.\n'
    expect(await lintRule(rule, {text, touchpoint: 'support-reply', format: 'txt'})).toEqual([`1:1-1:18: “As I already said” ${listen}`])
  })
})

describe('tone/blame: where it is on', () => {
  const text = 'You should have read the FAQ before ordering.\n'
  const message = `1:1-1:21: “You should have read” ${next}`

  it('is a warning in support replies by default, and off elsewhere', async () => {
    expect(await lintRuleWithSeverity(rule, {text, touchpoint: 'support-reply'})).toEqual([`warning ${message}`])
    for (const touchpoint of ['generic', 'onboarding-email', 'notification', 'marketing']) {
      expect(await lintRule(rule, {text, touchpoint})).toEqual([])
    }
  })

  it('is on where a config turns it on, by touchpoint or in an override', async () => {
    expect(await lintRule(rule, {text, touchpoint: 'notification', config: {touchpoints: {notification: {rules: {[rule]: 'warning'}}}}})).toEqual([message])
    expect(await lintRule(rule, {text, config: {overrides: [{files: ['**/*.md'], rules: {[rule]: 'warning'}}]}})).toEqual([message])
  })
})

describe('tone/blame: options', () => {
  const on = (options: Record<string, unknown>): UserConfig => ({rules: {[rule]: ['warning', options]}})

  it('adds phrases per language, with a general message', async () => {
    expect(await reply('Zgodnie z regulaminem zwrot nie przysługuje.\n', 'pl', on({add: {pl: ['zgodnie z regulaminem']}}))).toEqual([
      '1:1-1:22: “Zgodnie z regulaminem” puts the fault on the customer: say what happens next instead.'
    ])
  })

  it('removes built-in phrases', async () => {
    const text = 'This was your mistake, a user error.\n'
    expect(await reply(text, 'en', on({remove: {en: ['user error']}}))).toEqual([`1:10-1:22: “your mistake” ${fault}`])
  })

  it('replaces a language’s list', async () => {
    const text = 'This was your mistake, a user error.\n'
    expect(await reply(text, 'en', on({replace: {en: ['user error']}}))).toEqual([`1:26-1:36: “user error” ${fault}`])
  })
})
