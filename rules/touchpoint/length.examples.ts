import type {RuleExample} from '../../src/rule-api.js'

const sms = {touchpoints: {notification: {rules: {'touchpoint/length': ['warning', {channel: 'sms'}] as ['warning', {channel: 'sms'}]}}}}

const examples: RuleExample[] = [
  {
    title: 'An e-mail signature of six lines',
    touchpoint: 'email-signature',
    format: 'txt',
    text: '-- \nMaria Ionescu\nCustomer Success Lead\nInoveo\n+40 21 555 0123\nhttps://inoveo.com\nFollow us on LinkedIn\n',
    messages: ['1:1-7:22: This e-mail signature has 6 lines; keep it to 4.']
  },
  {
    title: 'A signature of four lines under its “-- ” delimiter is complete and short',
    language: 'pl',
    touchpoint: 'email-signature',
    format: 'txt',
    text: '-- \nAnna Nowak\nOpiekunka klienta, Inoveo\n+48 22 555 01 23\nhttps://inoveo.com\n',
    messages: []
  },
  {
    title: 'A push notification cut off after 160 characters',
    language: 'ro',
    touchpoint: 'notification',
    format: 'txt',
    config: {touchpoints: {notification: {rules: {'touchpoint/length': ['warning', {maxChars: 160}]}}}},
    text: 'Comanda dumneavoastră a fost expediată astăzi și va ajunge mâine între orele 9 și 17. Urmăriți coletul în aplicație sau pe site-ul nostru, unde găsiți și factura.\n',
    messages: ['1:1-1:163: This notification has 162 characters; keep it to 160.']
  },
  {
    title: 'An SMS where one ș makes the whole text UCS-2',
    language: 'ro',
    touchpoint: 'notification',
    format: 'txt',
    config: sms,
    text: 'Inoveo: comanda 1042 a fost expediata si ajunge maine. Detalii si factura in aplicatie. Multumim ca ati ales Inoveo, echipa noastră.\n',
    messages: [
      '1:1-1:133: This notification costs 2 SMS messages: “ă” is not in the GSM-7 alphabet, so the whole text is sent as UCS-2, 70 characters per SMS (67 per part); keep it to 1 SMS message.'
    ]
  },
  {
    title: 'A Catalan SMS within one GSM-7 message: à, è, é and ò are in the alphabet (í, ó, ç and ’ are not)',
    language: 'ca',
    touchpoint: 'notification',
    format: 'txt',
    config: sms,
    text: 'Inoveo: la comanda 1042 ja ha sortit i arribarà demà. Gràcies per confiar en nosaltres.\n',
    messages: []
  },
  {
    title: 'A web page has no length limit unless the config gives one',
    touchpoint: 'web-page',
    text: 'Inoveo keeps every conversation with your customers in one place. '.repeat(8) + '\n',
    messages: []
  }
]

export default examples
