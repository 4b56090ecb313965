// --shard i/n: the split of the file list for CI matrices. In-process for the
// split itself (every file in exactly one shard, a new file moves no other,
// the same key on every OS), through the binary for the option.
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {filesInShard, fnv1a, parseShard, shardKey, shardOf} from '../../src/cli/shard.js'
import {brandvoice, expectFailure, parseReport, requireBuild, useTempProjects} from '../helpers/cli.js'

requireBuild()
const project = useTempProjects()

const cwd = path.resolve('/work/copy')
/** 1,000 paths as a large content repository names them. */
const names = Array.from({length: 1000}, (_, i) => `content/${['en', 'ro', 'pl', 'ca'][i % 4]}/section-${Math.floor(i / 40)}/article-${i % 40}.md`)
const absolute = names.map((name) => path.join(cwd, ...name.split('/')))

describe('parseShard', () => {
  it('reads i/n, 1-based', () => {
    expect(parseShard('2/4')).toEqual({index: 2, count: 4})
    expect(parseShard('1/1')).toEqual({index: 1, count: 1})
    expect(parseShard('10/10')).toEqual({index: 10, count: 10})
  })

  it.each(['0/3', '4/3', '3', '1/0', 'a/b', '1.5/3', '-1/3', '1/3/5', '', '2 /4'])('refuses “%s”', (text) => {
    expect(() => parseShard(text)).toThrow(/^--shard .*expected whole numbers i\/n with 1 ≤ i ≤ n|^--shard expects whole numbers i\/n with 1 ≤ i ≤ n/)
  })
})

describe('the split', () => {
  it('puts every file in exactly one shard, for n from 1 to 12', () => {
    for (let count = 1; count <= 12; count++) {
      const shards = Array.from({length: count}, (_, i) => filesInShard(absolute, {index: i + 1, count}, cwd))
      const all = shards.flat()
      expect(all.length, `n = ${count}`).toBe(absolute.length)
      expect(new Set(all).size, `n = ${count}`).toBe(absolute.length)
    }
  })

  it('keeps each shard in the order of the file list', () => {
    const shard = filesInShard(absolute, {index: 2, count: 3}, cwd)
    expect(shard).toEqual(absolute.filter((file) => shard.includes(file)))
  })

  it('moves no file to another shard when files are added or removed', () => {
    const added = [...absolute.slice(0, 500), path.join(cwd, 'content', 'en', 'new.md'), path.join(cwd, 'a', 'b.md'), ...absolute.slice(500)]
    for (let index = 1; index <= 4; index++) {
      const before = filesInShard(absolute, {index, count: 4}, cwd)
      const after = filesInShard(added, {index, count: 4}, cwd)
      expect(after.filter((file) => absolute.includes(file))).toEqual(before)
      expect(filesInShard(absolute.slice(100), {index, count: 4}, cwd)).toEqual(before.filter((file) => absolute.slice(100).includes(file)))
    }
  })

  it('splits 1,000 paths about evenly (each of 4 shards within 20% of 250)', () => {
    const sizes = [1, 2, 3, 4].map((index) => filesInShard(absolute, {index, count: 4}, cwd).length)
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(200)
    for (const size of sizes) expect(size).toBeLessThanOrEqual(300)
  })

  it('decides by the path relative to the working folder, with / and in NFC, as every OS gives it', () => {
    expect(shardKey(cwd, path.join(cwd, 'ro', 'bun venit.md'))).toBe('ro/bun venit.md')
    expect(shardKey(path.join(cwd, 'ro'), path.join(cwd, 'en', 'a.md'))).toBe('../en/a.md')
    // macOS can give a name with “é” as e and a combining accent.
    expect(shardKey(cwd, path.join(cwd, 'cafe\u0301.md'))).toBe(shardKey(cwd, path.join(cwd, 'caf\u00e9.md')))
  })

  it('hashes UTF-8 bytes with FNV-1a (the published test values)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5)
    expect(fnv1a('a')).toBe(0xe40c292c)
    expect(fnv1a('foobar')).toBe(0xbf9cf968)
    // “é” is hashed as its UTF-8 bytes C3 A9 (0x6c0b6c44 would be the one byte E9); values from an independent implementation.
    expect(fnv1a('é')).toBe(0x1e9de8c1)
    expect(fnv1a('ro/bun venit.md')).toBe(0xf5ed538b)
  })

  it('gives shards 1 to n', () => {
    const seen = new Set(names.map((name) => shardOf(name, 7)))
    expect([...seen].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })
})

describe.concurrent('brandvoice --shard', () => {
  const tree = () =>
    project({
      '.brandvoicerc.json': JSON.stringify({lexicon: [{avoid: 'users', use: 'customers'}]}),
      ...Object.fromEntries(Array.from({length: 12}, (_, i) => [`copy/${i % 2 ? 'en' : 'ro'}/page-${i}.md`, i % 3 ? 'Our users love it.\n' : 'Welcome.\n']))
    })

  it('lints each file in exactly one of n shards, as the full run does (n = 2 and 4)', async () => {
    const folder = tree()
    const full = parseReport((await brandvoice(['--format', 'json'], {cwd: folder})).stdout)
    for (const count of [2, 4]) {
      const runs = await Promise.all(Array.from({length: count}, (_, i) => brandvoice(['--format', 'json', '--shard', `${i + 1}/${count}`], {cwd: folder})))
      const files = runs.flatMap((run) => parseReport(run.stdout).files)
      expect(files.map((file) => file.path).sort()).toEqual(full.files.map((file) => file.path))
      expect(files.sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual(full.files)
    }
  }, 60_000) // seven runs of the binary, on a machine shared with the other test files

  it('gives each file the shard of its path relative to the working folder, also from a subfolder', async () => {
    const folder = tree()
    const run = await brandvoice(['--format', 'json', '--shard=2/3', '.'], {cwd: path.join(folder, 'copy')})
    const expected = ['en', 'ro'].flatMap((language) =>
      Array.from({length: 12}, (_, i) => `${language}/page-${i}.md`).filter((name, i) => (i % 2 ? 'en' : 'ro') === language && shardOf(name, 3) === 2)
    )
    expect(parseReport(run.stdout).files.map((file) => file.path)).toEqual(expected.sort())
  })

  it('reports nothing and exits 0 for an empty shard', async () => {
    const folder = project({'welcome.md': 'Our users love it!!\n'})
    const empty = shardOf('welcome.md', 2) === 1 ? 2 : 1
    const pretty = await brandvoice(['--shard', `${empty}/2`], {cwd: folder})
    expect([pretty.code, pretty.stdout, pretty.stderr]).toEqual([0, '', ''])
    const json = await brandvoice(['--shard', `${empty}/2`, '--format', 'json'], {cwd: folder})
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual({version: 1, files: [], errorCount: 0, warningCount: 0, infoCount: 0})
    const other = await brandvoice(['--shard', `${3 - empty}/2`, '--format', 'json'], {cwd: folder})
    expect(parseReport(other.stdout).files.map((file) => file.path)).toEqual(['welcome.md'])
  })

  it('refuses a shard that is not i/n with 1 ≤ i ≤ n (exit 2)', async () => {
    const folder = tree()
    expectFailure(await brandvoice(['--shard', '5/4'], {cwd: folder}), '--shard “5/4”: the shard must be between 1 and 4')
    expectFailure(await brandvoice(['--shard', '0/4'], {cwd: folder}), '--shard “0/4”: the shard must be between 1 and 4')
    expectFailure(await brandvoice(['--shard=2'], {cwd: folder}), '--shard expects whole numbers i/n with 1 ≤ i ≤ n, such as --shard 2/4, not “2”.')
  })

  it('refuses --shard with --stdin', async () => {
    const folder = tree()
    expectFailure(await brandvoice(['--shard', '1/2', '--stdin'], {cwd: folder, stdin: 'Hello.\n'}), '--shard splits the files found on disk')
  })
})
