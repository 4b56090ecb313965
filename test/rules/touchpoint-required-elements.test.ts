// touchpoint/required-elements beyond its documented examples: where a
// greeting and a sign-off must stand, phone numbers, config elements, and that
// the rule is opt-in.
import {describe, expect, it} from 'vitest'
import type {UserConfig} from '../../src/config/types.js'
import {lintRule} from '../helpers/lint.js'

const id = 'touchpoint/required-elements'
const on: UserConfig = {rules: {[id]: 'warning'}}

describe('off unless the brand turns it on', () => {
  it('reports nothing under brandvoice:recommended', async () => {
    expect(await lintRule(id, {text: 'The export failed.\n', touchpoint: 'support-reply'})).toEqual([])
  })
})

describe('greetings open a line and sign-offs close the copy', () => {
  it('does not take “say hi” or “Thanks for your message” for a greeting or a sign-off', async () => {
    const text = 'We say hi to every new customer. Thanks for your message, we will reply within a day.\n'
    expect(await lintRule(id, {text, config: on, touchpoint: 'support-reply'})).toEqual([
      '1:1-1:33: This support reply has no greeting: open with one, such as “Hi” or “Hello”.',
      '1:34-1:86: This support reply has no sign-off: close with one, such as “Best regards” or “Kind regards”.'
    ])
  })

  it('takes “Thanks, Ana” and a greeting under a heading, in Markdown and in HTML', async () => {
    const markdown = '# Your export\n\nHi {first_name},\n\nsorry for the wait: we will send the file within a day.\n\nThanks, Ana\n'
    expect(await lintRule(id, {text: markdown, config: on, touchpoint: 'support-reply'})).toEqual([])
    const html = '<p>Hola {nom},</p><p>Gràcies pel missatge. Us escriurem en un termini de dos dies.</p><p>Salutacions,<br>Equip Inoveo</p>'
    expect(await lintRule(id, {text: html, config: on, touchpoint: 'support-reply', language: 'ca', format: 'html'})).toEqual([])
  })
})

describe('a team or a signature placeholder signs off', () => {
  it.each([
    ['The Inoveo team', 'en', 'Hi Ana,\n\nthank you for writing. We will reply within a day.\n\nThe Inoveo team\n'],
    ['%{signature}', 'en', 'Hi %{recipient},\n\nthanks for your patience: we will reply within a day.\n\n%{signature}\n'],
    ['Echipa Inoveo', 'ro', 'Bună ziua,\n\nvă mulțumim pentru mesaj. Vă scriem în termen de o zi.\n\nEchipa Inoveo\n']
  ])('%s', async (_, language, text) => {
    expect(await lintRule(id, {text, config: on, touchpoint: 'support-reply', language})).toEqual([])
  })
})

describe('signatures', () => {
  it('needs a phone number with 8 to 15 digits', async () => {
    const text = '-- \nAnna Nowak\nOpiekunka klienta, Inoveo\ntel. 0800 12\nhttps://inoveo.com\n'
    expect(await lintRule(id, {text, config: on, touchpoint: 'email-signature', language: 'pl', format: 'txt'})).toEqual([
      '2:1-2:11: This e-mail signature has no phone number: add one, such as “+40 21 555 0123” or “+48 22 555 01 23”.'
    ])
    const complete = text.replace('tel. 0800 12', 'tel. +48 22 555 01 23')
    expect(await lintRule(id, {text: complete, config: on, touchpoint: 'email-signature', language: 'pl', format: 'txt'})).toEqual([])
  })
})

describe('elements from the config', () => {
  it('defines a new element with patterns, and names an unknown one', async () => {
    const config: UserConfig = {
      ...on,
      touchpoints: {'support-reply': {require: ['greeting', 'order-number', 'greting'], elements: {'order-number': {patterns: ['#\\d{4,}']}}}}
    }
    expect(await lintRule(id, {text: 'Hi Ana, your order has shipped.\n', config, touchpoint: 'support-reply'})).toEqual([
      '1:1-1:32: “greting” is not an element brandvoice knows, so it cannot be checked; known elements: greeting, acknowledgement, next-step, sign-off, personalisation, call-to-action, name, role, phone, web-or-email, feedback, empathy, order-number.',
      '1:1-1:32: This support reply has no order number: add one.'
    ])
    expect(await lintRule(id, {text: 'Hi Ana, your order #10423 has shipped.\n', config, touchpoint: 'support-reply'})).toHaveLength(1)
  })

  it('does not judge an element with nothing to look for in the file’s language', async () => {
    expect(await lintRule(id, {text: 'Guten Tag, danke für Ihre Nachricht.\n', config: on, touchpoint: 'support-reply', language: 'de'})).toEqual([])
  })
})
