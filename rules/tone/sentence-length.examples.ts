import type {RuleExample} from '../../src/rule-api.js'

const examples: RuleExample[] = [
  {
    title: 'A support reply with one sentence that tries to say everything',
    touchpoint: 'support-reply',
    text:
      'Thanks for getting in touch about your order. We have checked with our warehouse team and your parcel left on Monday, so it should reach you by Thursday at the latest, and you will get an e-mail with the tracking number as soon as the courier scans it.\n',
    messages: ['1:47-1:253: This sentence has 40 words; keep sentences in support replies to 25 words or fewer. Split it in two.']
  },
  {
    title: 'The same reply, split: every sentence reads at a glance',
    touchpoint: 'support-reply',
    text:
      'Thanks for getting in touch about your order. Your parcel left our warehouse on Monday and should reach you by Thursday. We will e-mail you the tracking number as soon as the courier scans it.\n',
    messages: []
  },
  {
    title: 'A Romanian support reply: “nr. 10482” does not end the sentence',
    language: 'ro',
    touchpoint: 'support-reply',
    text:
      'Vă mulțumim că ne-ați scris. Am verificat comanda nr. 10482 și am văzut că a fost livrată la adresa veche, așa că vă trimitem astăzi un colet nou, fără niciun cost pentru dumneavoastră, iar curierul vă va suna înainte.\n',
    messages: ['1:30-1:219: This sentence has 34 words; keep sentences in support replies to 25 words or fewer. Split it in two.']
  },
  {
    title: 'A Polish list of steps: each item is read on its own',
    language: 'pl',
    touchpoint: 'support-reply',
    text:
      'Aby zmienić adres dostawy:\n\n1. Zaloguj się na swoje konto\n2. Otwórz zakładkę Zamówienia i wybierz zamówienie\n3. Kliknij Zmień adres i zapisz zmiany\n4. Sprawdź wiadomość z potwierdzeniem, którą wyślemy na Twój adres e-mail\n',
    messages: []
  },
  {
    title: 'A link does not make a sentence long: URLs and placeholders are not words',
    touchpoint: 'support-reply',
    text:
      'Hi {{customer.first_name}}, you can reset your password at https://help.example.com/account/password-reset?source=support-reply&lang=en within the next 24 hours.\n',
    messages: []
  },
  {
    title: 'A Catalan e-mail signature: each line stands alone',
    language: 'ca',
    touchpoint: 'email-signature',
    text:
      'Salutacions cordials,\nMarta Puig i Soler\nResponsable d’atenció al client a Botiga Verda\nC. Major 12, 08001 Barcelona\nTel. 93 000 00 00 | marta@botigaverda.cat | https://botigaverda.cat\n',
    messages: []
  },
  {
    title: 'A brand that keeps every sentence short, in Catalan',
    language: 'ca',
    config: {tone: {maxSentenceWords: 20}},
    text:
      'Benvinguda a Botiga Verda! Amb el teu compte pots seguir les comandes, desar les adreces d’enviament i rebre abans que ningú les ofertes de temporada que preparem cada mes per als nostres clients.\n',
    messages: ['1:28-1:197: This sentence has 29 words; keep sentences to 20 words or fewer. Split it in two.']
  }
]

export default examples
