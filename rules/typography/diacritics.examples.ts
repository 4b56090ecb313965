import type {RuleExample} from '../../src/rule-api.js'

const examples: RuleExample[] = [
  {
    title: 'A Romanian welcome message typed with cedillas',
    language: 'ro',
    text: 'Bun venit! Aşteptăm să vă ajutăm şi să vă arătăm funcţiile noi.\n',
    messages: [
      '1:12-1:20: Write “Așteptăm” instead of “Aşteptăm”: Romanian ș and ț take a comma below, not a cedilla.',
      '1:34-1:36: Write “și” instead of “şi”: Romanian ș and ț take a comma below, not a cedilla.',
      '1:50-1:59: Write “funcțiile” instead of “funcţiile”: Romanian ș and ț take a comma below, not a cedilla.'
    ]
  },
  {
    title: 'Comma-below letters, in any Unicode form, are right',
    language: 'ro',
    text: 'Așteptăm să vă arătăm funcțiile noi. Mulțumim și S\u0326tefan.\n',
    messages: []
  },
  {
    title: 'Cedillas in code, URLs and Turkish names quoted in English copy are left alone',
    language: 'en',
    text: 'Our Istanbul office is on Şişli Street. Run `export LANG=ro_RO` first.\n',
    messages: []
  }
]

export default examples
