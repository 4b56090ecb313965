// Reporters by name; each is one function from file reports to text.
import {githubReporter} from './github.js'
import {jsonReporter} from './json.js'
import {prettyReporter} from './pretty.js'
import type {Reporter} from './report.js'
import {sarifReporter} from './sarif.js'

export const reporters: Record<string, Reporter> = {
  pretty: prettyReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter
}
