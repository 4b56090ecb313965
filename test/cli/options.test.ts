// The command-line options other than the report format: --stdin and
// --stdin-filename, --quiet, --output, --print-config, --list-rules,
// --version and --help.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {builtinRules} from '../../rules/index.js'
import {bin, brandvoice, brief, expectFailure, fileIn, fixtures, parseReport, requireBuild, root, useTempProjects} from '../helpers/cli.js'

requireBuild()
const project = useTempProjects()

/** test/fixtures/project: a content repo with touchpoints, overrides, ignores and a stricter drafts/ config. */
const repo = path.join(fixtures, 'project')

describe.concurrent('--stdin', () => {
  const draft = '# An awesome welcome\n\nWelcome, new user.\n'

  it('resolves the config from the --stdin-filename folder and reports the given name', async () => {
    const run = await brandvoice(['--stdin', '--stdin-filename', 'drafts/welcome.md', '--format', 'json'], {cwd: repo, stdin: draft})
    const report = parseReport(run.stdout)
    expect(report.files.map((file) => [file.path, file.language, file.touchpoint])).toEqual([['drafts/welcome.md', 'en', 'welcome']])
    // drafts/.brandvoicerc.yaml adds “awesome” and makes preferred terms errors.
    expect(report.files[0]!.messages.map(brief)).toEqual([
      '1:6-1:13 error lexicon/preferred-term: Use “useful” instead of “awesome” (drafts are where hype creeps in).',
      '3:14-3:18 error lexicon/preferred-term: Use “customer” instead of “user”.'
    ])
    expect(run.code).toBe(1)
  })

  it('uses the project config for a name in another folder (which need not exist)', async () => {
    const run = await brandvoice(['--stdin', '--stdin-filename', 'emails/new/welcome.md', '--format', 'json'], {cwd: repo, stdin: draft})
    const report = parseReport(run.stdout)
    expect(report.files[0]!.path).toBe('emails/new/welcome.md')
    expect(report.files[0]!.messages.map(brief)).toEqual(['3:14-3:18 warning lexicon/preferred-term: Use “customer” instead of “user”.'])
    expect(run.code).toBe(0)
  })

  it('names the file as --stdin-filename gives it, in the pretty report as in JSON, and applies the touchpoint globs', async () => {
    const json = parseReport((await brandvoice(['--stdin', '--stdin-filename', './drafts/welcome.md', '--format', 'json'], {cwd: repo, stdin: draft})).stdout)
    expect(json.files.map((file) => [file.path, file.touchpoint])).toEqual([['./drafts/welcome.md', 'welcome']])
    const pretty = await brandvoice(['--stdin', '--stdin-filename', './drafts/welcome.md'], {cwd: repo, stdin: draft, env: {NO_COLOR: '1'}})
    expect(pretty.stdout.split('\n')[0]).toBe('./drafts/welcome.md')
  })

  it('calls the text stdin.md without --stdin-filename, with the working folder’s config', async () => {
    const run = await brandvoice(['--stdin', '--format', 'json'], {cwd: repo, stdin: draft})
    const report = parseReport(run.stdout)
    expect(report.files.map((file) => [file.path, file.touchpoint])).toEqual([['stdin.md', 'generic']])
    expect(report.files[0]!.messages.map(brief)).toEqual(['3:14-3:18 warning lexicon/preferred-term: Use “customer” instead of “user”.'])
  })

  it('takes the format from the --stdin-filename extension', async () => {
    const copy = 'Run `user add` to start.\n'
    const asMarkdown = await brandvoice(['--stdin', '--stdin-filename', 'notes.md', '--format', 'json'], {cwd: repo, stdin: copy})
    const asText = await brandvoice(['--stdin', '--stdin-filename', 'notes.txt', '--format', 'json'], {cwd: repo, stdin: copy})
    // In Markdown `user add` is code; in plain text it is prose.
    expect(parseReport(asMarkdown.stdout).files[0]!.messages).toEqual([])
    expect(parseReport(asText.stdout).files[0]!.messages.map(brief)).toEqual(['1:6-1:10 warning lexicon/preferred-term: Use “customer” instead of “user”.'])
  })
})

describe.concurrent('--lang and --touchpoint', () => {
  it('apply to every linted file whose frontmatter does not say otherwise', async () => {
    const run = await brandvoice(['--lang', 'pl', '--touchpoint', 'marketing', '--format', 'json', 'emails', 'support'], {cwd: repo})
    const settings = parseReport(run.stdout).files.map((file) => `${file.path} ${file.language} ${file.touchpoint}`)
    expect(settings).toEqual([
      // Its frontmatter says lang: ro and touchpoint: support-reply.
      'emails/reactivare.md ro support-reply',
      'emails/welcome.md pl marketing',
      'support/refund.md pl marketing'
    ])
  })
})

describe.concurrent('--quiet', () => {
  const folder = project({
    '.brandvoicerc.json': JSON.stringify({lexicon: [{avoid: 'unfortunately'}, {avoid: 'users', use: 'customers'}, {avoid: 'ASAP', severity: 'info'}]}),
    'reply.md': 'Unfortunately our users get it ASAP.\n',
    'welcome.md': 'Our users love it.\n'
  })

  it('reports errors only, still lists every file, and counts what it reports', async () => {
    const loud = parseReport((await brandvoice(['--format', 'json', '.'], {cwd: folder})).stdout)
    expect([loud.errorCount, loud.warningCount, loud.infoCount]).toEqual([1, 2, 1])

    const run = await brandvoice(['--quiet', '--format', 'json', '.'], {cwd: folder})
    const quiet = parseReport(run.stdout)
    expect(quiet.files.map((file) => file.path)).toEqual(['reply.md', 'welcome.md'])
    expect(fileIn(quiet, 'reply.md').messages.map(brief)).toEqual(['1:1-1:14 error lexicon/banned-term: Avoid “Unfortunately”: the brand does not use this word.'])
    expect(fileIn(quiet, 'welcome.md').messages).toEqual([])
    expect([quiet.errorCount, quiet.warningCount, quiet.infoCount]).toEqual([1, 0, 0])
    expect(run.code).toBe(1)
  })

  it('prints nothing in the pretty report for a file with only warnings', async () => {
    const run = await brandvoice(['--quiet', 'welcome.md'], {cwd: folder})
    expect(run).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('leaves --max-warnings nothing to count, as ESLint 9 does', async () => {
    expect((await brandvoice(['--max-warnings', '0', 'welcome.md'], {cwd: folder})).code).toBe(1)
    expect((await brandvoice(['--quiet', '--max-warnings', '0', 'welcome.md'], {cwd: folder})).code).toBe(0)
  })
})

describe.concurrent('--output', () => {
  it('writes the report to the file and nothing to standard output, with the same exit status', async () => {
    const folder = project({
      '.brandvoicerc.json': JSON.stringify({lexicon: [{avoid: 'unfortunately'}]}),
      'reply.md': 'Unfortunately, no.\n'
    })
    const direct = await brandvoice(['--format', 'json', 'reply.md'], {cwd: folder})
    const run = await brandvoice(['--format', 'json', '--output', 'reports/../report.json', 'reply.md'], {cwd: folder})
    expect(run).toEqual({code: 1, stdout: '', stderr: ''})
    expect(fs.readFileSync(path.join(folder, 'report.json'), 'utf8')).toBe(direct.stdout)

    const pretty = await brandvoice(['--output', 'report.txt', 'reply.md'], {cwd: folder})
    expect(pretty.stdout).toBe('')
    expect(fs.readFileSync(path.join(folder, 'report.txt'), 'utf8')).toBe(
      'reply.md\n1:1-1:14 error Avoid “Unfortunately”: the brand does not use this word. lexicon/banned-term brandvoice\n\n✖ 1 error\n'
    )
  })
  it('never writes colour codes into the report file, even with FORCE_COLOR', async () => {
    const folder = project({
      '.brandvoicerc.json': JSON.stringify({lexicon: [{avoid: 'unfortunately'}]}),
      'reply.md': 'Unfortunately, no.\n'
    })
    await brandvoice(['--output', 'report.txt', 'reply.md'], {cwd: folder, env: {FORCE_COLOR: '1'}})
    expect(fs.readFileSync(path.join(folder, 'report.txt'), 'utf8')).not.toContain('\u001b[')
  })
})

describe.concurrent('--print-config', () => {
  interface Printed {
    path: string
    configFile: string | null
    language: string
    touchpoint: string
    rules: Record<string, {severity: string; options: Record<string, unknown>}>
    brand: {names: string[]; acronyms: string[]}
    lexicon: Array<{avoid: string[]; use: string[]}>
    touchpoints: Record<string, {files: string[]}>
    ignore: string[]
  }
  const print = async (cwd: string, ...args: string[]) => {
    const run = await brandvoice(['--print-config', ...args], {cwd})
    expect(run.code, run.stderr).toBe(0)
    return JSON.parse(run.stdout) as Printed
  }
  const where = (printed: Printed) => `${printed.language} ${printed.touchpoint}`

  // Frontmatter > --lang/--touchpoint > config (overrides, touchpoints globs, language) > en/generic.
  const folder = project({
    '.brandvoicerc.json': JSON.stringify({
      language: 'pl',
      touchpoints: {'support-reply': {files: ['support/**']}, welcome: {files: ['**/welcome*']}},
      overrides: [{files: ['ro/**'], language: 'ro'}]
    }),
    'plain.md': 'Hello.\n',
    'ro/welcome.md': 'Bun venit.\n',
    'support/reply.md': 'Hello.\n',
    'frontmatter.md': '---\nlang: ro\ntouchpoint: support-reply\n---\n\nBună ziua.\n',
    'lang-only.md': '---\nlang: ca\n---\n\nBon dia.\n'
  })

  it('prints the whole settings of a file, with the config that governs it', async () => {
    const printed = await print(repo, 'legal/terms.md')
    expect(Object.keys(printed)).toEqual(['path', 'configFile', 'language', 'touchpoint', 'rules', 'brand', 'lexicon', 'tone', 'placeholders', 'touchpoints', 'ignore'])
    expect(printed.path).toBe('legal/terms.md')
    expect(printed.configFile).toBe('.brandvoicerc.json')
    // The legal/** override turns preferred terms off; the other rules of brandvoice:recommended stay on.
    const recommendedHere = builtinRules
      .filter(({meta}) => !meta.optIn && !meta.recommended?.touchpoints && (meta.languages === '*' || meta.languages.includes('en')))
      .map(({meta}) => meta.id)
    expect(Object.keys(printed.rules).sort()).toEqual(recommendedHere.filter((id) => id !== 'lexicon/preferred-term').sort())
    expect(printed.brand).toEqual({names: ['Inoveo'], acronyms: []})
    expect(printed.lexicon.map((entry) => entry.avoid)).toEqual([['user', 'users'], ['unfortunately'], ['utilizator*']])
    expect(printed.ignore).toEqual(['archive/', '**/CHANGELOG.md'])
  })

  it('shows the nearest config, merged with what it extends', async () => {
    const printed = await print(repo, 'drafts/welcome.md')
    expect(printed.configFile).toBe('drafts/.brandvoicerc.yaml')
    expect(printed.rules['lexicon/preferred-term']).toEqual({severity: 'error', options: {}})
    expect(printed.lexicon.map((entry) => entry.avoid[0])).toEqual(['user', 'unfortunately', 'utilizator*', 'awesome'])
  })

  it('falls back to en and generic, and the recommended rules, with no config', async () => {
    const bare = project({'note.md': 'Hello.\n'})
    const printed = await print(bare, 'note.md')
    expect(printed.configFile).toBeNull()
    expect(where(printed)).toBe('en generic')
    const onEverywhere = builtinRules.filter(({meta}) => !meta.optIn && !meta.recommended?.touchpoints && (meta.languages === '*' || meta.languages.includes('en')))
    expect(Object.keys(printed.rules).sort()).toEqual(onEverywhere.map((rule) => rule.meta.id).sort())
  })

  it('takes the config’s language, overrides[].language and touchpoints globs', async () => {
    expect(where(await print(folder, 'plain.md'))).toBe('pl generic')
    expect(where(await print(folder, 'ro/welcome.md'))).toBe('ro welcome')
    expect(where(await print(folder, 'support/reply.md'))).toBe('pl support-reply')
  })

  it('lets --lang and --touchpoint win over the config', async () => {
    expect(where(await print(folder, 'ro/welcome.md', '--lang', 'de', '--touchpoint', 'notification'))).toBe('de notification')
  })

  it('lets frontmatter win over --lang and --touchpoint, each key on its own', async () => {
    expect(where(await print(folder, 'frontmatter.md', '--lang', 'de', '--touchpoint', 'notification'))).toBe('ro support-reply')
    expect(where(await print(folder, 'lang-only.md', '--lang', 'de', '--touchpoint', 'notification'))).toBe('ca notification')
  })

  it('exits 2 when the config of the file is broken', async () => {
    const broken = project({'.brandvoicerc.yaml': 'language: [en\n', 'note.md': 'Hello.\n'})
    expectFailure(await brandvoice(['--print-config', 'note.md'], {cwd: broken}), /^brandvoice: config error in \.brandvoicerc\.yaml:2:1: Invalid YAML: /)
  })
})

describe.concurrent('--list-rules, --version, --help', () => {
  it('lists every rule with its default severity and description', async () => {
    const run = await brandvoice(['--list-rules'], {cwd: repo})
    expect(run.code).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(builtinRules.length)
    builtinRules.forEach((rule, index) => {
      const [id, severity, ...description] = lines[index]!.split(/\s{2,}/)
      expect([id, severity, description.join('  ')]).toEqual([rule.meta.id, rule.meta.optIn ? 'opt-in' : rule.meta.severity, rule.meta.description])
    })
  })

  it('lists the rules as JSON with --format json', async () => {
    const run = await brandvoice(['--list-rules', '--format', 'json'], {cwd: repo})
    expect(JSON.parse(run.stdout)).toEqual(
      builtinRules.map(({meta}) => ({id: meta.id, severity: meta.severity, optIn: Boolean(meta.optIn), description: meta.description}))
    )
  })

  it('prints the package version with --version and -v', async () => {
    const {version} = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
    expect(await brandvoice(['--version'], {cwd: repo})).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
    expect(await brandvoice(['-v'], {cwd: repo})).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
  })

  it('runs as a command of its own, as `npx brandvoice` runs it on a fresh clone (the build makes it executable)', () => {
    const {version} = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
    const run = spawnSync(bin, ['--version'], {encoding: 'utf8'})
    expect([run.status, run.stdout]).toEqual([0, `${version}\n`])
  })

  it('prints the usage, naming every option, with --help and -h', async () => {
    const run = await brandvoice(['--help'], {cwd: repo})
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^Usage: brandvoice \[options\] \[paths or globs\.\.\.\]\n/)
    for (const option of ['--config', '--format', '--output', '--stdin', '--stdin-filename', '--lang', '--touchpoint', '--quiet', '--max-warnings', '--shard', '--print-config', '--list-rules', '--version', '--help']) {
      expect(run.stdout).toMatch(new RegExp(`^ +(-[a-z], )?${option} `, 'm'))
    }
    expect((await brandvoice(['-h'], {cwd: repo})).stdout).toBe(run.stdout)
  })
})
