// HTML (.html, .htm), chiefly e-mail templates and HTML signatures: rehype-parse,
// then hast-util-to-nlcst (what rehype-retext runs) for the visible text. It
// leaves out script, style, svg, math and del; `alt` and `title` attributes are
// text a customer reads too, so each becomes a paragraph of its own. Positions
// point into the HTML source. `<html lang>` gives the file's language, as
// frontmatter does in Markdown.
import {unified, type Processor} from 'unified'
import type {Element, Root as HastRoot, Text} from 'hast'
import type {Root as NlcstRoot} from 'nlcst'
import type {Position} from 'unist'
import {visit} from 'unist-util-visit'
import {location, type Location} from 'vfile-location'
import {parserFor} from './prose-parser.js'
import {realignToSource} from './realign.js'
import type {Format, Parsed} from './format.js'
import {deferred} from '../deferred.js'

// Loaded only when an HTML file is linted: parse5 and hast take 60 ms to load.
const parsers = deferred('The HTML parser', async () => {
  const [{default: rehypeParse}, {toNlcst}] = await Promise.all([import('rehype-parse'), import('hast-util-to-nlcst')])
  // verbose: parse5 gives the position of each attribute, which alt text needs.
  const html = unified().use(rehypeParse, {verbose: true}).freeze() as unknown as Processor<HastRoot>
  return {html, toNlcst}
})

/** Attributes whose text a customer reads (screen readers, tooltips, images that do not load). */
const readAttributes = ['alt', 'title'] as const

interface AttributeData {
  position?: {properties?: Record<string, Position | undefined>}
}

export const html: Format = {
  name: 'HTML',
  extensions: ['.html', '.htm'],
  requires: [parsers],
  parse(file) {
    const tree = parsers.value.html.parse(file)
    return {markdown: undefined, markup: tree, frontmatter: languageHint(tree)}
  },
  prose(parsed, file, language) {
    const tree = parsed.markup as HastRoot
    // An empty document has no position, which hast-util-to-nlcst needs.
    if (!tree.position) return {type: 'RootNode', children: []}
    const source = String(file)
    const place = location(file)
    const parser = parserFor(language)
    const {toNlcst} = parsers.value
    const prose = toNlcst(tree, file, parser) as NlcstRoot
    realignToSource(prose, tree, source, place, false)

    const attributes = attributeText(tree, source, place)
    if (attributes.children.length > 0) {
      const extra = toNlcst(attributes, file, parser) as NlcstRoot
      realignToSource(extra, attributes, source, place, false)
      prose.children.push(...extra.children)
      prose.children.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
    }
    return prose
  }
}

/** `<html lang="ro">` as a language hint, placed at the element for messages. */
function languageHint(tree: HastRoot): Parsed['frontmatter'] {
  const root = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html')
  const lang = root?.properties.lang
  if (lang === undefined) return undefined
  return {data: {lang: String(lang)}, offset: root!.position?.start.offset ?? 0, label: 'The <html lang> attribute'}
}

/**
 * A tree of one paragraph per `alt` or `title` value, each text node placed
 * at the value in the source (inside the quotes), so words are found where
 * they are written. Elements that hast-util-to-nlcst skips are skipped here too.
 */
function attributeText(tree: HastRoot, source: string, place: Location): HastRoot {
  const paragraphs: Element[] = []
  visit(tree, 'element', function (node: Element) {
    if (['script', 'style', 'svg', 'math', 'del', 'head'].includes(node.tagName)) return 'skip'
    const positions = (node.data as AttributeData | undefined)?.position?.properties
    for (const name of readAttributes) {
      const value = node.properties[name]
      const attribute = positions?.[name]
      if (typeof value !== 'string' || value.trim() === '' || !attribute) continue
      const position = valuePosition(source, attribute, place)
      if (!position) continue
      const text: Text = {type: 'text', value, position}
      paragraphs.push({type: 'element', tagName: 'p', properties: {}, children: [text], position})
    }
    return undefined
  })
  // hast-util-to-nlcst wants a positioned root: the whole document.
  return {type: 'root', children: paragraphs, position: tree.position!}
}

/** Where the value of `name="value"` (or 'value', or value) sits in the source. */
function valuePosition(source: string, attribute: Position, place: Location): Position | undefined {
  const start = attribute.start.offset
  const end = attribute.end.offset
  if (start === undefined || end === undefined) return undefined
  const raw = source.slice(start, end)
  const match = /^[^=]*=\s*(["']?)/.exec(raw)
  if (!match) return undefined
  const quote = match[1]
  const from = start + match[0].length
  const to = quote && source[end - 1] === quote ? end - 1 : end
  const startPoint = place.toPoint(from)
  const endPoint = place.toPoint(to)
  return startPoint && endPoint ? {start: startPoint, end: endPoint} : undefined
}
