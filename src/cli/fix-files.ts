// The file-system side of --fix: read a file with what it takes to write it
// back the same way (byte order mark, UTF-8 or UTF-16, mode), and write the
// fixed text atomically, only if nobody changed the file in between.
import {randomBytes} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import {decode, readFromDisk, unreadable, type ReadBytes} from '../files/read.js'

type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be'

export interface ReadFile {
  /** The real file (symbolic links followed): the one written. */
  real: string
  bytes: Uint8Array
  /** The text, without a byte order mark. */
  text: string
  encoding: Encoding
  mode: number
  mtimeMs: number
}

/** `readBytes` reads the file's contents: tests count reads through it. */
export async function readForFix(absolute: string, readBytes: ReadBytes = readFromDisk): Promise<ReadFile | {problem: string}> {
  let real: string
  let bytes: Uint8Array
  let stat
  try {
    real = await fs.realpath(absolute)
    stat = await fs.stat(real)
    bytes = await readBytes(real)
  } catch (error) {
    return {problem: unreadable(error)}
  }
  const decoded = decode(bytes)
  if (!('text' in decoded)) return decoded
  return {real, bytes, text: stripBom(decoded.text), encoding: encodingOf(bytes), mode: stat.mode & 0o7777, mtimeMs: stat.mtimeMs}
}

function encodingOf(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf8-bom'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be'
  return 'utf8'
}

export function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8')
  if (encoding === 'utf8-bom') return Buffer.from('\uFEFF' + text, 'utf8')
  const little = Buffer.from('\uFEFF' + text, 'utf16le')
  if (encoding === 'utf16le') return little
  return little.swap16()
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * Writes `text` over the file read as `read`: into a new file beside it, then
 * renamed over it, so the file is either the old one or the new one whole,
 * with its mode. Returns a reason when it did not write.
 */
export async function writeFixed(read: ReadFile, text: string): Promise<string | undefined> {
  const folder = path.dirname(read.real)
  const temporary = path.join(folder, `.${path.basename(read.real)}.brandvoice-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  try {
    const handle = await fs.open(temporary, 'wx', read.mode)
    try {
      await handle.writeFile(encode(text, read.encoding))
      await handle.sync()
    } finally {
      await handle.close()
    }
    // The umask may have narrowed the mode given to open.
    await fs.chmod(temporary, read.mode)
    // Checked last, just before the rename, so the window for an editor's save is as short as can be.
    const changed = await changedSinceRead(read)
    if (changed) {
      await fs.rm(temporary, {force: true})
      return changed
    }
    await fs.rename(temporary, read.real)
    return undefined
  } catch (error) {
    await fs.rm(temporary, {force: true}).catch(() => {})
    return `brandvoice could not write the fixes to this file, so it left it as it was: ${(error as Error).message}`
  }
}

async function changedSinceRead(read: ReadFile): Promise<string | undefined> {
  const problem = 'This file changed on disk after brandvoice read it, so brandvoice left it alone and did not apply the fixes; run --fix again.'
  try {
    const stat = await fs.stat(read.real)
    if (stat.mtimeMs !== read.mtimeMs) return problem
    const now = await fs.readFile(read.real)
    return Buffer.compare(now, read.bytes) === 0 ? undefined : problem
  } catch {
    return problem
  }
}
