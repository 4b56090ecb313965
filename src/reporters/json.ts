// The JSON report: the contract editors and CI build on (docs/json-format.md).
// Lines and columns are 1-based, columns count UTF-16 code units, ends are exclusive.
import type {VFileMessage} from 'vfile-message'
import type {} from '../fix.js'
import {countBySeverity, rangeOf, severityOf, type Range, type Reporter} from './report.js'

/** A message about the whole file sits at 1:1-1:1, as the contract says. */
function range(message: VFileMessage): Range {
  return rangeOf(message) ?? {line: 1, column: 1, endLine: 1, endColumn: 1}
}

export const jsonReporter: Reporter = function (reports) {
  const files = reports.map(function (report) {
    const messages = report.file.messages.map((message) => ({
      ruleId: message.ruleId ?? null,
      severity: severityOf(message),
      message: message.reason,
      ...range(message),
      // 1:1-1:1 is also a real place (a catalog broken at its first character): say which this is, so the report can be read back (merge-reports) exactly.
      ...(rangeOf(message) ? {} : {wholeFile: true}),
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
