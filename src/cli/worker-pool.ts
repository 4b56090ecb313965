// Jobs run on worker threads, one job per worker at a time: a worker gets the
// next job when it answers, so the biggest jobs can go first and a slow one
// holds up no other. A worker that stops before answering (a crash, out of
// memory) costs only its job, whose result `lost` makes; a fresh worker
// takes over the queue, so the run always ends.
import {Worker, type ResourceLimits} from 'node:worker_threads'

/** What the pool sends a worker; the worker answers `{id, result}`. */
export interface JobMessage<Job> {
  id: number
  job: Job
}

export interface ResultMessage<Result> {
  id: number
  result: Result
}

export interface PoolOptions<Job, Result> {
  /** The worker's module: it answers each JobMessage on parentPort with a ResultMessage. */
  script: URL
  workerData: unknown
  /** At most this many workers at once. */
  size: number
  /** Each worker's heap limits; by default, Node's. */
  resourceLimits?: ResourceLimits
  /** The result of a job (the index-th) whose worker stopped before answering. */
  lost(job: Job, reason: string, index: number): Result
}

/**
 * Runs every job; `onResult` gets each result with its job's index, in the
 * order they finish. If `onResult` throws, the workers are stopped and the
 * returned promise rejects with that error.
 */
export function runInWorkers<Job, Result>(
  jobs: readonly Job[],
  options: PoolOptions<Job, Result>,
  onResult: (index: number, result: Result) => void
): Promise<void> {
  return new Promise((resolve, reject) => {
    const workers = new Set<Worker>()
    let next = 0
    let finished = 0
    let stopped = false

    function stop(error?: unknown): void {
      if (stopped) return
      stopped = true
      for (const worker of workers) void worker.terminate()
      workers.clear()
      if (error === undefined) resolve()
      else reject(error)
    }

    function settle(index: number, result: Result): void {
      if (stopped) return
      try {
        onResult(index, result)
      } catch (error) {
        stop(error)
        return
      }
      finished++
      if (finished === jobs.length) stop()
    }

    function start(): void {
      const worker = new Worker(options.script, {workerData: options.workerData, ...(options.resourceLimits ? {resourceLimits: options.resourceLimits} : {})})
      workers.add(worker)
      let current: number | undefined
      let failure: string | undefined

      function giveNext(): void {
        if (stopped) return
        if (next < jobs.length) {
          current = next++
          worker.postMessage({id: current, job: jobs[current]!} satisfies JobMessage<Job>)
        } else {
          // Nothing left to give: this worker is done.
          current = undefined
          workers.delete(worker)
          void worker.terminate()
        }
      }

      worker.on('message', (message: ResultMessage<Result>) => {
        if (message.id !== current) return
        current = undefined
        settle(message.id, message.result)
        giveNext()
      })
      worker.on('error', (error) => {
        failure = error.message
      })
      worker.on('exit', (code) => {
        workers.delete(worker)
        if (current === undefined || stopped) return
        const index = current
        current = undefined
        settle(index, options.lost(jobs[index]!, failure ?? `exit code ${code}`, index))
        // The queue goes on with a fresh worker; each crash uses up one job, so this ends.
        if (!stopped && next < jobs.length) start()
      })
      giveNext()
    }

    if (jobs.length === 0) return resolve()
    for (let count = 0; count < Math.min(options.size, jobs.length); count++) start()
  })
}
