// Its own file: deferred modules are loaded once per process (per test file in
// vitest), so no other test has loaded them before these run. Heavy modules
// that only some configs or formats need stay unloaded until a lint needs them,
// and a lint that needs them loads them first.
import {describe, expect, it} from 'vitest'
import {builtinRules} from '../rules/index.js'
import {html} from '../src/formats/html.js'
import {lint, lintRule} from './helpers/lint.js'

const requirementsOf = (id: string) => builtinRules.find((rule) => rule.meta.id === id)!.meta.requires ?? []
const loaded = (modules: readonly {loaded: boolean}[]) => modules.map((module) => module.loaded)

describe('deferred modules', () => {
  it('a Markdown file with the default rules loads neither the HTML parser nor retext-equality', async () => {
    const messages = await lint({text: 'Welcome aboard! Your first invoice is ready.\n', config: {extends: 'brandvoice:recommended'}})
    expect(messages.filter((message) => message.fatal)).toEqual([])
    expect(loaded(html.requires!)).toEqual([false])
    expect(loaded(requirementsOf('inclusive/equality'))).toEqual([false])
  })

  it('a config that turns a rule on loads what the rule needs, and the rule works', async () => {
    const config = {rules: {'inclusive/equality': 'warning' as const}}
    expect(await lintRule('inclusive/equality', {config, text: 'Ask the chairman to sign it.\n'})).toHaveLength(1)
    expect(loaded(requirementsOf('inclusive/equality'))).toEqual([true])
  })

  it('an HTML file loads the HTML parser and is linted', async () => {
    const config = {lexicon: [{avoid: 'user', use: 'customer'}]}
    expect(await lintRule('lexicon/preferred-term', {config, format: 'html', text: '<p>Dear user, welcome.</p>\n'})).toHaveLength(1)
    expect(loaded(html.requires!)).toEqual([true])
  })
})
