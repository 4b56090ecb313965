import type {RuleExample} from '../../src/rule-api.js'

// The rule is opt-in: each example turns it on.
const on = {rules: {'inclusive/equality': 'warning' as const}}

const examples: RuleExample[] = [
  {
    title: 'A help text that assumes every customer is a man',
    touchpoint: 'support-reply',
    config: on,
    text: 'Once the account owner confirms, he can invite his team from Settings.\n',
    messages: [
      '1:34-1:36: Use “they” or “it” instead of “he”, whichever fits: it may leave some readers out.',
      '1:48-1:51: Use “their”, “theirs” or “them” instead of “his” when it means a person, whichever fits: it may leave some readers out.'
    ]
  },
  {
    title: 'A greeting for the whole team',
    touchpoint: 'welcome',
    config: on,
    text: 'Hey guys, welcome to your new workspace! Your chairman can add more seats.\n',
    messages: [
      '1:5-1:9: Use “people”, “persons” or “folks” instead of “guys”, whichever fits: it may leave some readers out.',
      '1:47-1:55: Use “chair”, “head”, “chairperson”, “coordinator”, “committee head”, “moderator” or “presiding officer” instead of “chairman”, whichever fits: it may leave some readers out.'
    ]
  },
  {
    title: 'Technical words with a neutral replacement',
    touchpoint: 'notification',
    config: on,
    text: 'Add the sender to your whitelist so our e-mails reach you.\n',
    messages: [
      '1:24-1:33: Use “passlist”, “alrightlist”, “safelist” or “allow list” instead of “whitelist”, whichever fits: it may leave some readers out.'
    ]
  },
  {
    title: 'Product words are not about people',
    touchpoint: 'notification',
    config: on,
    text: 'Invalid password. Your account was disabled after five attempts; see the special offer for hosts.\n',
    messages: []
  },
  {
    title: 'A brand name and a quoted word are left alone',
    touchpoint: 'web-page',
    config: {...on, brand: {names: ['Master Builders']}},
    text: 'Master Builders no longer uses the word “whitelist” in its docs.\n',
    messages: []
  },
  {
    title: 'Copy in another language is not checked',
    language: 'ro',
    touchpoint: 'welcome',
    config: on,
    text: 'Bun venit! El vă va contacta în curând.\n',
    messages: []
  }
]

export default examples
