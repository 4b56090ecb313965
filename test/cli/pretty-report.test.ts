// The pretty report, for people: a golden run, only files with findings, and
// colour as NO_COLOR and FORCE_COLOR say (off when piped).
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {brandvoice, fixtures, requireBuild} from '../helpers/cli.js'

requireBuild()

const golden = path.join(fixtures, 'golden')
const expected = fs.readFileSync(path.join(golden, 'expected-pretty.txt'), 'utf8')
const ansi = /\u001b\[[0-9;]*m/g

describe.concurrent('pretty report', () => {
  it('is exactly the committed expected-pretty.txt (NO_COLOR=1)', async () => {
    const run = await brandvoice(['copy'], {cwd: golden, env: {NO_COLOR: '1'}})
    expect(run.stdout).toBe(expected)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
  })

  it('lists only files with findings, and ends with the summary', () => {
    expect(expected).toContain('copy/ro/welcome.md\n')
    expect(expected).not.toContain('signature.txt')
    expect(expected).not.toContain('notificare.txt')
    expect(expected.endsWith('\n\n12 messages (✖ 5 errors, ⚠ 6 warnings)\n')).toBe(true)
  })

  it('uses no colour when standard output is not a terminal', async () => {
    const run = await brandvoice(['copy'], {cwd: golden})
    expect(run.stdout).toBe(expected)
  })

  it('uses colour with FORCE_COLOR=1, with the same text underneath', async () => {
    const run = await brandvoice(['copy'], {cwd: golden, env: {FORCE_COLOR: '1'}})
    expect(run.stdout).toMatch(ansi)
    expect(run.stdout.replace(ansi, '')).toBe(expected)
  })

  it('lets NO_COLOR win over FORCE_COLOR', async () => {
    const run = await brandvoice(['copy'], {cwd: golden, env: {FORCE_COLOR: '1', NO_COLOR: '1'}})
    expect(run.stdout).toBe(expected)
  })

  it('ignores an empty NO_COLOR, as no-color.org says', async () => {
    const run = await brandvoice(['copy'], {cwd: golden, env: {FORCE_COLOR: '1', NO_COLOR: ''}})
    expect(run.stdout).toMatch(ansi)
  })

  it('turns colour off with FORCE_COLOR=0', async () => {
    const run = await brandvoice(['copy'], {cwd: golden, env: {FORCE_COLOR: '0'}})
    expect(run.stdout).toBe(expected)
  })

  it('never colours the JSON report', async () => {
    const run = await brandvoice(['--format', 'json', 'copy'], {cwd: golden, env: {FORCE_COLOR: '1'}})
    expect(run.stdout).not.toMatch(ansi)
    expect(run.stdout).toBe(fs.readFileSync(path.join(golden, 'expected.json'), 'utf8'))
  })
})
