// touchpoint/placeholder beyond its documented examples: each syntax family,
// house patterns, other formats, and what must stay quiet.
import {describe, expect, it} from 'vitest'
import type {UserConfig} from '../../src/config/types.js'
import {ConfigLoader} from '../../src/config/load.js'
import {builtinRules} from '../../rules/index.js'
import {lintRule} from '../helpers/lint.js'

const id = 'touchpoint/placeholder'

describe('with a Rails catalog’s syntax', () => {
  const config: UserConfig = {placeholders: {syntax: 'rails', variables: ['recipient', 'count']}}

  it('passes known %{variables}, flags a typo and {{x}} / {x} of other syntaxes', async () => {
    const text = 'Hola %{recipient}! Tens %{cuont} missatges nous i {{count}} avisos de {sender}.\n'
    expect(await lintRule(id, {text, config, language: 'ca'})).toEqual([
      '1:25-1:33: “cuont” is not one of the template’s variables: did you mean “count”?',
      '1:51-1:60: “{{count}}” is written in another template syntax than this brand’s (rails), so it would reach the customer as written; write “%{count}”.',
      '1:71-1:79: “{sender}” is written in another template syntax than this brand’s (rails), so it would reach the customer as written; write “%{sender}”.'
    ])
  })

  it('names the variables when no known one is close', async () => {
    expect(await lintRule(id, {text: 'Vă mulțumim, %{coupon_code}.\n', config, language: 'ro'})).toEqual([
      '1:14-1:28: “coupon_code” is not one of the template’s variables (recipient, count), so it would reach the customer as written.'
    ])
  })
})

describe('house patterns', () => {
  it('count as the brand’s own syntax, their first group as the variable', async () => {
    const config: UserConfig = {placeholders: {patterns: ['\\[\\[(\\w+)\\]\\]'], variables: ['imie']}}
    expect(await lintRule(id, {text: 'Cześć [[imie]], oto [[kod]] i {{kod}}.\n', config, language: 'pl'})).toEqual([
      '1:21-1:28: “kod” is not one of the template’s variables (imie), so it would reach the customer as written.',
      '1:31-1:38: “{{kod}}” is written in another template syntax than this brand’s (its own patterns), so it would reach the customer as written.'
    ])
  })

  it('must be regular expressions', async () => {
    await expect(new ConfigLoader({rules: builtinRules, cwd: '/brand'}).fromObject({placeholders: {patterns: ['[[(\\w+']}})).rejects.toThrow(
      'placeholders.patterns[0]: “[[(\\w+” is not a regular expression (unterminated character class).'
    )
  })
})

describe('where placeholders are looked for', () => {
  const config: UserConfig = {placeholders: {syntax: 'handlebars', variables: ['first_name']}}

  it('never in code, link URLs or HTML attributes', async () => {
    const markdown = 'Write `{{frist_name}}` in the editor, or [open the guide](https://inoveo.com/{lang}/guide).\n'
    expect(await lintRule(id, {text: markdown, config})).toEqual([])
    const html = '<p>Hi {{frist_name}}, <a href="https://inoveo.com/{lang}">see your plan</a>.</p>'
    expect(await lintRule(id, {text: html, config, format: 'html'})).toEqual(['1:7-1:21: “frist_name” is not one of the template’s variables: did you mean “first_name”?'])
  })

  it('finds <FIRST NAME> in plain text and in Markdown, where it parses as an HTML tag', async () => {
    expect(await lintRule(id, {text: 'Dear <FIRST NAME>,\n', format: 'txt'})).toEqual(['1:6-1:18: “<FIRST NAME>” looks like a placeholder nobody filled in: write the real text.'])
    expect(await lintRule(id, {text: 'Dear <FIRST NAME>,\n'})).toEqual(['1:6-1:18: “<FIRST NAME>” looks like a placeholder nobody filled in: write the real text.'])
  })

  it('leaves words that only look like notes alone: Spanish “Todo” and “TODOS”', async () => {
    expect(await lintRule(id, {text: 'Todo listo. TODOS los pedidos llegan mañana.\n', language: 'es'})).toEqual([])
  })
})
