// touchpoint/length: SMS segments as carriers count them, limits per
// touchpoint from brandvoice:recommended and from a config.
import {describe, expect, it} from 'vitest'
import type {UserConfig} from '../../src/config/types.js'
import {smsCost} from '../../rules/touchpoint/length.js'
import {lintRule} from '../helpers/lint.js'

const id = 'touchpoint/length'

describe('smsCost', () => {
  it('fits 160 GSM-7 characters in one message and splits 161 into parts of 153', () => {
    expect(smsCost('a'.repeat(160))).toEqual({encoding: 'GSM-7', units: 160, segments: 1, culprit: undefined})
    expect(smsCost('a'.repeat(161))).toEqual({encoding: 'GSM-7', units: 161, segments: 2, culprit: undefined})
    expect(smsCost('a'.repeat(307)).segments).toBe(3)
  })

  it('counts the extension table (€, brackets) as two characters', () => {
    expect(smsCost('Plata: 10 €')).toMatchObject({encoding: 'GSM-7', units: 12})
    expect(smsCost('€'.repeat(80)).segments).toBe(1)
    expect(smsCost('€'.repeat(81)).segments).toBe(2)
  })

  it('sends the whole text as UCS-2 for one Polish ł, a Romanian ș or an emoji, and names it', () => {
    expect(smsCost(`Dziękujemy${' a'.repeat(30)}`)).toMatchObject({encoding: 'UCS-2', segments: 1, culprit: 'ę'})
    expect(smsCost(`${'a'.repeat(70)}ș`)).toMatchObject({encoding: 'UCS-2', units: 71, segments: 2, culprit: 'ș'})
    expect(smsCost('Gata 👍🏽')).toMatchObject({encoding: 'UCS-2', units: 9, culprit: '👍🏽'})
  })
})

describe('limits', () => {
  it('are off at touchpoints that recommended gives none', async () => {
    expect(await lintRule(id, {text: 'Word '.repeat(400) + '\n', touchpoint: 'support-reply'})).toEqual([])
  })

  it('count a social post’s characters as a person does: an emoji with a skin tone is one', async () => {
    const post = `${'Inoveo '.repeat(39)}👍🏽👍🏽\n`
    expect(post.trim().length).toBeGreaterThan(280)
    expect(await lintRule(id, {text: post, touchpoint: 'social-post'})).toEqual([])
    expect(await lintRule(id, {text: `${'Inoveo '.repeat(41)}\n`, touchpoint: 'social-post'})).toEqual(['1:1-1:287: This social post has 286 characters; keep it to 280.'])
  })

  it('come from the config for one touchpoint, in words here, and replace the recommended options there', async () => {
    const config: UserConfig = {touchpoints: {notification: {rules: {[id]: ['warning', {maxWords: 10}]}}}}
    const text = 'Comanda dumneavoastră a fost expediată astăzi și ajunge mâine dimineață la adresa indicată.\n'
    expect(await lintRule(id, {text, config, language: 'ro', touchpoint: 'notification'})).toEqual(['1:1-1:92: This notification has 13 words; keep it to 10.'])
  })

  it('count a Markdown signature’s visible lines, not its markup or blank lines', async () => {
    const text = '**Maria Ionescu**  \nCustomer Success Lead  \n\n[inoveo.com](https://inoveo.com)  \n+40 21 555 0123\n'
    expect(await lintRule(id, {text, touchpoint: 'email-signature'})).toEqual([])
  })
})
