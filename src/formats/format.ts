// A format turns a file's text into trees: the markup tree (when the format
// has markup), its frontmatter, and the prose tree (nlcst) that rules read.
// Parsing markup does not depend on the language; building the prose tree does.
import type {Root as MdastRoot} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'

export interface Parsed {
  markdown: MdastRoot | undefined
  /** Frontmatter data, and the offset of its text in the file (for messages). */
  frontmatter: {data: Record<string, unknown>; offset: number} | undefined
}

export interface Format {
  name: string
  extensions: string[]
  parse(file: VFile): Parsed
  prose(parsed: Parsed, file: VFile, language: string): NlcstRoot
}
