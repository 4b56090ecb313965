// The registry of built-in rules. The engine receives this list; it never
// imports a rule by name.
import type {Rule} from '../src/rule-api.js'
import preferredTerm from './lexicon/preferred-term.js'
import bannedTerm from './lexicon/banned-term.js'
import brandName from './lexicon/brand-name.js'
import exclamation from './tone/exclamation.js'
import shouting from './tone/shouting.js'
import emoji from './tone/emoji.js'

export const builtinRules: readonly Rule<any>[] = [preferredTerm, bannedTerm, brandName, exclamation, shouting, emoji]
