// How the bench reads a corpus: each file's language as the bench's config
// gives it, and the comparison set the in-process variants are timed on.
import {describe, expect, it} from 'vitest'
import {comparisonSet, languageOf, languageOverrides, type Sample} from '../bench/corpus.js'

describe('languageOf', () => {
  it('takes the frontmatter’s lang or language first', () => {
    expect(languageOf('---\nlang: pl\ntouchpoint: welcome\n---\n\nCześć', 'ro/welcome.md')).toBe('pl')
    expect(languageOf('---\nsource: x\nlanguage: "ca"\n---\n\nHola', 'notes.md')).toBe('ca')
  })

  it('ignores a lang line outside the frontmatter', () => {
    expect(languageOf('# Title\n\nlang: ro\n', 'notes.md')).toBe('en')
  })

  it('falls back on a language folder or a -<lang> file name, as the config’s overrides do, else English', () => {
    expect(languageOf('Bună ziua', 'examples/ro/welcome.md')).toBe('ro')
    expect(languageOf('Hola', 'bulk-ca.md')).toBe('ca')
    expect(languageOf('Hello', 'en/welcome.md')).toBe('en')
    expect(languageOf('Hello', 'robots.md')).toBe('en')
  })

  it('has an override for each language it finds by path', () => {
    expect(languageOverrides()).toEqual([
      {files: ['**/ro/**', '**/*-ro.*'], language: 'ro'},
      {files: ['**/pl/**', '**/*-pl.*'], language: 'pl'},
      {files: ['**/ca/**', '**/*-ca.*'], language: 'ca'}
    ])
  })
})

describe('comparisonSet', () => {
  const sample = (name: string, bytes: number): Sample => ({path: `/corpus/${name}`, text: 'x'.repeat(bytes), bytes, language: 'en'})
  const samples = [sample('c.md', 300), sample('bulk.md', 5000), sample('a.md', 200), sample('b.md', 400)]

  it('leaves out files above the size limit and keeps the rest, in path order, when they fit', () => {
    expect(comparisonSet(samples, {maxFileBytes: 1000, maxBytes: 10_000, seed: 1}).map((chosen) => chosen.path)).toEqual(['/corpus/a.md', '/corpus/b.md', '/corpus/c.md'])
  })

  it('draws files in a seeded order up to the total allowed, the same for the same seed', () => {
    const many = Array.from({length: 100}, (_, index) => sample(`${String(index).padStart(3, '0')}.md`, 100))
    const chosen = comparisonSet(many, {maxFileBytes: 1000, maxBytes: 1000, seed: 5})
    expect(chosen).toHaveLength(10)
    expect(chosen).toEqual(comparisonSet(many, {maxFileBytes: 1000, maxBytes: 1000, seed: 5}))
    expect(chosen.map((file) => file.path)).not.toEqual(many.slice(0, 10).map((file) => file.path))
  })
})
