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

it('typography/diacritics reads a dictionary only for the languages it checks', async () => {
  const config = {rules: {'typography/diacritics': 'error' as const}}
  expect(await lintRule('typography/diacritics', {config, text: 'Our Bucharest office says fara is not English.\n'})).toEqual([])
  expect(loadedDictionaries()).toEqual(['en'])
  expect(await lintRule('typography/diacritics', {config, language: 'ro', text: 'Trimitem factura fara costuri.\n'})).toHaveLength(1)
  expect(loadedDictionaries()).toEqual(['en', 'ro'])
})
