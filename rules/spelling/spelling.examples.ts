import type {RuleExample} from '../../src/rule-api.js'
import type {UserConfig} from '../../src/config/types.js'

/** The rule is opt-in: each example turns it on. */
const on: UserConfig = {rules: {spelling: 'info'}}

const examples: RuleExample[] = [
  {
    title: 'A misspelled word in an English support reply',
    text: 'You will recieve a confirmation e-mail once your order ships.\n',
    config: on,
    messages: ['1:10-1:17: “recieve” is not in the English dictionary. Did you mean “receive” or “relieve”?']
  },
  {
    title: 'A missing letter in a Romanian invoice notification',
    language: 'ro',
    config: on,
    text: 'Am pregătit pentru dumneavoatră următoarea factură.\n',
    messages: ['1:20-1:32: “dumneavoatră” is not in the Romanian dictionary. Did you mean “dumneavoastră”?']
  },
  {
    title: 'Swapped letters in a Polish notification',
    language: 'pl',
    config: on,
    text: 'Zachowaj na wszelki wypadek tę infromację.\n',
    messages: ['1:32-1:42: “infromację” is not in the Polish dictionary. Did you mean “informację”?']
  },
  {
    title: 'A Catalan word written without its middle dot',
    language: 'ca',
    config: on,
    text: "Heu rebut aquest correu perquè s'ha solicitat el restabliment de la contrasenya.\n",
    messages: ['1:37-1:46: “solicitat” is not in the Catalan dictionary. Did you mean “sodicitat”, “soliditat” or “sol·licitat”?']
  },
  {
    title: 'Elisions, clitics and loanwords are words of the language',
    language: 'ro',
    config: on,
    text: 'Într-un minut primiți newsletter-ul nostru pe e-mail.\n',
    messages: []
  },
  {
    title: 'Brand names, acronyms, code, addresses and names inside a sentence are not checked',
    text: 'Open `npm run setup` in Acmecloud, then write to help@acmecloud.example or ask Siobhan about the SSO setup.\n',
    config: {...on, brand: {names: ['Acmecloud']}},
    messages: []
  },
  {
    title: 'The brand’s own words in the dictionary option',
    language: 'pl',
    text: 'Dziękujemy! Twój helpdesk jest gotowy.\n',
    config: {rules: {spelling: ['info', {dictionary: ['helpdesk']}]}},
    messages: []
  }
]

export default examples
