// decode: text brandvoice can trust, or one reason why not (never a throw).
import {describe, expect, it} from 'vitest'
import {decode} from '../../src/files/read.js'

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))))
const invalidAt = (offset: number) => ({problem: `This file is not valid UTF-8 text (first bad byte at offset ${offset}); save it as UTF-8 and lint it again.`})

describe('decode', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(decode(bytes('Bun venit, ț ș ă 🎉'))).toEqual({text: 'Bun venit, ț ș ă 🎉'})
    expect(decode(bytes([0xef, 0xbb, 0xbf], 'Hello'))).toEqual({text: 'Hello'})
  })

  it('decodes UTF-16 that starts with its byte order mark', () => {
    expect(decode(Buffer.from('\uFEFFBună ziua', 'utf16le'))).toEqual({text: 'Bună ziua'})
    const bigEndian = Buffer.from('\uFEFFBună ziua', 'utf16le').swap16()
    expect(decode(bigEndian)).toEqual({text: 'Bună ziua'})
  })

  it('calls a file with a NUL byte binary', () => {
    expect(decode(bytes([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({problem: 'This looks like a binary file (it contains NUL bytes), not text, so brandvoice skipped it.'})
  })

  it('points at the first byte of the bad sequence', () => {
    // Latin-1 “é” (0xe9) followed by a space: a lead byte with no continuation.
    expect(decode(bytes('Caf', [0xe9], ' users'))).toEqual(invalidAt(3))
    // The same at the very end of the file.
    expect(decode(bytes('Caf', [0xe9]))).toEqual(invalidAt(3))
    // A continuation byte with no lead byte.
    expect(decode(bytes('Ca', [0x80], 'f'))).toEqual(invalidAt(2))
    // A three-byte sequence cut after two bytes, after two-byte letters.
    expect(decode(bytes('ăâ', [0xe2, 0x82], 'x'))).toEqual(invalidAt(4))
    // Offsets count the file's bytes, byte order mark included.
    expect(decode(bytes([0xef, 0xbb, 0xbf], 'ok ț', [0xff]))).toEqual(invalidAt(8))
  })
})
