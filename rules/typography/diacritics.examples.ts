import type {RuleExample} from '../../src/rule-api.js'

const examples: RuleExample[] = [
  {
    title: 'A Romanian welcome message typed with cedillas',
    language: 'ro',
    text: 'Bun venit! Aşteptăm să vă ajutăm şi să vă arătăm funcţiile noi.\n',
    messages: [
      "1:12-1:20: Write “Așteptăm” instead of “Aşteptăm”: Romanian ș and ț take a comma below, not a cedilla.",
      "1:34-1:36: Write “și” instead of “şi”: Romanian ș and ț take a comma below, not a cedilla.",
      "1:50-1:59: Write “funcțiile” instead of “funcţiile”: Romanian ș and ț take a comma below, not a cedilla."
    ]
  },
  {
    title: 'Comma-below letters, in any Unicode form, are right',
    language: 'ro',
    text: 'Așteptăm să vă arătăm funcțiile noi. Mulțumim și S\u0326tefan.\n',
    messages: []
  },
  {
    title: 'Romanian words typed without their diacritics',
    language: 'ro',
    text: 'Vă vom trimite factura fara costuri. Dacă aveți intrebari, scrieți-ne oricând.\n',
    messages: [
      "1:24-1:28: Write “fără” instead of “fara”: Romanian spells this word with diacritics.",
      "1:49-1:58: Write “întrebări” instead of “intrebari”: Romanian spells this word with diacritics."
    ]
  },
  {
    title: 'Polish words typed without their diacritics',
    language: 'pl',
    text: 'Dziekujemy za rejestrację. Hasło zmienisz w ustawieniach, a powiadomienia mozesz wyłączyć.\n',
    messages: [
      "1:1-1:11: Write “Dziękujemy” instead of “Dziekujemy”: Polish spells this word with diacritics.",
      "1:75-1:81: Write “możesz” instead of “mozesz”: Polish spells this word with diacritics."
    ]
  },
  {
    title: 'Catalan words typed without their accents',
    language: 'ca',
    text: 'Gràcies per escriure’ns. Tambe et podem ajudar per telefon.\n',
    messages: [
      "1:26-1:31: Write “També” instead of “Tambe”: Catalan spells this word with diacritics.",
      "1:52-1:59: Write “telèfon” instead of “telefon”: Catalan spells this word with diacritics."
    ]
  },
  {
    title: 'Words right both ways, loanwords, names and code are left alone',
    language: 'pl',
    text: 'Sad przy domu i sąd w mieście. Zaloguj się w Acme Online przez `login --user zolty` i otwórz https://example.com/zolty.\n',
    config: {brand: {names: ['Acme Online']}},
    messages: []
  },
  {
    title: 'Romanian “si” is left alone: it is also a word',
    language: 'ro',
    text: 'Nota si este a șaptea notă din gamă, iar design-ul e nou.\n',
    messages: []
  },
  {
    title: 'Copy typed without any diacritics is told so once',
    language: 'ro',
    text: 'Bun venit la noi. Va vom trimite factura in cel mai scurt timp, iar echipa noastra va raspunde la orice intrebare pe care o aveti despre cont, plati sau setari. Va dorim o zi buna si spor la lucru cu noi.\n',
    messages: [
      "1:1-1:4: Only 0 of 41 words here have a diacritic: this Romanian copy looks typed without them (ă, â, î, ș, ț). Read it through and add them.",
      "1:76-1:83: Write “noastră” instead of “noastra”: Romanian spells this word with diacritics.",
      "1:87-1:95: Write “răspunde” instead of “raspunde”: Romanian spells this word with diacritics.",
      "1:105-1:114: Write “întrebare” instead of “intrebare”: Romanian spells this word with diacritics.",
      "1:125-1:130: Write “aveți” instead of “aveti”: Romanian spells this word with diacritics.",
      "1:154-1:160: Write “setări” instead of “setari”: Romanian spells this word with diacritics."
    ]
  },
  {
    title: 'Cedillas in code, URLs and Turkish names quoted in English copy are left alone',
    language: 'en',
    text: 'Our Istanbul office is on Şişli Street. Run `export LANG=ro_RO` first.\n',
    messages: []
  }
]

export default examples
