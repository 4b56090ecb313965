// Function words per language (data: function-words.json): the articles,
// pronouns and prepositions every sentence of running text has, so a
// sentence's function words say which language it is in.
import data from './function-words.json' with {type: 'json'}
import {primarySubtag} from './language.js'

const lists = data as unknown as Record<string, string[]>

export const functionWords: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(lists)
    .filter(([language]) => language !== '$comment')
    .map(([language, words]) => [language, new Set(words)])
)

/** How many of the words (lower case) are function words of `language` and not of `other`. */
export function functionWordCount(words: readonly string[], language: string, other: string): number {
  const mine = functionWords.get(primarySubtag(language))
  const theirs = functionWords.get(primarySubtag(other))
  if (!mine) return 0
  return words.filter((word) => mine.has(word) && !theirs?.has(word)).length
}
