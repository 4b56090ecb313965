// The bench's lexicons, and the prh rules that give textlint the same entries.
import {describe, expect, it} from 'vitest'
import {generatedLexicon, prhPattern, prhRules} from '../bench/lexicon.js'

/** A `/…/flags` pattern compiled as prh compiles it: its own flags plus g, m and u. */
function asPrh(pattern: string): RegExp {
  const [, source, flags] = /^\/(.*)\/([gimy]*)$/.exec(pattern)!
  return new RegExp(source!, `${flags}gmu`)
}
const matches = (pattern: string, text: string) => [...text.matchAll(asPrh(pattern))].map((match) => match[0])

describe('generatedLexicon', () => {
  it('has exactly the size asked for, the real entries first, the same for the same seed', () => {
    for (const size of [3, 10, 1000]) expect(generatedLexicon(size)).toHaveLength(size)
    expect(generatedLexicon(10)[0]).toEqual({avoid: ['user', 'users'], use: 'customer'})
    expect(generatedLexicon(1000)).toEqual(generatedLexicon(1000))
    expect(generatedLexicon(1000, 1)).not.toEqual(generatedLexicon(1000, 2))
  })

  it('makes the first entries of a larger lexicon those of a smaller one', () => {
    expect(generatedLexicon(1000).slice(0, 10)).toEqual(generatedLexicon(10))
  })
})

describe('prhPattern', () => {
  it('matches whole words in any case, not inside longer words', () => {
    expect(matches(prhPattern('user'), 'User, username, superuser, user.')).toEqual(['User', 'user'])
  })

  it('draws word edges at letters with diacritics, which \\b does not', () => {
    expect(matches(prhPattern('ziua'), 'ziuaș, ziua bună')).toEqual(['ziua'])
    expect(matches(prhPattern('łódź'), 'Łódź i Łódźka')).toEqual(['Łódź'])
  })

  it('lets a trailing * match any continuation, from the start of a word only', () => {
    expect(matches(prhPattern('utilizator*'), 'Utilizatorii, utilizator și preutilizator')).toEqual(['Utilizatorii', 'utilizator'])
  })

  it('matches a phrase across any run of spaces, and escapes the regular expression characters', () => {
    expect(matches(prhPattern('sign up'), 'Sign  up today or sign\nup later')).toEqual(['Sign  up', 'sign\nup'])
    expect(matches(prhPattern('e.g'), 'e.g and exg')).toEqual(['e.g'])
  })

  it('keeps case when the entry is case-sensitive', () => {
    expect(matches(prhPattern('GitHub', true), 'GitHub github')).toEqual(['GitHub'])
  })
})

describe('prhRules', () => {
  it('turns each entry into one prh rule: its first `use` as expected, empty for a banned term', () => {
    const rules = prhRules([{avoid: ['user', 'users'], use: ['customer', 'client']}, {avoid: 'unfortunately'}])
    expect(rules.version).toBe(1)
    expect(rules.rules).toEqual([
      {expected: 'customer', patterns: [prhPattern('user'), prhPattern('users')]},
      {expected: '', patterns: [prhPattern('unfortunately')]}
    ])
  })
})
