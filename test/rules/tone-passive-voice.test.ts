// tone/passive-voice: retext-passive's findings in English copy as this
// rule's info messages, with the form of “be” included; silent for other
// languages and inside code, links and placeholders.
//
// Excerpts of third-party copy are quoted verbatim and marked with their source:
//   [lemmy]    LemmyNet/lemmy-translations, backend/en.json, AGPL-3.0
//   [laravel]  Laravel-Lang/lang, locales/en/json.json, MIT
//   [osticket] osTicket/osTicket, include/i18n/en_US/templates/page/pwreset-client.yaml, GPL-2.0
// Everything else is written for these tests.
import {describe, expect, it} from 'vitest'
import {lint, lintRule, lintRuleWithSeverity, type LintInput} from '../helpers/lint.js'

const rule = 'tone/passive-voice'

function check(input: LintInput) {
  return lintRule(rule, input)
}

const passive = (phrase: string) => `“${phrase}” is in the passive voice: where it helps the reader, say who does it.`

describe('tone/passive-voice', () => {
  it('flags the passive in real notifications, at info severity', async () => {
    // [lemmy] backend/en.json
    expect(await lintRuleWithSeverity(rule, {text: 'A mod action was taken against you.\n', touchpoint: 'notification'})).toEqual([
      `info 1:14-1:23: ${passive('was taken')}`
    ])
    // [laravel] locales/en/json.json
    const text = 'A new verification link has been sent to the email address you provided during registration.\n'
    expect(await check({text, touchpoint: 'onboarding-email'})).toEqual([`1:29-1:38: ${passive('been sent')}`])
  })

  it('flags each passive in a paragraph, also across a line break', async () => {
    // [osticket] templates/page: the first two sentences; the third is written for this test.
    const text = 'Your account is still secure and no one has been given access to it. It is not locked and your password\nhas not been reset. Your new card was\nsent to you on Monday.\n'
    expect(await check({text, touchpoint: 'support-reply'})).toEqual([`1:45-1:55: ${passive('been given')}`, `2:35-3:5: ${passive('was sent')}`])
  })

  it('gives retext-passive’s finding as actual, with a note on how to write it', async () => {
    const [message] = (await lint({text: 'Your parcel was sent today.\n'})).filter((m) => m.ruleId === rule)
    expect(message?.actual).toBe('was sent')
    expect(message?.source).toBe('brandvoice')
    expect(message?.note).toBe('Active: “We sent your refund.” Passive: “Your refund was sent.”')
  })

  it('leaves the active voice and a word between “be” and the participle alone', async () => {
    expect(await check({text: 'We sent your parcel today. Your invoice is not sent until the trial ends.\n'})).toEqual([])
  })

  it('does not look inside code, links or placeholders', async () => {
    const text = 'Search the log for `message was sent`, open https://example.com/was/sent or use {{order.was_sent}}.\n'
    expect(await check({text})).toEqual([])
  })

  it('takes participles not to flag from its options', async () => {
    const text = 'Acme is known for next-day delivery. Every order is sent from our own warehouse.\n'
    expect(await check({text})).toEqual([`1:6-1:14: ${passive('is known')}`, `1:50-1:57: ${passive('is sent')}`])
    expect(await check({text, config: {rules: {[rule]: ['info', {ignore: ['known', 'sent']}]}}})).toEqual([])
  })

  it('reads English of any region, and nothing else', async () => {
    const english = 'Your refund was sent yesterday.\n'
    expect(await check({text: english, language: 'en-GB'})).toEqual([`1:13-1:21: ${passive('was sent')}`])
    expect(await check({text: 'Rambursarea a fost trimisă ieri. Banii sunt virați în cont.\n', language: 'ro'})).toEqual([])
    // Even English words in a Romanian file are not checked.
    expect(await check({text: english, language: 'ro'})).toEqual([])
    expect(await check({text: 'Zwrot został wysłany wczoraj.\n', language: 'pl'})).toEqual([])
    expect(await check({text: 'El reemborsament es va enviar ahir.\n', language: 'ca'})).toEqual([])
  })

  it('reads plain text too', async () => {
    expect(await check({text: 'Your refund was sent yesterday.\n', format: 'txt'})).toEqual([`1:13-1:21: ${passive('was sent')}`])
  })
})
