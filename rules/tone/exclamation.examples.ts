import type {RuleExample} from '../../src/rule-api.js'

const examples: RuleExample[] = [
  {
    title: 'A support reply keeps to one exclamation mark: the second is flagged',
    touchpoint: 'support-reply',
    text: 'Thanks for writing in! We have refunded your order. Have a great day!\n',
    messages: ['1:69-1:70: Second exclamation mark in this support reply; keep to 1 per file.']
  },
  {
    title: 'A welcome message may have two; “!!” is flagged anywhere',
    language: 'ro',
    touchpoint: 'welcome',
    text: 'Bine ați venit!! Contul dumneavoastră este gata. Vă mulțumim că ne-ați ales!\n',
    messages: ['1:15-1:17: Write “!” instead of “!!”: one mark at a time reads calmer.']
  },
  {
    title: 'An e-mail signature has none',
    language: 'pl',
    touchpoint: 'email-signature',
    text: 'Pozdrawiamy serdecznie!\nZespół Obsługi Klienta\n',
    messages: ['1:23-1:24: Exclamation marks are not used in e-mail signatures: remove “!”.']
  },
  {
    title: 'A question with an exclamation mark',
    touchpoint: 'notification',
    text: 'Forgot your password again?! Reset it with the link below.\n',
    messages: ['1:27-1:29: Write “?” instead of “?!”: one mark at a time reads calmer.']
  },
  {
    title: 'Two in one sentence',
    language: 'ca',
    touchpoint: 'notification',
    text: 'Ja hi som! gairebé tot a punt! Només cal confirmar l’adreça.\n',
    messages: ['1:30-1:31: Second exclamation mark in one sentence; keep to 1 per sentence.']
  },
  {
    title: 'Two exclamation marks in a Catalan welcome message are fine',
    language: 'ca',
    touchpoint: 'welcome',
    text: '# Us donem la benvinguda a Lemmy!\n\nLa vostra sol·licitud ha estat aprovada. Ens alegra tenir-vos aquí!\n',
    messages: []
  },
  {
    title: 'Spanish ¡ is not counted, nor marks in code, in a community name or in a brand name',
    language: 'es',
    touchpoint: 'support-reply',
    config: {brand: {names: ['Yahoo!']}},
    text: '¡Hola! Escriba `!ayuda` en el chat, únase a !soporte@lemmy.ml o use su cuenta de Yahoo!\n',
    messages: []
  },
  {
    title: 'A config that allows three per support reply',
    touchpoint: 'support-reply',
    config: {touchpoints: {'support-reply': {tone: {exclamations: {perFile: 3}}}}},
    text: 'Thanks for writing in! We have refunded your order. Have a great day!\n',
    messages: []
  }
]

export default examples
