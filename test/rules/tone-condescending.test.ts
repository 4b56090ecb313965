// tone/condescending on customer copy: what must be flagged, what must be left
// alone (the innocent uses of “just”, “easy”, “ușor”, “po prostu”, “fàcil”),
// the options, and where the rule is on by default.
//
// Excerpts of third-party copy are quoted verbatim, one sentence each, and
// marked with their source:
//   [osticket] osTicket/osTicket, include/i18n/en_US/templates/email/ticket.overlimit.yaml, GPL-2.0
//   [spree]    spree-contrib/spree_i18n, config/locales/{ro,pl,ca}.yml, BSD-3-Clause
// Everything else is written for these tests.
import {describe, expect, it} from 'vitest'
import type {UserConfig} from '../../src/config/types.js'
import {flaggedLines, lintRule, lintRuleWithSeverity, type LintInput} from '../helpers/lint.js'

const rule = 'tone/condescending'
const just = 'can sound as if the step were trivial to a customer who is stuck: describe the step without “just”.'
const simply = 'can sound as if the step were trivial to a customer who is stuck: describe the step without “simply”.'
const trivial = 'makes the task sound trivial to a customer who is stuck: give the step instead.'
const slow = 'can make a customer who is stuck feel slow: leave it out and give the steps.'
const withoutIt = 'can sound as if the step were trivial to a customer who is stuck: describe the step without it.'

/** At a support reply, where brandvoice:recommended turns the rule on. */
function reply(text: string, language = 'en', config: UserConfig = {}) {
  return lintRule(rule, {text, language, touchpoint: 'support-reply', config})
}

/** Each line alone, at a support reply; the lines that were flagged. */
const flagged = (lines: string[], language: string) => flaggedLines(rule, lines, {language, touchpoint: 'support-reply'})

describe('tone/condescending: English', () => {
  it('flags “just” and “simply” before a step, with the exact range', async () => {
    expect(await reply('You can just click the link in the e-mail.\n\nSimply go to Settings and turn on two-factor authentication.\n')).toEqual([
      `1:9-1:19: “just click” ${just}`,
      `3:1-3:13: “Simply go to” ${simply}`
    ])
  })

  it('flags a step in real copy', async () => {
    // [osticket] ticket.overlimit body
    const text = 'To update or add comments to an open ticket simply login to our helpdesk.\n'
    expect(await reply(text)).toEqual([`1:45-1:57: “simply login” ${simply}`])
  })

  it('flags a phrase across a line break and emphasis', async () => {
    expect(await reply('Just\n*click* the button.\n')).toEqual([`1:1-2:7: “Just click” ${just}`])
  })

  it('flags “it’s easy”, “obviously”, “all you need to do is” and “of course you need to”', async () => {
    const text = 'It’s easy: open Settings. Obviously, the export is there. All you need to do is click it. Of course you need to be an admin.\n'
    expect(await reply(text)).toEqual([
      `1:1-1:10: “It’s easy” ${slow}`,
      '1:27-1:36: “Obviously” can make a customer feel they missed something plain: leave it out.',
      `1:59-1:80: “All you need to do is” makes the task sound trivial to a customer who is stuck: give the steps instead.`,
      '1:91-1:112: “Of course you need to” suggests the customer should have known: leave out “of course”.'
    ])
  })

  it('does not flag the innocent uses', async () => {
    const innocent = [
      'We just shipped a fix for this.',
      'I just reset your password, so you can log in now.',
      'Ana just reset your password.',
      'Let me just check with the billing team.',
      'Just let us know if anything else comes up.',
      'To participate, simply reply to this email.',
      'Just checking in to see whether the fix worked for you.',
      'We just need your order number to look into this.',
      'Our team just updated the app.',
      'Of course we’ll refund you.',
      'An easy-to-use editor for your whole team.',
      'It’s easy to miss this setting, so here is where it is.',
      'It’s easy to see why this was confusing.',
      'If it’s easier for you, call us instead.',
      'It is easy for us to resend the invoice.',
      'We obviously dropped the ball here.',
      'Please write your name clearly.',
      'The new dashboard clearly shows your usage.',
      'It isn’t hard to see why you were frustrated.',
      'Just a quick note: your invoice is ready.'
    ]
    expect(await flagged(innocent, 'en')).toEqual([])
  })

  it('does not look into code or URLs', async () => {
    expect(await reply('Run `just click` or see https://example.com/just-click.\n')).toEqual([])
  })
})

describe('tone/condescending: Romanian', () => {
  it('flags “pur și simplu” in real copy', async () => {
    // [spree] ro.yml
    const text = 'Pentru a adăuga mai multe coduri, măriți pur și simplu acest număr\n'
    expect(await reply(text, 'ro')).toEqual([`1:42-1:55: “pur și simplu” ${withoutIt}`])
  })

  it('flags cedilla spellings as the copy writes them', async () => {
    expect(await reply('Pur şi simplu apăsaţi pe butonul Salvează.\n', 'ro')).toEqual([`1:1-1:14: “Pur şi simplu” ${withoutIt}`])
  })

  it('flags “trebuie doar să” before a step and “este ușor să”', async () => {
    expect(await reply('Trebuie doar să apăsați pe linkul din e-mail. Este ușor să schimbați parola din cont.\n', 'ro')).toEqual([
      `1:1-1:24: “Trebuie doar să apăsați” ${trivial.replace('step', 'steps')}`,
      `1:47-1:59: “Este ușor să” ${slow}`
    ])
  })

  it('does not flag the innocent uses', async () => {
    const innocent = [
      'Culoarea este ușor diferită pe ecran.',
      'Prețul a crescut ușor față de luna trecută.',
      'Desigur, vă returnăm banii.',
      'Evident că vă ajutăm!',
      // [spree] ro.yml
      'Această pagină pur și simplu nu există.',
      'Trebuie doar să verificăm datele comenzii.',
      'E ușor să ratați această setare, așa că vă arătăm unde este.',
      'Nu e ușor să găsiți această opțiune, recunoaștem.',
      'Nu e simplu, dar vă ajutăm pas cu pas.',
      'Aplicația este ușor de folosit.'
    ]
    expect(await flagged(innocent, 'ro')).toEqual([])
  })
})

describe('tone/condescending: Polish', () => {
  it('flags “po prostu” before a step in real copy', async () => {
    // [spree] pl.yml
    expect(await reply('Aby dodać więcej kodów, po prostu zwiększ tę liczbę\n', 'pl')).toEqual([
      `1:25-1:42: “po prostu zwiększ” can sound as if the step were trivial to a customer who is stuck: describe the step without “po prostu”.`
    ])
  })

  it('flags “wystarczy” before a step, “przecież” and “dziecinnie proste”', async () => {
    expect(await reply('Wystarczy kliknąć „Zapisz”. Przecież link jest w e-mailu. To dziecinnie proste.\n', 'pl')).toEqual([
      `1:1-1:18: “Wystarczy kliknąć” ${trivial}`,
      '1:29-1:37: “Przecież” tells the customer they should have known: leave it out.',
      `1:62-1:79: “dziecinnie proste” ${slow}`
    ])
  })

  it('does not flag the innocent uses', async () => {
    const innocent = [
      'Po prostu nie chcemy, żeby Pan dłużej czekał.',
      'Musimy po prostu sprawdzić Pana zamówienie.',
      'Po prostu proszę o cierpliwość.',
      // [spree] pl.yml
      'Ta strona po prostu nie istnieje.',
      'Numer zamówienia nam wystarczy.',
      'Nie wystarczy kliknąć „Zapisz”, trzeba też potwierdzić e-mail.',
      'Wystarczy odpowiedzieć na tę wiadomość.',
      'Oczywiście zwrócimy pieniądze.',
      'To proste narzędzie do fakturowania.',
      'Łatwo to przeoczyć, więc pokazujemy gdzie.'
    ]
    expect(await flagged(innocent, 'pl')).toEqual([])
  })
})

describe('tone/condescending: Catalan', () => {
  it('flags “només cal” in real copy', async () => {
    // [spree] ca.yml
    expect(await reply('Per afegir més codis només cal augmentar aquest nombre\n', 'ca')).toEqual([`1:22-1:31: “només cal” ${trivial}`])
  })

  it('flags “simplement”, “és molt fàcil” and “no és gens difícil”', async () => {
    expect(await reply('Simplement feu clic a «Desa». És molt fàcil. No és gens difícil.\n', 'ca')).toEqual([
      `1:1-1:11: “Simplement” ${withoutIt}`,
      `1:31-1:44: “És molt fàcil” ${slow}`,
      '1:46-1:64: “No és gens difícil” can make a customer who is stuck feel slow: acknowledge the trouble and give the steps.'
    ])
  })

  it('does not flag the innocent uses', async () => {
    const innocent = [
      // [spree] ca.yml
      'Aquesta pàgina simplement no existeix.',
      'Simplement volíem confirmar la vostra adreça.',
      'Només cal que ens envieu el número de comanda.',
      'Només cal esperar uns minuts.',
      'És fàcil que el correu hagi anat a la carpeta de correu brossa.',
      'No és fàcil trobar aquesta opció, ho sabem.',
      'És fàcil d’oblidar, per això us ho recordem.',
      'És clar que us tornarem els diners.',
      'Òbviament, us tornarem els diners.'
    ]
    expect(await flagged(innocent, 'ca')).toEqual([])
  })
})

describe('tone/condescending: where it is on', () => {
  const text = 'Just click **Save** at the top of the page.\n'
  const input = (touchpoint: string, config: UserConfig = {}): LintInput => ({text, touchpoint, config})

  it('is a warning in support replies and onboarding e-mails by default', async () => {
    expect(await lintRuleWithSeverity(rule, input('support-reply'))).toEqual([`warning 1:1-1:11: “Just click” ${just}`])
    expect(await lintRuleWithSeverity(rule, input('onboarding-email'))).toEqual([`warning 1:1-1:11: “Just click” ${just}`])
  })

  it('is off at other touchpoints by default', async () => {
    for (const touchpoint of ['generic', 'marketing', 'notification', 'welcome', 'web-page']) {
      expect(await lintRule(rule, input(touchpoint))).toEqual([])
    }
  })

  it('is on where a config turns it on, and off where a config turns it off', async () => {
    expect(await lintRule(rule, input('marketing', {touchpoints: {marketing: {rules: {[rule]: 'warning'}}}}))).toEqual([
      `1:1-1:11: “Just click” ${just}`
    ])
    expect(await lintRule(rule, input('support-reply', {rules: {[rule]: 'off'}}))).toEqual([])
    expect(await lintRuleWithSeverity(rule, input('generic', {rules: {[rule]: 'error'}}))).toEqual([`error 1:1-1:11: “Just click” ${just}`])
  })

  it('does not run on languages it has no phrases for', async () => {
    expect(await lintRule(rule, {text: 'Just click Save.\n', language: 'de', touchpoint: 'support-reply'})).toEqual([])
  })
})

describe('tone/condescending: options', () => {
  const on = (options: Record<string, unknown>): UserConfig => ({rules: {[rule]: ['warning', options]}})

  it('adds phrases per language, with a general message', async () => {
    expect(await reply('Basically, go to Settings.\n', 'en', on({add: {en: ['basically']}}))).toEqual([
      '1:1-1:10: “Basically” can talk down to a customer who is stuck: say what to do, step by step.'
    ])
    expect(await reply('Basically, go to Settings.\n', 'en', on({add: {ro: ['basically']}}))).toEqual([])
  })

  it('removes built-in phrases per language, in any case', async () => {
    const text = 'Just click Save. It’s easy.\n'
    expect(await reply(text, 'en', on({remove: {en: ['Just Click']}}))).toEqual([`1:18-1:27: “It’s easy” ${slow}`])
  })

  it('replaces a language’s list, keeping the built-in hints for built-in phrases', async () => {
    const text = 'Just click Save. It’s easy.\n'
    expect(await reply(text, 'en', on({replace: {en: ['it’s easy']}}))).toEqual([`1:18-1:27: “It’s easy” ${slow}`])
    expect(await reply('Pur și simplu apăsați Salvează.\n', 'ro', on({replace: {en: []}}))).toEqual([`1:1-1:14: “Pur și simplu” ${withoutIt}`])
  })

  it('keeps the exceptions for added phrases', async () => {
    expect(await reply('We just wanted to check in.\n', 'en', on({add: {en: ['just wanted']}}))).toEqual([])
  })

  it('rejects unknown options', async () => {
    await expect(reply('Just click.\n', 'en', on({words: ['just']}))).rejects.toThrow()
  })
})
