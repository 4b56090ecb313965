// Its own file: dictionaries are loaded once per process (per test file in
// vitest), so no other test has loaded Romanian before this one runs.
import {expect, it} from 'vitest'
import {lintRule} from '../helpers/lint.js'
import {loadedDictionaries} from '../../src/spelling/dictionaries.js'

it('an English-only lint never loads another language’s dictionary', async () => {
  expect(loadedDictionaries()).toEqual([])
  expect(await lintRule('spelling', {config: {rules: {spelling: 'info'}}, text: 'We will recieve it.\n'})).toHaveLength(1)
  expect(loadedDictionaries()).toEqual(['en'])
})
