// The terminal report, for people: vfile-reporter's per-file listing, only
// files with findings, and a one-line summary.
import {reporter} from 'vfile-reporter'
import type {Reporter} from './report.js'

export const prettyReporter: Reporter = function (reports, options) {
  const files = reports.map((report) => report.file)
  const text = reporter(files, {quiet: true, color: options.color})
  return text ? text + '\n' : ''
}
