// The worker pool: every job answered once, one job per worker at a time,
// and a worker that dies (exit, uncaught error, out of memory) costs only the
// job it held, which gets the `lost` result; the run never hangs.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {runInWorkers} from '../../src/cli/worker-pool.js'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'brandvoice-pool-'))
afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

/** A worker that doubles numbers, and fails as the job says: 'exit', 'throw', 'oom' or 'hang-up' (exits after answering). */
const script = path.join(folder, 'worker.mjs')
fs.writeFileSync(
  script,
  `import {parentPort, workerData, threadId} from 'node:worker_threads'
parentPort.on('message', ({id, job}) => {
  if (job === 'exit') process.exit(3)
  if (job === 'throw') throw new Error('the job threw')
  if (job === 'oom') { const hoard = []; for (;;) hoard.push(new Array(1e6).fill(hoard.length)) }
  parentPort.postMessage({id, result: {value: typeof job === 'number' ? job * workerData.factor : job, thread: threadId}})
})
`
)

type Result = {value: unknown; thread?: number; lost?: string}

async function run(jobs: unknown[], size: number, resourceLimits = false): Promise<Result[]> {
  const results: Result[] = []
  await runInWorkers<unknown, Result>(
    jobs,
    {
      script: pathToFileURL(script),
      workerData: {factor: 2},
      size,
      lost: (job, reason) => ({value: job, lost: reason}),
      ...(resourceLimits ? {resourceLimits: {maxOldGenerationSizeMb: 16}} : {})
    },
    (index, result) => {
      expect(results[index], `job ${index} answered twice`).toBeUndefined()
      results[index] = result
    }
  )
  return results
}

describe('runInWorkers', () => {
  it('answers every job, in its index, on no more workers than asked', async () => {
    const results = await run([1, 2, 3, 4, 5, 6, 7], 3)
    expect(results.map((result) => result.value)).toEqual([2, 4, 6, 8, 10, 12, 14])
    expect(new Set(results.map((result) => result.thread)).size).toBeLessThanOrEqual(3)
  })

  it('ends at once with no jobs', async () => {
    expect(await run([], 2)).toEqual([])
  })

  it('gives the lost result for a job whose worker exits or throws, and goes on with the rest', async () => {
    const results = await run([1, 'exit', 2, 'throw', 3, 'exit', 4], 2)
    expect(results.map((result) => result.value)).toEqual([2, 'exit', 4, 'throw', 6, 'exit', 8])
    expect(results[1]!.lost).toBe('exit code 3')
    expect(results[3]!.lost).toBe('the job threw')
    expect(results[5]!.lost).toBe('exit code 3')
    expect(results.filter((result) => result.lost !== undefined)).toHaveLength(3)
  })

  it('ends when every worker dies, even the last job’s', async () => {
    const results = await run(['exit', 'throw', 'exit'], 2)
    expect(results.map((result) => result.lost)).toEqual(['exit code 3', 'the job threw', 'exit code 3'])
  })

  it('turns a worker out of memory into its job’s lost result', async () => {
    const results = await run([1, 'oom', 2], 1, true)
    expect(results[0]).toMatchObject({value: 2})
    expect(results[1]!.lost).toMatch(/memory/i)
    expect(results[2]).toMatchObject({value: 4})
  })

  it('stops the workers and rejects when the caller’s onResult throws', async () => {
    const done = runInWorkers<number, Result>([1, 2, 3], {script: pathToFileURL(script), workerData: {factor: 1}, size: 2, lost: () => ({value: null})}, () => {
      throw new Error('no thanks')
    })
    await expect(done).rejects.toThrow('no thanks')
  })
})
