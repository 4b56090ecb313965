import type {RuleExample} from '../../src/rule-api.js'

const examples: RuleExample[] = [
  {
    title: 'A Catalan chat widget with an English line left over',
    language: 'ca',
    touchpoint: 'welcome',
    text: 'Estem en línia. Normalment responem en pocs minuts.\n\nWe will be back as soon as possible.\n',
    messages: [
      '3:1-3:37: This sentence looks like English, not Catalan: translate it, or put it in quotation marks if it is meant to stay in English.'
    ]
  },
  {
    title: 'A Romanian support reply whose closing line stayed English',
    language: 'ro',
    touchpoint: 'support-reply',
    text: 'Bună ziua,\n\nAm rambursat comanda dumneavoastră. Banii ajung în cont în 3–5 zile lucrătoare.\n\nThank you for your patience and have a great day.\n',
    messages: [
      '5:1-5:50: This sentence looks like English, not Romanian: translate it, or put it in quotation marks if it is meant to stay in English.'
    ]
  },
  {
    title: 'A Polish e-mail with an English sentence in the middle',
    language: 'pl',
    touchpoint: 'onboarding-email',
    text: 'Witamy w {{app_name}}! Please confirm your email address to get started. Kliknij przycisk poniżej.\n',
    messages: [
      '1:24-1:73: This sentence looks like English, not Polish: translate it, or put it in quotation marks if it is meant to stay in English.'
    ]
  },
  {
    title: 'Romanian copy with loanwords and a product name is not flagged',
    language: 'ro',
    config: {brand: {names: ['Acme Cloud']}},
    text: 'Abonează-te la newsletter și primești online ofertele Acme Cloud. Dă click pe link-ul din e-mail și lasă-ne un feedback.\n',
    messages: []
  },
  {
    title: 'Catalan copy with loanwords and without accents is not flagged',
    language: 'ca',
    text: 'Subscriu-te a la newsletter per rebre les ofertes online. Pots desactivar les cookies des del menu del web.\n',
    messages: []
  },
  {
    title: 'A Polish sentence quoting an English button is not flagged',
    language: 'pl',
    text: 'Na ekranie logowania kliknij „Forgot your password?” i wpisz swój adres e-mail.\n',
    messages: []
  },
  {
    title: 'A short English phrase in Romanian copy is too short to judge',
    language: 'ro',
    text: 'Mulțumim pentru comandă! Have a nice day.\n',
    messages: []
  },
  {
    title: 'With Romanian in the config, a Romanian sentence in English copy is flagged',
    language: 'en',
    config: {language: 'en', overrides: [{files: ['ro/**'], language: 'ro'}]},
    text: 'Your order has shipped. Vă mulțumim pentru comandă și vă așteptăm din nou.\n',
    messages: [
      '1:25-1:75: This sentence looks like Romanian, not English: translate it, or put it in quotation marks if it is meant to stay in Romanian.'
    ]
  }
]

export default examples
