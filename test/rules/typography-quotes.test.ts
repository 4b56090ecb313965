// typography/quotes: straight quotes and another language's pair, one finding
// per quotation with the rewritten quotation in `expected`; apostrophes,
// measurements, code, frontmatter, HTML attributes and unmatched marks left alone.
//
// Excerpts of third-party copy, verbatim:
//   [lemmy]       LemmyNet/lemmy-translations, backend/ca.json and backend/en.json, AGPL-3.0
//   [freescout]   freescout-helpdesk/freescout, resources/lang/pl.json and the English source keys, AGPL-3.0
//   [thunderbird] thunderbird/thunderbird-android, app-k9mail/src/main/res/values-ro/strings.xml, Apache-2.0
//   [nc-calendar] nextcloud/calendar, l10n/ro.json, AGPL-3.0-or-later
import {describe, expect, it} from 'vitest'
import {lint, lintRule} from '../helpers/lint.js'
import type {UserConfig} from '../../src/config/types.js'

const rule = 'typography/quotes'

async function fixes(input: Parameters<typeof lint>[0]): Promise<Array<[string | undefined, string[] | undefined]>> {
  const messages = await lint(input)
  return messages.filter((message) => message.ruleId === rule).map((message) => [message.actual, message.expected])
}

describe('straight quotes in real copy', () => {
  it('Catalan: a tab name in straight quotes; the elision is not a quote', async () => {
    // [lemmy] backend/ca.json, registration approved (first two sentences)
    const text = 'La vostra instància ja està federada amb el Lemmyverse. Aneu a la pestanya "Tot" de la pàgina principal per veure el contingut d\'altres instàncies.\n'
    expect(await lintRule(rule, {language: 'ca', text})).toEqual(['1:76-1:81: Write «…» instead of "…" in Catalan copy.'])
    expect(await fixes({language: 'ca', text})).toEqual([['"Tot"', ['«Tot»']]])
  })

  it('English: placeholders in quotes are quotations', async () => {
    // [lemmy] backend/en.json, comment reply notification
    const text = '{username} replied to "{parent_comment_text}" on "{post_title}": {comment_text}\n'
    expect(await lintRule(rule, {text})).toEqual([
      '1:23-1:46: Write “…” instead of "…" in English copy.',
      '1:50-1:64: Write “…” instead of "…" in English copy.'
    ])
    // [freescout] English source key: a placeholder begins with a colon
    expect(await lintRule(rule, {text: 'Error occurred activating ":name" module\n'})).toEqual(['1:27-1:34: Write “…” instead of "…" in English copy.'])
  })

  it('Romanian: escaped straight single quotes; the escapes go with the fix', async () => {
    // [thunderbird] values-ro/strings.xml
    const text = "Arată butonul \\'Ştergere\\'\n"
    expect(await lintRule(rule, {language: 'ro', text})).toEqual(["1:15-1:27: Write „…” instead of '…' in Romanian copy."])
    expect(await fixes({language: 'ro', text})).toEqual([["\\'Ştergere\\'", ['„Ştergere”']]])
  })
})

describe('another language’s pair', () => {
  it('Polish: ”…” (Swedish style) becomes „…”', async () => {
    // [freescout] pl.json, footer setting (shortened)
    const text = 'Dodaj stopkę \\”W oparciu o :app_name\\” do wychodzących maili.\n'
    expect(await lintRule(rule, {language: 'pl', text})).toEqual(['1:14-1:39: Write „…” instead of ”…” in Polish copy.'])
    expect(await fixes({language: 'pl', text})).toEqual([['\\”W oparciu o :app_name\\”', ['„W oparciu o :app_name”']]])
  })

  it('Romanian: ”…”, German „…“ and English “…” become „…”', async () => {
    // [thunderbird] values-ro/strings.xml
    expect(await lintRule(rule, {language: 'ro', text: 'Setează ”De la”, Bcc și semnătură\n'})).toEqual(['1:9-1:16: Write „…” instead of ”…” in Romanian copy.'])
    expect(await lintRule(rule, {language: 'ro-RO', text: 'Apăsați „Salvare“ sau “Anulare”.\n'})).toEqual([
      '1:9-1:18: Write „…” instead of „…“ in Romanian copy.',
      '1:23-1:32: Write „…” instead of “…” in Romanian copy.'
    ])
  })

  it('Romanian: German guillemets »…« become „…”; a lone » (next page) is not a quote', async () => {
    // [nc-calendar] ro.json, calendar published
    expect(await fixes({language: 'ro', text: 'Vă informăm că %sa publicat calendarul »%s«.\n'})).toEqual([['»%s«', ['„%s”']]])
    expect(await lintRule(rule, {language: 'ro', text: 'pagina următoare »\n\n« pagina anterioară\n'})).toEqual([])
  })

  it('German and French get their own pairs; French spacing comes with the fix', async () => {
    expect(await lintRule(rule, {language: 'de', text: 'Klicken Sie auf "Speichern" oder „Abbrechen“ oder »Weiter«.\n'})).toEqual([
      '1:17-1:28: Write „…“ instead of "…" in German copy.'
    ])
    expect(await fixes({language: 'fr', text: 'Cliquez sur "Enregistrer" ou « Annuler ».\n'})).toEqual([['"Enregistrer"', ['«\u00a0Enregistrer\u00a0»']]])
  })

  it('the language’s primary and secondary pairs are not flagged', async () => {
    expect(await lintRule(rule, {language: 'pl', text: 'Kliknij „Zapisz” albo «Anuluj».\n'})).toEqual([])
    expect(await lintRule(rule, {language: 'ca', text: 'Premeu «Desa» o “Cancel·la”; l’usuari i l\'equip ho veuran.\n'})).toEqual([])
  })
})

describe('nesting', () => {
  it('a quotation inside a quotation gets the secondary pair, and the outer fix includes it', async () => {
    const text = 'She said "Click \'Save\' first" to me.\n'
    expect(await lintRule(rule, {text})).toEqual([
      '1:10-1:30: Write “…” instead of "…" in English copy.',
      "1:17-1:23: Write ‘…’ instead of '…' for a quotation inside a quotation in English copy."
    ])
    expect(await fixes({text})).toEqual([
      ['"Click \'Save\' first"', ['“Click ‘Save’ first”']],
      ["'Save'", ['‘Save’']]
    ])
  })
})

describe('not quotes', () => {
  it('apostrophes, possessives, elisions, feet and inches, empty quotes, options', async () => {
    expect(await lintRule(rule, {text: "The 'Save' button and the users' page.\n"})).toEqual([])
    expect(await lintRule(rule, {text: 'Rock \'n\' roll, the \'90s and a 5\'10" frame; type "" to clear or sort by "-created".\n'})).toEqual([])
    expect(await lintRule(rule, {language: 'pl', text: 'Ekran 15" i 17" w zestawie.\n'})).toEqual([])
  })

  it('frontmatter, link titles, code and HTML attributes', async () => {
    const text = '---\ntitle: "Welcome"\n---\n\nRead [the guide](https://acme.com "Guide") or run `git commit -m "fix"`:\n\n```\necho "hi"\n```\n'
    expect(await lintRule(rule, {text})).toEqual([])
    expect(await lintRule(rule, {format: 'html', text: '<p title="Save">Click <a href="/a">"Save"</a> now.</p>\n'})).toEqual([
      '1:36-1:42: Write “…” instead of "…" in English copy.'
    ])
  })

  it('a paragraph whose quotes do not pair up is left alone; the next one is read', async () => {
    expect(await lintRule(rule, {language: 'pl', text: 'Kliknij "Zapisz\n\ni "Anuluj".\n'})).toEqual(['3:3-3:11: Write „…” instead of "…" in Polish copy.'])
  })

  it('Markdown emphasis around quotes and a quotation across a line break', async () => {
    expect(await lintRule(rule, {text: '**"Bold quote"** and a "quote\nacross lines".\n'})).toEqual([
      '1:3-1:15: Write “…” instead of "…" in English copy.',
      '1:24-2:14: Write “…” instead of "…" in English copy.'
    ])
  })

  it('languages without built-in marks are not checked', async () => {
    expect(await lintRule(rule, {language: 'it', text: 'Premi "Salva".\n'})).toEqual([])
  })
})

describe('options', () => {
  it('a house style for every language', async () => {
    const config: UserConfig = {rules: {[rule]: ['warning', {primary: ['“', '”'], secondary: ['‘', '’']}]}}
    expect(await lintRule(rule, {language: 'ca', config, text: 'Premeu "Desa" o «Cancel·la».\n'})).toEqual([
      '1:8-1:14: Write “…” instead of "…" in Catalan copy.',
      '1:17-1:28: Write “…” instead of «…» in Catalan copy.'
    ])
  })

  it('a language’s own marks win over the house style', async () => {
    const config: UserConfig = {rules: {[rule]: ['warning', {primary: ['“', '”'], languages: {ro: {primary: ['„', '”']}}}]}}
    expect(await lintRule(rule, {language: 'ro', config, text: 'Apăsați "Salvare" sau „Anulare”.\n'})).toEqual([
      '1:9-1:18: Write „…” instead of "…" in Romanian copy.'
    ])
  })

  it('a malformed pair is a config error', async () => {
    const config: UserConfig = {rules: {[rule]: ['warning', {primary: ['“']}]}}
    await expect(lint({config, text: 'Hi.\n'})).rejects.toThrow(/typography\/quotes.*primary/)
  })
})
