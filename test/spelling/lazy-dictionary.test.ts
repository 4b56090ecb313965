import {describe, expect, it} from 'vitest'
import nspell from 'nspell'
import {LazyDictionary} from '../../src/spelling/lazy-dictionary.js'
import {dictionaryFor, hasDictionary} from '../../src/spelling/dictionaries.js'

// A small Hunspell pair built to exercise the grouping: a suffix that strips
// three letters (so `iść` gives `idę`, sharing only its first letter), a
// continuation suffix, a prefix, and long (two-character) flags.
const aff = [
  'SET UTF-8',
  'TRY ąćęłńóśźżaeiouyscnzlkotdr',
  'FLAG long',
  'PFX Ne Y 1',
  'PFX Ne 0 nie .',
  'SFX Ve Y 2',
  'SFX Ve ść dę ść',
  'SFX Ve ść dzie/Co ść',
  'SFX Co Y 1',
  'SFX Co ie ecie ie',
  'SFX Pl Y 1',
  'SFX Pl 0 y .',
  "PFX El Y 1",
  "PFX El 0 l' [aeiou]",
  ''
].join('\n')
const dic = ['5', 'iść/Ve', 'ładny/NePl', 'kot/Pl', 'sąd', 'usuari/El', ''].join('\n')

describe('LazyDictionary', () => {
  it('knows every word nspell knows with the whole dictionary loaded, and no other', () => {
    const lazy = new LazyDictionary(aff, dic)
    const full = nspell(aff, dic)
    const words = ['iść', 'idę', 'idzie', 'idecie', 'ładny', 'ładnyy', 'nieładny', 'nieładnyy', 'kot', 'koty', 'niekot', 'sąd', 'sad', 'isc', 'ide', 'Idę', 'kat']
    for (const word of words) expect(lazy.correct(word), word).toBe(full.correct(word))
    expect(words.filter((word) => lazy.correct(word))).toEqual(['iść', 'idę', 'idzie', 'ładny', 'ładnyy', 'nieładny', 'nieładnyy', 'kot', 'koty', 'sąd', 'Idę'])
  })

  it('reads an elision (Catalan l\') before a word that takes it, without nspell writing out every elided form', () => {
    const lazy = new LazyDictionary(aff, dic)
    expect(["l'usuari", 'l’usuari', "L'usuari", 'usuari', "l'usuar", "x'usuari"].map((word) => lazy.correct(word))).toEqual([true, true, true, true, false, false])
  })

  it('suggests the word with its diacritics from the loaded part', () => {
    expect(new LazyDictionary(aff, dic).suggest('sad', 3)).toContain('sąd')
  })
})

describe('the packaged dictionaries', () => {
  it('has dictionaries for English, Romanian, Polish and Catalan only', () => {
    expect(['en-GB', 'ro', 'pl-PL', 'ca'].map(hasDictionary)).toEqual([true, true, true, true])
    expect(['fr', 'de', '$comment'].map(hasDictionary)).toEqual([false, false, false])
    expect(dictionaryFor('fr')).toBeUndefined()
  })

  it('reads words and their inflections in each language', () => {
    const cases: Array<[string, string[], string[]]> = [
      ['ro', ['fără', 'târziu', 'informații', 'dumneavoastră', 'Bună'], ['fara', 'tarziu', 'informatii']],
      ['pl', ['dziękujemy', 'żółty', 'Dziękujemy', 'nieładny', 'idę', 'sąd', 'sad'], ['dziekujemy', 'zolty']],
      ['ca', ['també', 'benvinguda', "l'usuari", "d'usuari"], ['tambe']],
      // dictionary-en is American English.
      ['en', ['color', 'unhappy', '21st'], ['colour', 'recieve', 'xyzzyq']]
    ]
    for (const [language, known, unknown] of cases) {
      const dictionary = dictionaryFor(language)!
      for (const word of known) expect(dictionary.correct(word), `${language} ${word}`).toBe(true)
      for (const word of unknown) expect(dictionary.correct(word), `${language} ${word}`).toBe(false)
    }
  })

  it('keeps English compound numbers (1st, 22nd) from matching every word once more groups load', () => {
    // nspell rebuilt its COMPOUNDRULE patterns as empty ones on a second
    // dictionary, after which any word was “correct”.
    const english = dictionaryFor('en')!
    expect(english.correct('apple')).toBe(true)
    expect(english.correct('zebra')).toBe(true)
    expect(english.correct('akaunting')).toBe(false)
    expect(english.correct('122nd')).toBe(true)
  })
})

describe('a flag that names both a prefix and a suffix class', () => {
  // As the Romanian dictionary does: `SFX Q` adjective endings, `PFX Q` ne-.
  const sharedAff = ['SET UTF-8', 'SFX Q Y 2', 'SFX Q   0     ul      [^eu]            adj. m. sg. art.', 'SFX Q 0 i .', 'PFX Q Y 1', 'PFX Q 0 ne .', ''].join('\n')
  const sharedDic = ['2', 'următor/Q', 'fericit/Q', ''].join('\n')

  it('keeps both classes (nspell alone keeps only the last one)', () => {
    const lazy = new LazyDictionary(sharedAff, sharedDic)
    expect(['următor', 'următorul', 'următori', 'nefericit', 'nefericitul', 'următorl', 'nuurmător'].filter((word) => lazy.correct(word))).toEqual([
      'următor',
      'următorul',
      'următori',
      'nefericit',
      'nefericitul'
    ])
    expect(nspell(sharedAff, sharedDic).correct('următorul')).toBe(false)
  })

  it('knows the Romanian words it used to miss', () => {
    const ro = dictionaryFor('ro')!
    for (const word of ['următorul', 'mulțumim', 'verificați', 'există', 'acestei']) expect(ro.correct(word), word).toBe(true)
  })
})
