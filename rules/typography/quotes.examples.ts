import type {RuleExample} from '../../src/rule-api.js'

const examples: RuleExample[] = [
  {
    title: 'Straight quotes in Romanian copy',
    language: 'ro',
    text: 'Apăsați "Salvare" ca să păstrați modificările.\n',
    messages: ['1:9-1:18: Write „…” instead of "…" in Romanian copy.']
  },
  {
    title: 'English quotation marks in Polish copy',
    language: 'pl',
    text: 'Kliknij “Zapisz”, aby zachować zmiany.\n',
    messages: ['1:9-1:17: Write „…” instead of “…” in Polish copy.']
  },
  {
    title: 'A quotation inside a quotation gets the secondary pair',
    language: 'ro',
    text: 'Clientul a scris: „Am apăsat "Trimite" și nu s-a întâmplat nimic.”\n',
    messages: ['1:30-1:39: Write «…» instead of "…" for a quotation inside a quotation in Romanian copy.']
  },
  {
    title: 'Straight single quotes around a phrase in English',
    text: "Choose 'Forgot password' and we will e-mail you a link.\n",
    messages: ["1:8-1:25: Write ‘…’ instead of '…' in English copy."]
  },
  {
    title: 'Catalan copy with straight quotes; apostrophes are not quotes',
    language: 'ca',
    text: 'L\'usuari pot triar "Desa" a l\'aplicació.\n',
    messages: ['1:20-1:26: Write «…» instead of "…" in Catalan copy.']
  },
  {
    title: 'Apostrophes, possessives and measurements are left alone',
    text: "Don't worry: the users' settings are kept, and the 27\" screen fits a 5' desk.\n",
    messages: []
  },
  {
    title: 'The language’s own marks, code and URLs are left alone',
    language: 'ro',
    text: 'Apăsați „Salvare” sau rulați `git commit -m "mesaj"`; detalii la https://acme.ro/?q="cont".\n',
    messages: []
  },
  {
    title: 'Unmatched quotes are not guessed at',
    language: 'pl',
    text: 'Wpisz "Zapisz i kliknij przycisk.\n',
    messages: []
  },
  {
    title: 'A brand’s own house style',
    language: 'ca',
    config: {rules: {'typography/quotes': ['warning', {languages: {ca: {primary: ['“', '”'], secondary: ['‘', '’']}}}]}},
    text: 'Feu clic a «Desa» o a “Cancel·la”.\n',
    messages: ['1:12-1:18: Write “…” instead of «…» in Catalan copy.']
  }
]

export default examples
