// The JSON report: the contract editors and CI build on (docs/json-format.md).
// Lines and columns are 1-based, columns count UTF-16 code units, ends are exclusive.
import type {VFileMessage} from 'vfile-message'
import type {} from '../fix.js'
import {countBySeverity, severityOf, type Reporter} from './report.js'

function range(message: VFileMessage) {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : start
  return {
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1
  }
}

export const jsonReporter: Reporter = function (reports) {
  const files = reports.map(function (report) {
    const messages = report.file.messages.map((message) => ({
      ruleId: message.ruleId ?? null,
      severity: severityOf(message),
      message: message.reason,
      ...range(message),
      actual: message.actual ?? null,
      expected: message.expected ?? null,
      ...(message.fix ? {fix: message.fix} : {}),
      ...(message.url ? {url: message.url} : {})
    }))
    return {
      path: report.path,
      language: report.language,
      touchpoint: report.touchpoint,
      messages,
      ...countBySeverity(report.file.messages)
    }
  })
  return JSON.stringify({version: 1, files, ...countBySeverity(reports.flatMap((report) => report.file.messages))}, null, 2) + '\n'
}
