// Rules' built-in word lists, changed by a config's add / remove / replace,
// and found in copy with the lexicon's matching (whole words, phrases, `*`).
import {describe, expect, it} from 'vitest'
import {wordListFor} from '../src/word-lists.js'

const lists = {en: ['simply', 'of course'], ro: ['pur și simplu', 'evident']}

describe('wordListFor', () => {
  it('gives the built-in list of the file’s primary language', () => {
    expect(wordListFor(lists, {}, 'ro-RO')).toEqual(['pur și simplu', 'evident'])
    expect(wordListFor(lists, {}, 'de')).toEqual([])
  })

  it('adds, removes (in any case) and replaces per language', () => {
    const options = {add: {en: ['basically']}, remove: {en: ['Simply']}, replace: {ro: ['desigur']}}
    expect(wordListFor(lists, options, 'en')).toEqual(['of course', 'basically'])
    expect(wordListFor(lists, options, 'ro')).toEqual(['desigur'])
  })

  it('returns the same list for the same inputs, so its phrase index is built once', () => {
    const options = {add: {en: ['basically']}}
    expect(wordListFor(lists, options, 'en')).toBe(wordListFor(lists, options, 'en-GB'))
  })
})
