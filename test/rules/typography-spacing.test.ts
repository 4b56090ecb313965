// typography/spacing: double spaces, a space before , . ; : ! ?, a missing
// space after a sentence end and French no-break spaces, with the fix in
// `expected`; the hard cases (emoticons, ellipses, times, versions, names,
// abbreviations, placeholders, layout) left alone.
//
// Excerpts of third-party copy, verbatim:
//   [akaunting]   akaunting/akaunting, resources/lang/en-GB/install.php and ro-RO/install.php, GPL-3.0
//   [nc-calendar] nextcloud/calendar, l10n/ro.json, AGPL-3.0-or-later
//   [nc-mail]     nextcloud/mail, l10n/pl.json, AGPL-3.0-or-later
//   [nc-polls]    nextcloud/polls, l10n/ca.json, AGPL-3.0-or-later
import {describe, expect, it} from 'vitest'
import {lint, lintRule} from '../helpers/lint.js'
import type {LintInput} from '../helpers/lint.js'

const rule = 'typography/spacing'

async function fixes(input: LintInput): Promise<Array<[string | undefined, string[] | undefined]>> {
  const messages = await lint(input)
  return messages.filter((message) => message.ruleId === rule).map((message) => [message.actual, message.expected])
}

describe('real copy', () => {
  it('English: a space before a colon in a heading', async () => {
    // [akaunting] en-GB/install.php
    const text = 'Step 1/3 : Language Selection\n'
    expect(await lintRule(rule, {text})).toEqual(['1:9-1:11: Remove the space before “:”.'])
    expect(await fixes({text})).toEqual([[' :', [':']]])
  })

  it('Romanian: a space before ! inside HTML, and before ? at the end', async () => {
    // [akaunting] ro-RO/install.php (first sentence)
    expect(await lintRule(rule, {language: 'ro', text: '<b>Fișierele JavaScript lipsesc !</b> <br>\n'})).toEqual(['1:32-1:34: Remove the space before “!”.'])
    // [nc-calendar] ro.json
    expect(await lintRule(rule, {language: 'ro', text: 'Doriti sigur sa goliți conținutul coșului de gunoi ?\n'})).toEqual(['1:51-1:53: Remove the space before “?”.'])
  })

  it('Polish: a space before a comma', async () => {
    // [nc-mail] pl.json
    const text = 'Fragmenty tekstu wielokrotnego użytku , które można wstawiać do wiadomości\n'
    expect(await lintRule(rule, {language: 'pl', text})).toEqual(['1:38-1:40: Remove the space before “,”.'])
  })

  it('Catalan: a double space', async () => {
    // [nc-polls] ca.json
    const text = 'Heu  comentat\n'
    expect(await lintRule(rule, {language: 'ca', text})).toEqual(['1:4-1:6: Use one space between words, not 2.'])
    expect(await fixes({language: 'ca', text})).toEqual([['  ', [' ']]])
  })
})

describe('double spaces', () => {
  it('flags two or more spaces between words, with one space as the fix', async () => {
    const text = 'Vă mulțumim pentru   comandă, Ana.\n'
    expect(await lintRule(rule, {language: 'ro', text})).toEqual(['1:19-1:22: Use one space between words, not 3.'])
    expect(await fixes({language: 'ro', text})).toEqual([['   ', [' ']]])
  })

  it('keeps a no-break space when the run has one', async () => {
    expect(await fixes({language: 'pl', text: 'Zapłać 10\u00a0 zł dziś.\n'})).toEqual([['\u00a0 ', ['\u00a0']]])
  })

  it('leaves layout alone: indentation, hard breaks, list markers, tables, signature lines, columns', async () => {
    const text = [
      'Cu stimă,  ',
      'Ana Pop  |  Suport clienți',
      '',
      '-   Pas unu',
      '1.  Pas doi',
      '',
      '| Plan    | Preț   |',
      '|---------|--------|',
      '',
      'Telefon:   0722 000 000',
      'Luni   Marți    Miercuri',
      ''
    ].join('\n')
    expect(await lintRule(rule, {language: 'ro', text})).toEqual([])
    expect(await lintRule(rule, {language: 'ro', format: 'txt', text})).toEqual([])
  })

  it('does not flag two spaces after a full stop, or spaces in code, frontmatter and HTML attributes', async () => {
    const text = '---\ntitle: Bun  venit\n---\n\nMulțumim.  Ne vedem mâine. Rulați `git  pull` sau <a title="Pagina  nouă">aici</a>.\n\n    cod  indentat\n'
    expect(await lintRule(rule, {language: 'ro', text})).toEqual([])
  })

  it('leaves spaces around placeholders alone', async () => {
    expect(await lintRule(rule, {text: 'Hi %s  , welcome back. Your total is {{ total }}  .\n'})).toEqual([])
  })
})

describe('HTML', () => {
  it('reads through inline tags and leaves the layout between block tags alone', async () => {
    // [nc-polls] ca.json
    expect(await lintRule(rule, {language: 'ca', text: 'Algú ha <strong>respost</strong>  a un formulari compartit\n'})).toEqual(['1:33-1:35: Use one space between words, not 2.'])
    expect(await lintRule(rule, {format: 'html', text: '<p>Thanks for <b>your order</b> , Ana.</p>\n<p>Hello,</p>    <p>See you.</p>\n'})).toEqual(['1:32-1:34: Remove the space before “,”.'])
  })
})

describe('plain-text list markers', () => {
  it('leaves the space after a list marker alone, and flags double spaces in the item', async () => {
    const text = '*  Pierwszy krok\n1)  Drugi  krok\na)  Trzeci krok\n'
    expect(await lintRule(rule, {language: 'pl', format: 'txt', text})).toEqual(['2:10-2:12: Use one space between words, not 2.'])
  })
})

describe('a space before a mark', () => {
  it('flags , . ; : ! ? after a word in every language but French', async () => {
    expect(await lintRule(rule, {language: 'ca', text: 'Gràcies per la compra ; us l’enviarem demà .\n'})).toEqual([
      '1:22-1:24: Remove the space before “;”.',
      '1:43-1:45: Remove the space before “.”.'
    ])
    expect(await lintRule(rule, {language: 'pl', text: 'Godziny otwarcia : pon.–pt. 9–17 !\n'})).toEqual([
      '1:17-1:19: Remove the space before “:”.',
      '1:33-1:35: Remove the space before “!”.'
    ])
  })

  it('does not flag emoticons, ellipses, numbers, file names or a mark standing for something else', async () => {
    const lines = [
      'Thanks :) We will be in touch :-( sorry ;)',
      'Loading ... please wait …',
      'Version .NET 8 and the .env file are ready.',
      'The price dropped by .5 points.',
      'Really ?!',
      '- , is a comma'
    ]
    expect(await lintRule(rule, {text: lines.join('\n\n') + '\n'})).toEqual(['9:7-9:9: Remove the space before “?”.'])
  })

  it('flags a space before % in English only', async () => {
    expect(await lintRule(rule, {text: 'Save 20 % today.\n'})).toEqual(['1:8-1:10: Remove the space before “%”.'])
    expect(await fixes({text: 'Save 20 % today.\n'})).toEqual([[' %', ['%']]])
    expect(await lintRule(rule, {language: 'ca', text: 'Estalvieu un 20 % avui.\n'})).toEqual([])
    expect(await lintRule(rule, {language: 'ro', text: 'Economisiți 20 % azi.\n'})).toEqual([])
  })

  it('does not flag a space before a placeholder’s mark or inside a URL', async () => {
    expect(await lintRule(rule, {language: 'ca', text: 'Hola {{ nom }} ! Visiteu https://example.com/a ,b o :name .\n'})).toEqual([])
  })
})

describe('no space after a sentence end', () => {
  it('flags a lower-case word, a mark and a capitalised word followed by more words', async () => {
    const text = 'Thanks for your order.See you soon!We ship today.\n'
    expect(await lintRule(rule, {text})).toEqual([
      '1:22-1:23: Add a space after “.”: a new sentence starts here.',
      '1:35-1:36: Add a space after “!”: a new sentence starts here.'
    ])
    expect(await fixes({text})).toEqual([
      ['.', ['. ']],
      ['!', ['! ']]
    ])
    expect(await lintRule(rule, {language: 'ro', text: 'Comanda a fost trimisă.Vă mulțumim!\n'})).toEqual(['1:23-1:24: Add a space after “.”: a new sentence starts here.'])
  })

  it('leaves names, domains, versions and abbreviations alone', async () => {
    const lines = [
      'Built with Node.js and Vue.js today.',
      'Write to us or visit example.Com today.',
      'Open index.Html files and read v1.2 notes at 10.30 sharp.',
      'See e.g.Stripe for details, or U.S.Bank today.',
      'Contact Dr.Smith today.',
      'Apple.Com is not ours.',
      'The end.Thanks'
    ]
    expect(await lintRule(rule, {text: lines.join('\n\n') + '\n'})).toEqual([])
  })

  it('knows each language’s abbreviations', async () => {
    expect(await lintRule(rule, {language: 'ro', text: 'Scrieți-ne la str.Lipscani nr. 5 oricând.\n'})).toEqual([])
    expect(await lintRule(rule, {language: 'pl', text: 'Zajrzyj np.Tutaj albo ul.Długa 5 dziś.\n'})).toEqual([])
  })
})

describe('French', () => {
  it('asks for the no-break spaces French wants, with the right space as the fix', async () => {
    const text = 'Attention: votre code expire bientôt; merci!\n'
    expect(await lintRule(rule, {language: 'fr', text})).toEqual([
      '1:10-1:11: Add a no-break space before “:”: French copy puts one there.',
      '1:37-1:38: Add a narrow no-break space before “;”: French copy puts one there.',
      '1:44-1:45: Add a narrow no-break space before “!”: French copy puts one there.'
    ])
    expect(await fixes({language: 'fr', text})).toEqual([
      [':', ['\u00a0:']],
      [';', ['\u202f;']],
      ['!', ['\u202f!']]
    ])
  })

  it('accepts a plain space by default and asks for a no-break one with strictNoBreakSpace', async () => {
    const text = 'Bonjour ! Cliquez sur « Suivre » : c’est tout.\n'
    expect(await lintRule(rule, {language: 'fr', text})).toEqual([])
    const config = {rules: {[rule]: ['warning', {strictNoBreakSpace: true}]}} as LintInput['config']
    expect(await lintRule(rule, {language: 'fr-CA', config, text})).toEqual([
      '1:8-1:10: Put one narrow no-break space before “!” in French copy, so the line never breaks before it.',
      '1:23-1:25: Put one no-break space after “«” in French copy, so the line never breaks after it.',
      '1:31-1:33: Put one no-break space before “»” in French copy, so the line never breaks before it.',
      '1:33-1:35: Put one no-break space before “:” in French copy, so the line never breaks before it.'
    ])
    expect(await lintRule(rule, {language: 'fr', config, text: 'Bonjour\u202f! Cliquez sur «\u00a0Suivre\u00a0»\u00a0: c’est tout.\n'})).toEqual([])
  })

  it('still flags a space before , and ., double spaces, and no space after a sentence end', async () => {
    expect(await lintRule(rule, {language: 'fr', text: 'Merci , à bientôt  sur notre site.Votre équipe vous attend.\n'})).toEqual([
      '1:6-1:8: Remove the space before “,”.',
      '1:18-1:20: Use one space between words, not 2.',
      '1:34-1:35: Add a space after “.”: a new sentence starts here.'
    ])
  })

  it('leaves times, emoticons, URLs and ?! alone', async () => {
    expect(await lintRule(rule, {language: 'fr', text: 'Rendez-vous à 10:30 :) Voir https://exemple.fr/?q=1 ou quoi\u202f?!\n'})).toEqual([])
  })
})
