// Frontmatter is YAML; a broken block is reported on the file and ignored,
// never a reason to stop the run.
import {parse, YAMLParseError} from 'yaml'
import type {VFile} from 'vfile'
import {fileWarning} from '../file-messages.js'

export function parseFrontmatter(
  text: string,
  file: VFile,
  offset: number
): {data: Record<string, unknown>; offset: number} | undefined {
  try {
    const data: unknown = parse(text, {maxAliasCount: 100})
    if (data === null || data === undefined) return {data: {}, offset}
    if (typeof data === 'object' && !Array.isArray(data)) return {data: data as Record<string, unknown>, offset}
    fileWarning(file, offset, 'The frontmatter is not a list of `key: value` pairs, so brandvoice ignores it.')
  } catch (error) {
    // YAML positions are relative to the block, which starts after its `---` line.
    const blockStart = String(file).indexOf(text, offset)
    const at = error instanceof YAMLParseError && blockStart >= 0 ? blockStart + error.pos[0] : offset
    // The library's own position counts lines within the block; the message's place is the file's.
    const reason = error instanceof Error ? error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') : String(error)
    fileWarning(file, at, `The frontmatter is not valid YAML (${reason}), so brandvoice ignores it.`)
  }
  return undefined
}
