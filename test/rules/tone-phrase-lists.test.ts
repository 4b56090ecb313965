// The phrase lists of tone/condescending and tone/blame: braces expand as
// documented, and every built-in phrase, written out on its own, is found
// (a phrase the parser splits differently from the data would never match).
import {describe, expect, it} from 'vitest'
import condescendingData from '../../rules/tone/condescending.json' with {type: 'json'}
import blameData from '../../rules/tone/blame.json' with {type: 'json'}
import {expandAlternatives, loadPhraseLists, type PhraseData} from '../../rules/tone/phrase-lists.js'
import {lint} from '../helpers/lint.js'

describe('expandAlternatives', () => {
  it('expands each pair of braces, an empty alternative included', () => {
    expect(expandAlternatives('as {I|we} {already |}said')).toEqual(['as I already said', 'as I said', 'as we already said', 'as we said'])
  })

  it('joins an alternative to the word around it', () => {
    expect(expandAlternatives("com ja {us |t'}he dit")).toEqual(['com ja us he dit', "com ja t'he dit"])
  })

  it('refuses an unclosed brace', () => {
    expect(() => expandAlternatives('just {click')).toThrow('Unclosed')
  })
})

const rules = [
  {id: 'tone/condescending', data: condescendingData as PhraseData},
  {id: 'tone/blame', data: blameData as PhraseData}
]

for (const {id, data} of rules) {
  const {lists, hints} = loadPhraseLists(data)
  describe(`${id} data`, () => {
    it('has phrases in en, ro, pl and ca, each with a hint', () => {
      expect(Object.keys(lists).sort()).toEqual(['ca', 'en', 'pl', 'ro'])
      for (const [language, phrases] of Object.entries(lists)) {
        expect(phrases.length).toBeGreaterThan(0)
        expect(hints.get(language)!.size).toBe(new Set(phrases.map((phrase) => phrase.toLowerCase())).size)
      }
    })

    for (const [language, phrases] of Object.entries(lists)) {
      it(`finds every ${language} phrase written out on its own`, async () => {
        // Each phrase as its own paragraph; `*` stands for any ending, so the bare stem must match.
        const written = phrases.map((phrase) => phrase.replace(/\*/g, ''))
        const text = written.map((phrase) => `${phrase}\n`).join('\n')
        const messages = (await lint({text, language, touchpoint: 'support-reply', config: {rules: {[id]: 'warning'}}})).filter(
          (message) => message.ruleId === id
        )
        const found = new Set(messages.map((message) => message.actual))
        expect(written.filter((phrase) => !found.has(phrase))).toEqual([])
      })
    }
  })
}
