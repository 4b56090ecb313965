// The SARIF 2.1.0 report, for code scanning (GitHub's upload-sarif and other
// SARIF viewers): one run, the rules that reported something described once
// in tool.driver.rules, one result per finding. A message without a rule is a
// problem with the file itself (not readable, not text, frontmatter brandvoice
// cannot use), not a finding in the copy: SARIF's place for that is a
// notification on the invocation (§3.58), not a result.
import type {VFileMessage} from 'vfile-message'
import type {} from '../fix.js'
import {rangeOf, severityOf, type FileReport, type MessageSeverity, type Reporter, type RuleSummary} from './report.js'

const schemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'
const informationUri = 'https://github.com/brandvoice/brandvoice'

/** SARIF's levels; brandvoice's info is SARIF's note. */
const levels: Record<MessageSeverity, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}

/** A relative path as a URI reference: each segment percent-encoded, so spaces, `#` and `%` in names survive; `..` stays. */
export function pathToUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

function artifactLocation(report: FileReport, index: number) {
  // %SRCROOT% is where brandvoice ran (paths are relative to it); a consumer such as GitHub resolves it to the checkout.
  return {uri: pathToUri(report.path), uriBaseId: '%SRCROOT%', index}
}

function physicalLocation(report: FileReport, index: number, message: VFileMessage) {
  const range = rangeOf(message)
  return {
    artifactLocation: artifactLocation(report, index),
    ...(range ? {region: {startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn}} : {})
  }
}

/** A fix as one replacement; its offsets are the JSON report's, UTF-16 code units into the file as on disk. */
function fixes(report: FileReport, index: number, message: VFileMessage) {
  const fix = message.fix
  if (!fix) return {}
  const [start, end] = fix.range
  const description = message.actual === undefined ? `Write “${fix.text}”.` : `Replace “${message.actual}” with “${fix.text}”.`
  return {
    fixes: [
      {
        description: {text: description},
        artifactChanges: [
          {
            artifactLocation: artifactLocation(report, index),
            replacements: [{deletedRegion: {charOffset: start, charLength: end - start}, insertedContent: {text: fix.text}}]
          }
        ]
      }
    ]
  }
}

function ruleDescriptor(id: string, known: ReadonlyMap<string, RuleSummary>, url: string | undefined) {
  const rule = known.get(id)
  const helpUri = rule?.url ?? url
  return {
    id,
    ...(rule ? {shortDescription: {text: rule.description}} : {}),
    ...(helpUri ? {helpUri} : {})
  }
}

export const sarifReporter: Reporter = function (reports, options) {
  const known = new Map((options.rules ?? []).map((rule) => [rule.id, rule]))
  const ruleIndex = new Map<string, number>()
  const rules: ReturnType<typeof ruleDescriptor>[] = []
  const results: unknown[] = []
  const notifications: unknown[] = []

  reports.forEach((report, index) => {
    for (const message of report.file.messages) {
      const level = levels[severityOf(message)]
      const location = physicalLocation(report, index, message)
      const id = message.ruleId
      if (!id) {
        notifications.push({level, message: {text: message.reason}, locations: [{physicalLocation: location}]})
        continue
      }
      if (!ruleIndex.has(id)) {
        ruleIndex.set(id, rules.length)
        rules.push(ruleDescriptor(id, known, message.url))
      }
      results.push({
        ruleId: id,
        ruleIndex: ruleIndex.get(id),
        level,
        message: {text: message.reason},
        locations: [{physicalLocation: location}],
        ...fixes(report, index, message)
      })
    }
  })

  const log = {
    $schema: schemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'brandvoice',
            ...(options.version ? {version: options.version, semanticVersion: options.version} : {}),
            informationUri,
            rules
          }
        },
        // The run's invocation carries the notifications about files; the run itself succeeded whatever it found.
        invocations: [{executionSuccessful: true, toolExecutionNotifications: notifications}],
        // Every linted file, clean ones too; SARIF's sourceLanguage means a programming language, so the copy's language and touchpoint go in the property bag.
        artifacts: reports.map((report) => ({location: {uri: pathToUri(report.path), uriBaseId: '%SRCROOT%'}, properties: {language: report.language, touchpoint: report.touchpoint}})),
        results,
        columnKind: 'utf16CodeUnits'
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}
