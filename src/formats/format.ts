// A format turns a file's text into trees: the markup tree (when the format
// has markup), its frontmatter, and the prose tree (nlcst) that rules read.
// Parsing markup does not depend on the language; building the prose tree does.
import type {Root as MdastRoot} from 'mdast'
import type {Root as NlcstRoot} from 'nlcst'
import type {VFile} from 'vfile'
import type {Deferred} from '../deferred.js'

export interface Parsed {
  /** The Markdown tree, which rules may read; undefined for other formats. */
  markdown: MdastRoot | undefined
  /** The format's own markup tree, for building the prose tree (HTML's hast). */
  markup?: unknown
  /**
   * Settings the file gives itself (lang, touchpoint), the offset of where it
   * says so (for messages), and what to call that place (“The frontmatter”).
   */
  frontmatter: {data: Record<string, unknown>; offset: number; label?: string} | undefined
}

export interface Format {
  name: string
  extensions: string[]
  parse(file: VFile): Parsed
  prose(parsed: Parsed, file: VFile, language: string): NlcstRoot
  /** Modules loaded only when a file of this format is linted (src/deferred.ts). */
  requires?: readonly Deferred<unknown>[]
}
