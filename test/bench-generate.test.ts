// The bench's generated corpus: reproducible byte for byte from its seed, and
// shaped like touchpoint copy that brandvoice reads (frontmatter, languages).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {corpusLanguages, corpusTouchpoints, generateFiles, GenerateError, writeCorpus} from '../bench/generate-corpus.js'
import {parseSize, SizeError} from '../bench/size.js'

const folders: string[] = []
function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-generate-'))
  folders.push(folder)
  return folder
}
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, {recursive: true, force: true})
})

/** Every file under `folder`, relative path → bytes. */
function readTree(folder: string): Map<string, Buffer> {
  const files = fs.readdirSync(folder, {recursive: true, encoding: 'utf8'}).filter((file) => fs.statSync(path.join(folder, file)).isFile())
  return new Map(files.sort().map((file) => [file, fs.readFileSync(path.join(folder, file))]))
}

describe('writeCorpus', () => {
  it('writes a byte-identical corpus for the same seed and size', () => {
    const [first, second] = [tempFolder(), tempFolder()]
    writeCorpus(first, {seed: 7, bytes: 50_000})
    writeCorpus(second, {seed: 7, bytes: 50_000})
    const [a, b] = [readTree(first), readTree(second)]
    expect([...a.keys()]).toEqual([...b.keys()])
    for (const [file, bytes] of a) expect(bytes.equals(b.get(file)!), file).toBe(true)
  })

  it('writes a different corpus for another seed', () => {
    const [first, second] = [tempFolder(), tempFolder()]
    writeCorpus(first, {seed: 7, bytes: 20_000})
    writeCorpus(second, {seed: 8, bytes: 20_000})
    const joined = (tree: Map<string, Buffer>) => Buffer.concat([...tree.values()]).toString('utf8')
    expect(joined(readTree(first))).not.toBe(joined(readTree(second)))
  })

  it('reaches the size asked for, keeping the last file whole, and reports what it wrote', () => {
    const folder = tempFolder()
    const written = writeCorpus(folder, {seed: 1, bytes: 30_000})
    const tree = readTree(folder)
    const bytes = [...tree.values()].reduce((sum, file) => sum + file.length, 0)
    expect(written).toEqual({files: tree.size, bytes})
    expect(bytes).toBeGreaterThanOrEqual(30_000)
    const largest = Math.max(...[...tree.values()].map((file) => file.length))
    expect(bytes - 30_000).toBeLessThan(largest)
  })

  it('refuses a folder that already holds files, so no stale file joins the corpus', () => {
    const folder = tempFolder()
    fs.writeFileSync(path.join(folder, 'old.md'), 'old')
    expect(() => writeCorpus(folder, {seed: 1, files: 1})).toThrow(GenerateError)
  })
})

describe('generateFiles', () => {
  const files = [...generateFiles({seed: 3, files: 200})]

  it('gives each file frontmatter with its language and touchpoint, matching its path', () => {
    for (const file of files) {
      const [language, touchpoint] = file.path.split('/')
      expect(file.text.startsWith(`---\nlang: ${language}\ntouchpoint: ${touchpoint}\ntitle: `), file.path).toBe(true)
      expect(file.bytes).toBe(Buffer.byteLength(file.text))
    }
  })

  it('covers the four languages in turn and every touchpoint shape', () => {
    expect(files.slice(0, 8).map((file) => file.path.split('/')[0])).toEqual([...corpusLanguages, ...corpusLanguages])
    expect(new Set(files.map((file) => file.path.split('/')[1]))).toEqual(new Set(corpusTouchpoints))
  })

  it('writes copy with headings, lists, links and placeholders, in the file’s language', () => {
    const all = files.map((file) => file.text).join('\n')
    expect(all).toMatch(/^# \S/m)
    expect(all).toMatch(/^## \S/m)
    expect(all).toMatch(/^- \S/m)
    expect(all).toMatch(/\[[^\]]+\]\(https:\/\/[^)]+\)/)
    expect(all).toContain('{{first_name}}')
    const romanian = files.filter((file) => file.path.startsWith('ro/')).map((file) => file.text).join('\n')
    expect(romanian).toMatch(/[ăâîșț]/)
    const polish = files.filter((file) => file.path.startsWith('pl/')).map((file) => file.text).join('\n')
    expect(polish).toMatch(/[ąęłńóśźż]/)
  })

  it('keeps to the touchpoints asked for, for a tree of many small files', () => {
    const small = [...generateFiles({seed: 3, files: 50, touchpoints: ['notification', 'email-signature']})]
    expect(small).toHaveLength(50)
    expect(new Set(small.map((file) => file.path.split('/')[1]))).toEqual(new Set(['notification', 'email-signature']))
  })

  it('starts the same for the same seed whatever the limit, so a smaller tree is a prefix of a larger one', () => {
    const fewer = [...generateFiles({seed: 3, files: 20})]
    expect(fewer).toEqual(files.slice(0, 20))
  })
})

describe('parseSize', () => {
  it('reads decimal sizes, as the MB/s figures count', () => {
    expect(parseSize('500KB', '--generate')).toBe(500_000)
    expect(parseSize('20MB', '--generate')).toBe(20_000_000)
    expect(parseSize('1.5mb', '--generate')).toBe(1_500_000)
    expect(parseSize('900 B', '--generate')).toBe(900)
  })

  it('names the option and the expected form for anything else', () => {
    expect(() => parseSize('20', '--generate')).toThrow(new SizeError('--generate expects a size such as 500KB or 20MB, not “20”.'))
    expect(() => parseSize('lots', '--sample')).toThrow(/^--sample expects a size/)
  })
})
