// Markdown: remark-parse with YAML frontmatter, then remark-retext to nlcst.
// remark-retext runs in its mutating mode with a parser class: in bridge mode
// it always tokenises with ParseLatin, which would lose parse-english's
// handling of English abbreviations and elisions.
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkRetext from 'remark-retext'
import type {Root as NlcstRoot} from 'nlcst'
import type {Root as MdastRoot} from 'mdast'
import {parseFrontmatter} from './frontmatter.js'
import {parserFor} from './prose-parser.js'
import {realignToSource} from './realign.js'
import {location} from 'vfile-location'
import type {Format} from './format.js'

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

const bridges = new Map<string, ReturnType<typeof bridgeFor>>()

function bridgeFor(language: string) {
  return unified()
    .use(remarkRetext, parserFor(language) as any)
    .freeze()
}

export const markdown: Format = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  parse(file) {
    const tree = markdownParser.parse(file)
    const yaml = tree.children.find((node) => node.type === 'yaml')
    return {
      markdown: tree,
      frontmatter: yaml ? parseFrontmatter(yaml.value, file, yaml.position?.start.offset ?? 0) : undefined
    }
  },
  prose(parsed, file, language) {
    const parser = parserFor(language)
    let bridge = bridges.get(parser.name)
    if (!bridge) {
      bridge = bridgeFor(language)
      bridges.set(parser.name, bridge)
    }
    const prose = bridge.runSync(parsed.markdown as MdastRoot, file) as unknown as NlcstRoot
    realignToSource(prose, parsed.markdown as MdastRoot, String(file), location(file))
    return prose
  }
}
