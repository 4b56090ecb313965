// HTML e-mail templates and signatures: only the text a customer sees (and
// alt / title text) is linted, at its exact place in the HTML source.
import {describe, expect, it} from 'vitest'
import type {UserConfig} from '../../src/config/types.js'
import {lint, lintRule, render} from '../helpers/lint.js'

const config: UserConfig = {
  lexicon: [
    {avoid: 'user*', use: 'customer', language: 'en'},
    {avoid: 'utilizator*', use: 'client', language: 'ro'},
    {avoid: 'click here', use: 'a link that says where it goes', language: 'en'}
  ]
}

const template = [
  '<!DOCTYPE html>',
  '<html lang="en">',
  '<head><title>Welcome, user</title><style>.user { color: #333 }</style></head>',
  '<body>',
  '  <table role="presentation"><tr><td>',
  '    <img src="logo.png" alt="Logo for our users" width="120">',
  '    <h1>Welcome, {{first_name}}!</h1>',
  '    <p>Thanks for joining &amp; welcome, new user. To start,',
  '       <a href="https://inoveo.com/start?user=1">click here</a>.</p>',
  '    <!-- users never see this comment -->',
  '    <script>var user = 1;</script>',
  '    <p title="Help for users">Questions? Write to <code>user@inoveo.com</code>.</p>',
  '  </td></tr></table>',
  '</body>',
  '</html>',
  ''
].join('\n')

describe('HTML', () => {
  it('lints visible text, alt and title, at their place in the source, after character references', async () => {
    expect(await lintRule('lexicon/preferred-term', {text: template, config, format: 'html'})).toEqual([
      '6:43-6:48: Use “customer” instead of “users”.',
      '8:46-8:50: Use “customer” instead of “user”.',
      '9:50-9:60: Use “a link that says where it goes” instead of “click here”.',
      '12:24-12:29: Use “customer” instead of “users”.'
    ])
  })

  it('never lints the head, styles, scripts, comments, code or URLs', async () => {
    const messages = (await lint({text: template, config, format: 'html'})).map(render)
    expect(messages.filter((message) => /^(3|10|11):/.test(message))).toEqual([])
    expect(messages.some((message) => message.startsWith('12:') && message.includes('“user”'))).toBe(false)
  })

  it('takes the language from <html lang>, and keeps positions with CRLF and numeric references', async () => {
    const text = '<html lang="ro"><body>\r\n<p>Bun venit.</p>\r\n<p>Utilizatorii no&#x219;tri v&#259; mul&#539;umesc.</p></body></html>\r\n'
    expect(await lintRule('lexicon/preferred-term', {text, config, format: 'html'})).toEqual(['3:4-3:16: Use “Client” instead of “Utilizatorii”.'])
  })

  it('warns about a <html lang> that is not a language tag, and uses the config’s language', async () => {
    const messages = (await lint({text: '<html lang="english"><p>Hello, user.</p></html>', config, format: 'html'})).map(render)
    expect(messages).toEqual([
      '1:1-1:1: The <html lang> attribute gives the language as “english”, which is not a language tag such as “en”, “ro” or “pl-PL”, so brandvoice ignores it.',
      '1:32-1:36: Use “customer” instead of “user”.'
    ])
  })

  it('reads an empty file and a bare fragment', async () => {
    expect(await lint({text: '', config, format: 'html'})).toEqual([])
    expect(await lintRule('lexicon/preferred-term', {text: 'Hi user', config, format: 'html'})).toEqual(['1:4-1:8: Use “customer” instead of “user”.'])
  })
})
