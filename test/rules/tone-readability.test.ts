// tone/readability: one LIX figure per file, over the tone's limit; Flesch
// reading ease for English as extra information; short files never judged.
//
// Excerpts of third-party copy are quoted verbatim and marked with their source:
//   [joinlemmy] LemmyNet/joinlemmy-translations, translations/en.json and translations/ca.json, AGPL-3.0
// Everything else is written for these tests.
import {describe, expect, it} from 'vitest'
import type {UserConfig} from '../../src/config/types.js'
import {lint, lintRule, lintRuleWithSeverity, type LintInput} from '../helpers/lint.js'
import examples from '../../rules/tone/readability.examples.js'

const rule = 'tone/readability'

function check(input: LintInput) {
  return lintRule(rule, input)
}

// [joinlemmy] translations/en.json: 138 words in 8 sentences, LIX 38.
const english =
  'An open source project the size of Lemmy needs constant work to manage the project, implement new features and fix bugs. Dessalines and Nutomic work full-time on these tasks and more. As there is no advertising or tracking, all of our work is funded through donations. Even so there is barely enough time in the day, and no time for a second job. The only available option are user donations. To keep it viable donations need to reach a minimum of 5000€ per month, resulting in a modest salary of 2500€ per developer. If that goal is reached we can stop worrying about money, and fully focus on improving the software for the benefit of all users and instances. We especially rely on recurring donations to secure the long-term development and make Lemmy the best it can be.\n'

// [joinlemmy] translations/ca.json, the same paragraph in Catalan.
const catalan =
  "Un projecte de codi obert de la mida de Lemmy necessita treball constant per gestionar el projecte, implementar noves funcions i corregir errors. Dessalines i Nutomic treballen a temps complet en aquestes tasques i més. Com que no hi ha publicitat ni seguiment, tota la nostra feina es finança mitjançant donacions. Tot i així, amb prou feines hi ha prou temps al dia i no hi ha temps per a una segona feina. L'única opció disponible són les donacions dels usuaris. Perquè sigui viable, les donacions han d'arribar a un mínim de 5000 € al mes, cosa que resulta en un salari modest de 2500 € per desenvolupador. Si s'assoleix aquest objectiu, podem deixar de preocupar-nos pels diners i centrar-nos completament en millorar el programari en benefici de tots els usuaris i instàncies. Confiem especialment en donacions recurrents per assegurar el desenvolupament a llarg termini i fer que Lemmy sigui el millor possible.\n"

// The documented example's dense Polish notification, without its final line break.
const dense = examples.find((example) => example.title === 'A Polish notification in official language')!.text.trimEnd()

describe('tone/readability', () => {
  it('leaves real, decent copy alone under the default limit, in English and Catalan', async () => {
    expect(await check({text: english, touchpoint: 'marketing'})).toEqual([])
    expect(await check({text: catalan, language: 'ca', touchpoint: 'marketing'})).toEqual([])
  })

  it('gives the figure once per file, at the first sentence, with Flesch reading ease for English', async () => {
    expect(await lintRuleWithSeverity(rule, {text: english, config: {tone: {readability: {maxLix: 35}}}})).toEqual([
      'warning 1:1-1:121: This text has a LIX of 38 (Flesch reading ease 59); keep it to 35 or lower. Use shorter words (now 21% have more than six letters) and shorter sentences (now 17 words on average).'
    ])
    expect(await check({text: catalan, language: 'ca', config: {tone: {readability: {maxLix: 40}}}})).toEqual([
      '1:1-1:146: This text has a LIX of 49; keep it to 40 or lower. Use shorter words (now 30% have more than six letters) and shorter sentences (now 19 words on average).'
    ])
  })

  it('explains the figure in the note', async () => {
    const [message] = (await lint({text: dense, language: 'pl'})).filter((m) => m.ruleId === rule)
    expect(message?.note).toBe('LIX = words per sentence + percentage of words with more than six letters. Below 40 reads easily; above 60 is hard going.')
  })

  it('flags dense Polish copy and counts letters with diacritics, composed or not', async () => {
    const expected = [`1:1-1:180: This text has a LIX of 91; keep it to 60 or lower. Use shorter words (now 76% have more than six letters).`]
    expect(await check({text: dense + '\n', language: 'pl'})).toEqual(expected)
    const decomposed = (dense + '\n').normalize('NFD')
    const [message] = await check({text: decomposed, language: 'pl'})
    expect(message?.replace(/^1:1-1:\d+/, '')).toBe(expected[0]!.replace(/^1:1-1:\d+/, ''))
  })

  it('never judges short copy: signatures and notifications under 100 words or 5 sentences', async () => {
    // Three dense sentences, 45 words.
    const short = dense.split('. ').slice(0, 3).join('. ') + '\n'
    expect(await check({text: short, language: 'pl', touchpoint: 'notification'})).toEqual([])
    // 102 words, but in four sentences: still not judged, unless a brand says so.
    const parts = dense.split('. ')
    const fourSentences = [0, 2, 4, 6].map((i) => parts.slice(i, i + 2).join(', a ')).join('. ') + '\n'
    expect(await check({text: fourSentences, language: 'pl'})).toEqual([])
    expect(await check({text: fourSentences, language: 'pl', config: {rules: {[rule]: ['warning', {minSentences: 4}]}}})).toHaveLength(1)
    // A brand can judge shorter copy.
    const config: UserConfig = {rules: {[rule]: ['warning', {minWords: 20, minSentences: 3}]}}
    expect(await check({text: short, language: 'pl', config})).toEqual([
      `1:1-1:180: This text has a LIX of 94; keep it to 60 or lower. Use shorter words (now 78% have more than six letters).`
    ])
  })

  it('does not count code, links or placeholders', async () => {
    const links = Array.from({length: 30}, (_, i) => `https://example.com/documentation/configuration/${i}`).join(' ')
    const text = `Hi {{customer.first_name}}! Your order is on its way. We will text you before we come. You can change the day in the app. Thanks for shopping with us. See ${links} and \`brandvoice --configuration ./documentation\`.\n`
    expect(await check({text, config: {rules: {[rule]: ['warning', {minWords: 20}]}, tone: {readability: {maxLix: 20}}}})).toEqual([])
  })

  it('reads the limit from the touchpoint’s tone', async () => {
    const config: UserConfig = {touchpoints: {marketing: {tone: {readability: {maxLix: 35}}}}}
    expect(await check({text: english, touchpoint: 'marketing', config})).toHaveLength(1)
    expect(await check({text: english, touchpoint: 'welcome', config})).toEqual([])
  })
})
