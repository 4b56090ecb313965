// --fix and --fix-dry-run: fixes written atomically and only where certain,
// the file kept as it was around them (byte order mark, line endings, mode),
// nothing written over a file changed since it was read, and a second run
// that changes nothing.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {brandvoice, expectFailure, fixtures, parseReport, requireBuild, useTempProjects} from '../helpers/cli.js'
import {readForFix, writeFixed} from '../../src/cli/fix-files.js'
import {applyFixes} from '../../src/fix-apply.js'

requireBuild()
const project = useTempProjects()

const config = JSON.stringify({
  extends: ['brandvoice:recommended'],
  rules: {'typography/diacritics': 'error', 'typography/quotes': 'warning', 'typography/spacing': 'warning'},
  lexicon: [{avoid: 'sign-up', use: 'registration'}]
})
const romanian = '---\nlang: ro\ntitle: "Puteţi  intra"\n---\n# Bun venit\n\nPuteţi  apăsa "Salvează" oricând.\n\n`Puteţi  "x"` la https://exemplu.ro/Puteţi\n'
const fixedRomanian = '---\nlang: ro\ntitle: "Puteţi  intra"\n---\n# Bun venit\n\nPuteți apăsa „Salvează” oricând.\n\n`Puteţi  "x"` la https://exemplu.ro/Puteţi\n'

function read(folder: string, name: string): string {
  return fs.readFileSync(path.join(folder, name), 'utf8')
}

describe.concurrent('--fix', () => {
  it('writes the fixes, never in frontmatter, code or URLs, reports what remains, and changes nothing the second time', async () => {
    const folder = project({'.brandvoicerc.json': config, 'welcome.md': romanian, 'en.md': 'Finish your sign-up today.\n'})
    const first = await brandvoice(['--fix', '--format', 'json'], {cwd: folder})
    expect(first.stderr).toBe('brandvoice: applied 4 fixes in 2 files.\n')
    expect(read(folder, 'welcome.md')).toBe(fixedRomanian)
    expect(read(folder, 'en.md')).toBe('Finish your registration today.\n')
    const report = parseReport(first.stdout)
    expect(report.files.flatMap((file) => file.messages).filter((message) => 'fix' in message)).toEqual([])

    const second = await brandvoice(['--fix'], {cwd: folder})
    expect(second.stderr).toBe('brandvoice: applied 0 fixes in 0 files.\n')
    expect(read(folder, 'welcome.md')).toBe(fixedRomanian)
  })

  it('keeps a UTF-8 byte order mark, CRLF line endings, UTF-16 and the file mode', async () => {
    const crlf = '\uFEFFPuteţi  apăsa "Salvează".\r\nMulţumim.\r\n'
    const folder = project({
      '.brandvoicerc.json': JSON.stringify({...JSON.parse(config), language: 'ro'}),
      'bom.txt': crlf,
      'wide.txt': Buffer.from('\uFEFFMulţumim pentru comandă.\n', 'utf16le')
    })
    fs.chmodSync(path.join(folder, 'bom.txt'), 0o640)
    const run = await brandvoice(['--fix'], {cwd: folder})
    expect(run.stderr).toBe('brandvoice: applied 5 fixes in 2 files.\n')
    expect(fs.readFileSync(path.join(folder, 'bom.txt'))).toEqual(Buffer.from('\uFEFFPuteți apăsa „Salvează”.\r\nMulțumim.\r\n', 'utf8'))
    expect(fs.statSync(path.join(folder, 'bom.txt')).mode & 0o777).toBe(0o640)
    expect(fs.readFileSync(path.join(folder, 'wide.txt'))).toEqual(Buffer.from('\uFEFFMulțumim pentru comandă.\n', 'utf16le'))
    // No temporary file is left behind.
    expect(fs.readdirSync(folder).sort()).toEqual(['.brandvoicerc.json', 'bom.txt', 'package.json', 'wide.txt'])
  })

  it('fixes catalog values where nothing is escaped', async () => {
    const folder = project({
      '.brandvoicerc.json': JSON.stringify({...JSON.parse(config), catalogs: ['locales/**']}),
      'locales/ro.json': '{\n  "save": "Puteţi salva oricând.",\n  "quoted": "Apăsați \\"Salvează\\" acum."\n}\n'
    })
    await brandvoice(['--fix'], {cwd: folder})
    expect(read(folder, 'locales/ro.json')).toBe('{\n  "save": "Puteți salva oricând.",\n  "quoted": "Apăsați \\"Salvează\\" acum."\n}\n')
  })

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const folder = project({'.brandvoicerc.json': config, 'welcome.md': romanian})
    const run = await brandvoice(['--fix-dry-run'], {cwd: folder})
    expect(run.stdout).toBe(
      '--- a/welcome.md\n+++ b/welcome.md\n@@ -4,6 +4,6 @@\n ---\n # Bun venit\n \n-Puteţi  apăsa "Salvează" oricând.\n+Puteți apăsa „Salvează” oricând.\n \n `Puteţi  "x"` la https://exemplu.ro/Puteţi\n'
    )
    expect(read(folder, 'welcome.md')).toBe(romanian)
    const stdin = await brandvoice(['--fix-dry-run', '--stdin', '--stdin-filename', 'welcome.md'], {cwd: folder, stdin: romanian})
    expect(stdin.stdout).toBe(run.stdout)
  })

  it('refuses --fix on standard input and --fix with --fix-dry-run', async () => {
    const folder = project({})
    expectFailure(await brandvoice(['--fix', '--stdin'], {cwd: folder, stdin: 'x'}), '--fix writes files, and standard input is not one')
    expectFailure(await brandvoice(['--fix', '--fix-dry-run'], {cwd: folder}), 'Give either --fix or --fix-dry-run, not both.')
  })
})

describe('writing fixes', () => {
  it('leaves a file alone that changed on disk since it was read', async () => {
    const folder = project({'a.md': 'Puteţi.\n'})
    const file = path.join(folder, 'a.md')
    const read = await readForFix(file)
    if ('problem' in read) throw new Error(read.problem)
    fs.writeFileSync(file, 'Someone else saved this.\n')
    fs.utimesSync(file, new Date(read.mtimeMs / 1000), new Date(read.mtimeMs / 1000))
    expect(await writeFixed(read, 'Puteți.\n')).toMatch(/changed on disk after brandvoice read it/)
    expect(fs.readFileSync(file, 'utf8')).toBe('Someone else saved this.\n')
    expect(fs.readdirSync(folder).sort()).toEqual(['a.md', 'package.json'])
  })
})

describe('applyFixes', () => {
  it('applies fixes in order of start and leaves out one that overlaps a fix applied, a line break and a bad range', () => {
    const fix = (start: number, end: number, text: string) => ({range: [start, end] as [number, number], text})
    const result = applyFixes('abc def\nghi', [fix(4, 7, 'DEF'), fix(0, 3, 'ABC'), fix(2, 5, 'x'), fix(0, 3, 'ABC'), fix(7, 8, ' '), fix(9, 20, 'z'), fix(11, 11, '!'), fix(11, 11, '?')])
    expect(result.text).toBe('ABC DEF\nghi!')
    expect(result.skipped.map((each) => each.text)).toEqual(['x', ' ', 'z', '?'])
  })
})

describe('no data lost', () => {
  const copy = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'brandvoice-fix-fixtures-')))
  afterAll(() => fs.rmSync(copy, {recursive: true, force: true}))

  it('changes every fixture file only inside the ranges of the fixes reported on it, and a second --fix changes nothing', async () => {
    fs.cpSync(fixtures, copy, {recursive: true})
    const configFile = path.join(copy, 'fix-config.json')
    fs.writeFileSync(configFile, JSON.stringify({
      extends: ['brandvoice:recommended'],
      catalogs: ['**/*.json', '**/*.yaml', '**/*.yml'],
      rules: {'typography/diacritics': 'error', 'typography/quotes': 'warning', 'typography/spacing': 'warning', 'lexicon/banned-term': 'error', 'lexicon/preferred-term': 'warning', 'lexicon/brand-name': 'warning', 'lexicon/consistency': 'warning'},
      lexicon: [{avoid: 'utilizator', use: 'client'}, {avoid: 'user', use: 'customer'}, {avoid: 'sign-up', use: 'registration'}]
    }))
    const args = ['--config', configFile, '--format', 'json', '.']
    const before = parseReport((await brandvoice(args, {cwd: copy})).stdout)
    const originals = new Map(before.files.map((file) => [file.path, fs.readFileSync(path.join(copy, file.path))]))
    await brandvoice(['--fix', ...args], {cwd: copy})

    let fixed = 0
    for (const file of before.files) {
      const original = originals.get(file.path)!
      const now = fs.readFileSync(path.join(copy, file.path))
      if (Buffer.compare(original, now) === 0) continue
      fixed++
      // Offsets in the report count from the text without its byte order mark.
      const text = new TextDecoder().decode(original)
      const ranges = file.messages.flatMap((message) => (message.fix ? [message.fix.range] : []))
      expect(onlyInside(text, new TextDecoder().decode(now), ranges), file.path).toBe(true)
      expect(now.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), file.path).toBe(original.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])))
    }
    expect(fixed).toBeGreaterThan(0)

    const snapshot = new Map(before.files.map((file) => [file.path, fs.readFileSync(path.join(copy, file.path))]))
    const again = await brandvoice(['--fix', ...args], {cwd: copy})
    expect(again.stderr).toBe('brandvoice: applied 0 fixes in 0 files.\n')
    for (const [name, bytes] of snapshot) expect(fs.readFileSync(path.join(copy, name)).equals(bytes), name).toBe(true)
  }, 120_000)
})

/** Whether `after` is `before` with only the text inside `ranges` replaced: every stretch outside them is still there, in order. */
function onlyInside(before: string, after: string, ranges: Array<[number, number]>): boolean {
  const merged: Array<[number, number]> = []
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  const gaps: string[] = []
  let at = 0
  for (const [start, end] of merged) {
    gaps.push(before.slice(at, start))
    at = end
  }
  gaps.push(before.slice(at))
  if (!after.startsWith(gaps[0]!) || !after.endsWith(gaps.at(-1)!)) return false
  let position = gaps[0]!.length
  for (const gap of gaps.slice(1, -1)) {
    const found = after.indexOf(gap, position)
    if (found < 0) return false
    position = found + gap.length
  }
  return position <= after.length - gaps.at(-1)!.length
}
