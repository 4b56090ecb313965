// Fixes in the report: a range into the file as it is on disk and the text
// to put there, only where the correction is certain and the file holds
// exactly the words the rule read.
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/index.js'
import type {Fix} from '../src/fix.js'
import type {UserConfig} from '../src/config/types.js'

async function fixesOf(text: string, path: string, config: UserConfig, language?: string): Promise<Fix[]> {
  const result = await lintText(text, {path, config, ...(language ? {language} : {})})
  return result.file.messages.flatMap((message) => (message.fix ? [message.fix] : []))
}

/** Applies fixes from the end of the text backwards, as an editor would. */
function apply(text: string, fixes: Fix[]): string {
  let out = text
  for (const fix of [...fixes].sort((a, b) => b.range[0] - a.range[0])) out = out.slice(0, fix.range[0]) + fix.text + out.slice(fix.range[1])
  return out
}

const typography: UserConfig = {rules: {'typography/diacritics': 'error', 'typography/quotes': 'warning', 'typography/spacing': 'warning'}}

describe('fixes', () => {
  it('turns Romanian copy with cedillas, a straight quotation and a double space into the right copy', async () => {
    const text = '# Bun venit\n\nPuteţi  apăsa "Salvează" oricând.\n'
    const fixes = await fixesOf(text, 'welcome.md', typography, 'ro')
    expect(fixes).toHaveLength(3)
    expect(apply(text, fixes)).toBe('# Bun venit\n\nPuteți apăsa „Salvează” oricând.\n')
  })

  it('counts offsets in the text without its byte order mark, as editors and SARIF readers do', async () => {
    const text = '\uFEFFMulţumim pentru comandă.\n'
    const fixes = await fixesOf(text, 'thanks.txt', typography, 'ro')
    expect(fixes).toEqual([{range: [0, 8], text: 'Mulțumim'}])
    expect(apply(text.slice(1), fixes)).toBe('Mulțumim pentru comandă.\n')
  })

  it('gives no fix where the file spells the words another way than the rule read them', async () => {
    // A character reference: the rule reads “Puteţi”, the file holds “Pute&#355;i”.
    const text = 'Pute&#355;i apăsa butonul.\n'
    const result = await lintText(text, {path: 'note.md', config: typography, language: 'ro'})
    const message = result.file.messages.find((each) => each.ruleId === 'typography/diacritics')
    expect(message?.expected).toEqual(['Puteți'])
    expect(message?.fix).toBeUndefined()
  })

  it('puts fixes into catalog values where nothing is escaped, and only there', async () => {
    const config: UserConfig = {...typography, catalogs: ['locales/**']}
    const text = '{\n  "save": "Puteţi salva oricând.",\n  "quoted": "Apăsați \\"Salvează\\" acum."\n}\n'
    const result = await lintText(text, {path: 'locales/ro.json', config})
    const messages = result.file.messages.filter((message) => message.ruleId?.startsWith('typography/'))
    expect(messages.map((message) => [message.ruleId, message.fix?.text])).toEqual([
      ['typography/diacritics', 'Puteți'],
      ['typography/quotes', undefined]
    ])
    expect(apply(text, messages.flatMap((message) => (message.fix ? [message.fix] : [])))).toBe(text.replace('Puteţi', 'Puteți'))
  })

  it('fixes a lexicon term with one term to avoid and one to use, not one with forms, inflections or a choice', async () => {
    const config: UserConfig = {
      lexicon: [
        {avoid: ['sign-up'], use: ['registration']},
        {avoid: ['utilizator*'], use: ['client']},
        {avoid: ['cancel'], use: ['end', 'stop']},
        {avoid: ['user', 'users'], use: ['customer']}
      ]
    }
    const text = 'Finish your sign-up. Nu uita utilizatorii. Cancel any time. Users love it.\n'
    const result = await lintText(text, {path: 'mixed.md', config})
    expect(result.file.messages.filter((message) => message.ruleId === 'lexicon/preferred-term').map((message) => message.fix?.text ?? null)).toEqual(['registration', null, null, null])
  })

  it('appears in the JSON report as range and text', async () => {
    const {jsonReporter} = await import('../src/reporters/json.js')
    const result = await lintText('Mulţumim.\n', {path: 'a.md', config: typography, language: 'ro'})
    const report = JSON.parse(jsonReporter([{file: result.file, path: 'a.md', language: 'ro', touchpoint: 'generic'}], {color: false})) as {files: Array<{messages: Array<{fix?: Fix}>}>}
    expect(report.files[0]!.messages.map((message) => message.fix)).toEqual([{range: [0, 8], text: 'Mulțumim'}])
  })
})
