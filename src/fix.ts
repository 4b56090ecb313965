// Fixes: the text that replaces a message's range when its correction is
// unambiguous. A rule gives one with `report({fix})`; the engine keeps it
// only where the file holds exactly the words the rule read, so a fix never
// writes over an escape, an entity or markup the rule did not see. Ranges are
// UTF-16 offsets into the file's text as decoded, a byte order mark not
// counted: that is the text an editor, the LSP and SARIF readers count in.
import type {VFile} from 'vfile'

export interface Fix {
  /** Start and end (exclusive) UTF-16 offsets into the file's text, a byte order mark not counted. */
  range: [number, number]
  text: string
}

declare module 'vfile-message' {
  interface VFileMessage {
    fix?: Fix | undefined
  }
}

/** Drops fixes whose range does not hold the rule's `actual` text. */
export function settleFixes(file: VFile): void {
  const text = String(file.value)
  for (const message of file.messages) {
    const fix = message.fix
    if (!fix) continue
    const [start, end] = fix.range
    if (message.actual !== undefined && text.slice(start, end) !== message.actual) delete message.fix
  }
}

/** Whether a replacement can go into a catalog value as it is, with no escaping in any of the catalog formats. */
export function isPlainCatalogText(text: string): boolean {
  return !/["'\\\n\r\t]/.test(text)
}

/** Drops fixes whose range touches one of `ranges` (the frontmatter): settings a file gives itself are never rewritten. */
export function dropFixesIn(file: VFile, ranges: ReadonlyArray<readonly [number, number]>): void {
  for (const message of file.messages) {
    const fix = message.fix
    if (fix && ranges.some(([start, end]) => fix.range[0] < end && fix.range[1] > start)) delete message.fix
  }
}
