// Reporters by name; each is one function from file reports to text. Each is
// imported only when asked for: the pretty one loads vfile-reporter and its
// colour and width libraries, which a JSON run for an editor does not need.
import type {Reporter} from './report.js'

export const reporters: Record<string, () => Promise<Reporter>> = {
  pretty: async () => (await import('./pretty.js')).prettyReporter,
  json: async () => (await import('./json.js')).jsonReporter,
  sarif: async () => (await import('./sarif.js')).sarifReporter,
  github: async () => (await import('./github.js')).githubReporter
}
