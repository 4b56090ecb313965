// Plain text (.txt): no markup and no frontmatter; the whole text is prose,
// parsed by retext-english or retext-latin.
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextLatin from 'retext-latin'
import {isEnglish} from '../text/language.js'
import type {Format} from './format.js'

const english = unified().use(retextEnglish).freeze()
const latin = unified().use(retextLatin).freeze()

export const plainText: Format = {
  name: 'text',
  extensions: ['.txt'],
  parse() {
    return {markdown: undefined, frontmatter: undefined}
  },
  prose(_parsed, file, language) {
    return (isEnglish(language) ? english : latin).parse(file)
  }
}
