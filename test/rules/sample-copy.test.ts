// The language rules on real Romanian, Polish and Catalan copy
// (test/fixtures/sample, from permissively licensed projects; see its
// README): they must report exactly the findings a person read and marked in
// reviewed.json. A new finding is a false alarm until someone reads it.
import fs from 'node:fs'
import path from 'node:path'
import {expect, it} from 'vitest'
import {lintText} from '../../src/index.js'
import {reviewed, sampleDir} from '../../scripts/rule-docs.js'

it('reports exactly the reviewed findings on the sample copy, and none of them is a false alarm', async () => {
  const config = {rules: Object.fromEntries(reviewed.rules.map((id) => [id, 'warning' as const]))}
  const files = (fs.readdirSync(sampleDir, {recursive: true}) as string[]).filter((name) => name.endsWith('.md') && name.includes(path.sep)).sort()
  expect(files.length).toBeGreaterThan(80)
  const found: string[] = []
  for (const name of files) {
    const result = await lintText(fs.readFileSync(path.join(sampleDir, name), 'utf8'), {path: path.join(sampleDir, name), config})
    for (const message of result.file.messages) {
      if (!reviewed.rules.includes(String(message.ruleId))) continue
      found.push(`${message.ruleId} ${name.split(path.sep).join('/')}:${message.line}:${message.column} ${message.actual}`)
    }
  }
  const expected = reviewed.findings.map((finding) => `${finding.rule} ${finding.file}:${finding.place} ${finding.actual}`)
  expect(found.sort()).toEqual(expected.sort())
  expect(reviewed.findings.filter((finding) => finding.verdict !== 'right')).toEqual([])
})
