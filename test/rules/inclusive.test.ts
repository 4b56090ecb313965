// inclusive/equality and inclusive/profanity on real-looking English copy:
// what must be flagged, what must be left alone, with the exact messages.
//
// Excerpts of third-party copy are quoted verbatim and marked with their source:
//   [spree]       spree-contrib/spree_i18n, config/locales/en-GB.yml, BSD-3-Clause
//   [thunderbird] thunderbird/thunderbird-android, app-k9mail/src/main/res/values/strings.xml, Apache-2.0
//   [osticket]    osTicket/osTicket, include/i18n/en_US/*.yaml, GPL-2.0
// Everything else is written for these tests.
import {describe, expect, it} from 'vitest'
import type {UserConfig} from '../../src/config/types.js'
import {lintRule, lintRuleWithSeverity, type LintInput} from '../helpers/lint.js'

const equality = 'inclusive/equality'
const profanity = 'inclusive/profanity'

function check(rule: string, input: LintInput, options: Record<string, unknown> = {}, config: UserConfig = {}) {
  const setting = Object.keys(options).length > 0 ? ['warning', options] : 'warning'
  return lintRule(rule, {...input, config: {...config, rules: {[rule]: setting as never}}})
}

describe('inclusive/equality', () => {
  it('is opt-in: off under the recommended settings', async () => {
    expect(await lintRule(equality, {text: 'Hey guys, welcome aboard!\n'})).toEqual([])
  })

  it('flags a gendered pronoun and suggests neutral ones', async () => {
    expect(await check(equality, {text: 'When a customer signs up, he gets a welcome e-mail.\n'})).toEqual([
      '1:27-1:29: Use “they” or “it” instead of “he”, whichever fits: it may leave some readers out.'
    ])
  })

  it('flags “master password” and “whitelisted”, as real copy writes them', async () => {
    // [thunderbird] Use master password
    // [osticket] Enter a comma separated list of domains to be whitelisted for iFrames used in the system.
    const text = 'Use master password\n\nEnter a comma separated list of domains to be whitelisted for iFrames used in the system.\n'
    expect(await check(equality, {text})).toEqual([
      '1:5-1:11: Use “primary”, “lead”, “hub” or “reference” instead of “master”, whichever fits: it may leave some readers out.',
      '3:47-3:58: Use “passlisted”, “alrightlisted”, “safelisted” or “allow-listed” instead of “whitelisted”, whichever fits: it may leave some readers out.'
    ])
  })

  it('leaves product words alone by default, and flags them with `check`', async () => {
    // [spree] Invalid ... ; written: the rest
    const text = 'Invalid coupon code. Your host account is disabled.\n'
    expect(await check(equality, {text})).toEqual([])
    expect(await check(equality, {text}, {check: ['host']})).toEqual([
      '1:27-1:31: Use “presenter”, “entertainer” or “emcee” instead of “host”, whichever fits: it may leave some readers out.'
    ])
  })

  it('leaves “just” and “easy” to tone/condescending', async () => {
    expect(await check(equality, {text: 'Just click Save. It is easy.\n'})).toEqual([])
  })

  it('takes more words to ignore', async () => {
    const text = 'Your account manager will call you; his number is in the footer.\n'
    expect(await check(equality, {text})).toEqual([
      '1:37-1:40: Use “their”, “theirs” or “them” instead of “his” when it means a person, whichever fits: it may leave some readers out.'
    ])
    expect(await check(equality, {text}, {ignore: ['his']})).toEqual([])
  })

  it('flags each word of “he or she” unless `binary` accepts the pair', async () => {
    const text = 'Once the owner confirms, he or she can invite the team.\n'
    expect(await check(equality, {text})).toHaveLength(2)
    expect(await check(equality, {text}, {binary: true})).toEqual([])
  })

  it('never flags brand names, lexicon terms, code, URLs, placeholders or quoted words', async () => {
    const config: UserConfig = {brand: {names: ['Master Builders']}, lexicon: [{avoid: 'primary account', use: 'master account', language: 'en'}]}
    const text = [
      'Master Builders members get a master account.',
      '',
      'Run `git push origin master` or open https://example.com/master/guys.',
      '',
      'Hello {{guys}}, we no longer say “whitelist” or "blacklist".',
      '',
      '> Hey guys, my chairman is locked out.',
      ''
    ].join('\n')
    expect(await check(equality, {text}, {}, config)).toEqual([])
  })

  it('does not report a word the lexicon already reports', async () => {
    const config: UserConfig = {lexicon: [{avoid: 'chairman', use: 'chair', language: 'en'}]}
    expect(await check(equality, {text: 'Ask your chairman to approve the invoice.\n'}, {}, config)).toEqual([])
  })

  it('does not check Romanian copy', async () => {
    expect(await check(equality, {text: 'Bun venit! El vă va contacta în curând, guys.\n', language: 'ro'})).toEqual([])
  })
})

describe('inclusive/profanity', () => {
  it('is on under the recommended settings, as a warning', async () => {
    expect(await lintRuleWithSeverity(profanity, {text: 'WTF, the export is broken again.\n', touchpoint: 'support-reply'})).toEqual([
      'warning 1:1-1:4: Don’t use “WTF”: it is profane, and customers read it as rude.'
    ])
  })

  it('flags clearly profane words that cuss rates “maybe”', async () => {
    expect(await check(profanity, {text: 'Damn, that sucks. We will fix this shit today.\n'})).toEqual([
      '1:1-1:5: Don’t use “Damn”: it is profane, and customers read it as rude.',
      '1:12-1:17: Don’t use “sucks”: it is profane, and customers read it as rude.',
      '1:36-1:40: Don’t use “shit”: it is profane, and customers read it as rude.'
    ])
  })

  it('finds the plurals retext-profanities adds to cuss, hyphenated and apostrophe forms, which the pre-check must not skip', async () => {
    // cuss lists “arsehole” and “asshat”; their plurals come from pluralize, as in retext-profanities.
    expect(await check(profanity, {text: 'Only arseholes and ass-hats write reviews like that.\n'})).toEqual([
      '1:6-1:15: Don’t use “arseholes”: it is profane, and customers read it as rude.',
      '1:20-1:28: Don’t use “ass-hats”: it is profane, and customers read it as rude.'
    ])
  })

  it('leaves everyday words and country names alone by default', async () => {
    // [spree] Payment failed / Gross amount; written: the rest
    const text = 'Payment failed. Choose a color and a billing period; the gross amount includes welfare tax. We ship to Niger and Guinea.\n'
    expect(await check(profanity, {text})).toEqual([])
  })

  it('flags more with a lower `sureness`', async () => {
    const text = 'Screw the queue: your gross total is ready.\n'
    expect(await check(profanity, {text})).toEqual([])
    expect(await check(profanity, {text}, {sureness: 1})).toEqual([
      '1:1-1:6: Reconsider “Screw”: it may read as profane.',
      '1:23-1:28: Reconsider “gross”: it may read as profane.'
    ])
    expect(await check(profanity, {text: 'Payment failed.\n'}, {sureness: 0})).toEqual(['1:9-1:15: Check “failed”: it is profane in some senses.'])
  })

  it('takes words to ignore', async () => {
    expect(await check(profanity, {text: 'This export is crap.\n'}, {ignore: ['crap']})).toEqual([])
  })

  it('never flags brand names, code, placeholders or the customer’s quoted words', async () => {
    const config: UserConfig = {brand: {names: ['Crap Detector']}}
    const text = 'Crap Detector is ready. Run `rm -rf crap/`.\n\n> This update is crap.\n\nHello {{crap}}.\n'
    expect(await check(profanity, {text}, {}, config)).toEqual([])
  })

  it('does not check Polish copy', async () => {
    expect(await check(profanity, {text: 'Dziękujemy, damn i crap to nie są polskie słowa.\n', language: 'pl'})).toEqual([])
  })
})

describe('the English word lists on copy in another language', () => {
  // Excerpts of bulk-ca.md and bulk-ro.md in the shared corpus (akaunting,
  // GPL-3.0; lemmy, AGPL-3.0), linted without a language setting, so as English.
  it('leave alone a sentence with more function words of another language than of English', async () => {
    const text = 'Si us plau, torna a intentar-ho més tard.\n\nAquest enllaç caduca d’aquí a 3 hores.\n'
    expect(await check(profanity, {text})).toEqual([])
  })

  it('leave alone a label with no function words when most of the file is another language', async () => {
    const text = '# Hores\n\nAquest enllaç caduca d’aquí a 3 hores.\n\nTorneu-ho a provar més tard.\n'
    expect(await check(profanity, {text})).toEqual([])
  })

  it('still judge an English label in an English file, and English sentences beside another language', async () => {
    expect(await check(profanity, {text: 'Payment failed.\n'}, {sureness: 0})).toEqual(['1:9-1:15: Check “failed”: it is profane in some senses.'])
    expect(await check(profanity, {text: 'Aquest enllaç caduca aviat.\n\nThis damn link expires soon.\n'})).toHaveLength(1)
  })
})
