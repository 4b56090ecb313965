import type {RuleExample} from '../../src/rule-api.js'

const examples: RuleExample[] = [
  {
    title: 'A support reply that hides who acts',
    touchpoint: 'support-reply',
    text: 'Your refund was sent yesterday. The money is paid into your account within five days.\n',
    messages: [
      '1:13-1:21: “was sent” is in the passive voice: where it helps the reader, say who does it.',
      '1:43-1:50: “is paid” is in the passive voice: where it helps the reader, say who does it.'
    ]
  },
  {
    title: 'The same reply, saying who does what',
    touchpoint: 'support-reply',
    text: 'We sent your refund yesterday. Your bank pays the money into your account within five days.\n',
    messages: []
  },
  {
    title: 'A word between “be” and the participle: not read as passive',
    touchpoint: 'welcome',
    text: 'Welcome aboard! Your first invoice is not sent until your free month ends.\n',
    messages: []
  },
  {
    title: 'Code, links and placeholders are not copy',
    touchpoint: 'notification',
    text: 'Check the log for `message was sent` or open https://example.com/status/was/sent to see {{status.was_sent}}.\n',
    messages: []
  },
  {
    title: 'A brand that keeps “known” in its copy',
    touchpoint: 'web-page',
    config: {rules: {'tone/passive-voice': ['info', {ignore: ['known']}]}},
    text: 'Acme is known for next-day delivery. Every order is sent from our own warehouse.\n',
    messages: ['1:50-1:57: “is sent” is in the passive voice: where it helps the reader, say who does it.']
  },
  {
    title: 'Romanian copy is not checked: the rule reads English only',
    language: 'ro',
    touchpoint: 'support-reply',
    text: 'Rambursarea a fost trimisă ieri. Banii sunt virați în contul dumneavoastră în cinci zile.\n',
    messages: []
  }
]

export default examples
