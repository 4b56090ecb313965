// A bug in a rule (or a parser) on one file gives that file one fatal message
// that names the rule; it never stops the run or loses the other findings.
import {describe, expect, it} from 'vitest'
import {builtinRules} from '../rules/index.js'
import {ConfigLoader} from '../src/config/load.js'
import {lintText} from '../src/lint.js'
import {prepareLint} from '../src/prepare-lint.js'
import {defineRule} from '../src/rule-api.js'

const broken = defineRule(
  {id: 'tone/broken', description: 'Throws on a word.', severity: 'warning', rationale: '', examples: []},
  function (context) {
    if (context.words.some((run) => run.some((word) => word.text === 'boom'))) throw new TypeError('cannot read “boom”')
  }
)
const rules = [...builtinRules, broken]

describe('a rule that throws', () => {
  it('gives the file one fatal message naming the rule, keeps what the other rules found, and the next file is linted as usual', async () => {
    const project = await new ConfigLoader({rules, cwd: '/copy'}).fromObject({lexicon: [{avoid: 'user', use: 'customer'}]})
    await prepareLint({path: 'a.md', project, rules})
    const failed = lintText('A boom for every user.\n', {path: 'a.md', cwd: '/copy', project, rules})
    expect(failed.file.messages.map((message) => [message.fatal, message.reason])).toEqual([
      [true, 'brandvoice failed on this file: rule tone/broken failed: cannot read “boom”. Please report this, with the file.'],
      [false, 'Use “customer” instead of “user”.']
    ])
    const next = lintText('Welcome, user.\n', {path: 'b.md', cwd: '/copy', project, rules})
    expect(next.file.messages.map((message) => message.reason)).toEqual(['Use “customer” instead of “user”.'])
  })
})
