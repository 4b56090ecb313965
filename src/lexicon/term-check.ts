// Why a lexicon term, as a config writes it, could never match or would match
// nearly everything. The config is refused for such a term rather than the
// linter staying silent about it.
import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'

// parse-english merges every word that parse-latin merges and a few more, so
// a word it splits is split in every language.
const parser = new ParseEnglish()

export function termProblem(term: string): string | undefined {
  if (term.trim() === '') return 'is empty; write the word or phrase to avoid.'
  for (const word of term.trim().split(/\s+/u)) {
    const star = word.indexOf('*')
    if (star !== -1 && star !== word.length - 1) {
      return `“${term}” has a * inside a word; a * may only end a word (client*).`
    }
    if (star !== -1 && [...word].length < 3) {
      return `“${term}” would match almost every word; write at least two letters before the *.`
    }
    const bare = star === -1 ? word : word.slice(0, -1)
    const mark = splittingMark(bare)
    if (mark !== undefined) {
      return `“${term}” can never match: “${mark}” splits “${bare}” into separate words, and a term matches whole words with only spaces between them.`
    }
  }
  return undefined
}

/** The first mark that makes the parser read `word` as more than one word, if any. */
function splittingMark(word: string): string | undefined {
  // Between two words, as in running text: a full stop at the very end of a
  // text is read as the end of a sentence, in the middle as part of the word.
  const paragraph = parser.parse(`Some ${word} here`).children[0] as Paragraph
  const tokens = paragraph.children
    .flatMap((child): SentenceContent[] => (child.type === 'SentenceNode' ? (child as Sentence).children : [child]))
    .slice(2, -2)
  if (tokens.length === 1 && tokens[0]!.type === 'WordNode') return undefined
  const mark = tokens.find((token) => token.type !== 'WordNode')
  return mark ? toString(mark) : word
}
