// Regressions found while reviewing the linter on real copy (the shared
// corpus): positions after Markdown escapes, full stops kept in words,
// clitics on decomposed letters, acronym terms, markup in brand names,
// ordinary words spelling a brand, paths and placeholders taken for prose.
//
// Excerpts of third-party copy, verbatim, one sentence each:
//   [thunderbird] thunderbird/thunderbird-android,
//                 feature/onboarding/migration/thunderbird/src/main/res/values-ca/strings.xml, Apache-2.0
//   [spree]       spree-contrib/spree_i18n, config/locales/ro.yml (spree.address_not_owned_by_user), BSD-3-Clause
//   [nextcloud]   nextcloud/mail, l10n/ca.json (LDAP alias provisioning help), AGPL-3.0-or-later
import {describe, expect, it} from 'vitest'
import type {UserConfig} from '../../src/config/types.js'
import {lintRule} from '../helpers/lint.js'

const lexicon: UserConfig = {
  lexicon: [
    {avoid: 'user', use: 'customer', language: 'en'},
    {avoid: 'utilizator*', use: 'client', language: 'ro'},
    {avoid: 'șablon', use: 'model', language: 'ro'}
  ]
}
const brands: UserConfig = {brand: {names: ['GitHub', 'Thunderbird', 'Coca-Cola', 'K-9 Mail', 'FreeScout']}}

describe('positions stay exact after Markdown escapes, character references and stripped white space', () => {
  // mdast-util-to-nlcst places tokens by the length of each text node's *value*;
  // `\'`, `\*`, `&amp;`, trailing spaces before a line break and the indent of a
  // continuation line are in the source but not in the value.
  it('a character reference', async () => {
    expect(await lintRule('lexicon/preferred-term', {text: 'Fish &amp; chips for every user.\n', config: lexicon})).toEqual([
      '1:28-1:32: Use “customer” instead of “user”.'
    ])
  })

  it('a backslash escape', async () => {
    expect(await lintRule('lexicon/preferred-term', {text: 'Escaped \\* star for every user.\n', config: lexicon})).toEqual([
      '1:27-1:31: Use “customer” instead of “user”.'
    ])
  })

  it('trailing spaces before a soft line break', async () => {
    expect(await lintRule('lexicon/preferred-term', {text: 'Hello \nuser\n', config: lexicon})).toEqual([
      '2:1-2:5: Use “customer” instead of “user”.'
    ])
  })

  it('the indent of a continuation line', async () => {
    expect(await lintRule('lexicon/preferred-term', {text: 'Hello\n   user\n', config: lexicon})).toEqual([
      '2:4-2:8: Use “customer” instead of “user”.'
    ])
  })

  it('a correctly written brand after an escape is not reported (it was reported as “ Thunderbir”)', async () => {
    // [thunderbird] values-ca onboarding migration (the source escapes the apostrophe)
    const text = "A la versió d\\'escriptori del Thunderbird, aneu a:\n"
    expect(await lintRule('lexicon/brand-name', {text, config: brands, language: 'ca'})).toEqual([])
  })

  it('a misspelt brand after an escape is reported where it is, as written', async () => {
    expect(await lintRule('lexicon/brand-name', {text: "It\\'s on Github.\n", config: brands})).toEqual([
      '1:10-1:16: Write the brand name as “GitHub”, not “Github”.'
    ])
  })

  it('the shift must not hide a word behind a URL’s protected range', async () => {
    const text = 'A &amp; B, see https://x.io/ab user guide.\n'
    expect(await lintRule('lexicon/preferred-term', {text, config: lexicon})).toEqual([
      '1:32-1:36: Use “customer” instead of “user”.'
    ])
  })
})

describe('a paragraph’s final full stop is not part of its last word when the next block starts in lower case', () => {
  it('an exact term is missed', async () => {
    expect(await lintRule('lexicon/preferred-term', {text: 'Write to the user.\n\n- read the docs\n', config: lexicon})).toEqual([
      '1:14-1:18: Use “customer” instead of “user”.'
    ])
  })

  it('in plain text too, and before a paragraph that opens with a placeholder', async () => {
    const text = 'Write to the user.\n\nread the docs\n'
    expect(await lintRule('lexicon/preferred-term', {text, config: lexicon, format: 'txt'})).toEqual([
      '1:14-1:18: Use “customer” instead of “user”.'
    ])
    expect(await lintRule('lexicon/preferred-term', {text: 'Write to the user.\n\n{name} follows.\n', config: lexicon})).toEqual([
      '1:14-1:18: Use “customer” instead of “user”.'
    ])
  })

  it('a prefix term reports the full stop as part of the word', async () => {
    // [spree] config/locales/ro.yml spree.address_not_owned_by_user, followed by a lower-case heading
    const text = 'Adresa specificată nu aparține acestui utilizator.\n\n### spree.addresses\n'
    expect(await lintRule('lexicon/preferred-term', {text, config: lexicon, language: 'ro'})).toEqual([
      '1:40-1:50: Use “client” instead of “utilizator”.'
    ])
  })
})

describe('a term written with its abbreviation full stop matches wherever the parser puts the stop', () => {
  const config: UserConfig = {
    lexicon: [
      {avoid: 'etc.', use: 'and more'},
      {avoid: 'e.g.', use: 'for example'},
      {avoid: 'dvs.', use: 'dumneavoastră', language: 'ro'}
    ]
  }

  it('where the stop stays in the word, the match covers it', async () => {
    expect(await lintRule('lexicon/preferred-term', {text: 'Invoices, receipts etc. are in your account.\n', config})).toEqual([
      '1:20-1:24: Use “and more” instead of “etc.”.'
    ])
  })

  it('where the parser splits the stop off as the end of a sentence, the word still matches', async () => {
    const text = 'Mulțumim pentru răbdarea dvs. Echipa Inoveo\n'
    expect(await lintRule('lexicon/preferred-term', {text, config, language: 'ro'})).toEqual([
      '1:26-1:29: Use “dumneavoastră” instead of “dvs”.'
    ])
  })

  it('an abbreviation with inner stops matches as written, and its letters alone do not', async () => {
    expect(await lintRule('lexicon/preferred-term', {text: 'Pick a plan, e.g. Team.\n\nThe eg key opens it.\n', config})).toEqual([
      '1:14-1:18: Use “for example” instead of “e.g.”.'
    ])
  })
})

describe('clitics are peeled from words written with decomposed diacritics', () => {
  it('ș as s + U+0326 with a Romanian article', async () => {
    const text = 'S\u0326ablon-ul este gata.\n'
    expect(await lintRule('lexicon/preferred-term', {text, config: lexicon, language: 'ro'})).toEqual([
      '1:1-1:8: Use “Model” instead of “S\u0326ablon”.'
    ])
  })
})

describe('an acronym term keeps its replacement as written', () => {
  it('ASAP → “by Friday”, not “BY FRIDAY”', async () => {
    const config: UserConfig = {lexicon: [{avoid: 'ASAP', use: 'by Friday'}]}
    expect(await lintRule('lexicon/preferred-term', {text: 'Reply ASAP.\n', config})).toEqual([
      '1:7-1:11: Use “by Friday” instead of “ASAP”.'
    ])
  })

  it('Polish SMS-a → “wiadomość”, not “WIADOMOŚĆ”', async () => {
    const config: UserConfig = {lexicon: [{avoid: 'SMS', use: 'wiadomość', language: 'pl'}]}
    expect(await lintRule('lexicon/preferred-term', {text: 'Wyślij SMS-a.\n', config, language: 'pl'})).toEqual([
      '1:8-1:11: Use “wiadomość” instead of “SMS”.'
    ])
  })
})

describe('brand-name quotes the name without Markdown markup and places names split by markup', () => {
  it('a name split by emphasis is quoted without the markup', async () => {
    expect(await lintRule('lexicon/brand-name', {text: 'Your *Git* Hub account.\n', config: brands})).toEqual([
      '1:7-1:15: Write the brand name as “GitHub”, not “Git Hub”.'
    ])
  })

  it('a name split by a link is quoted without the URL', async () => {
    expect(await lintRule('lexicon/brand-name', {text: 'Your [Git](https://x.io) hub account.\n', config: brands})).toEqual([
      '1:7-1:29: Write the brand name as “GitHub”, not “Git hub”.'
    ])
  })

  it('a name written right but partly emphasised is not reported (it was reported as “Coca**-Co”)', async () => {
    expect(await lintRule('lexicon/brand-name', {text: 'Drink **Coca**-Cola.\n', config: brands})).toEqual([])
  })
})

describe('brand-name does not join ordinary words into a brand', () => {
  it('lower-case word sequences that spell a mixed-case brand are ordinary words', async () => {
    const config: UserConfig = {brand: {names: ['InDesign', 'LinkedIn', 'OneDrive', 'OneNote']}}
    const text = 'We made changes in design. Your account is linked in Settings. Only one drive is connected. Add one note.\n'
    expect(await lintRule('lexicon/brand-name', {text, config})).toEqual([])
  })
})

describe('file paths and repository slugs are not linted as prose', () => {
  it('a path or an owner/name slug is not a brand name written wrong', async () => {
    // The corpus's own section headings (bulk-*.md) name the source files like this.
    const text = '## thunderbird/thunderbird-android — app-k9mail/src/main/res/values/strings.xml\n\n## freescout-helpdesk/freescout — resources/lang/pl.json\n'
    expect(await lintRule('lexicon/brand-name', {text, config: brands})).toEqual([])
  })
})

describe('common localisation placeholders are protected', () => {
  it('%NAME% and Python %(name)s placeholders', async () => {
    const config: UserConfig = {lexicon: [{avoid: ['email', 'user'], use: 'customer'}]}
    // [nextcloud] mail l10n/ca.json (the Catalan keeps the placeholders of the English)
    const text = '* %USERID% i %EMAIL% es substituiran per l\'UID i el correu electrònic.\n\nHello %(user)s!\n'
    expect(await lintRule('lexicon/preferred-term', {text, config})).toEqual([])
  })
})

describe('a touchpoint type of the brand’s own', () => {
  it('takes lexicon entries for itself and for its base', async () => {
    const config: UserConfig = {
      touchpoints: {'chat-reply': {base: 'support-reply'}},
      lexicon: [{avoid: 'ticket', use: 'request', touchpoints: ['support-reply']}, {avoid: 'agent', use: 'colleague', touchpoints: ['chat-reply']}, {avoid: 'user', use: 'customer', touchpoints: ['welcome']}]
    }
    const text = '---\ntouchpoint: chat-reply\n---\n\nYour ticket is with an agent, dear user.\n'
    expect(await lintRule('lexicon/preferred-term', {text, config})).toEqual([
      '5:6-5:12: Use “request” instead of “ticket”.',
      '5:24-5:29: Use “colleague” instead of “agent”.'
    ])
  })
})

describe('Romanian typed with cedillas', () => {
  it('matches a lexicon term written with commas below, and the other way round', async () => {
    const config: UserConfig = {lexicon: [{avoid: 'şedinţ*', use: 'întâlnire', language: 'ro'}]}
    expect(await lintRule('lexicon/preferred-term', {text: 'Programați o ședință. Şedinţele durează o oră.\n', config, language: 'ro'})).toEqual([
      '1:14-1:21: Use “întâlnire” instead of “ședință”.',
      '1:23-1:32: Use “Întâlnire” instead of “Şedinţele”.'
    ])
  })
})
