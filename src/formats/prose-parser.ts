// The natural-language parser for a language: parse-english for English,
// parse-latin for every other Latin-script language. These are the parsers
// retext-english and retext-latin wrap.
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import {isEnglish} from '../text/language.js'

export function parserFor(language: string): typeof ParseLatin {
  return isEnglish(language) ? ParseEnglish : ParseLatin
}
