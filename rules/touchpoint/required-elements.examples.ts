import type {RuleExample} from '../../src/rule-api.js'

// The rule is opt-in: the brand turns it on.
const on = {rules: {'touchpoint/required-elements': 'warning' as const}}

const examples: RuleExample[] = [
  {
    title: 'A support reply that neither greets nor signs off',
    touchpoint: 'support-reply',
    config: on,
    text: 'Thanks for your message about the export. We will send you a fix within two days.\n',
    messages: [
      '1:1-1:42: This support reply has no greeting: open with one, such as “Hi” or “Hello”.',
      '1:43-1:82: This support reply has no sign-off: close with one, such as “Best regards” or “Kind regards”.'
    ]
  },
  {
    title: 'A Romanian reply with every element',
    language: 'ro',
    touchpoint: 'support-reply',
    config: on,
    text: 'Bună ziua, {nume_client},\n\nVă mulțumim pentru mesaj. Vă scriem în termen de două zile cu soluția.\n\nCu stimă,\nIoana, echipa Inoveo\n',
    messages: []
  },
  {
    title: 'A Polish reply that says nothing of what happens next',
    language: 'pl',
    touchpoint: 'support-reply',
    config: on,
    text: 'Dzień dobry,\n\ndziękujemy za wiadomość. Eksport zatrzymuje się przy plikach powyżej 100 MB.\n\nPozdrawiam,\nAnna z zespołu Inoveo\n',
    messages: ['1:1-1:13: This support reply has no next step: add one, such as “w ciągu” or “prosimy”.']
  },
  {
    title: 'A Catalan welcome message without a first step',
    language: 'ca',
    touchpoint: 'welcome',
    config: on,
    text: '# Benvinguda a Inoveo, {nom}!\n\nTotes les converses amb els vostres clients, en un sol lloc.\n',
    messages: ['1:3-1:30: This welcome message has no call to action: add one, such as “comença” or “comenceu”.']
  },
  {
    title: 'An e-mail signature without a phone number',
    touchpoint: 'email-signature',
    format: 'txt',
    config: on,
    text: '-- \nMaria Ionescu\nCustomer Success Lead, Inoveo\nhttps://inoveo.com\n',
    messages: ['2:1-2:14: This e-mail signature has no phone number: add one, such as “+40 21 555 0123” or “+48 22 555 01 23”.']
  },
  {
    title: 'A brand that also asks for feedback, with its own Romanian phrase for the next step',
    language: 'ro',
    touchpoint: 'support-reply',
    config: {
      ...on,
      touchpoints: {
        'support-reply': {require: ['greeting', 'acknowledgement', 'next-step', 'sign-off', 'feedback'], elements: {'next-step': {ro: ['revenim']}}}
      }
    },
    text: 'Bună ziua,\n\nNe pare rău pentru întârziere. Revenim mâine cu detalii.\n\nCu drag,\nEchipa Inoveo\n',
    messages: ['1:1-1:11: This support reply has no invitation to give feedback: add one, such as “evaluați” or “părerea dumneavoastră”.']
  }
]

export default examples
