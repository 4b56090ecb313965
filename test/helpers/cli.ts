// Run the built `brandvoice` binary as a user would, and make throwaway
// projects for tests that write files. `npm test` builds dist/ first.
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, expect} from 'vitest'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const bin = path.join(root, 'dist', 'src', 'cli', 'bin.js')
export const fixtures = path.join(root, 'test', 'fixtures')

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd: string
  /** Added to the environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>
  /** Text for standard input; without it standard input is closed at once. */
  stdin?: string | Uint8Array
}

/** The environment of a run: colour and debug switches of the outer shell do not leak in. */
function environment(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {...process.env}
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'BRANDVOICE_DEBUG', 'BRANDVOICE_NO_CONFIG_JS', 'NODE_OPTIONS']) delete env[name]
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  return env
}

export function brandvoice(args: readonly string[], options: RunOptions): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd: options.cwd, env: environment(options.env)})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(options.stdin ?? '')
  })
}

/** Fail early, with the fix, when the binary has not been built. */
export function requireBuild(): void {
  beforeAll(() => {
    if (!fs.existsSync(bin)) throw new Error(`${path.relative(root, bin)} is missing: run \`npm run build\` (npm test does it).`)
  })
}

/**
 * Throwaway projects in the system's temp folder, removed after the test file.
 * Each gets a package.json unless given one, so the config search stops there
 * and nothing above the temp folder can leak in.
 */
export function useTempProjects(): (files: Record<string, string | Uint8Array>) => string {
  const made: string[] = []
  afterAll(() => {
    for (const folder of made) fs.rmSync(folder, {recursive: true, force: true})
  })
  return function (files) {
    const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'brandvoice-test-')))
    made.push(folder)
    const all = {'package.json': '{"name": "copy", "private": true}\n', ...files}
    for (const [name, content] of Object.entries(all)) {
      const file = path.join(folder, name)
      fs.mkdirSync(path.dirname(file), {recursive: true})
      fs.writeFileSync(file, content)
    }
    return folder
  }
}

/** The JSON report (docs/json-format.md). */
export interface JsonMessage {
  ruleId: string | null
  severity: 'error' | 'warning' | 'info'
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  wholeFile?: true
  actual: string | null
  expected: string[] | null
  fix?: {range: [number, number]; text: string}
  url?: string
}

export interface JsonFile {
  path: string
  language: string
  touchpoint: string
  messages: JsonMessage[]
  errorCount: number
  warningCount: number
  infoCount: number
}

export interface JsonReport {
  version: number
  files: JsonFile[]
  errorCount: number
  warningCount: number
  infoCount: number
}

export function parseReport(text: string): JsonReport {
  return JSON.parse(text) as JsonReport
}

export function fileIn(report: JsonReport, file: string): JsonFile {
  const found = report.files.find((entry) => entry.path === file)
  if (!found) throw new Error(`No “${file}” in the report; it has: ${report.files.map((entry) => entry.path).join(', ')}`)
  return found
}

/** A message as `line:column-endLine:endColumn severity ruleId: message`, for exact comparison. */
export function brief(message: JsonMessage): string {
  return `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.severity} ${message.ruleId}: ${message.message}`
}

/**
 * A run that stopped before linting (exit 2): nothing on standard output and
 * one message on standard error, `brandvoice: …`, optionally followed by the
 * pointer to --help, and never a stack trace.
 */
export function expectFailure(run: Run, message: string | RegExp): void {
  expect(run.code, `stderr: ${run.stderr}`).toBe(2)
  expect(run.stdout).toBe('')
  expect(run.stderr).not.toMatch(/^\s+at /m)
  const lines = run.stderr.replace(/\n$/, '').split('\n')
  expect(lines[0]).toMatch(/^brandvoice: /)
  expect(lines.slice(1).every((line) => line === 'Run `brandvoice --help` for usage.')).toBe(true)
  expect(lines.length).toBeLessThanOrEqual(2)
  if (typeof message === 'string') expect(lines[0]).toContain(message)
  else expect(lines[0]).toMatch(message)
}
