// Read a file as text. Anything that is not text we can trust (invalid
// UTF-8, a binary file) becomes a reason, never an exception: the caller
// reports it on that file and the run goes on.
import fs from 'node:fs/promises'

export type Decoded = {text: string} | {problem: string}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false})

export function decode(bytes: Uint8Array): Decoded {
  // UTF-16 is decoded when it says so with a byte order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {text: new TextDecoder('utf-16le').decode(bytes)}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {text: new TextDecoder('utf-16be').decode(bytes)}
  if (bytes.subarray(0, 8000).includes(0)) {
    return {problem: 'This looks like a binary file (it contains NUL bytes), not text, so brandvoice skipped it.'}
  }
  try {
    // The decoder drops a UTF-8 byte order mark, so it never shifts a position.
    return {text: utf8.decode(bytes)}
  } catch {
    return {problem: `This file is not valid UTF-8 text (first bad byte at offset ${firstInvalidByte(bytes)}); save it as UTF-8 and lint it again.`}
  }
}

function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0
  let high = bytes.length
  // The longest prefix that decodes as the start of a stream.
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (decodes(bytes.subarray(0, middle), true)) low = middle
    else high = middle - 1
  }
  // That prefix may end inside a character (Latin-1 “é” is a lone lead byte
  // to UTF-8); the bad sequence starts where its last whole character ends.
  for (let start = low; start >= Math.max(0, low - 3); start--) {
    if (decodes(bytes.subarray(0, start), false)) return start
  }
  return low
}

function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes, {stream})
    return true
  } catch {
    return false
  }
}

/** How a file's bytes are read; tests count reads through it. */
export type ReadBytes = (absolute: string) => Promise<Uint8Array>

export const readFromDisk: ReadBytes = (file) => fs.readFile(file)

/** Read and decode a file: its text and bytes, or the reason it cannot be linted. */
export async function readText(absolute: string, readBytes: ReadBytes = readFromDisk): Promise<{text: string; bytes: Uint8Array} | {problem: string}> {
  let bytes: Uint8Array
  try {
    bytes = await readBytes(absolute)
  } catch (error) {
    return {problem: unreadable(error)}
  }
  const decoded = decode(bytes)
  return 'text' in decoded ? {text: decoded.text, bytes} : decoded
}

/** The reason given for a file the file system would not read. */
export function unreadable(error: unknown): string {
  return `brandvoice could not read this file: ${(error as Error).message}`
}
