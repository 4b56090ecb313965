// tone/emoji: `tone.emoji` ("forbid", "allow" or at most N per file; forbidden
// in e-mail signatures by brandvoice:recommended). An emoji is one grapheme
// cluster; ©, ®, ™, digits and # written as text are not emoji.
//
// Excerpt of third-party copy, verbatim:
//   [nextcloud] nextcloud/mail, l10n/pl.json, AGPL-3.0-or-later
import {describe, expect, it} from 'vitest'
import {lintRule} from '../helpers/lint.js'

const rule = 'tone/emoji'
const signature = {touchpoint: 'email-signature'}

describe('defaults per touchpoint', () => {
  it('an e-mail signature has none, in any language', async () => {
    expect(await lintRule(rule, {...signature, language: 'ro', text: 'Cu drag,\nEchipa Acme 💙\n'})).toEqual([
      '2:13-2:15: Emoji are not used in e-mail signatures: remove “💙”.'
    ])
    expect(await lintRule(rule, {...signature, language: 'ca', text: 'Salutacions ☀️\nAna\n'})).toEqual([
      '1:13-1:15: Emoji are not used in e-mail signatures: remove “☀️”.'
    ])
  })

  it('support replies, welcome messages and other files allow them', async () => {
    expect(await lintRule(rule, {touchpoint: 'support-reply', text: 'All fixed 👍 Thanks for your patience 🙏\n'})).toEqual([])
    expect(await lintRule(rule, {touchpoint: 'welcome', language: 'pl', text: 'Witamy 🎉🎉🎉\n'})).toEqual([])
    // [nextcloud] mail l10n/pl.json
    expect(await lintRule(rule, {language: 'pl', text: '🚀 Szybkie wyszukiwanie wiadomości\n'})).toEqual([])
  })
})

describe('what counts as one emoji', () => {
  it('flags, skin tones, ZWJ sequences, keycaps and emoji-style symbols are one each', async () => {
    const text = 'Ana 🇷🇴 👍🏽 👨‍👩‍👧 🏳️‍🌈 1️⃣ ©️\n'
    expect(await lintRule(rule, {...signature, text})).toEqual([
      '1:5-1:9: Emoji are not used in e-mail signatures: remove “🇷🇴”.',
      '1:10-1:14: Emoji are not used in e-mail signatures: remove “👍🏽”.',
      '1:15-1:23: Emoji are not used in e-mail signatures: remove “👨‍👩‍👧”.',
      '1:24-1:30: Emoji are not used in e-mail signatures: remove “🏳️‍🌈”.',
      '1:31-1:34: Emoji are not used in e-mail signatures: remove “1️⃣”.',
      '1:35-1:37: Emoji are not used in e-mail signatures: remove “©️”.'
    ])
  })

  it('emoji side by side are counted one by one', async () => {
    expect(await lintRule(rule, {...signature, text: 'Ana 🎉🎉\n'})).toEqual([
      '1:5-1:7: Emoji are not used in e-mail signatures: remove “🎉”.',
      '1:7-1:9: Emoji are not used in e-mail signatures: remove “🎉”.'
    ])
  })

  it('©, ®, ™, digits, # and arrows written as text are not emoji', async () => {
    const text = '© 2025 Acme® Ltd. Acme™ is ours. #1 in support → call 021 000 0000 ★ ✔ ❤\n'
    expect(await lintRule(rule, {...signature, text})).toEqual([])
  })

  it('not in code, code blocks, URLs or placeholders', async () => {
    const text = 'Ana `🎉` https://example.com/🎉 {🎉}\n\n```\n🎉\n```\n'
    expect(await lintRule(rule, {...signature, text})).toEqual([])
  })

  it('plain text files', async () => {
    expect(await lintRule(rule, {...signature, format: 'txt', text: 'Ana Pop 😊\n'})).toEqual([
      '1:9-1:11: Emoji are not used in e-mail signatures: remove “😊”.'
    ])
  })
})

describe('tone settings from the config', () => {
  it('at most N per file at a touchpoint', async () => {
    const config = {touchpoints: {welcome: {tone: {emoji: 2}}}}
    expect(await lintRule(rule, {config, touchpoint: 'welcome', language: 'ro', text: 'Bine ați venit 👋 Contul e gata ✅ Spor 🚀\n'})).toEqual([
      '1:40-1:42: Third emoji in this welcome message; keep to 2 per file: remove “🚀”.'
    ])
  })

  it('forbidden for the whole brand', async () => {
    const config = {tone: {emoji: 'forbid' as const}}
    expect(await lintRule(rule, {config, text: 'Thanks 🙏\n'})).toEqual([
      '1:8-1:10: Emoji are not used in this brand’s copy: remove “🙏”.'
    ])
  })

  it('0 is the same as forbid', async () => {
    const config = {touchpoints: {'support-reply': {tone: {emoji: 0}}}}
    expect(await lintRule(rule, {config, touchpoint: 'support-reply', text: 'Fixed 👍\n'})).toEqual([
      '1:7-1:9: Emoji are not used in support replies: remove “👍”.'
    ])
  })

  it('a brand that allows emoji in signatures', async () => {
    const config = {touchpoints: {'email-signature': {tone: {emoji: 'allow' as const}}}}
    expect(await lintRule(rule, {config, ...signature, text: 'Ana 👋\n'})).toEqual([])
  })
})
