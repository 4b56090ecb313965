// .brandvoicerc.example.json documents every option; it must load like a real
// config and give the findings a copywriter would expect on real drafts.
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigLoader, builtinRules, lintText} from '../src/index.js'
import type {UserConfig} from '../src/index.js'
import {severityOf} from '../src/reporters/report.js'
import {resolveFileSettings} from '../src/config/resolve.js'
import {render} from './helpers/lint.js'
import {root} from '../scripts/paths.js'

const configFile = '.brandvoicerc.example.json'
const config = JSON.parse(fs.readFileSync(path.join(root, configFile), 'utf8')) as UserConfig

/**
 * Lint a draft as if it sat at `file` in a project using the example config.
 * The drafts are a few lines each, not whole replies, so what the support
 * reply's required elements say of them is left out unless asked for.
 */
async function findings(file: string, text: string, {form = false} = {}) {
  const result = await lintText(text, {path: file, config, cwd: root})
  return {
    language: result.language,
    touchpoint: result.touchpoint,
    messages: result.file.messages
      .filter((message) => form || message.ruleId !== 'touchpoint/required-elements')
      .map((message) => `${severityOf(message)} ${message.ruleId} ${render(message)}`)
  }
}

describe(configFile, () => {
  it('loads through ConfigLoader (--config) without error', async () => {
    const loader = new ConfigLoader({rules: builtinRules, cwd: root, configFile})
    const project = await loader.forDirectory(root)
    expect(project.filepath).toBe(path.join(root, configFile))
    expect(project.baseDir).toBe(root)
    expect(project.language).toBe('en')
    expect(project.brand.names).toEqual(['Inoveo', 'Inoveo Inbox', 'GitHub', 'WhatsApp'])
    expect(project.lexicon).toHaveLength(config.lexicon!.length)
    expect(project.overrides).toHaveLength(config.overrides!.length)
    // Every rule is named, by the config or by brandvoice:recommended (opt-in ones as off).
    expect(Object.keys(project.rules).sort()).toEqual(builtinRules.filter((rule) => !rule.meta.optIn).map((rule) => rule.meta.id).sort())
  })

  it('gives each touchpoint its tone: the config’s, the touchpoint’s, then matching overrides’', async () => {
    const project = await new ConfigLoader({rules: builtinRules, cwd: root, configFile}).forDirectory(root)
    const tone = (file: string) => resolveFileSettings(project, path.join(root, file), {}, builtinRules).tone
    expect(tone('support/refund.md')).toMatchObject({address: 'formal', maxSentenceWords: 20, exclamations: {perSentence: 1, perFile: 1}, emoji: 'allow'})
    expect(tone('signatures/ana.txt')).toMatchObject({emoji: 'forbid', exclamations: {perSentence: 1, perFile: 0}})
    expect(tone('social/pl/launch.md')).toMatchObject({address: 'informal', maxSentenceWords: 25})
    expect(resolveFileSettings(project, path.join(root, 'support/refund.md'), {}, builtinRules).rules['lexicon/banned-term']?.severity).toBe('error')
  })

  it('asks a whole Romanian support reply for feedback, and takes “revenim” as its next step', async () => {
    const reply = 'Bună ziua,\n\nvă mulțumim pentru mesaj. Revenim mâine cu detalii.\n\nCu stimă,\nIoana\n'
    expect(await findings('ro/support-reply.md', reply, {form: true})).toEqual({
      language: 'ro',
      touchpoint: 'support-reply',
      messages: ['warning touchpoint/required-elements 1:1-1:11: This support reply has no invitation to give feedback: add one, such as “evaluați” or “părerea dumneavoastră”.']
    })
  })

  it('lints an English support reply', async () => {
    const draft = [
      'Dear customer,',
      '',
      'Unfortunately your ticket about the Inoveo inbox is still open. Our users',
      'get an answer ASAP, and it is on us.',
      '',
      'Invite your teams from Microsoft Teams or write to help@inoveo.com.',
      ''
    ].join('\n')
    expect(await findings('support/refund.md', draft)).toEqual({
      language: 'en',
      touchpoint: 'support-reply',
      messages: [
        'error lexicon/preferred-term 1:1-1:14: Use “Hi {first_name}” instead of “Dear customer” (a support reply answers one person: greet them by name).',
        'error lexicon/banned-term 3:1-3:14: Avoid “Unfortunately” (say what you can do instead).',
        'error lexicon/preferred-term 3:20-3:26: Use “request” instead of “ticket” (customers ask us questions; “ticket” is our internal word).',
        'error lexicon/brand-name 3:37-3:49: Write the brand name as “Inoveo Inbox”, not “Inoveo inbox”.',
        'error lexicon/preferred-term 3:69-3:74: Use “customers” instead of “users” (customers are people, not rows in a database).',
        'info lexicon/banned-term 4:15-4:19: Avoid “ASAP” (give a date or a time the customer can plan around).',
        'error lexicon/preferred-term 6:13-6:18: Use “workspaces” instead of “teams” (an Inoveo account has workspaces; “Teams” with a capital is Microsoft Teams and is fine).'
      ]
    })
  })

  it('lints a Romanian welcome message', async () => {
    const draft = [
      '# Bun venit în Inoveo, {prenume}!',
      '',
      'Din păcate, utilizatorii noștri așteaptă deadline-ul. Conectați contul de Github',
      'și trimiteți-ne feedback-ul la ajutor@inoveo.com ASAP.',
      ''
    ].join('\n')
    expect(await findings('ro/welcome.md', draft)).toEqual({
      language: 'ro',
      touchpoint: 'welcome',
      messages: [
        'error lexicon/banned-term 3:1-3:11: Avoid “Din păcate” (spuneți ce puteți face).',
        'warning lexicon/preferred-term 3:13-3:25: Use “client” instead of “utilizatorii” (clienții sunt oameni, nu conturi).',
        'warning lexicon/banned-term 3:42-3:53: Avoid “deadline-ul” (an English loan word: give the date itself).',
        'error lexicon/brand-name 3:75-3:81: Write the brand name as “GitHub”, not “Github”.',
        'warning lexicon/preferred-term 4:17-4:25: Use “părere” or “opinie” instead of “feedback” (avem cuvinte românești pentru asta).',
        'info lexicon/banned-term 4:50-4:54: Avoid “ASAP” (give a date or a time the customer can plan around).'
      ]
    })
  })

  it('lints a Polish reply: inflected forms, the plural’s changed stem included, match użytkowni*', async () => {
    expect(await findings('pl/support-reply.md', 'Niestety użytkownikom Inoveo nie wysłaliśmy jeszcze SMS-a. Użytkownicy czekają.\n')).toEqual({
      language: 'pl',
      touchpoint: 'support-reply',
      messages: [
        'error lexicon/banned-term 1:1-1:9: Avoid “Niestety” (napisz, co możemy zrobić).',
        'warning lexicon/preferred-term 1:10-1:22: Use “klient” instead of “użytkownikom” (klienci to ludzie, nie konta).',
        'warning lexicon/preferred-term 1:60-1:71: Use “Klient” instead of “Użytkownicy” (klienci to ludzie, nie konta).'
      ]
    })
  })

  it('leaves legal copy to the lawyers but still checks brand names', async () => {
    expect(await findings('legal/terms.md', 'Unfortunately the user must accept these terms. Inoveo inbox.\n')).toEqual({
      language: 'en',
      touchpoint: 'generic',
      messages: ['error lexicon/brand-name 1:49-1:61: Write the brand name as “Inoveo Inbox”, not “Inoveo inbox”.']
    })
  })
})
