// tone/condescending: phrases that talk down to a customer who is stuck
// (“just click”, “it's easy”, ro “pur și simplu”, pl “wystarczy kliknąć”,
// ca “només cal”). The phrases and their hints are data: condescending.json.
import {defineRule} from '../../src/rule-api.js'
import {wordListOptionsSchema, type WordListOptions} from '../../src/word-lists.js'
import data from './condescending.json' with {type: 'json'}
import examples from './condescending.examples.js'
import {loadPhraseLists, reportPhrases, type PhraseData} from './phrase-lists.js'

const phrases = loadPhraseLists(data as PhraseData)

export default defineRule<WordListOptions>(
  {
    id: 'tone/condescending',
    description: 'Flags phrases that talk down to a customer who is stuck, such as “just click”, “it’s easy” or “obviously”.',
    severity: 'warning',
    languages: ['en', 'ro', 'pl', 'ca'],
    recommended: {touchpoints: ['support-reply', 'onboarding-email']},
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: wordListOptionsSchema('condescending phrases')
    },
    defaults: {},
    rationale: [
      'A customer who writes to support is already stuck. Telling them to “just click Save”, that “it’s easy” or that the answer is “obviously” in the settings says the problem is them: they feel slow, and the next reply is angrier. The same words in an onboarding e-mail make a new customer who does not find the button feel it is their fault. Describe the step and leave the judgement out.',
      '',
      'Precision matters more than catching every case, so lone words that are often innocent are flagged only in the phrases where they talk down:',
      '',
      '- “just” and “simply” only before a step (“just click”, “simply go to”, “just need to”); not “we just shipped a fix”, “I’ll just check”, “just let us know” or “simply reply to this e-mail”, which invite the customer to write.',
      '- “easy” and “simple” only after “it’s”, “it is”, “this is” (“it’s easy to fix”); not “an easy-to-use editor”, and not “it’s easy to miss”, which is kind.',
      '- “of course” only in “of course you need to / have to / must”: “Of course we’ll refund you” is warm. Romanian “desigur” and “evident”, Polish “oczywiście” and Catalan “és clar”, “òbviament” and “evidentment” are not listed for the same reason: in a reply they mostly mean “of course we will”. English “obviously” is listed, but not after “we” or “I”.',
      '- Romanian “ușor” also means “slightly” (“ușor diferit”): it is flagged only in “e ușor să” and “este ușor să”. “Pur și simplu” is flagged, but not in “pur și simplu nu” (“this page simply does not exist”).',
      '- Polish “po prostu” is everyday filler (“po prostu nie wiemy”): it is flagged only before a step (“po prostu kliknij”, “po prostu zaktualizować”), and “wystarczy” only before one (“wystarczy kliknąć”), not in “to wystarczy” or “nie wystarczy”. “To proste” is not listed: it mostly begins “to proste narzędzie”.',
      '- Catalan “simplement” and “només cal” are flagged, but not “simplement no”, “només cal que ens…” (a request to write to you) or “només cal esperar” (reassurance); “fàcil” only in “és fàcil”, not in “és fàcil que” (“it is likely that”) or “no és fàcil”.',
      '',
      'Quoted text is not checked: a Markdown block quote, or the lines of a plain-text e-mail that start with `>`, hold the customer’s words, not the brand’s.',
      '',
      'Add phrases your brand avoids, or take built-in ones out, with the options below; the built-in phrases are listed in rules/tone/condescending.json.'
    ].join('\n'),
    examples
  },
  function (context) {
    reportPhrases(context, phrases, 'can talk down to a customer who is stuck: say what to do, step by step')
  }
)
