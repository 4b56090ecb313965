// What the bench runs inside its own process: the bare parse (the floor no
// linter on these trees can go below) and brandvoice's lintText with the
// bench's config, the same config the CLI gets as a file.
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkRetext from 'remark-retext'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import {VFile} from 'vfile'
import {builtinRules} from '../rules/index.js'
import {ConfigLoader} from '../src/config/load.js'
import {lintText} from '../src/lint.js'
import {prepareLint} from '../src/prepare-lint.js'
import type {UserLexiconEntry} from '../src/lexicon/entry.js'
import {languageOverrides, type Sample} from './corpus.js'

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()
const toEnglish = unified().use(remarkRetext, ParseEnglish as never).freeze()
const toLatin = unified().use(remarkRetext, ParseLatin as never).freeze()

/** remark-parse → remark-retext → parse-english (English) or parse-latin (the rest), no rules. */
export function bareParse(samples: readonly Sample[]): void {
  for (const sample of samples) {
    const file = new VFile({path: sample.path, value: sample.text})
    const tree = markdownParser.parse(file)
    ;(sample.language.startsWith('en') ? toEnglish : toLatin).runSync(tree, file)
  }
}

const lexiconRuleIds = ['lexicon/preferred-term', 'lexicon/banned-term']

/** The bench's config: only the lexicon changes between runs; `lexiconRulesOnly` turns every other rule off. */
export function benchConfig(lexicon: UserLexiconEntry[], lexiconRulesOnly = false): Record<string, unknown> {
  const others = builtinRules.map((rule) => rule.meta.id).filter((id) => !lexiconRuleIds.includes(id))
  return {
    language: 'en',
    brand: {names: ['GitHub', 'Nextcloud', 'Thunderbird']},
    lexicon,
    overrides: languageOverrides(),
    ...(lexiconRulesOnly ? {rules: Object.fromEntries(others.map((id) => [id, 'off']))} : {})
  }
}

/** lintText over texts already in memory, as `--config` would resolve `config` with `base` as the working folder; returns the messages' count. */
export async function inProcessLinter(config: Record<string, unknown>, base: string): Promise<(samples: readonly Sample[]) => number> {
  const loader = new ConfigLoader({rules: builtinRules, cwd: base})
  const project = await loader.fromObject(config, base)
  // The modules the config's rules and each format need, loaded before the timed runs.
  for (const path of ['sample.md', 'sample.html', 'sample.txt']) await prepareLint({path, project, rules: builtinRules})
  return (samples) => {
    let messages = 0
    for (const sample of samples) messages += lintText(sample.text, {path: sample.path, cwd: base, project, rules: builtinRules}).file.messages.length
    return messages
  }
}
