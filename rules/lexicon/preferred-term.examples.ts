import type {RuleExample} from '../../src/rule-api.js'

const config = {
  lexicon: [
    {avoid: ['user', 'users'], use: 'customer', reason: 'customers are people, not rows in a database'},
    {avoid: 'sign up', use: 'create an account'},
    {avoid: 'utilizator*', use: 'client', language: 'ro'},
    {avoid: 'użytkownik*', use: 'klient', language: 'pl'},
    {avoid: 'usuari', use: 'client', language: 'ca'}
  ]
}

const examples: RuleExample[] = [
  {
    title: 'A welcome message that calls the customer a user',
    config,
    text: 'Welcome aboard! Users who sign up this week get a free month.\n',
    messages: [
      '1:17-1:22: Use “Customer” instead of “Users” (customers are people, not rows in a database).',
      '1:27-1:34: Use “create an account” instead of “sign up”.'
    ]
  },
  {
    title: 'A phrase broken over two lines and split by emphasis still counts',
    config,
    text: 'Before you *sign*\nup, check your inbox.\n',
    messages: ['1:13-2:3: Use “create an account” instead of “sign up”.']
  },
  {
    title: 'Romanian inflected forms match a term with a trailing *',
    language: 'ro',
    config,
    text: 'Mulțumim utilizatorilor noștri pentru răbdare.\n',
    messages: ['1:10-1:24: Use “client” instead of “utilizatorilor”.']
  },
  {
    title: 'Polish inflected forms match a term with a trailing *',
    language: 'pl',
    config,
    text: 'Dziękujemy wszystkim użytkownikom za cierpliwość.\n',
    messages: ['1:22-1:34: Use “klient” instead of “użytkownikom”.']
  },
  {
    title: 'Catalan elision: “l’usuari” reports just the word',
    language: 'ca',
    config,
    text: 'Hem actualitzat el compte de l’usuari.\n',
    messages: ['1:32-1:38: Use “client” instead of “usuari”.']
  },
  {
    title: 'The brand’s own words, code and links are not flagged',
    config,
    text: 'Thank you, dear customer. Run `user add` or see https://example.com/users.\n',
    messages: []
  },
  {
    title: 'An entry for Romanian does not apply to English copy',
    config,
    text: 'Our utilizator guide is in Romanian only.\n',
    messages: []
  }
]

export default examples
