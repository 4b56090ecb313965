// A worker thread of `--concurrency`: lints the files the main thread sends,
// one at a time, with the built-in rules (the ones bin.ts gives the main
// thread) and its own config loader, and answers with plain data.
import path from 'node:path'
import {parentPort, workerData} from 'node:worker_threads'
import {builtinRules} from '../../rules/index.js'
import {ConfigLoader} from '../config/load.js'
import {ConfigError} from '../config/errors.js'
import {lintOneFile, type FileTask} from './lint-file.js'
import type {JobMessage, ResultMessage} from './worker-pool.js'
import {toPlainOutcome, type WorkerData, type WorkerResult} from './worker-results.js'

const {settings, configFile, allowJs} = workerData as WorkerData
const loader = new ConfigLoader({rules: builtinRules, cwd: settings.cwd, allowJs, ...(configFile ? {configFile} : {})})

parentPort!.on('message', async ({id, job}: JobMessage<FileTask>) => {
  let result: WorkerResult
  try {
    const project = await loader.forDirectory(path.dirname(job.absolute))
    result = toPlainOutcome(await lintOneFile(job, project, builtinRules, settings))
  } catch (error) {
    // The main thread loaded this config already; should it fail here, the run stops as it would have there.
    if (!(error instanceof ConfigError)) throw error
    result = {configError: {message: error.message, file: error.file, line: error.line, column: error.column}}
  }
  parentPort!.postMessage({id, result} satisfies ResultMessage<WorkerResult>)
})
