import type {RuleExample} from '../../src/rule-api.js'

const examples: RuleExample[] = [
  {
    title: 'An onboarding e-mail written like a contract',
    touchpoint: 'onboarding-email',
    text: [
      'Congratulations on successfully completing the registration procedure for your organisation’s administrative account.',
      'Following verification, authorised representatives may configure departmental permissions, integrate existing authentication infrastructure and customise notification preferences according to organisational requirements.',
      'Additional documentation describing recommended implementation strategies, including comprehensive troubleshooting procedures, is available within the administrative interface.',
      'Should complications arise during configuration, qualified representatives from our professional services department will provide individualised assistance throughout the implementation process.',
      'Subsequent invoices will automatically incorporate applicable regional taxation according to contractual arrangements established during registration.',
      'Cancellation requests submitted before the conclusion of the introductory evaluation period will not generate additional charges.',
      'Questions regarding functionality should be directed to the appropriate departmental administrator.'
    ].join(' ') + '\n',
    messages: ['1:1-1:118: This text has a LIX of 88 (Flesch reading ease -66); keep it to 60 or lower. Use shorter words (now 72% have more than six letters) and shorter sentences (now 16 words on average).']
  },
  {
    title: 'The same news, told plainly',
    touchpoint: 'onboarding-email',
    text: [
      'Welcome to Acme! Your team account is ready.',
      'Here is what you can do first. Add your colleagues and choose what each of them can see. Connect the sign-in your company already uses, so nobody needs a new password. Pick which e-mails you want from us, and how often.',
      'If you get stuck, our help pages walk you through each step. You can also reply to this e-mail: a real person reads every message and will get back to you within a day.',
      'Your first month is free. If you cancel before it ends, you pay nothing. After that, your invoice will show the tax for your country.'
    ].join('\n\n') + '\n',
    messages: []
  },
  {
    title: 'A Polish notification in official language',
    language: 'pl',
    touchpoint: 'notification',
    text: [
      'Uprzejmie informujemy, że w związku z przeprowadzaną aktualizacją infrastruktury informatycznej funkcjonalności związane z zarządzaniem zamówieniami pozostaną czasowo niedostępne.',
      'Zrealizowanie płatności za zamówienia złożone przed rozpoczęciem prac konserwacyjnych nastąpi automatycznie po przywróceniu pełnej dostępności systemu transakcyjnego.',
      'Powiadomienia dotyczące statusu przesyłek zostaną przekazane niezwłocznie po zakończeniu procedury weryfikacyjnej.',
      'Ewentualne reklamacje dotyczące nieprawidłowości w funkcjonowaniu serwisu prosimy kierować za pośrednictwem formularza kontaktowego dostępnego w ustawieniach konta.',
      'Przepraszamy za wszelkie niedogodności wynikające z konieczności przeprowadzenia niezbędnych prac modernizacyjnych i dziękujemy za wyrozumiałość.',
      'Szczegółowe informacje dotyczące harmonogramu prac udostępniamy systematycznie na stronie internetowej poświęconej komunikatom technicznym.',
      'Zachęcamy również do regularnego sprawdzania skrzynki odbiorczej oraz folderu z wiadomościami.'
    ].join(' ') + '\n',
    messages: ['1:1-1:180: This text has a LIX of 91; keep it to 60 or lower. Use shorter words (now 76% have more than six letters).']
  },
  {
    title: 'A Romanian welcome e-mail that reads easily',
    language: 'ro',
    touchpoint: 'welcome',
    text: [
      'Bine ați venit la Acme! Contul dumneavoastră este gata.',
      'De aici puteți urmări comenzile, salva adresele de livrare și primi ofertele noastre înaintea tuturor. Dacă aveți un cod de reducere, îl puteți folosi chiar de la prima comandă.',
      'Livrarea durează de obicei două sau trei zile. Vă trimitem un e-mail când coletul pleacă din depozit și încă unul când curierul este pe drum.',
      'Aveți o întrebare? Răspundeți la acest e-mail sau sunați-ne de luni până vineri, între 9 și 18. Un om din echipa noastră vă răspunde, nu un robot.',
      'Vă mulțumim că ne-ați ales! Ne bucurăm să vă avem alături.'
    ].join('\n\n') + '\n',
    messages: []
  },
  {
    title: 'A short Catalan notification is never judged, however dense',
    language: 'ca',
    touchpoint: 'notification',
    text: 'L’actualització programada de la infraestructura informàtica interromprà temporalment les funcionalitats administratives relacionades amb la facturació electrònica.\n',
    messages: []
  },
  {
    title: 'A brand that wants its copy very easy to read sets a lower limit',
    language: 'ca',
    config: {tone: {readability: {maxLix: 30}}},
    text: [
      'Benvinguda a Botiga Verda! El teu compte ja està preparat.',
      'Des d’ara pots seguir les comandes, desar les adreces d’enviament i rebre les nostres ofertes abans que ningú. Si tens un codi de descompte, el pots utilitzar en la primera compra.',
      'L’enviament sol tardar dos o tres dies laborables. T’enviarem un correu electrònic quan el paquet surti del magatzem i un altre quan el missatger estigui en camí.',
      'Tens alguna pregunta? Respon aquest correu o truca’ns de dilluns a divendres, de 9 a 18 h. Et respondrà una persona del nostre equip, no pas un robot automàtic.',
      'Gràcies per confiar en nosaltres!'
    ].join('\n\n') + '\n',
    messages: ['1:1-1:27: This text has a LIX of 37; keep it to 30 or lower. Use shorter words (now 26% have more than six letters).']
  }
]

export default examples
