// lexicon/brand-name on real customer-facing copy: what must be flagged, what
// must be left alone, with the exact messages.
//
// Excerpts of third-party copy are quoted verbatim, one sentence each, and
// marked with their source:
//   [thunderbird] thunderbird/thunderbird-android,
//                 feature/onboarding/migration/thunderbird/src/main/res/values*/strings.xml, Apache-2.0
//   [spree]       spree-contrib/spree_i18n, config/locales/pl.yml (spree.join_slack), BSD-3-Clause
//   [lemmy]       LemmyNet/joinlemmy-translations, translations/pl.json, AGPL-3.0
// Everything else is written for these tests.
import {describe, expect, it} from 'vitest'
import type {UserConfig} from '../../src/config/types.js'
import {lintRule, type LintInput} from '../helpers/lint.js'

const rule = 'lexicon/brand-name'

const config: UserConfig = {
  brand: {
    names: ['GitHub', 'Slack', 'Coca-Cola', 'Mailchimp', 'Thunderbird', 'Nextcloud', 'WordPress', 'K-9 Mail', 'Lemmy']
  }
}

function check(input: Omit<LintInput, 'config'>, c: UserConfig = config) {
  return lintRule(rule, {config: c, ...input})
}

describe('lexicon/brand-name: wrong case and spacing', () => {
  it('flags Github, GITHUB, Git hub, Git-Hub and github for GitHub', async () => {
    const text = 'Sign in with Github, GITHUB, Git hub, Git-Hub or github.\n'
    expect(await check({text})).toEqual([
      '1:14-1:20: Write the brand name as “GitHub”, not “Github”.',
      '1:22-1:28: Write the brand name as “GitHub”, not “GITHUB”.',
      '1:30-1:37: Write the brand name as “GitHub”, not “Git hub”.',
      '1:39-1:46: Write the brand name as “GitHub”, not “Git-Hub”.',
      '1:50-1:56: Write the brand name as “GitHub”, not “github”.'
    ])
  })

  it('flags a name split over a line break', async () => {
    const text = 'Connect your Git\nhub account.\n'
    expect(await check({text})).toEqual(['1:14-2:4: Write the brand name as “GitHub”, not “Git hub”.'])
  })

  it('reports just the name of a possessive', async () => {
    const text = "Github's app, Github’s app, GitHub's app and GitHub’s app.\n"
    expect(await check({text})).toEqual([
      '1:1-1:7: Write the brand name as “GitHub”, not “Github”.',
      '1:15-1:21: Write the brand name as “GitHub”, not “Github”.'
    ])
  })

  it('flags multi-word and hyphenated names written apart, together or in the wrong case', async () => {
    const text = [
      'Coca Cola, coca-cola, CocaCola and Coca-Cola.',
      '',
      'Mail Chimp, MailChimp and Mailchimp.',
      '',
      'K9 Mail, k-9 mail and K-9 Mail.',
      '',
      'Wordpress, Word Press and WordPress.',
      '',
      'NextCloud, Next Cloud, THUNDERBIRD, Nextcloud and Thunderbird.',
      ''
    ].join('\n')
    expect(await check({text})).toEqual([
      '1:1-1:10: Write the brand name as “Coca-Cola”, not “Coca Cola”.',
      '1:12-1:21: Write the brand name as “Coca-Cola”, not “coca-cola”.',
      '1:23-1:31: Write the brand name as “Coca-Cola”, not “CocaCola”.',
      '3:1-3:11: Write the brand name as “Mailchimp”, not “Mail Chimp”.',
      '3:13-3:22: Write the brand name as “Mailchimp”, not “MailChimp”.',
      '5:1-5:8: Write the brand name as “K-9 Mail”, not “K9 Mail”.',
      '5:10-5:18: Write the brand name as “K-9 Mail”, not “k-9 mail”.',
      '7:1-7:10: Write the brand name as “WordPress”, not “Wordpress”.',
      '7:12-7:22: Write the brand name as “WordPress”, not “Word Press”.',
      '9:1-9:10: Write the brand name as “Nextcloud”, not “NextCloud”.',
      '9:12-9:22: Write the brand name as “Nextcloud”, not “Next Cloud”.',
      '9:24-9:35: Write the brand name as “Thunderbird”, not “THUNDERBIRD”.'
    ])
  })
})

describe('lexicon/brand-name: inflected names', () => {
  it('reports just the name in Romanian hyphenated articles', async () => {
    const text = 'Contul Github-ul, pagina GITHUB-ULUI și aplicația GitHub-ul.\n'
    expect(await check({text, language: 'ro'})).toEqual([
      '1:8-1:14: Write the brand name as “GitHub”, not “Github”.',
      '1:26-1:32: Write the brand name as “GitHub”, not “GITHUB”.'
    ])
  })

  it('reports just the name in Polish apostrophe endings', async () => {
    const text = "Konto Github'a, konto Github’a i konto GitHub'a.\n"
    expect(await check({text, language: 'pl'})).toEqual([
      '1:7-1:13: Write the brand name as “GitHub”, not “Github”.',
      '1:23-1:29: Write the brand name as “GitHub”, not “Github”.'
    ])
  })

  it('reports just the name after a Catalan elided article', async () => {
    const text = "Inicieu la sessió amb el compte d'Github o d’GitHub.\n"
    expect(await check({text, language: 'ca'})).toEqual(['1:35-1:41: Write the brand name as “GitHub”, not “Github”.'])
  })

  it('leaves alone names written right in real copy, inflected or not', async () => {
    // [thunderbird] values/, values-ro/ and values-pl/strings.xml (onboarding migration)
    // [spree] config/locales/pl.yml spree.join_slack
    const en = 'Already using Thunderbird on desktop?\n\nLearn how to update Thunderbird.\n'
    const ro = 'Utilizați deja Thunderbird pe calculator?\n'
    const pl = "Używasz już Thunderbirda na komputerze?\n\nDołącz do Slack'a\n"
    expect(await check({text: en})).toEqual([])
    expect(await check({text: ro, language: 'ro'})).toEqual([])
    expect(await check({text: pl, language: 'pl'})).toEqual([])
  })
})

describe('lexicon/brand-name: what is left alone', () => {
  it('leaves alone handles, hashtags, URLs, domains, e-mail addresses and placeholders', async () => {
    const text =
      'Follow @github and #Github, see https://github.com/nextcloud or github.com, write to hi@github.com, or open {github}.\n'
    expect(await check({text})).toEqual([])
  })

  it('leaves alone a plain capitalised brand in lower case: the ordinary word', async () => {
    const text = 'Give the team some slack this week. Slack is where we talk.\n'
    expect(await check({text})).toEqual([])
  })

  it('still flags a plain capitalised brand in capitals', async () => {
    expect(await check({text: 'Join us on SLACK.\n'})).toEqual(['1:12-1:17: Write the brand name as “Slack”, not “SLACK”.'])
  })

  it('leaves alone code, HTML comments and frontmatter', async () => {
    const text = '---\ntitle: Github\n---\n\nRun `git clone github`.\n\n```\nGithub\n```\n\n<!-- Github -->\n'
    expect(await check({text})).toEqual([])
  })

  it('leaves alone a longer word that starts with a brand name', async () => {
    // [lemmy] joinlemmy translations/pl.json (donation appeal), Polish dative of “Lemmy”
    const text = 'Prosimy skorzystaj z poniższych linków, aby pomóc Lemmiemu rozwijać się dalej!\n\nGitHubber, Slackware.\n'
    expect(await check({text, language: 'pl'})).toEqual([])
  })

  it('does nothing without brand names', async () => {
    expect(await check({text: 'Github and github.\n'}, {})).toEqual([])
  })
})
