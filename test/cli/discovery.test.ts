// Which files a run lints: folders walked for .md, .markdown and .txt;
// node_modules and .git skipped; config `ignore` and .brandvoiceignore
// honoured; globs expanded; files that are not text reported, not fatal to the run.
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {brandvoice, fileIn, fixtures, parseReport, requireBuild, useTempProjects} from '../helpers/cli.js'

requireBuild()
const project = useTempProjects()

const paths = async (cwd: string, ...args: string[]) => {
  const run = await brandvoice(['--format', 'json', ...args], {cwd})
  expect(run.stderr).toBe('')
  return parseReport(run.stdout).files.map((file) => file.path)
}

const copy = 'Thanks for joining us.\n'

describe.concurrent('walking folders', () => {
  const folder = project({
    '.brandvoicerc.json': JSON.stringify({ignore: ['drafts/archive/', '**/CHANGELOG.md']}),
    '.brandvoiceignore': '# Private notes are not copy.\nnotes/private/\n*.tmp.md\n',
    'emails/welcome.md': copy,
    'emails/welcome.markdown': copy,
    'emails/signature.txt': copy,
    'emails/LOUD.MD': copy,
    'emails/template.html': '<p>Thanks for joining us.</p>\n',
    'emails/banner.HTM': '<p>Thanks for joining us.</p>\n',
    'emails/data.json': '{}\n',
    'emails/logo.svg': '<svg></svg>\n',
    'node_modules/some-package/README.md': copy,
    'site/node_modules/other/README.md': copy,
    '.git/COMMIT_EDITMSG.txt': copy,
    'drafts/archive/2019.md': copy,
    'drafts/current.md': copy,
    'drafts/welcome.tmp.md': copy,
    'docs/CHANGELOG.md': copy,
    'docs/guide.md': copy,
    'notes/private/idea.md': copy,
    'notes/public.md': copy
  })

  it('lints .md, .markdown, .html, .htm and .txt (any case) and skips node_modules, .git and everything ignored', async () => {
    expect(await paths(folder)).toEqual([
      'docs/guide.md',
      'drafts/current.md',
      'emails/LOUD.MD',
      'emails/banner.HTM',
      'emails/signature.txt',
      'emails/template.html',
      'emails/welcome.markdown',
      'emails/welcome.md',
      'notes/public.md'
    ])
  })

  it('gives the same files for “.” and for no path at all', async () => {
    expect(await paths(folder, '.')).toEqual(await paths(folder))
  })

  it('lints a file named on the command line whatever its extension, with one fatal message if it cannot', async () => {
    const run = await brandvoice(['--format', 'json', 'emails/data.json', 'emails/welcome.md'], {cwd: folder})
    const report = parseReport(run.stdout)
    expect(report.files.map((file) => file.path)).toEqual(['emails/data.json', 'emails/welcome.md'])
    expect(fileIn(report, 'emails/data.json').messages).toEqual([
      expect.objectContaining({ruleId: null, severity: 'error', message: 'brandvoice reads .json, .yaml, .yml files only as string catalogs, and the config’s `catalogs` does not list this one.'})
    ])
    expect(run.code).toBe(1)
  })

  it('skips ignored files even when named or globbed on the command line', async () => {
    expect(await paths(folder, 'docs/CHANGELOG.md', 'notes/private/idea.md', 'docs/guide.md')).toEqual(['docs/guide.md'])
    expect(await paths(folder, 'drafts/**/*.md')).toEqual(['drafts/current.md'])
  })

  it('expands globs, keeping supported files only, and lints a file given twice once', async () => {
    expect(await paths(folder, 'emails/*')).toEqual(['emails/LOUD.MD', 'emails/banner.HTM', 'emails/signature.txt', 'emails/template.html', 'emails/welcome.markdown', 'emails/welcome.md'])
    expect(await paths(folder, '**/welcome.*', 'emails/welcome.md', './emails/welcome.md')).toEqual(['emails/welcome.markdown', 'emails/welcome.md'])
  })

  it('reads .brandvoiceignore from the working folder only', async () => {
    // From notes/, “notes/private/” in ../.brandvoiceignore does not apply; the config's ignore still does.
    expect(await paths(path.join(folder, 'notes'), '.', '../drafts')).toEqual(['../drafts/current.md', '../drafts/welcome.tmp.md', 'private/idea.md', 'public.md'])
  })
})

describe.concurrent('ignore and nested configs', () => {
  it('applies a config’s ignore relative to the config’s folder, and lets a root config skip a folder that has its own config', async () => {
    const folder = project({
      '.brandvoicerc.json': JSON.stringify({ignore: ['legacy/', 'site/old.md']}),
      'legacy/.brandvoicerc.json': '{}',
      'legacy/welcome.md': copy,
      'site/old.md': copy,
      'site/new.md': copy,
      'site/blog/.brandvoicerc.yaml': 'ignore:\n  - drafts/\n',
      'site/blog/drafts/post.md': copy,
      'site/blog/post.md': copy
    })
    expect(await paths(folder)).toEqual(['site/blog/post.md', 'site/new.md'])
  })
})

describe.concurrent('files that are not text', () => {
  it('gives an invalid-UTF-8 file and a binary file one fatal message each, and lints the rest (exit 1)', async () => {
    const folder = project({
      '.brandvoicerc.json': JSON.stringify({lexicon: [{avoid: 'users', use: 'customers'}]}),
      'latin1.md': Buffer.from('Caf\xe9 users welcome.\n', 'latin1'),
      'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'welcome.md': 'Our users love it.\n'
    })
    const run = await brandvoice(['--format', 'json'], {cwd: folder})
    const report = parseReport(run.stdout)
    const fatal = (message: string) => [
      {ruleId: null, severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 1, wholeFile: true, actual: null, expected: null}
    ]
    expect(fileIn(report, 'latin1.md').messages).toEqual(
      fatal('This file is not valid UTF-8 text (first bad byte at offset 3); save it as UTF-8 and lint it again.')
    )
    expect(fileIn(report, 'image.txt').messages).toEqual(
      fatal('This looks like a binary file (it contains NUL bytes), not text, so brandvoice skipped it.')
    )
    expect(fileIn(report, 'welcome.md').messages.map((message) => message.actual)).toEqual(['users'])
    expect([report.errorCount, report.warningCount]).toEqual([2, 1])
    expect(run.code).toBe(1)
  })
})

describe.concurrent('symbolic links', () => {
  it('lints a linked file and does not follow a linked folder (no loops)', async () => {
    const folder = project({'copy/welcome.md': copy, 'elsewhere/outside.md': copy})
    fs.symlinkSync(path.join(folder, 'elsewhere', 'outside.md'), path.join(folder, 'copy', 'linked.md'))
    fs.symlinkSync(path.join(folder, 'copy'), path.join(folder, 'copy', 'loop'))
    expect(await paths(folder, 'copy')).toEqual(['copy/linked.md', 'copy/welcome.md'])
  })
})

describe.concurrent('the content repo fixture', () => {
  it('lints what test/fixtures/project means to lint', async () => {
    expect(await paths(path.join(fixtures, 'project'))).toEqual([
      'drafts/welcome.md',
      'emails/reactivare.md',
      'emails/welcome.md',
      'legal/terms.md',
      'ro/welcome.md',
      'support/refund.md'
    ])
  })
})
