// Every rule's documented examples run as tests: the docs cannot promise
// what the code does not do. Each rule must show copy it flags and copy it
// leaves alone.
import {describe, expect, it} from 'vitest'
import {builtinRules} from '../../rules/index.js'
import {lint, render} from '../helpers/lint.js'

for (const rule of builtinRules) {
  describe(rule.meta.id, () => {
    it('has examples that are flagged and examples that are not', () => {
      expect(rule.meta.examples.some((example) => example.messages.length > 0)).toBe(true)
      expect(rule.meta.examples.some((example) => example.messages.length === 0)).toBe(true)
    })

    for (const example of rule.meta.examples) {
      it(example.title, async () => {
        const messages = await lint(example)
        // Messages of the rule itself; and other rules stay quiet on its examples.
        expect(messages.map(render)).toEqual(example.messages)
        expect(messages.every((message) => message.ruleId === rule.meta.id)).toBe(true)
      })
    }
  })
}
