// `brandvoice merge-reports a.json b.json …`: joins the JSON reports of
// separate runs (the shards of a CI matrix) into the file reports of one run,
// which the CLI then writes in any format and turns into an exit status as if
// it had linted every file itself. A report it cannot trust stops it with one
// line naming the report and the place in it (exit 2): a merged report that
// silently lost a shard would pass a build it should fail.
import fs from 'node:fs/promises'
import path from 'node:path'
import {findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError} from 'jsonc-parser'
import {location} from 'vfile-location'
import {InputError} from '../files/discover.js'
import {decode} from '../files/read.js'
import {fileReportsFromJson, jsonReportVersion, ReportShapeError, ReportVersionError} from '../reporters/json-read.js'
import type {FileReport} from '../reporters/report.js'
import {UsageError} from './usage-error.js'

export const mergeReportsCommand = 'merge-reports'

/** The options that say how to write the merged report; every other one is about linting files. */
const mergeOptions = new Set(['format', 'output', 'max-warnings', 'quiet', 'help', 'version'])

/** Refuses options that would lint (or change files): merge-reports only reads reports. */
export function refuseLintOptions(values: Record<string, unknown>): void {
  const given = Object.keys(values).filter((name) => !mergeOptions.has(name) && values[name] !== undefined && values[name] !== false)
  if (given.length > 0) {
    throw new UsageError(`\`brandvoice merge-reports\` takes --format, --output, --max-warnings and --quiet, not ${given.map((name) => `--${name}`).join(', ')}.`)
  }
}

/** The file reports of all `names` (JSON reports), sorted by path as one run gives them; `cwd` resolves the names. */
export async function readReports(names: readonly string[], cwd: string, version: string): Promise<FileReport[]> {
  if (names.length === 0) {
    throw new UsageError('`brandvoice merge-reports` needs the JSON reports to merge: brandvoice merge-reports shard-1.json shard-2.json …')
  }
  const seen = new Map<string, string>()
  for (const name of names) {
    const absolute = path.resolve(cwd, name)
    if (seen.has(absolute)) throw new UsageError(`The report “${name}” is given twice.`)
    seen.set(absolute, name)
  }

  const reports: FileReport[] = []
  // Which report each file came from, to name both when two reports list one file.
  const source = new Map<string, string>()
  for (const name of names) {
    for (const report of await readReport(name, cwd, version)) {
      const earlier = source.get(report.path)
      if (earlier !== undefined) {
        const where = earlier === name ? `twice in “${name}”` : `in both “${earlier}” and “${name}”`
        throw new InputError(
          `“${report.path}” is ${where}; each file must be in one report only (were the reports written by the shards of one run, with the same --shard count?).`
        )
      }
      source.set(report.path, name)
      reports.push(report)
    }
  }
  return reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

async function readReport(name: string, cwd: string, version: string): Promise<FileReport[]> {
  let bytes: Uint8Array
  try {
    bytes = await fs.readFile(path.resolve(cwd, name))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message
    throw new InputError(`Cannot read the report “${name}”: ${why}.`)
  }
  // Windows PowerShell's `>` writes UTF-16 with a byte order mark: decode reads that too.
  const decoded = decode(bytes)
  if (!('text' in decoded)) throw new InputError(`${name}: not UTF-8 or UTF-16 text, so not a report written by \`brandvoice --format json\`.`)
  const text = decoded.text
  if (text.trim() === '') {
    throw new InputError(`${name}: the file is empty; expected a report written by \`brandvoice --format json\` (did that run stop before writing it?).`)
  }

  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError(`${name}${notJson(text, error as Error)}; expected a report written by \`brandvoice --format json\`.`)
  }
  try {
    return fileReportsFromJson(value, cwd)
  } catch (error) {
    if (error instanceof ReportVersionError) {
      throw new InputError(
        `${name}: a JSON report of format version ${String(error.version)}, and brandvoice ${version} reads version ${jsonReportVersion}; merge the reports with the brandvoice that wrote them.`
      )
    }
    if (error instanceof ReportShapeError) {
      throw new InputError(`${name}${placeOf(text, error.at)}: not a brandvoice JSON report: ${error.message}.`)
    }
    throw error
  }
}

/** `:line:column: not valid JSON (…)`, where the JSON first goes wrong. */
function notJson(text: string, error: Error): string {
  const errors: ParseError[] = []
  parseTree(text, errors, {disallowComments: true, allowTrailingComma: false})
  const first = errors[0]
  // JSON.parse is stricter than the tolerant parser in a few corners; its own words then.
  if (!first) return `: not valid JSON (${error.message})`
  const words = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return `${pointAt(text, first.offset)}: not valid JSON (${words})`
}

/** `:line:column` of a value in the report, or of the nearest object that holds it when it is missing. */
function placeOf(text: string, at: ReadonlyArray<string | number>): string {
  const tree = parseTree(text)
  if (!tree) return ''
  let node: Node | undefined
  for (let length = at.length; !node && length >= 0; length--) node = findNodeAtLocation(tree, at.slice(0, length) as Array<string | number>)
  if (!node) return ''
  return pointAt(text, node.parent?.type === 'property' ? node.parent.offset : node.offset)
}

function pointAt(text: string, offset: number): string {
  const point = location(text).toPoint(offset)
  return point ? `:${point.line}:${point.column}` : ''
}
