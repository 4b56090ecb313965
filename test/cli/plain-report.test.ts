// A report sent from a worker thread or kept in the cache comes back with
// every field of every message, and every reporter prints it the same.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {builtinRules} from '../../rules/index.js'
import {lintText} from '../../src/index.js'
import {ConfigLoader} from '../../src/config/load.js'
import {lintOneFile} from '../../src/cli/lint-file.js'
import {fromPlainReport, toPlainReport} from '../../src/cli/plain-report.js'
import {reporters} from '../../src/reporters/index.js'
import type {FileReport} from '../../src/reporters/report.js'
import type {ProjectConfig} from '../../src/config/types.js'

const config = {
  lexicon: [{avoid: 'user', use: 'customer', reason: 'customers are people'}, {avoid: 'ASAP', severity: 'info' as const}],
  brand: {names: ['GitHub']},
  rules: {'typography/quotes': 'warning' as const}
}
// A fix (brand name, quotes), a note (passive voice, readability), info, error
// and warning messages, an unused disable and a frontmatter warning about the file.
const text = [
  '---',
  'lang: klingon!',
  '---',
  '<!-- brandvoice-disable-next-line tone/shouting -->',
  'Dear user, your refund was sent ASAP by Github. Say "thanks".',
  ''
].join('\n')

async function reports(): Promise<FileReport[]> {
  const linted = await lintText(text, {path: 'reply.md', config, touchpoint: 'support-reply', reportUnusedDisables: true})
  const unreadable = await lintText('%PDF', {path: 'brochure.pdf', config})
  return [
    {path: 'reply.md', ...linted},
    {path: 'brochure.pdf', ...unreadable}
  ]
}

describe('toPlainReport and fromPlainReport', () => {
  it('keep every field of every message, through structured clone and through JSON', async () => {
    const original = await reports()
    const messages = original.flatMap((report) => report.file.messages)
    // The sample has what it claims to have.
    expect(messages.some((message) => message.fix)).toBe(true)
    expect(messages.some((message) => message.note)).toBe(true)
    expect(messages.some((message) => message.fatal === undefined)).toBe(true)
    expect(messages.some((message) => message.fatal === true && message.ruleId)).toBe(true)
    expect(messages.some((message) => message.fatal === true && !message.ruleId && !message.place)).toBe(true)
    expect(messages.some((message) => message.fatal === false && !message.ruleId)).toBe(true)
    expect(messages.some((message) => message.actual !== undefined && message.expected !== undefined && message.url)).toBe(true)

    for (const copy of [structuredClone, (value: unknown) => JSON.parse(JSON.stringify(value))]) {
      const back = original.map((report) => fromPlainReport(copy(toPlainReport(report))))
      for (const [index, report] of back.entries()) {
        const before = original[index]!
        expect(report.path).toBe(before.path)
        expect(report.language).toBe(before.language)
        expect(report.touchpoint).toBe(before.touchpoint)
        expect(report.file.path).toBe(before.file.path)
        expect(report.file.cwd).toBe(before.file.cwd)
        // Same class, same fields, same values: undefined ones included.
        expect(report.file.messages).toStrictEqual(before.file.messages)
      }
    }
  })

  it('give the same output in every format', async () => {
    const original = await reports()
    const back = original.map((report) => fromPlainReport(JSON.parse(JSON.stringify(toPlainReport(report)))))
    for (const [name, load] of Object.entries(reporters)) {
      const reporter = await load()
      for (const color of [false, true]) {
        expect(reporter(back, {color, version: '1.0.0'}), name).toBe(reporter(original, {color, version: '1.0.0'}))
      }
    }
  })

  it('refuse a stored message without a reason', () => {
    expect(() => fromPlainReport({path: 'a.md', cwd: '/', language: 'en', touchpoint: 'generic', messages: [{} as never]})).toThrow(/no reason/)
  })
})

describe('lintOneFile', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'brandvoice-one-'))
  afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

  it('turns a file that throws into that file’s fatal message, and does not stamp it for the cache', async () => {
    fs.writeFileSync(path.join(folder, 'a.md'), 'Hello.\n')
    const project = await new ConfigLoader({rules: builtinRules, cwd: folder}).fromObject({})
    // A config the engine cannot use: resolving the file's settings throws.
    const broken = {...project, touchpoints: null} as unknown as ProjectConfig
    const settings = {cwd: folder, language: undefined, touchpoint: undefined, reportUnusedDisables: false, mode: 'lint' as const, stamp: true}
    const outcome = await lintOneFile({absolute: path.join(folder, 'a.md'), shown: 'a.md'}, broken, builtinRules, settings)
    expect(outcome.report.file.messages).toHaveLength(1)
    const [message] = outcome.report.file.messages
    expect(message!.fatal).toBe(true)
    expect(message!.reason).toMatch(/^brandvoice failed on this file: .+\. Please report this, with the file\.$/)
    expect(outcome.stamp).toBeUndefined()

    const fine = await lintOneFile({absolute: path.join(folder, 'a.md'), shown: 'a.md'}, project, builtinRules, settings)
    expect(fine.stamp).toMatchObject({size: 7})
  })
})
