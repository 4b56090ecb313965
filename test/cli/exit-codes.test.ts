// Exit status: 0 clean, 1 findings that fail the run, 2 a usage, config or
// file-system problem told in one line on standard error, never a stack trace.
import {describe, expect, it} from 'vitest'
import {brandvoice, expectFailure, parseReport, requireBuild, useTempProjects} from '../helpers/cli.js'

requireBuild()
const project = useTempProjects()

const config = JSON.stringify({
  brand: {names: ['Inoveo']},
  lexicon: [
    {avoid: ['user', 'users'], use: 'customer'},
    {avoid: 'unfortunately'},
    {avoid: 'ASAP', severity: 'info'}
  ]
})

describe.concurrent('exit status 0 and 1', () => {
  const folder = project({
    '.brandvoicerc.json': config,
    'clean/welcome.md': '# Welcome to Inoveo\n\nThanks for joining, dear customer.\n',
    // Two warnings and an info message, no error.
    'warnings/reply.md': 'Our users love it. Every user gets a reply ASAP.\n',
    'errors/reply.md': 'Unfortunately, INOVEO is down.\n'
  })

  it('exits 0 with nothing on standard output or error when the copy is clean', async () => {
    const run = await brandvoice(['clean'], {cwd: folder})
    expect(run).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('exits 1 when there is an error', async () => {
    const run = await brandvoice(['--format', 'json', 'errors'], {cwd: folder})
    expect(run.code).toBe(1)
    expect(parseReport(run.stdout).errorCount).toBe(2)
    expect(run.stderr).toBe('')
  })

  it('exits 0 with warnings and no --max-warnings, and info messages never count', async () => {
    const run = await brandvoice(['--format', 'json', 'warnings'], {cwd: folder})
    const report = parseReport(run.stdout)
    expect([report.errorCount, report.warningCount, report.infoCount]).toEqual([0, 2, 1])
    expect(run.code).toBe(0)
  })

  it('exits 0 when the warnings are within --max-warnings (equal to it)', async () => {
    const run = await brandvoice(['--max-warnings', '2', 'warnings'], {cwd: folder})
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
  })

  it('exits 1 when the warnings exceed --max-warnings, and says so on standard error', async () => {
    const run = await brandvoice(['--max-warnings', '1', 'warnings'], {cwd: folder})
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('warnings/reply.md')
    expect(run.stderr).toBe('brandvoice: 2 warnings, more than --max-warnings 1 allows.\n')
  })

  it('accepts --max-warnings=0 and counts a single warning in the singular', async () => {
    const one = project({'.brandvoicerc.json': config, 'reply.md': 'Thanks, dear user.\n'})
    const run = await brandvoice(['--max-warnings=0', 'reply.md'], {cwd: one})
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('brandvoice: 1 warning, more than --max-warnings 0 allows.\n')
  })
})

describe.concurrent('exit status 2', () => {
  const folder = project({
    '.brandvoicerc.json': config,
    'welcome.md': 'Unfortunately, INOVEO is down.\n'
  })

  it('for an unknown flag, naming it and the nearest real one', async () => {
    expectFailure(await brandvoice(['--max-warning', '3'], {cwd: folder}), 'brandvoice: Unknown option “--max-warning”. Did you mean “--max-warnings”?')
    expectFailure(await brandvoice(['--frobnicate'], {cwd: folder}), /^brandvoice: Unknown option “--frobnicate”\.$/)
  })

  it('for a path that does not exist, even next to one that does', async () => {
    expectFailure(await brandvoice(['welcome.md', 'emails/missing.md'], {cwd: folder}), 'brandvoice: No such file or folder: “emails/missing.md”.')
  })

  it('for a glob that matches nothing', async () => {
    expectFailure(await brandvoice(['emails/**/*.md'], {cwd: folder}), 'brandvoice: No files match “emails/**/*.md”.')
  })

  it('for an unknown --format', async () => {
    expectFailure(await brandvoice(['--format', 'xml', 'welcome.md'], {cwd: folder}), 'brandvoice: Unknown --format “xml”; expected one of pretty, json, sarif, github.')
  })

  it('for an unknown --touchpoint', async () => {
    expectFailure(await brandvoice(['--touchpoint', 'newsletter', 'welcome.md'], {cwd: folder}), /^brandvoice: Unknown --touchpoint “newsletter”; known touchpoints: welcome, .*generic\.$/)
  })

  it('for a --lang that is not a language tag', async () => {
    expectFailure(await brandvoice(['--lang', 'romanian!', 'welcome.md'], {cwd: folder}), 'brandvoice: --lang “romanian!” is not a language tag')
  })

  it('for a --max-warnings that is not a whole number', async () => {
    expectFailure(await brandvoice(['--max-warnings', 'lots', 'welcome.md'], {cwd: folder}), 'brandvoice: --max-warnings expects a whole number of 0 or more, not “lots”.')
    expectFailure(await brandvoice(['--max-warnings=-1', 'welcome.md'], {cwd: folder}), 'not “-1”')
  })

  it('for --stdin-filename without --stdin, and for --stdin with paths', async () => {
    expectFailure(await brandvoice(['--stdin-filename', 'a.md'], {cwd: folder}), 'brandvoice: --stdin-filename needs --stdin.')
    expectFailure(await brandvoice(['--stdin', 'welcome.md'], {cwd: folder}), 'brandvoice: Give either --stdin or paths, not both.')
  })

  it('for a config error, before anything is linted', async () => {
    const broken = project({
      '.brandvoicerc.json': '{"lexicon": [{"avoid": "user", "use": "customer"},]}',
      'welcome.md': 'Unfortunately, INOVEO is down.\n'
    })
    expectFailure(await brandvoice(['--format', 'json', '.'], {cwd: broken}), 'brandvoice: config error in .brandvoicerc.json:1:51: Invalid JSON: value expected.')
  })

  it('when the report cannot be written', async () => {
    expectFailure(await brandvoice(['--output', 'reports/missing-folder/report.json', 'welcome.md'], {cwd: folder}), 'brandvoice: Cannot write the report to “reports/missing-folder/report.json”')
  })
})
