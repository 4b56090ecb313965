import type {RuleExample} from '../../src/rule-api.js'

const examples: RuleExample[] = [
  {
    title: 'A support reply that slips',
    touchpoint: 'support-reply',
    text: 'Sorry, the export is crap right now. We know it sucks and a fix ships on Monday.\n',
    messages: [
      '1:22-1:26: Don’t use “crap”: it is profane, and customers read it as rude.',
      '1:49-1:54: Don’t use “sucks”: it is profane, and customers read it as rude.'
    ]
  },
  {
    title: 'Everyday words in product copy',
    touchpoint: 'notification',
    text: 'Payment failed. Choose a color and a billing period, then check the gross amount.\n',
    messages: []
  },
  {
    title: 'Country names',
    touchpoint: 'web-page',
    text: 'We ship to Niger, Guinea and Equatorial Guinea.\n',
    messages: []
  },
  {
    title: 'The customer’s words, quoted',
    touchpoint: 'support-reply',
    text: '> This update is crap.\n\nThank you for telling us; we are on it.\n',
    messages: []
  },
  {
    title: 'Copy in another language is not checked',
    language: 'pl',
    touchpoint: 'support-reply',
    text: 'Dziękujemy za wiadomość, damn to nie jest polskie słowo.\n',
    messages: []
  }
]

export default examples
