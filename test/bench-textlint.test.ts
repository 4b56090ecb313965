// The bench's yardstick: textlint with textlint-rule-prh (dev dependencies)
// loads the prh rules made from a brandvoice lexicon and finds the same terms.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {findTextlint, textlintWithLexicon} from '../bench/textlint.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-textlint-'))
afterAll(() => fs.rmSync(scratch, {recursive: true, force: true}))

describe('textlint with the lexicon as prh rules', () => {
  it('finds textlint and textlint-rule-prh among the dev dependencies', () => {
    expect(findTextlint(root)).toHaveProperty('version')
  })

  it('says what is missing when a project lacks them, so the bench skips the comparison', () => {
    const project = path.join(scratch, 'project')
    fs.mkdirSync(project)
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({devDependencies: {textlint: '^15.0.0'}}))
    expect(findTextlint(project)).toEqual({missing: 'textlint-rule-prh not in devDependencies'})
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({devDependencies: {textlint: '^15.0.0', 'textlint-rule-prh': '^6.0.0'}}))
    expect(findTextlint(project)).toEqual({missing: 'textlint and textlint-rule-prh not installed (run npm install)'})
  })

  it('flags the lexicon’s terms, wildcards and phrases included, and leaves other words alone', async () => {
    const lexicon = [{avoid: ['user', 'users'], use: 'customer'}, {avoid: 'utilizator*', use: 'client'}, {avoid: 'sign up', use: 'create an account'}, {avoid: 'unfortunately'}]
    const linter = await textlintWithLexicon(root, lexicon, scratch, scratch)
    expect(await linter.lint('Every user can sign up. Utilizatorii pot. Unfortunately, no.\n', path.join(scratch, 'a.md'))).toBe(4)
    expect(await linter.lint('Every username and superuser; preutilizator.\n', path.join(scratch, 'b.md'))).toBe(0)
  })
})
