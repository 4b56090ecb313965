// Each rule's docs page (docs/rules/<id with / as ->.md), rendered from the
// rule's own meta: description, rationale, severity, scope, options and the
// worked examples with the exact messages the tests expect. build-docs.ts
// writes the pages; test/docs.test.ts checks the committed ones are current.
import path from 'node:path'
import type {Rule, RuleExample} from '../src/rule-api.js'
import {root} from './paths.js'

type AnyRule = Rule<any>

export const rulesDocsDir = path.join(root, 'docs', 'rules')

/** `lexicon/preferred-term` → `lexicon-preferred-term.md`, as docsUrl in src/rule-api.ts links it. */
export function rulePageName(ruleId: string): string {
  return `${ruleId.replace('/', '-')}.md`
}

export function rulePagePath(ruleId: string): string {
  return path.join(rulesDocsDir, rulePageName(ruleId))
}

/** The default severity as a person reads it: off for opt-in rules. */
export function defaultSeverity(rule: AnyRule): string {
  return rule.meta.optIn ? 'off (opt-in)' : rule.meta.severity
}

/** The rule's row in the README's rules table. */
export function readmeRow(rule: AnyRule): string {
  const {id, description} = rule.meta
  return `| [\`${id}\`](docs/rules/${rulePageName(id)}) | ${defaultSeverity(rule)} | ${description} |`
}

/** Config keys documented in docs/configuration.md, by the heading anchor of their section. */
const configSections: Record<string, string> = {
  brand: 'brand',
  lexicon: 'lexicon',
  tone: 'tone',
  touchpoints: 'touchpoints',
  language: 'language',
  overrides: 'overrides',
  rules: 'rules'
}

/** JSON as people write configs: a value that fits on one line stays on one line. */
export function formatJson(value: unknown, indent = ''): string {
  const inline = oneLine(value)
  if (indent.length + inline.length <= 120 || value === null || typeof value !== 'object') return inline
  const inner = indent + '  '
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => inner + formatJson(item, inner)).join(',\n')}\n${indent}]`
  }
  const entries = Object.entries(value as Record<string, unknown>)
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner)}`).join(',\n')}\n${indent}}`
}

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${oneLine(item)}`).join(', ')}}`
  }
  return JSON.stringify(value)
}

function fence(text: string, info = ''): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const marks = '`'.repeat(Math.max(3, longest + 1))
  return `${marks}${info}\n${text.replace(/\n+$/, '')}\n${marks}`
}

function scope(value: '*' | string[], all: string): string {
  return value === '*' ? all : value.map((item) => `\`${item}\``).join(', ')
}

function optionsSection(rule: AnyRule): string {
  const {id} = rule.meta
  const properties = (rule.meta.optionsSchema.properties ?? {}) as Record<string, {type?: string; description?: string}>
  const defaults = rule.meta.defaults as Record<string, unknown>
  const names = Object.keys(properties)
  const severityOnly = fence(formatJson({rules: {[id]: 'error'}}), 'json')
  if (names.length === 0) {
    return [
      'This rule has no options. Turn it on or off, or change its severity, in `rules`:',
      '',
      severityOnly
    ].join('\n')
  }
  const rows = names.map(function (name) {
    const property = properties[name]!
    const fallback = name in defaults ? `\`${JSON.stringify(defaults[name])}\`` : '—'
    return `| \`${name}\` | ${property.type ?? '—'} | ${fallback} | ${property.description ?? ''} |`
  })
  const withOptions = fence(formatJson({rules: {[id]: ['warning', defaults]}}), 'json')
  return [
    'Give options as `[severity, options]` in `rules`:',
    '',
    withOptions,
    '',
    '| Option | Type | Default | What it does |',
    '| --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

/** The config most examples share, shown once above them; undefined when no two share one. */
function sharedConfig(examples: readonly RuleExample[]): string | undefined {
  const counts = new Map<string, number>()
  for (const example of examples) {
    if (!example.config) continue
    const key = JSON.stringify(example.config)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const [key, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? []
  return key !== undefined && count! > 1 ? key : undefined
}

function exampleSection(example: RuleExample, shared: string | undefined): string {
  const facts = [
    `language \`${example.language ?? 'en'}\``,
    `touchpoint \`${example.touchpoint ?? 'generic'}\``,
    example.format === 'txt' ? 'plain text (`.txt`)' : 'Markdown (`.md`)'
  ]
  const parts = [`### ${example.title}`, '', `Copy in ${facts.join(', ')}.`, '']
  if (example.config && JSON.stringify(example.config) === shared) {
    parts.push('Config: the shared config above.', '')
  } else if (example.config) {
    parts.push('Config:', '', fence(formatJson(example.config), 'json'), '')
  } else {
    parts.push('Config: none, so `brandvoice:recommended` alone.', '')
  }
  parts.push('Copy:', '', fence(example.text, example.format === 'txt' ? 'text' : 'markdown'), '')
  if (example.messages.length === 0) {
    parts.push('Not flagged: brandvoice reports nothing here.')
  } else {
    parts.push('Messages (`line:column-line:column: message`):', '', fence(example.messages.join('\n'), 'text'))
  }
  return parts.join('\n')
}

function configuredThrough(rule: AnyRule): string | undefined {
  const keys = new Set<string>()
  for (const example of rule.meta.examples) {
    for (const key of Object.keys(example.config ?? {})) if (key in configSections) keys.add(key)
  }
  if (keys.size === 0) return undefined
  const links = [...keys].map((key) => `[\`${key}\`](../configuration.md#${configSections[key]})`)
  return `The rule works from these parts of your config: ${links.join(', ')}.`
}

/** Where a rule lives, by the registry's convention: rules/<id>.ts. */
export function ruleSource(ruleId: string): string {
  return `rules/${ruleId}.ts`
}

export function renderRulePage(rule: AnyRule): string {
  const {meta} = rule
  const through = configuredThrough(rule)
  const shared = sharedConfig(meta.examples)
  const lines = [
    `<!-- Generated from the rule's meta in ${ruleSource(meta.id)} by \`npm run build:docs\`. Edit the rule, not this page. -->`,
    '',
    `# ${meta.id}`,
    '',
    '| | |',
    '| --- | --- |',
    `| Default severity | ${defaultSeverity(rule)}${meta.optIn ? '' : ' (on in `brandvoice:recommended`)'} |`,
    `| Languages | ${scope(meta.languages, 'all')} |`,
    `| Touchpoints | ${scope(meta.touchpoints, 'all')} |`,
    '',
    '## What it checks',
    '',
    meta.description,
    ...(through ? ['', through] : []),
    '',
    'The examples below show exactly what it reports. Lines and columns start at 1, and the end of a range is the column just after the last character.',
    '',
    '## Why',
    '',
    meta.rationale,
    '',
    '## Options',
    '',
    optionsSection(rule),
    '',
    '## Examples',
    '',
    'These examples run as tests (test/rules/examples.test.ts), so the messages below are the ones brandvoice gives today.',
    ...(shared ? ['', 'The config the examples share:', '', fence(formatJson(JSON.parse(shared)), 'json')] : []),
    ...meta.examples.flatMap((example) => ['', exampleSection(example, shared)]),
    ''
  ]
  return lines.join('\n')
}
