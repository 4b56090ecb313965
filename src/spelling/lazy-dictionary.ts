// A Hunspell dictionary for nspell that loads its words as they are needed.
// nspell expands every word of a dictionary with all its affixes when it is
// loaded: the Romanian dictionary takes a second, the Polish one 9 s and
// 700 MB, the Catalan one did not finish in five minutes. A text uses a tiny
// part of a dictionary, so the dictionary's lines are grouped by the first
// letters of their stem (folded: lower case, no diacritics), and a group is
// added to nspell only when a word that could come from it is looked up.
//
// Why the groups are exact: a suffix strips letters from the end of a stem
// and a prefix adds (or strips) letters at its start, so a word shares the
// first letters of its stem, once a prefix is taken off, except those the
// suffixes can strip: a stem is grouped by the letters no suffix reaches.
import nspell from 'nspell'

/**
 * At most how many folded letters name a group. Fewer leave groups that are
 * large because many words start alike (Catalan des-, con-: 7,000 and 3,500
 * stems with three letters); measured on the Catalan corpus, 114 words of a
 * welcome message load 29,888 lines with three letters and 2,119 with eight.
 */
const keyLength = 8
/** Suggestions keep the word's first letters: typos there are rare, and loading every group for them is not. */
const suggestionPrefix = 2

export interface SpellChecker {
  /** Whether the word is in the dictionary (in any of its affixed forms). */
  correct(word: string): boolean
  /** Up to `max` suggestions that start with the word's first two letters (diacritics aside). */
  suggest(word: string, max: number): string[]
}

interface AffixRule {
  strip: string
  add: string
  continuation: string[]
}

export function foldForKey(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/[’ʼ]/g, "'")
}

export class LazyDictionary implements SpellChecker {
  readonly #spell: ReturnType<typeof nspell>
  readonly #groups = new Map<string, string[]>()
  readonly #prefixes: AffixRule[] = []
  /** Elisions written before a word (`l'`, `d'`), folded. */
  readonly #elisions: string[]
  /** Words looked up so far: a linter asks about the same words again and again. */
  readonly #known = new Map<string, boolean>()
  readonly #compoundRules: string[]

  constructor(aff: string, dic: string) {
    const flagFormat = /^FLAG\s+(\S+)/m.exec(aff)?.[1]
    const splitFlags = flagSplitter(flagFormat)
    ;({aff, dic} = separateSharedFlags(aff, dic, flagFormat, splitFlags))
    const {suffixes, prefixes} = parseAffixes(aff, splitFlags)
    // Elisions (Catalan l', d', s') are prefixes to nspell, which would write
    // out every form of a word with each of them: a Catalan verb's fifty forms
    // times twenty elisions. The dictionary gets the words without them, and
    // `correct` takes an elision off before it looks a word up.
    const elisionFlags = new Set([...prefixes].filter(([, rules]) => rules.every(isElision)).map(([flag]) => flag))
    this.#elisions = [...new Set([...prefixes.values()].flat().filter(isElision).map((rule) => foldForKey(rule.add)))]
    this.#prefixes = [...prefixes]
      .filter(([flag]) => !elisionFlags.has(flag))
      .flatMap(([, rules]) => rules)
      .filter((rule) => rule.add !== '' || rule.strip !== '')
    const reach = suffixReach(suffixes)
    // nspell builds its compound patterns from the words that carry the
    // flags a COMPOUNDRULE names (English: 1st, 22nd), so those come first.
    const compoundFlags = new Set(
      [...aff.matchAll(/^COMPOUNDRULE\s+(\S+)/gm)].flatMap((match) => (/^\d+$/.test(match[1]!) ? [] : splitFlags(match[1]!.replace(/[*?()]/g, ''))))
    )

    const always: string[] = []
    const lines = dic.split('\n')
    // The first line is the count of words.
    for (let index = 1; index < lines.length; index++) {
      let line = lines[index]!
      if (line === '' || line.charCodeAt(0) === 9) continue
      const slash = unescapedSlash(line)
      const stem = (slash < 0 ? line.split(/[\s#]/, 1)[0]! : line.slice(0, slash)).replace(/\\\//g, '/')
      const flags = slash < 0 ? [] : splitFlags(line.slice(slash + 1).split(/[\s#]/, 1)[0]!)
      if (flags.some((flag) => elisionFlags.has(flag))) line = withoutFlags(line, slash, flags, elisionFlags, flagFormat)
      let stripped = 0
      for (const flag of flags) stripped = Math.max(stripped, reach.get(flag) ?? 0)
      // How many of the stem's first letters every word made from it keeps.
      // Dictionaries are composed (NFC): a letter is one character before folding.
      const kept = Math.min(keyLength, stem.length - stripped)
      if (kept < 1 || flags.some((flag) => compoundFlags.has(flag))) always.push(line)
      else {
        const key = foldForKey(stem.slice(0, kept + 1)).slice(0, kept)
        const group = this.#groups.get(key)
        if (group) group.push(line)
        else this.#groups.set(key, [line])
      }
    }
    this.#spell = nspell(aff)
    this.#compoundRules = [...(this.#spell as unknown as {compoundRules: string[]}).compoundRules]
    this.#add(always)
  }

  correct(word: string): boolean {
    let known = this.#known.get(word)
    if (known === undefined) {
      this.#load(word)
      known = this.#spell.correct(word)
      if (!known) {
        const elided = this.#withoutElision(word)
        if (elided !== undefined) known = this.correct(elided)
      }
      this.#known.set(word, known)
    }
    return known
  }

  /** `usuari` for `l'usuari`, when the dictionary has that elision. */
  #withoutElision(word: string): string | undefined {
    const apostrophe = word.search(/['’]/)
    if (apostrophe < 1 || apostrophe === word.length - 1) return undefined
    return this.#elisions.includes(foldForKey(word.slice(0, apostrophe + 1))) ? word.slice(apostrophe + 1) : undefined
  }

  suggest(word: string, max: number): string[] {
    // nspell suggests from the words it has. Every group whose words could
    // start like this word is loaded, and only such suggestions are kept, so
    // the answer does not depend on which files were linted before.
    const start = foldForKey(word).slice(0, suggestionPrefix)
    this.#load(word)
    for (const key of [...this.#groups.keys()]) if (key.startsWith(start) || start.startsWith(key)) this.#loadGroup(key)
    return this.#spell
      .suggest(word)
      .filter((suggestion) => foldForKey(suggestion).startsWith(start))
      .slice(0, max)
  }

  /** Loads every group a stem of `word` could be in. */
  #load(word: string): void {
    const folded = foldForKey(word)
    this.#loadGroups(folded)
    for (const prefix of this.#prefixes) {
      const add = foldForKey(prefix.add)
      if (folded.startsWith(add)) this.#loadGroups(foldForKey(prefix.strip) + folded.slice(add.length))
    }
  }

  /** A stem that keeps only its first letter or two is grouped by those. */
  #loadGroups(start: string): void {
    for (let length = 1; length <= keyLength; length++) this.#loadGroup(start.slice(0, length))
  }

  #loadGroup(key: string): void {
    const group = this.#groups.get(key)
    if (!group) return
    this.#groups.delete(key)
    this.#add(group)
  }

  #add(lines: string[]): void {
    if (lines.length === 0) return
    // nspell turns its COMPOUNDRULE strings into patterns on every dictionary
    // it adds, and reads the patterns of the last time as empty ones that
    // match any word; it gets the strings again each time.
    const spell = this.#spell as unknown as {compoundRules: unknown[]}
    spell.compoundRules = [...this.#compoundRules]
    this.#spell.dictionary(`${lines.length}\n${lines.join('\n')}`)
  }
}

function flagSplitter(format: string | undefined): (flags: string) => string[] {
  if (format === 'long') return (flags) => flags.match(/[\s\S]{1,2}/g) ?? []
  if (format === 'num') return (flags) => (flags === '' ? [] : flags.split(','))
  return (flags) => [...flags]
}

function isElision(rule: AffixRule): boolean {
  return /['’]/.test(rule.add)
}

/** The dictionary line with some of its flags taken out. */
function withoutFlags(line: string, slash: number, flags: string[], drop: Set<string>, format: string | undefined): string {
  const kept = flags.filter((flag) => !drop.has(flag)).join(format === 'num' ? ',' : '')
  const rest = line.slice(slash + 1).replace(/^[^\s#]*/, '')
  return kept === '' ? line.slice(0, slash) + rest : `${line.slice(0, slash)}/${kept}${rest}`
}

function unescapedSlash(line: string): number {
  let slash = line.indexOf('/')
  while (slash > 0 && line[slash - 1] === '\\') slash = line.indexOf('/', slash + 1)
  return slash
}

/** The PFX and SFX rules of an affix file, by flag. */
function parseAffixes(aff: string, splitFlags: (flags: string) => string[]) {
  const suffixes = new Map<string, AffixRule[]>()
  const prefixes = new Map<string, AffixRule[]>()
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/)
    const kind = parts[0]
    if ((kind !== 'SFX' && kind !== 'PFX') || parts.length < 4) continue
    // A header (`SFX A Y 12`) has no condition; a rule has strip, add and condition.
    if ((parts[2] === 'Y' || parts[2] === 'N') && /^\d+$/.test(parts[3]!)) continue
    const [add = '', continuation = ''] = parts[3]!.split('/')
    const rule: AffixRule = {
      strip: parts[2] === '0' ? '' : parts[2]!,
      add: add === '0' ? '' : add,
      continuation: splitFlags(continuation)
    }
    const byFlag = kind === 'SFX' ? suffixes : prefixes
    const rules = byFlag.get(parts[1]!)
    if (rules) rules.push(rule)
    else byFlag.set(parts[1]!, [rule])
  }
  return {suffixes, prefixes}
}

/**
 * How many letters of a stem each suffix flag can take away, a continuation
 * suffix included (it strips from the word the first suffix made, so it
 * reaches the stem only past what the first one added).
 */
function suffixReach(suffixes: Map<string, AffixRule[]>): Map<string, number> {
  const own = new Map<string, number>()
  for (const [flag, rules] of suffixes) own.set(flag, Math.max(...rules.map((rule) => rule.strip.length)))
  const reach = new Map<string, number>()
  for (const [flag, rules] of suffixes) {
    let most = 0
    for (const rule of rules) {
      let next = 0
      for (const flag of rule.continuation) next = Math.max(next, own.get(flag) ?? 0)
      most = Math.max(most, rule.strip.length + Math.max(0, next - rule.add.length))
    }
    reach.set(flag, most)
  }
  return reach
}

/**
 * Hunspell lets one flag name both a prefix class and a suffix class (the
 * Romanian dictionary's `SFX Q` and `PFX Q`: adjective endings and `ne-`).
 * nspell keeps one class per flag, so the prefix class replaced the suffix
 * class and words such as „următorul” or „verificați” were unknown. Each
 * such prefix class gets a flag of its own (a private-use character), and
 * every word or continuation carrying the shared flag carries the new one too.
 */
export function separateSharedFlags(
  aff: string,
  dic: string,
  flagFormat: string | undefined,
  splitFlags: (flags: string) => string[]
): {aff: string; dic: string} {
  if (flagFormat === 'num') return {aff, dic}
  const headers = (kind: string) => new Set([...aff.matchAll(new RegExp(`^${kind}\\s+(\\S+)\\s+[YN]\\s+\\d+`, 'gm'))].map((match) => match[1]!))
  const suffixFlags = headers('SFX')
  const shared = [...headers('PFX')].filter((flag) => suffixFlags.has(flag))
  if (shared.length === 0) return {aff, dic}
  const width = flagFormat === 'long' ? 2 : 1
  const renamed = new Map(shared.map((flag, index) => [flag, String.fromCharCode(0xe000 + index).repeat(width)]))
  const withNew = (flags: string) => flags + splitFlags(flags).map((flag) => renamed.get(flag) ?? '').join('')

  const affLines = aff.split('\n').map((line) => {
    const match = /^(PFX|SFX)(\s+)(\S+)(\s+\S+\s+)([^\s/]+)\/(\S+)(.*)$/.exec(line)
    let result = line
    if (match) result = `${match[1]}${match[2]}${match[3]}${match[4]}${match[5]}/${withNew(match[6]!)}${match[7]}`
    const prefix = /^PFX(\s+)(\S+)(\s.*)$/.exec(result)
    if (prefix && renamed.has(prefix[2]!)) result = `PFX${prefix[1]}${renamed.get(prefix[2]!)}${prefix[3]}`
    return result
  })
  const flagged = new RegExp(`/[^\\s]*[${shared.join('').replace(/[\\\]^-]/g, '\\$&')}]`)
  const dicLines = dic.split('\n').map((line) => {
    if (!flagged.test(line)) return line
    const slash = unescapedSlash(line)
    if (slash < 0) return line
    const rest = line.slice(slash + 1)
    const end = rest.search(/[\s#]|$/)
    return `${line.slice(0, slash + 1)}${withNew(rest.slice(0, end))}${rest.slice(end)}`
  })
  return {aff: affLines.join('\n'), dic: dicLines.join('\n')}
}
