// GitHub Actions workflow commands: one `::error`, `::warning` or `::notice`
// line per finding, which GitHub shows as an annotation on the file and line.
// Text is escaped as the runner unescapes it, so a message can never end the
// command early or start a new one.
import {rangeOf, severityOf, type MessageSeverity, type Reporter} from './report.js'

const commands: Record<MessageSeverity, string> = {error: 'error', warning: 'warning', info: 'notice'}

/** The command's message: `%`, carriage return and line feed are escaped. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** A property value (file, title): also `:` and `,`, which separate the properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

export const githubReporter: Reporter = function (reports) {
  const lines: string[] = []
  for (const report of reports) {
    for (const message of report.file.messages) {
      const range = rangeOf(message)
      // Without a place the annotation is on the whole file.
      const properties: Array<[string, string | number]> = [['file', report.path]]
      if (range) {
        properties.push(['line', range.line], ['col', range.column], ['endLine', range.endLine], ['endColumn', range.endColumn])
      }
      properties.push(['title', message.ruleId ?? 'brandvoice'])
      const list = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',')
      lines.push(`::${commands[severityOf(message)]} ${list}::${escapeData(message.reason)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
