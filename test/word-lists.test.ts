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

describe('matchPreferred', () => {
  it('finds the lexicon’s `use` terms in a file, not its `avoid` terms', async () => {
    const {matchPreferred} = await import('../src/lexicon/match.js')
    // The runs of words of “Ask the customer, not the user.”
    const entries = [{avoid: ['user'], use: ['customer'], caseSensitive: false}]
    const word = (text: string, start: number) => ({node: {} as never, text, start, end: start + text.length, forms: [{key: text.toLowerCase(), start, end: start + text.length}]})
    const runs = [[word('Ask', 0), word('the', 4), word('customer', 8)], [word('not', 18), word('the', 22), word('user', 26)]]
    expect(matchPreferred(entries, runs, 'en', 'generic').map((match) => [match.text, match.start, match.end])).toEqual([['customer', 8, 16]])
  })
})
