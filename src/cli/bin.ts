#!/usr/bin/env node
// The `brandvoice` executable: wires the built-in rules and the process to the CLI.
import {readFileSync} from 'node:fs'
import {text} from 'node:stream/consumers'
import {builtinRules} from '../../rules/index.js'
import {main} from './main.js'

// A reader that stops early (`brandvoice … | head -1`) closes the pipe: the
// rest of the output has nowhere to go, which is no failure of the run.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error
  })
}

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {version: string}

process.exitCode = await main(
  {
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => text(process.stdin),
    version: pkg.version,
    // Worker threads load these same rules themselves (src/cli/lint-worker.ts).
    builtinRules: true
  },
  builtinRules
)
