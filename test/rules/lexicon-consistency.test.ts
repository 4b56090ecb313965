// lexicon/consistency beyond its documented examples.
import {describe, expect, it} from 'vitest'
import {ConfigLoader} from '../../src/config/load.js'
import {builtinRules} from '../../rules/index.js'
import {lintRule} from '../helpers/lint.js'

const id = 'lexicon/consistency'

describe('lexicon/consistency', () => {
  it('counts spellings in prose only: code and URLs do not vote', async () => {
    const text = 'Run `inoveo email --test` or open https://inoveo.com/email. Your e-mail is confirmed.\n'
    expect(await lintRule(id, {text})).toEqual([])
  })

  it('reports every rarer spelling, in any case, with the case of the copy kept in the suggestion', async () => {
    const text = 'Online help is open. Our on-line shop and our online forum.\n\nON-LINE NOW.\n'
    expect(await lintRule(id, {text})).toEqual([
      '1:26-1:33: Write “online” instead of “on-line”: this file writes “online” twice.',
      '3:1-3:8: Write “ONLINE” instead of “ON-LINE”: this file writes “online” twice.'
    ])
  })

  it('takes groups only as lists of at least two spellings', async () => {
    await expect(new ConfigLoader({rules: builtinRules, cwd: '/brand'}).fromObject({rules: {[id]: ['warning', {groups: [['email']]}]}})).rejects.toThrow(
      'rules["lexicon/consistency"][1].groups[0] must list at least 2 items.'
    )
  })
})
