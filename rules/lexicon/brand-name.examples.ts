import type {RuleExample} from '../../src/rule-api.js'

const config = {brand: {names: ['GitHub', 'Inoveo', 'Slack']}}

const examples: RuleExample[] = [
  {
    title: 'Wrong case and wrong spacing',
    config,
    text: 'Sign in with Github, or connect your Git hub account.\n',
    messages: [
      '1:14-1:20: Write the brand name as “GitHub”, not “Github”.',
      '1:38-1:45: Write the brand name as “GitHub”, not “Git hub”.'
    ]
  },
  {
    title: 'Romanian inflects brand names with a hyphen: only the name is reported',
    language: 'ro',
    config,
    text: 'Echipa INOVEO-ului vă mulțumește.\n',
    messages: ['1:8-1:14: Write the brand name as “Inoveo”, not “INOVEO”.']
  },
  {
    title: 'Names written right, in URLs, e-mail addresses and handles are fine',
    config,
    text: 'Write to help@inoveo.com, follow @inoveo, or visit https://github.com/inoveo. GitHub’s Inoveo app is ready.\n',
    messages: []
  },
  {
    title: 'A plain capitalised brand in lower case is the ordinary word',
    config,
    text: 'Give the team some slack this week.\n',
    messages: []
  }
]

export default examples
