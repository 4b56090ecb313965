import type {RuleExample} from '../../src/rule-api.js'

const examples: RuleExample[] = [
  {
    title: 'A double space and a space before a comma in English',
    text: 'Thanks for your order  , Ana. We will ship it  tomorrow.\n',
    messages: ['1:22-1:25: Remove the space before “,”.', '1:46-1:48: Use one space between words, not 2.']
  },
  {
    title: 'A space before a question mark in Romanian',
    language: 'ro',
    text: 'Aveți nevoie de ajutor ? Scrieți-ne oricând.\n',
    messages: ['1:23-1:25: Remove the space before “?”.']
  },
  {
    title: 'No space after a full stop in Polish',
    language: 'pl',
    text: 'Dziękujemy za zamówienie.Paczka wyruszy jutro rano.\n',
    messages: ['1:25-1:26: Add a space after “.”: a new sentence starts here.']
  },
  {
    title: 'French wants a no-break space before ! and inside « »',
    language: 'fr',
    text: 'Merci pour votre commande! Cliquez sur «Suivre» pour la suivre.\n',
    messages: [
      '1:26-1:27: Add a narrow no-break space before “!”: French copy puts one there.',
      '1:40-1:41: Add a no-break space after “«”: French copy puts one there.',
      '1:47-1:48: Add a no-break space before “»”: French copy puts one there.'
    ]
  },
  {
    title: 'French spaces before : ; ! ? are right, never flagged',
    language: 'fr',
    text: 'Bonjour ! Votre code : 4821. Une question ? Répondez à cet e-mail ; nous sommes là.\n',
    messages: []
  },
  {
    title: 'Emoticons, ellipses, times, versions and names are left alone',
    text: 'Thanks :) See you at 10:30 … the new v1.2 of Node.js is out, e.g. on example.com ...\n',
    messages: []
  },
  {
    title: 'Catalan abbreviations, thousands separators and placeholders',
    language: 'ca',
    text: 'Hola {{ nom }} ! Heu guanyat 10 000 punts, p. ex. al c/ Major núm. 5.\n',
    messages: []
  },
  {
    title: 'Line breaks, hard breaks, list markers and tables are layout, not double spaces',
    language: 'ro',
    text: '-   Pas unu  \n-   Pas doi\n\n| Plan    | Preț   |\n|---------|--------|\n| Basic   | 10 lei |\n',
    messages: []
  },
  {
    title: 'Code is not prose',
    text: 'Run `npm  install , then` and open index.html.\n',
    messages: []
  }
]

export default examples
