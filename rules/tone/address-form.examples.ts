import type {RuleExample} from '../../src/rule-api.js'

const formal = {tone: {address: 'formal' as const}}
const informal = {tone: {address: 'informal' as const}}

const examples: RuleExample[] = [
  {
    title: 'An informal Romanian welcome from a formal brand',
    language: 'ro',
    touchpoint: 'welcome',
    config: formal,
    text: 'Bine ai venit! Te rugăm să îți confirmi adresa de e-mail, apoi abonează-te la noutăți. Contul tău este gata.\n',
    messages: [
      '1:16-1:18: Use “Vă” instead of “Te”: this brand addresses customers formally.',
      '1:28-1:31: Use “vă” instead of “îți”: this brand addresses customers formally.',
      '1:64-1:75: Rephrase “abonează-te”, which addresses the customer informally: this brand addresses customers formally.',
      '1:95-1:98: Use “dumneavoastră” instead of “tău”: this brand addresses customers formally.'
    ]
  },
  {
    title: 'Without `tone.address`, the rarer form in a Romanian reply that mixes both',
    language: 'ro',
    touchpoint: 'support-reply',
    text: 'Vă mulțumim pentru mesajul dumneavoastră. Am atașat factura dvs. la acest e-mail. Te mai putem ajuta cu ceva?\n',
    messages: [
      '1:83-1:85: Use “Vă” instead of “Te”: most of this file addresses the customer formally (formal twice, informal once).'
    ]
  },
  {
    title: 'Quoted speech is not the brand talking to the reader',
    language: 'ro',
    touchpoint: 'marketing',
    config: formal,
    text: 'Ana ne-a scris: „Tu ai fost singurul care m-a sunat înapoi!” Vă mulțumim, Ana.\n',
    messages: []
  },
  {
    title: 'A Polish confirmation written with “Twoja” where the brand says “Pan” or “Pani”',
    language: 'pl',
    touchpoint: 'notification',
    config: formal,
    text: 'Dziękujemy za zamówienie! Twoja paczka wyruszyła, a kurier zadzwoni do Ciebie przed doręczeniem.\n',
    messages: [
      '1:27-1:32: Use “Pana” or “Pani” instead of “Twoja”: this brand addresses customers formally.',
      '1:72-1:78: Use “Pana” or “Pani” instead of “Ciebie”: this brand addresses customers formally.'
    ]
  },
  {
    title: 'Polish third persons (“pan Kowalski”, “Pani Anna”) are not formal address',
    language: 'pl',
    touchpoint: 'support-reply',
    config: informal,
    text: 'Cześć! Twoje zgłoszenie przejął pan Kowalski. Pani Anna z działu płatności zadzwoni do Ciebie jutro.\n',
    messages: []
  },
  {
    title: 'Catalan informal forms, elided and enclitic, in a formal brand’s e-mail',
    language: 'ca',
    touchpoint: 'onboarding-email',
    config: formal,
    text: "T'enviem el codi d'accés. El teu gestor et trucarà per ajudar-te.\n",
    messages: [
      "1:1-1:9: Rephrase “T'enviem”, which addresses the customer informally: this brand addresses customers formally.",
      '1:30-1:33: Use “seu” instead of “teu”: this brand addresses customers formally.',
      '1:41-1:43: Rephrase “et”, which addresses the customer informally: this brand addresses customers formally.',
      '1:56-1:65: Rephrase “ajudar-te”, which addresses the customer informally: this brand addresses customers formally.'
    ]
  },
  {
    title: 'Catalan “et cetera” and a quoted customer are left alone',
    language: 'ca',
    touchpoint: 'marketing',
    config: formal,
    text: 'Factures, rebuts et cetera: tot en un lloc. Una clienta ens diu: «Tu sí que saps cuidar els detalls.»\n',
    messages: []
  },
  {
    title: 'Spanish “usted” in an informal brand’s notification',
    language: 'es',
    touchpoint: 'notification',
    config: informal,
    text: 'Hemos recibido su pago. Si usted no reconoce este cargo, escríbenos.\n',
    messages: ['1:28-1:33: Use “tú” instead of “usted”: this brand addresses customers informally.']
  },
  {
    title: 'French: “vous” and “votre” where the brand says “tu”; “le ton” is a tone',
    language: 'fr',
    touchpoint: 'welcome',
    config: informal,
    text: 'Bienvenue ! Nous avons changé le ton de nos e-mails : votre avis compte, écrivez-nous si vous aimez.\n',
    messages: [
      '1:55-1:60: Use “ton” or “ta” instead of “votre”: this brand addresses customers informally.',
      '1:90-1:94: Use “tu”, “te” or “toi” instead of “vous”: this brand addresses customers informally.'
    ]
  },
  {
    title: 'German: “Sie” counts only capitalised mid-sentence',
    language: 'de',
    touchpoint: 'support-reply',
    config: informal,
    text: 'Sie ist ab heute deine Ansprechpartnerin. Danke, dass Sie gewartet haben!\n',
    messages: ['1:55-1:58: Use “du” or “dich” instead of “Sie”: this brand addresses customers informally.']
  }
]

export default examples
