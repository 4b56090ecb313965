// The files the bench lints: read once into memory, each with the language
// the bench's config gives it, plus the smaller comparison set on which the
// many in-process variants (lexicon sizes, textlint) are timed.
import fs from 'node:fs'
import path from 'node:path'
import {seededRandom, shuffled} from './random.js'

export interface Sample {
  path: string
  text: string
  bytes: number
  language: string
}

export interface Corpus {
  samples: Sample[]
  bytes: number
  /** The folder the CLI runs in and the config's globs are relative to: the files' nearest common folder. */
  base: string
}

export const benchLanguages = ['en', 'ro', 'pl', 'ca'] as const

/** Markdown and plain text: what the bare parse (remark) can read as the CLI does. */
const linted = /\.(md|markdown|txt)$/i

export function collectFiles(directory: string, into: string[] = []): string[] {
  const entries = fs.readdirSync(directory, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) collectFiles(full, into)
    else if (linted.test(entry.name)) into.push(full)
  }
  return into
}

/**
 * Frontmatter `lang`/`language` first, as the linter reads it; otherwise a
 * `<lang>/` folder or a `-<lang>.md` name in the path relative to the corpus's
 * base, which the bench's config maps with overrides (`languageOverrides`);
 * otherwise English, the config's default.
 */
export function languageOf(text: string, relativePath: string): string {
  const frontmatter = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? ''
  const declared = /^(?:lang|language):\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)/m.exec(frontmatter)
  if (declared) return declared[1]!
  const segments = relativePath.split(/[\\/]/)
  const name = segments.pop()!
  // As with overrides, the last one that matches wins.
  let language = 'en'
  for (const override of languageOverrides()) {
    if (segments.includes(override.language) || name.includes(`-${override.language}.`)) language = override.language
  }
  return language
}

/** The config overrides that give the CLI the same languages as `languageOf`. */
export function languageOverrides(): Array<{files: string[]; language: string}> {
  return benchLanguages.filter((language) => language !== 'en').map((language) => ({files: [`**/${language}/**`, `**/*-${language}.*`], language}))
}

export function loadCorpus(files: readonly string[]): Corpus {
  const base = commonFolder(files)
  const samples = files.map((file) => {
    const text = fs.readFileSync(file, 'utf8')
    return {path: file, text, bytes: Buffer.byteLength(text), language: languageOf(text, path.relative(base, file))}
  })
  return {samples, bytes: total(samples), base}
}

export function total(samples: readonly Sample[]): number {
  return samples.reduce((sum, sample) => sum + sample.bytes, 0)
}

function commonFolder(files: readonly string[]): string {
  if (files.length === 0) return process.cwd()
  let common = path.dirname(files[0]!)
  for (const file of files) {
    while (path.relative(common, file).startsWith('..')) common = path.dirname(common)
  }
  return common
}

export interface ComparisonOptions {
  /** Files larger than this are left out: the bulk files of ../shared/corpus are not touchpoints, and would take most of the time. */
  maxFileBytes: number
  /** At most this many bytes in all, drawn in a seeded order so every language and folder can be in it. */
  maxBytes: number
  seed: number
}

/** The files the in-process variants are compared on, in path order. */
export function comparisonSet(samples: readonly Sample[], options: ComparisonOptions): Sample[] {
  const small = samples.filter((sample) => sample.bytes <= options.maxFileBytes)
  const chosen: Sample[] = []
  let bytes = 0
  for (const sample of total(small) <= options.maxBytes ? small : shuffled(seededRandom(options.seed), small)) {
    if (bytes + sample.bytes > options.maxBytes) continue
    chosen.push(sample)
    bytes += sample.bytes
  }
  return chosen.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

