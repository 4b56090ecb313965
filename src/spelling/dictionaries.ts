// Spelling dictionaries by language, loaded the first time a file in that
// language asks for one: an English-only run never reads the Romanian
// dictionary. Which package serves which language is data (dictionaries.json).
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import packages from './dictionaries.json' with {type: 'json'}
import {primarySubtag} from '../text/language.js'
import {LazyDictionary, type SpellChecker} from './lazy-dictionary.js'

export type {SpellChecker} from './lazy-dictionary.js'

const packageByLanguage = packages as unknown as Record<string, string | undefined>
const loaded = new Map<string, SpellChecker>()

/** Whether brandvoice has a dictionary for the language (`ro`, `pl-PL`). */
export function hasDictionary(language: string): boolean {
  const subtag = primarySubtag(language)
  return subtag !== '$comment' && packageByLanguage[subtag] !== undefined
}

/** The language's dictionary, read on first use; undefined for a language without one. */
export function dictionaryFor(language: string): SpellChecker | undefined {
  if (!hasDictionary(language)) return undefined
  const subtag = primarySubtag(language)
  let dictionary = loaded.get(subtag)
  if (!dictionary) {
    // The packages read their files with top-level await; rules run
    // synchronously, so the two files beside the entry point are read here.
    const entry = fileURLToPath(import.meta.resolve(packageByLanguage[subtag]!))
    const read = (name: string) => fs.readFileSync(new URL(name, `file://${entry}`), 'utf8')
    dictionary = new LazyDictionary(read('index.aff'), read('index.dic'))
    loaded.set(subtag, dictionary)
  }
  return dictionary
}

/** Languages whose dictionary has been read in this process (for tests and the benchmark). */
export function loadedDictionaries(): string[] {
  return [...loaded.keys()]
}
