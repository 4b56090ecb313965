import type {RuleExample} from '../../src/rule-api.js'

const examples: RuleExample[] = [
  {
    title: 'A support reply that makes the fix sound trivial',
    touchpoint: 'support-reply',
    text: 'Thanks for writing in! Just click **Save** at the top of the page. It’s easy once you know where it is.\n',
    messages: [
      '1:24-1:34: “Just click” can sound as if the step were trivial to a customer who is stuck: describe the step without “just”.',
      '1:68-1:77: “It’s easy” can make a customer who is stuck feel slow: leave it out and give the steps.'
    ]
  },
  {
    title: 'Innocent uses of “just”, “easy” and “of course” are not flagged',
    touchpoint: 'support-reply',
    text:
      'We just shipped a fix for this, and I’ll just check that your account has it. Of course we’ll refund you.\n\n' +
      'The setting is easy to miss, so here is where it is: open **Settings**, then **Billing**. Just let us know if it helps.\n',
    messages: []
  },
  {
    title: 'Romanian: “pur și simplu” before a step, and “este ușor să”',
    language: 'ro',
    touchpoint: 'support-reply',
    text: 'Pentru a salva, pur și simplu apăsați pe „Salvează”. Este ușor să schimbați adresa din contul dumneavoastră.\n',
    messages: [
      '1:17-1:30: “pur și simplu” can sound as if the step were trivial to a customer who is stuck: describe the step without it.',
      '1:54-1:66: “Este ușor să” can make a customer who is stuck feel slow: leave it out and give the steps.'
    ]
  },
  {
    title: 'Romanian: “ușor” meaning “slightly”, a warm “desigur”, “pur și simplu nu”',
    language: 'ro',
    touchpoint: 'support-reply',
    text: 'Culoarea produsului este ușor diferită pe ecran. Desigur, vă returnăm banii. Pagina veche pur și simplu nu mai există.\n',
    messages: []
  },
  {
    title: 'Polish: “wystarczy” before a step, and “przecież”',
    language: 'pl',
    touchpoint: 'support-reply',
    text: 'Wystarczy kliknąć „Zapisz” w prawym górnym rogu. Przecież link jest w wiadomości powitalnej.\n',
    messages: [
      '1:1-1:18: “Wystarczy kliknąć” makes the task sound trivial to a customer who is stuck: give the step instead.',
      '1:50-1:58: “Przecież” tells the customer they should have known: leave it out.'
    ]
  },
  {
    title: 'Polish: “po prostu” as filler, a warm “oczywiście”, “to wystarczy”',
    language: 'pl',
    touchpoint: 'support-reply',
    text: 'Po prostu nie chcemy, żeby Pan dłużej czekał. Oczywiście zwrócimy pieniądze. Numer zamówienia nam wystarczy.\n',
    messages: []
  },
  {
    title: 'Catalan: “només cal” and “és molt fàcil”',
    language: 'ca',
    touchpoint: 'onboarding-email',
    text: 'Només cal que feu clic a «Desa». És molt fàcil convidar el vostre equip.\n',
    messages: [
      '1:1-1:10: “Només cal” makes the task sound trivial to a customer who is stuck: give the step instead.',
      '1:34-1:47: “És molt fàcil” can make a customer who is stuck feel slow: leave it out and give the steps.'
    ]
  },
  {
    title: 'Catalan: “és fàcil que” (“it is likely that”) and a warm “és clar”',
    language: 'ca',
    touchpoint: 'support-reply',
    text: 'És fàcil que el correu hagi anat a la carpeta de correu brossa. És clar que us tornarem els diners.\n',
    messages: []
  },
  {
    title: 'Off at other touchpoints unless the config turns it on',
    text: 'Just click **Save** at the top of the page.\n',
    messages: []
  },
  {
    title: 'Turned on for every touchpoint by the config',
    config: {rules: {'tone/condescending': 'warning'}},
    text: 'Just click **Save** at the top of the page.\n',
    messages: [
      '1:1-1:11: “Just click” can sound as if the step were trivial to a customer who is stuck: describe the step without “just”.'
    ]
  }
]

export default examples
