// Every rule's documented examples run as tests: the docs cannot promise
// what the code does not do. Each rule must show copy it flags and copy it
// leaves alone. Only the rule's own messages are compared.
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
        // The rule's own messages, as ESLint's RuleTester checks one rule at a
        // time: with many rules on, an example about sentence length may well
        // have an exclamation mark too.
        const messages = (await lint(example)).filter((message) => message.ruleId === rule.meta.id)
        expect(messages.map(render)).toEqual(example.messages)
      })
    }
  })
}
