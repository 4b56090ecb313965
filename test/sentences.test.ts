// Sentences as a reader sees them (src/text/sentences.ts): what the prose
// parsers split or join wrongly, corrected; words counted as a reader counts
// them.
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {markdown} from '../src/formats/markdown.js'
import {plainText} from '../src/formats/plain-text.js'
import {readSentences} from '../src/text/sentences.js'
import {findProtectedRanges, overlapsAny} from '../src/text/protected.js'

/** Each sentence as `words: text`. */
function sentences(text: string, language = 'en', format: 'md' | 'txt' = 'md'): string[] {
  const reader = format === 'md' ? markdown : plainText
  const file = new VFile({path: `example.${format}`, value: text})
  const tree = reader.prose(reader.parse(file), file, language)
  const ranges = findProtectedRanges(text)
  return readSentences(tree, text, language, (start, end) => overlapsAny(ranges, start, end)).map(
    (sentence) => `${sentence.words.length}: ${text.slice(sentence.start, sentence.end)}`
  )
}

describe('readSentences', () => {
  it('reads headings, list items and table cells on their own', () => {
    const text = '# Welcome aboard\n\nHere is what to do next:\n\n- confirm your e-mail\n- add a photo\n\n| Plan | Price |\n| --- | --- |\n| Basic | 5 EUR |\n'
    expect(sentences(text)).toEqual([
      '2: Welcome aboard',
      '6: Here is what to do next:',
      '3: confirm your e-mail',
      '3: add a photo',
      '1: Plan',
      '1: Price',
      '1: Basic',
      '2: 5 EUR'
    ])
  })

  it('does not count code, URLs, e-mail addresses or placeholders, and skips a sentence made only of them', () => {
    const text = 'Write to help@example.com or visit https://example.com/help?x=1. Hi {{name}}!\n\n`npm install brandvoice`\n'
    expect(sentences(text)).toEqual(['4: Write to help@example.com or visit https://example.com/help?x=1.', '1: Hi {{name}}!'])
  })

  it('counts numbers as words', () => {
    expect(sentences('Your 2 parcels arrive on 12 May.\n')).toEqual(['7: Your 2 parcels arrive on 12 May.'])
  })

  it('keeps English abbreviations inside the sentence and ends one after “etc.” or “p.m.”', () => {
    const text = 'Add a note, e.g. your gate code. Dr. Smith replies by 5 p.m. Then we call you. Bring ID, a card, etc. We do the rest.\n'
    expect(sentences(text)).toEqual([
      '7: Add a note, e.g. your gate code.',
      '6: Dr. Smith replies by 5 p.m.',
      '4: Then we call you.',
      '5: Bring ID, a card, etc.',
      '4: We do the rest.'
    ])
  })

  it('joins what the parser splits after “no.” before a number, and only there', () => {
    expect(sentences('Your order no. 5 has shipped. We said no. Then we said yes.\n')).toEqual([
      '6: Your order no. 5 has shipped.',
      '3: We said no.',
      '4: Then we said yes.'
    ])
  })

  it('joins Romanian sentences split after “nr.”, “str.” and “Dl.”', () => {
    const text = 'Comanda nr. 12345 a fost expediată pe str. Lungă nr. 5. Dl. Popescu vă va suna.\n'
    expect(sentences(text, 'ro')).toEqual(['11: Comanda nr. 12345 a fost expediată pe str. Lungă nr. 5.', '5: Dl. Popescu vă va suna.'])
  })

  it('reads Polish “ul.”, “np.” and “nr” as a reader does, and “12.” before a capital as a sentence end', () => {
    const text = 'Zamówienie nr 12. Adres: ul. Długa 5, np. w poniedziałek. Prof. Nowak odpowie.\n'
    expect(sentences(text, 'pl')).toEqual(['3: Zamówienie nr 12.', '7: Adres: ul. Długa 5, np. w poniedziałek.', '3: Prof. Nowak odpowie.'])
  })

  it('joins Catalan sentences split after “núm.” and “Sr.”, and ends one after “etc.”', () => {
    const text = 'La comanda núm. 5 ha sortit. Sr. Puig, us escriurem. Vegeu la pàg. 3 i etc. Gràcies.\n'
    expect(sentences(text, 'ca')).toEqual(['6: La comanda núm. 5 ha sortit.', '4: Sr. Puig, us escriurem.', '6: Vegeu la pàg. 3 i etc.', '1: Gràcies.'])
  })

  it('ends a sentence at a line break when the next line does not go on in lower case', () => {
    const text = 'Best regards,\nAna Pop\nSupport lead at Acme, and this line\nwraps in lower case.\n'
    expect(sentences(text, 'en', 'txt')).toEqual(['2: Best regards,', '2: Ana Pop', '11: Support lead at Acme, and this line\nwraps in lower case.'])
    expect(sentences(text.replaceAll('\n', '  \n'))).toEqual(['2: Best regards,', '2: Ana Pop', '11: Support lead at Acme, and this line  \nwraps in lower case.'])
  })

  it('ends a sentence at HTML line breaks the prose tree leaves out, even inside a word', () => {
    const text = 'Filter by colour.<br><br><b>Please note:</b> filters show in the store.\n\nBest regards,<br>Ana Pop\n'
    expect(sentences(text)).toEqual([
      '3: Filter by colour.',
      '7: Please note:</b> filters show in the store.',
      '2: Best regards,',
      '2: Ana Pop'
    ])
  })

  it('splits at “|”, as signatures separate their parts', () => {
    expect(sentences('Ana Pop | Support lead | Acme\n')).toEqual(['2: Ana Pop', '2: Support lead', '1: Acme'])
  })

  it('counts decomposed diacritics as part of their word', () => {
    const text = 'Mulțumim pentru comandă.\n'.normalize('NFD')
    expect(sentences(text, 'ro')).toEqual([`3: ${text.trim()}`])
  })
})
