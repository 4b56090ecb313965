// The docs say what the code does: each rule's page is generated from its
// meta and must match what the generator renders now; every rule has a page,
// examples both flagged and not, and a row in the README; the sample outputs
// in the README and docs/json-format.md are what a real run prints.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {builtinRules} from '../rules/index.js'
import {main} from '../src/cli/main.js'
import {docsUrl} from '../src/rule-api.js'
import {readmeRow, renderReadme, renderRulePage, rulePageName, rulePagePath, ruleSource, rulesDocsDir} from '../scripts/rule-docs.js'
import {root} from '../scripts/paths.js'

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')

/** Run the CLI (in the project's root unless told) and return what it prints. */
async function cli(...argv: string[]): Promise<{status: number; stdout: string; stderr: string}> {
  return cliIn(root, ...argv)
}

async function cliIn(cwd: string, ...argv: string[]): Promise<{status: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const status = await main(
    {
      argv,
      cwd,
      env: {},
      stdout: {write: (text: string) => (stdout += text)},
      stderr: {write: (text: string) => (stderr += text)},
      readStdin: async () => '',
      version: '0.0.0'
    },
    builtinRules
  )
  return {status, stdout, stderr}
}

/** The fenced block that follows `<!-- output of: COMMAND -->` in a Markdown file. */
function sampleAfter(markdown: string, command: string): string | undefined {
  const marker = `<!-- output of: ${command} -->\n`
  const at = markdown.indexOf(marker)
  if (at === -1) return undefined
  const block = /^(`{3,})[^\n]*\n([\s\S]*?)\n\1$/m.exec(markdown.slice(at + marker.length))
  return block ? block[2] + '\n' : undefined
}

describe('rule pages (docs/rules/)', () => {
  for (const rule of builtinRules) {
    const {id} = rule.meta
    describe(id, () => {
      it('has a page, as its docs url says', () => {
        expect(fs.existsSync(rulePagePath(id)), `docs/rules/${rulePageName(id)} is missing: run \`npm run build:docs\`.`).toBe(true)
        expect(docsUrl(id).endsWith(`/docs/rules/${rulePageName(id)}`)).toBe(true)
        expect(fs.existsSync(path.join(root, ruleSource(id)))).toBe(true)
      })

      it('has a page that is what build:docs renders now', () => {
        const committed = fs.existsSync(rulePagePath(id)) ? fs.readFileSync(rulePagePath(id), 'utf8') : ''
        expect(committed, `docs/rules/${rulePageName(id)} is out of date: run \`npm run build:docs\`.`).toBe(renderRulePage(rule))
      })

      it('shows examples that are flagged and examples that are not', () => {
        expect(rule.meta.examples.some((example) => example.messages.length > 0)).toBe(true)
        expect(rule.meta.examples.some((example) => example.messages.length === 0)).toBe(true)
      })

      it('has a row in the README rules table', () => {
        expect(readme.split('\n'), `README.md needs this row in its rules table: run \`npm run build:docs\`.\n${readmeRow(rule)}`).toContain(readmeRow(rule))
      })
    })
  }

  it('has no page for a rule that does not exist', () => {
    const pages = fs.readdirSync(rulesDocsDir).filter((name) => name.endsWith('.md'))
    expect(pages.sort()).toEqual(builtinRules.map((rule) => rulePageName(rule.meta.id)).sort())
  })
})

describe('README.md', () => {
  it('has the rules table and the per-touchpoint defaults that build:docs renders from the rules now', () => {
    expect(readme, 'README.md’s generated tables are out of date: run `npm run build:docs`.').toBe(renderReadme(readme, builtinRules))
  })

  it('opens with the quick start', () => {
    const start = readme.indexOf('## Quick start')
    expect(start).toBeGreaterThan(-1)
    expect(readme.slice(0, start).match(/^## /m)).toBeNull()
    expect(readme.slice(start)).toMatch(/```sh\nnpm install && npx brandvoice examples\/\nnpm test\n```/)
  })

  it('shows the real output of `brandvoice examples/`', async () => {
    const run = await cli('examples/')
    expect(run.status).toBe(1)
    expect(sampleAfter(readme, 'brandvoice examples/'), 'Update the sample output in README.md to what `brandvoice examples/` prints now.').toBe(run.stdout)
  })

  it('names every runtime dependency under “Dependencies and why”', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {dependencies: Record<string, string>}
    const section = readme.slice(readme.indexOf('## Dependencies and why'), readme.indexOf('## Performance'))
    for (const name of Object.keys(pkg.dependencies)) expect(section, `README.md does not say why brandvoice depends on ${name}.`).toContain(`\`${name}\``)
  })
})

describe('docs/json-format.md', () => {
  it('shows the real JSON report of a run over examples/', async () => {
    const doc = fs.readFileSync(path.join(root, 'docs', 'json-format.md'), 'utf8')
    const run = await cli('--format', 'json', 'examples/')
    expect(sampleAfter(doc, 'brandvoice --format json examples/'), 'Update the full example in docs/json-format.md to what `brandvoice --format json examples/` prints now.').toBe(run.stdout)
  })
})

describe('docs/configuration.md', () => {
  // The configs behind the error messages the page shows, in the same order.
  const broken: Array<[file: string, text: string]> = [
    ['.brandvoicerc.json', '{"rules": {"lexicon/prefered-term": "warning"}}'],
    ['.brandvoicerc.json', '{"lexicon": [{"avoid": "user", "usee": "customer"}]}'],
    ['.brandvoicerc.json', '{"lexicon": [{"avoid": "user",}]}'],
    ['.brandvoicerc.yaml', 'lexicon:\n  - avoid: user\n    severity: loud\n'],
    ['.brandvoicerc.json', '{"touchpoints": {"newsletter": {"files": ["news/**"]}}}'],
    ['.brandvoicerc.json', '{"lexicon": [{"avoid": "u*", "use": "you"}]}'],
    ['.brandvoicerc.json', '{"extends": "brandvoice:recomended"}']
  ]

  it('shows the real config errors', async () => {
    const doc = fs.readFileSync(path.join(root, 'docs', 'configuration.md'), 'utf8')
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'brandvoice-docs-'))
    try {
      fs.writeFileSync(path.join(folder, 'package.json'), '{"name": "copy"}\n')
      fs.writeFileSync(path.join(folder, 'welcome.md'), 'Welcome!\n')
      let printed = ''
      for (const [file, text] of broken) {
        fs.writeFileSync(path.join(folder, file), text)
        const run = await cliIn(folder, '.')
        fs.rmSync(path.join(folder, file))
        expect(run.status).toBe(2)
        expect(run.stdout).toBe('')
        printed += run.stderr
      }
      expect(sampleAfter(doc, 'brandvoice with the configs of test/docs.test.ts'), 'Update the config errors in docs/configuration.md to what brandvoice prints now.').toBe(printed)
    } finally {
      fs.rmSync(folder, {recursive: true, force: true})
    }
  })
})
