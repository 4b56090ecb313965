// A synthetic corpus for `npm run bench -- --generate 20MB`: Markdown files
// shaped like customer touchpoints (frontmatter with lang and touchpoint,
// headings, paragraphs, lists, links, {{placeholders}}) in en, ro, pl and ca,
// built from the phrase lists in copy-phrases.json. Everything comes from one
// seeded generator, so the same seed and size give a byte-identical corpus on
// any machine: anyone can lint exactly what a published result linted.
import fs from 'node:fs'
import path from 'node:path'
import phraseData from './copy-phrases.json' with {type: 'json'}
import {between, pick, seededRandom, shuffled, type Random} from './random.js'

export const corpusLanguages = ['en', 'ro', 'pl', 'ca'] as const
export type CorpusLanguage = (typeof corpusLanguages)[number]

export const corpusTouchpoints = ['welcome', 'onboarding-email', 'support-reply', 'notification', 'email-signature', 'marketing', 'web-page'] as const
export type CorpusTouchpoint = (typeof corpusTouchpoints)[number]

interface Phrases {
  greetings: string[]
  signoffs: string[]
  team: string
  headings: string[]
  sentences: string[]
  items: string[]
  links: Array<{label: string; url: string}>
  linkLine: string
}

const phrases: Record<CorpusLanguage, Phrases> = phraseData

export interface CorpusOptions {
  seed: number
  /** Stop once the files add up to at least this many bytes (the last file is kept whole). */
  bytes?: number
  /** Stop after this many files. */
  files?: number
  /** Only these touchpoints, e.g. the short ones for a tree of many small files. */
  touchpoints?: readonly CorpusTouchpoint[]
}

export interface GeneratedFile {
  /** Relative, with `/`: `<lang>/<touchpoint>/<touchpoint>-00001.md`. */
  path: string
  text: string
  bytes: number
}

export function* generateFiles(options: CorpusOptions): Generator<GeneratedFile> {
  if (options.bytes === undefined && options.files === undefined) throw new Error('generateFiles needs a size in bytes or a number of files.')
  const touchpoints = options.touchpoints ?? corpusTouchpoints
  const random = seededRandom(options.seed)
  let total = 0
  for (let index = 0; ; index++) {
    if (options.files !== undefined && index >= options.files) return
    if (options.bytes !== undefined && total >= options.bytes) return
    // Languages in turn, so every slice of the corpus has all four.
    const language = corpusLanguages[index % corpusLanguages.length]!
    const touchpoint = pick(random, touchpoints)
    const text = frontmatter(language, touchpoint, random) + body(touchpoint, new Copy(random, phrases[language]))
    const bytes = Buffer.byteLength(text)
    total += bytes
    yield {path: `${language}/${touchpoint}/${touchpoint}-${String(index + 1).padStart(5, '0')}.md`, text, bytes}
  }
}

/** A folder the corpus cannot be written to; its message is one line for the user. */
export class GenerateError extends Error {}

/** Writes the corpus under `directory` (created if missing); it must not hold files already, so no stale file joins the corpus. */
export function writeCorpus(directory: string, options: CorpusOptions): {files: number; bytes: number} {
  try {
    fs.mkdirSync(directory, {recursive: true})
  } catch (error) {
    throw new GenerateError(`Cannot create the folder for the generated corpus, ${directory}: ${(error as Error).message}`)
  }
  if (fs.readdirSync(directory).length > 0) throw new GenerateError(`The folder for the generated corpus, ${directory}, is not empty; give a new or empty folder.`)
  let files = 0
  let bytes = 0
  for (const file of generateFiles(options)) {
    const target = path.join(directory, ...file.path.split('/'))
    fs.mkdirSync(path.dirname(target), {recursive: true})
    fs.writeFileSync(target, file.text)
    files++
    bytes += file.bytes
  }
  return {files, bytes}
}

function frontmatter(language: CorpusLanguage, touchpoint: CorpusTouchpoint, random: Random): string {
  // JSON strings are valid YAML, so a title with a colon or quote stays one value.
  return `---\nlang: ${language}\ntouchpoint: ${touchpoint}\ntitle: ${JSON.stringify(pick(random, phrases[language].headings))}\n---\n\n`
}

/** Blocks of copy in one language, drawn from its phrase lists. */
class Copy {
  constructor(
    readonly random: Random,
    readonly phrases: Phrases
  ) {}

  heading(level: number): string {
    return `${'#'.repeat(level)} ${pick(this.random, this.phrases.headings)}`
  }

  paragraph(min: number, max: number): string {
    return Array.from({length: between(this.random, min, max)}, () => pick(this.random, this.phrases.sentences)).join(' ')
  }

  link(): string {
    const {label, url} = pick(this.random, this.phrases.links)
    return `[${label}](${url})`
  }

  linkLine(): string {
    return this.phrases.linkLine.replace('{link}', this.link())
  }

  /** Items differ within a list, as a real one's do. */
  list(min: number, max: number): string {
    const items = shuffled(this.random, this.phrases.items).slice(0, between(this.random, min, max))
    return items.map((item) => (this.random() < 0.3 ? `- [${item}](${pick(this.random, this.phrases.links).url})` : `- ${item}`)).join('\n')
  }

  greeting(): string {
    return pick(this.random, this.phrases.greetings)
  }

  signoff(agent: boolean): string {
    return [pick(this.random, this.phrases.signoffs), ...(agent ? ['{{agent_name}}'] : []), this.phrases.team].join('\n')
  }
}

/** Touchpoints differ in shape and length: a signature is a few lines, a web page a few sections. */
function body(touchpoint: CorpusTouchpoint, copy: Copy): string {
  const blocks: string[] = []
  switch (touchpoint) {
    case 'email-signature':
      blocks.push(`**{{agent_name}}**\n${copy.phrases.team}\n${copy.link()} · +40 21 555 0${between(copy.random, 100, 199)}`)
      break
    case 'notification':
      blocks.push(copy.heading(1), copy.paragraph(1, 2))
      if (copy.random() < 0.5) blocks.push(copy.linkLine())
      break
    case 'welcome':
      blocks.push(copy.heading(1), copy.greeting(), copy.paragraph(2, 3), copy.list(3, 3), copy.linkLine(), copy.signoff(false))
      break
    case 'support-reply':
      blocks.push(copy.greeting())
      for (let count = between(copy.random, 2, 3); count > 0; count--) blocks.push(copy.paragraph(1, 3))
      blocks.push(copy.signoff(true))
      break
    case 'onboarding-email':
      blocks.push(copy.greeting(), copy.paragraph(2, 3), copy.heading(2), copy.list(3, 5), copy.paragraph(1, 2), copy.linkLine(), copy.signoff(false))
      break
    case 'marketing':
    case 'web-page':
      blocks.push(copy.heading(1), copy.paragraph(2, 4))
      for (let count = between(copy.random, 2, 4); count > 0; count--) {
        blocks.push(copy.heading(2), copy.paragraph(2, 4))
        if (copy.random() < 0.5) blocks.push(copy.list(2, 4))
      }
      blocks.push(copy.linkLine())
      break
  }
  return blocks.join('\n\n') + '\n'
}
