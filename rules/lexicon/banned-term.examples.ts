import type {RuleExample} from '../../src/rule-api.js'

const config = {
  lexicon: [
    {avoid: 'unfortunately', reason: 'say what you can do instead'},
    {avoid: 'simply', severity: 'info' as const},
    {avoid: 'din păcate', language: 'ro', reason: 'spuneți ce puteți face'}
  ]
}

const examples: RuleExample[] = [
  {
    title: 'A support reply that opens with bad news',
    config,
    text: 'Unfortunately, we cannot refund this order. Simply reply to this e-mail.\n',
    messages: [
      '1:1-1:14: Avoid “Unfortunately” (say what you can do instead).',
      '1:45-1:51: Avoid “Simply”: the brand does not use this word.'
    ]
  },
  {
    title: 'A Romanian phrase across a line break',
    language: 'ro',
    config,
    text: 'Din\npăcate, comanda a întârziat.\n',
    messages: ['1:1-2:7: Avoid “Din păcate” (spuneți ce puteți face).']
  },
  {
    title: 'A banned word inside a longer word is not flagged',
    config,
    text: 'Simplicity is what our customers ask for.\n',
    messages: []
  }
]

export default examples
