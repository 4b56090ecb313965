// tone/blame: phrases that put the fault on the customer (“you should have
// read”, “as I already said”, ro “din vina dumneavoastră”, pl “z Pana winy”,
// ca “com ja us he dit”). The phrases and their hints are data: blame.json.
import {defineRule} from '../../src/rule-api.js'
import {wordListOptionsSchema, type WordListOptions} from '../../src/word-lists.js'
import data from './blame.json' with {type: 'json'}
import examples from './blame.examples.js'
import {loadPhraseLists, reportPhrases, type PhraseData} from './phrase-lists.js'

const phrases = loadPhraseLists(data as PhraseData)

export default defineRule<WordListOptions>(
  {
    id: 'tone/blame',
    description: 'Flags phrases that put the fault on the customer, such as “you should have read”, “your mistake” or “as I already said”.',
    severity: 'warning',
    languages: ['en', 'ro', 'pl', 'ca'],
    recommended: {touchpoints: ['support-reply']},
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: wordListOptionsSchema('blaming phrases')
    },
    defaults: {},
    rationale: [
      'A support reply that tells the customer what they should have done, or that they were already told, wins the argument and loses the customer. Whoever made the mistake, the customer wants to know what happens next: say that instead.',
      '',
      'Precision matters more than catching every case, so phrases that also have innocent uses are listed only where they blame:',
      '',
      '- “You should have” only with what the customer should have done (“you should have read”, “you should have contacted us”); “You should have received an e-mail” is an expectation, not blame. Likewise Romanian “ar fi trebuit să” only with a step in the second person (“ar fi trebuit să citiți”), so “ar fi trebuit să primiți un e-mail” and the apology “ar fi trebuit să vă anunțăm” are not flagged.',
      '- Polish “powinien Pan był” and Catalan “hauríeu d’haver” are flagged, except with what the customer should have received, seen or been able to do (“powinien Pan był otrzymać”, “hauríeu d’haver rebut”). Catalan “hauria d’haver” alone is not listed: it is just as often “I should have” or “the parcel should have”.',
      '- “Your mistake”, “your fault”, “din vina dumneavoastră”, “z Pana winy”, “per culpa vostra” are flagged, but not “it’s not your fault”, “nu din vina dumneavoastră”, “nie z Pana winy”, “no és culpa vostra”, which take the blame off the customer. “Your error” is not listed: it is mostly the error message the customer sees.',
      '- “As I already said” and its kin are flagged only with “already” or “before” (“cum v-am spus deja”, “com ja us he dit”); Polish “jak już pisałem” only in the first person, so “jak już Pani pisała” (“as you wrote”) is not flagged.',
      '',
      'Quoted text is not checked: a Markdown block quote, or the lines of a plain-text e-mail that start with `>`, hold the customer’s words, not the brand’s.',
      '',
      'Add phrases your brand avoids, or take built-in ones out, with the options below; the built-in phrases are listed in rules/tone/blame.json.'
    ].join('\n'),
    examples
  },
  function (context) {
    reportPhrases(context, phrases, 'puts the fault on the customer: say what happens next instead')
  }
)
