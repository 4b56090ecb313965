// Timing for the bench: several runs of each task, summarised as median, min
// and max. Tasks compared with each other run in turn within each round (A B C,
// B C A, C A B, …), so a neighbour's burst of load on a shared machine falls on
// all of them rather than on whichever ran while it lasted.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import v8 from 'node:v8'
import vm from 'node:vm'

export interface Stat {
  median: number
  min: number
  max: number
  /** Every run, in milliseconds, in the order they ran. */
  runs: number[]
}

export function stat(durations: readonly number[]): Stat {
  const sorted = [...durations].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return {median, min: sorted[0]!, max: sorted.at(-1)!, runs: [...durations]}
}

export type Task = () => unknown

// A full garbage collection before each timed task, so the garbage one task
// leaves (textlint leaves much) is not collected on the next one's time.
v8.setFlagsFromString('--expose-gc')
const collectGarbage = vm.runInNewContext('gc') as () => void

export interface InterleaveOptions {
  runs: number
  /** One untimed run of each task first: JIT, caches and lazily loaded data, as in a long run. */
  warmUp: boolean
  /** Called before each round, for progress lines. */
  onRound?: (round: number, of: number) => void
}

/** Times each task `runs` times, in rounds; returns a Stat per task name. */
export async function interleave(tasks: Record<string, Task>, options: InterleaveOptions): Promise<Record<string, Stat>> {
  const names = Object.keys(tasks)
  if (options.warmUp) for (const name of names) await tasks[name]!()
  const durations = Object.fromEntries(names.map((name) => [name, [] as number[]]))
  for (let round = 0; round < options.runs; round++) {
    options.onRound?.(round + 1, options.runs)
    // Each round starts one task further on, so no task always runs first, right after the garbage collection and the progress line.
    for (const name of [...names.slice(round % names.length), ...names.slice(0, round % names.length)]) {
      collectGarbage()
      const start = performance.now()
      await tasks[name]!()
      durations[name]!.push(performance.now() - start)
    }
  }
  return Object.fromEntries(names.map((name) => [name, stat(durations[name]!)]))
}

export class CommandError extends Error {}

export interface ProcessRun {
  ms: number
  /** Peak resident memory of the process (worker threads included), in MB; NaN when /usr/bin/time is missing. */
  maxRssMb: number
  exitCode: number | null
}

const timeCommand = '/usr/bin/time'
export const canMeasureMemory = fs.existsSync(timeCommand)

/**
 * Runs `node script ...args` from process start to exit. Standard output is
 * discarded (the report is still formatted and written); exit codes above 1
 * mean the command failed, not that it found something, and stop the bench.
 */
export function runNode(script: string, args: readonly string[], cwd: string): ProcessRun {
  // GNU time's %M is the child's peak resident set size in kilobytes.
  const [command, commandArgs] = canMeasureMemory
    ? [timeCommand, ['-f', '%M', process.execPath, script, ...args]]
    : [process.execPath, [script, ...args]]
  const start = performance.now()
  const result = spawnSync(command, commandArgs, {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'},
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26
  })
  const ms = performance.now() - start
  const lines = result.stderr.trim().split('\n')
  const exitCode = result.status
  if (result.error || exitCode === null || exitCode > 1) {
    const said = lines.find((line) => line.startsWith('brandvoice:')) ?? result.error?.message ?? lines[0] ?? `exit status ${exitCode}`
    throw new CommandError(`The CLI failed (brandvoice ${args.join(' ').slice(0, 200)}): ${said}`)
  }
  return {ms, maxRssMb: canMeasureMemory ? Number(lines.at(-1)) / 1024 : NaN, exitCode}
}

/** `runs` runs of one command, as a Stat with the highest peak memory seen. */
export function timeProcess(runs: number, run: () => ProcessRun): Stat & {maxRssMb: number} {
  const results = Array.from({length: runs}, run)
  return {...stat(results.map((result) => result.ms)), maxRssMb: Math.max(...results.map((result) => result.maxRssMb))}
}
