import type {RuleExample} from '../../src/rule-api.js'

const examples: RuleExample[] = [
  {
    title: 'A support reply that tells the customer what they should have done',
    touchpoint: 'support-reply',
    text: 'You should have read the FAQ before ordering. As I already said, refunds take five working days.\n',
    messages: [
      '1:1-1:21: “You should have read” puts the fault on the customer: say what happens next instead.',
      '1:47-1:64: “As I already said” tells the customer they did not listen: give the answer again, kindly, without pointing back.'
    ]
  },
  {
    title: 'An expectation, an apology and “not your fault” are not flagged',
    touchpoint: 'support-reply',
    text: 'You should have received a confirmation e-mail. It’s not your fault: the link had expired, and we should have told you sooner.\n',
    messages: []
  },
  {
    title: 'Romanian: “ar fi trebuit să citiți”, “cum v-am spus deja”, “din vina dumneavoastră”',
    language: 'ro',
    touchpoint: 'support-reply',
    text: 'Ar fi trebuit să citiți condițiile. Cum v-am spus deja, comanda a fost anulată din vina dumneavoastră.\n',
    messages: [
      '1:1-1:24: “Ar fi trebuit să citiți” puts the fault on the customer: say what happens next instead.',
      '1:37-1:55: “Cum v-am spus deja” tells the customer they did not listen: give the answer again, kindly, without pointing back.',
      '1:80-1:102: “din vina dumneavoastră” puts the fault on the customer: say what happened and what you will do about it.'
    ]
  },
  {
    title: 'Romanian: what the customer should have received, an apology, “nu este vina dumneavoastră”',
    language: 'ro',
    touchpoint: 'support-reply',
    text: 'Ar fi trebuit să primiți un e-mail de confirmare. Ne pare rău, ar fi trebuit să vă anunțăm mai devreme. Nu este vina dumneavoastră.\n',
    messages: []
  },
  {
    title: 'Polish: “powinien Pan był”, “jak już pisałem”',
    language: 'pl',
    touchpoint: 'support-reply',
    text: 'Powinien Pan był przeczytać regulamin. Jak już pisałem, zwrot nie jest możliwy.\n',
    messages: [
      '1:1-1:17: “Powinien Pan był” puts the fault on the customer: say what happens next instead.',
      '1:40-1:55: “Jak już pisałem” tells the customer they did not listen: give the answer again, kindly, without pointing back.'
    ]
  },
  {
    title: 'Polish: what the customer should have received, “nie z Pani winy”, “jak już Pani pisała”',
    language: 'pl',
    touchpoint: 'support-reply',
    text: 'Powinna Pani była otrzymać e-mail z linkiem. Opóźnienie nie jest z Pani winy. Jak już Pani pisała, paczka nie dotarła.\n',
    messages: []
  },
  {
    title: 'Catalan: “hauríeu d’haver” and “com ja us he dit”',
    language: 'ca',
    touchpoint: 'support-reply',
    text: 'Hauríeu d’haver llegit les condicions. Com ja us he dit, la comanda s’ha cancel·lat.\n',
    messages: [
      '1:1-1:16: “Hauríeu d’haver” puts the fault on the customer: say what happens next instead.',
      '1:40-1:56: “Com ja us he dit” tells the customer they did not listen: give the answer again, kindly, without pointing back.'
    ]
  },
  {
    title: 'Catalan: what the customer should have received, and “no és culpa vostra”',
    language: 'ca',
    touchpoint: 'support-reply',
    text: 'Hauríeu d’haver rebut un correu de confirmació. No és culpa vostra: l’enllaç havia caducat.\n',
    messages: []
  },
  {
    title: 'Off at other touchpoints unless the config turns it on',
    touchpoint: 'onboarding-email',
    text: 'You should have read the FAQ before ordering.\n',
    messages: []
  },
  {
    title: 'Turned on for onboarding e-mails by the config',
    touchpoint: 'onboarding-email',
    config: {touchpoints: {'onboarding-email': {rules: {'tone/blame': 'warning'}}}},
    text: 'You should have read the FAQ before ordering.\n',
    messages: [
      '1:1-1:21: “You should have read” puts the fault on the customer: say what happens next instead.'
    ]
  }
]

export default examples
