import type {RuleExample} from '../../src/rule-api.js'

const examples: RuleExample[] = [
  {
    title: 'A word in capitals',
    touchpoint: 'notification',
    text: 'Your order has been CANCELED. Please keep this e-mail for your records.\n',
    messages: ['1:21-1:29: Write “canceled” instead of “CANCELED”: capitals read as shouting.']
  },
  {
    title: 'A heading in capitals is one finding',
    language: 'pl',
    touchpoint: 'marketing',
    text: '# PRZEJDŹ NA PREMIUM JUŻ DZIŚ\n\nPierwszy miesiąc gratis.\n',
    messages: ['1:3-1:30: Write “Przejdź na premium już dziś” instead of “PRZEJDŹ NA PREMIUM JUŻ DZIŚ”: capitals read as shouting.']
  },
  {
    title: 'A Catalan thank-you in capitals',
    language: 'ca',
    touchpoint: 'support-reply',
    text: 'GRÀCIES per la vostra paciència. Hem revisat l’IBAN i el NIF de la factura.\n',
    messages: ['1:1-1:8: Write “Gràcies” instead of “GRÀCIES”: capitals read as shouting.']
  },
  {
    title: 'Acronyms, local ones included, are not shouting',
    language: 'ro',
    touchpoint: 'support-reply',
    text: 'Puteți depune o reclamație la ANPC, iar datele fiscale se verifică la ANAF, conform GDPR.\n',
    messages: []
  },
  {
    title: 'Brand names and the brand’s acronyms',
    config: {brand: {names: ['IKEA'], acronyms: ['ACME']}},
    text: 'Your IKEA order from ACME ships today.\n',
    messages: []
  },
  {
    title: 'Roman numerals, placeholders and words with digits',
    text: 'Hi %NAME%, [FIRST NAME] joined the XVII Congress with an MP3 and a COVID19 pass.\n',
    messages: []
  }
]

export default examples
