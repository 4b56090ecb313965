// `brandvoice … | head -1`: the reader stops reading after the first line, and
// brandvoice must exit quietly (no EPIPE stack trace), with its usual status.
import {spawn} from 'node:child_process'
import {expect, it} from 'vitest'
import {bin, requireBuild, useTempProjects} from '../helpers/cli.js'

requireBuild()
const project = useTempProjects()

it('exits quietly when standard output is closed after the first chunk', async () => {
  // About 3,000 findings: far more than a pipe's buffer holds.
  const folder = project({
    '.brandvoicerc.json': JSON.stringify({lexicon: [{avoid: 'user', use: 'customer'}]}),
    'notes.md': 'Dear user, thanks for writing.\n\n'.repeat(3000)
  })
  const env = {...process.env}
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'BRANDVOICE_DEBUG', 'NODE_OPTIONS']) delete env[name]
  const child = spawn(process.execPath, [bin, '--concurrency', 'off', 'notes.md'], {cwd: folder, env})
  let stderr = ''
  let received = 0
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.stdout.once('data', (chunk: Buffer) => {
    received = chunk.length
    child.stdout.destroy()
  })
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  expect(received).toBeGreaterThan(0)
  expect(stderr).toBe('')
  // Warnings only: the status a full run gives.
  expect(code).toBe(0)
})
