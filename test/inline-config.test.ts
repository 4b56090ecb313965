// Inline configuration: brandvoice-disable / -enable / -disable-next-line
// comments in Markdown and HTML, brandvoice.disable in frontmatter, and
// disableKeys for catalog strings. Rules run as usual; what a directive
// covers is dropped afterwards.
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/index.js'
import {render} from './helpers/lint.js'
import {brandvoice, parseReport, requireBuild, useTempProjects} from './helpers/cli.js'

requireBuild()
const project = useTempProjects()

const bang = 'tone/exclamation'
const quotes = 'typography/quotes'

/** Every message as `line:column rule-or-brandvoice: reason`. */
async function lint(text: string, options: {format?: string; reportUnusedDisables?: boolean} = {}): Promise<string[]> {
  const result = await lintText(text, {path: `copy.${options.format ?? 'md'}`, config: {}, reportUnusedDisables: options.reportUnusedDisables ?? false})
  return result.file.messages.map((message) => `${render(message).split('-')[0]} ${message.ruleId ?? '(file)'}: ${message.reason}`)
}

const rulesOf = (messages: string[]) => messages.map((message) => message.slice(0, message.indexOf(': ')))

describe('comments in Markdown', () => {
  it('a region: disable until enable, for the rules named', async () => {
    const messages = await lint('Hi!!!\n\n<!-- brandvoice-disable tone/exclamation -->\n\nSorry!!! "x"\n\n<!-- brandvoice-enable tone/exclamation -->\n\nBye!!!\n')
    expect(rulesOf(messages)).toEqual(['1:3 tone/exclamation', '5:10 typography/quotes', '9:4 tone/exclamation'])
  })

  it('no ids means every rule; enable with ids turns only those back on', async () => {
    const messages = await lint('<!-- brandvoice-disable -->\nSorry!!! "x"\n<!-- brandvoice-enable typography/quotes -->\n\nAgain!!! "y"\n\n<!-- brandvoice-enable -->\n\nBye!!!\n')
    expect(rulesOf(messages)).toEqual(['5:10 typography/quotes', '9:4 tone/exclamation'])
  })

  it('disable-next-line covers only the line after the comment', async () => {
    const messages = await lint('<!-- brandvoice-disable-next-line tone/exclamation -->\nSorry!!! "x"\nBye!!!\n')
    expect(rulesOf(messages)).toEqual(['2:10 typography/quotes', '3:4 tone/exclamation'])
  })

  it('several ids, separated by spaces or commas, and a note after --', async () => {
    for (const list of ['tone/exclamation typography/quotes', 'tone/exclamation, typography/quotes', 'tone/exclamation,typography/quotes -- a quoted customer']) {
      expect(await lint(`<!-- brandvoice-disable-next-line ${list} -->\nSorry!!! "x"\n`)).toEqual([])
    }
  })

  it('works inside a block quote and inline, after text on the same line', async () => {
    expect(await lint('> <!-- brandvoice-disable-next-line -->\n> Sorry!!!\n')).toEqual([])
    expect(rulesOf(await lint('Hi!!! <!-- brandvoice-disable -->\n\nSorry!!!\n'))).toEqual(['1:3 tone/exclamation'])
  })

  it('a comment inside code is text, not a directive', async () => {
    const fenced = await lint('```html\n<!-- brandvoice-disable -->\n```\n\nSorry!!!\n')
    expect(rulesOf(fenced)).toEqual(['5:6 tone/exclamation'])
    const inline = await lint('Write `<!-- brandvoice-disable -->` to turn it off.\n\nSorry!!!\n')
    expect(rulesOf(inline)).toEqual(['3:6 tone/exclamation'])
  })

  it('an ordinary comment is left alone', async () => {
    expect(rulesOf(await lint('<!-- TODO: brandvoice-disable later -->\n\nSorry!!!\n'))).toEqual(['3:6 tone/exclamation'])
  })
})

describe('comments in HTML', () => {
  it('regions and next-line, positions in the HTML source; comments in script are not directives', async () => {
    const html =
      '<html><body>\n<!-- brandvoice-disable-next-line tone/exclamation -->\n<p>Sorry!!! "x"</p>\n<!-- brandvoice-disable -->\n<p>Again!!!</p>\n<!-- brandvoice-enable -->\n<script>/* <!-- brandvoice-disable --> */</script>\n<p>Bye!!!</p>\n</body></html>\n'
    expect(rulesOf(await lint(html, {format: 'html'}))).toEqual(['3:13 typography/quotes', '8:7 tone/exclamation'])
  })
})

describe('frontmatter', () => {
  it('brandvoice.disable turns rules off for the whole file; a comment cannot turn them back on', async () => {
    const messages = await lint('---\nbrandvoice:\n  disable: [tone/exclamation]\n---\n\nSorry!!! "x"\n\n<!-- brandvoice-enable -->\n\nBye!!!\n')
    expect(rulesOf(messages)).toEqual(['6:10 typography/quotes'])
  })

  it('disable: true is every rule', async () => {
    expect(await lint('---\nbrandvoice: {disable: true}\n---\n\nSorry!!! "x"\n')).toEqual([])
  })

  it('a setting of the wrong shape is a warning, and nothing is silenced', async () => {
    const messages = await lint('---\nbrandvoice: {disable: 3, only: x}\n---\n\nSorry!!!\n')
    expect(messages).toEqual([
      '1:1 (file): The frontmatter’s brandvoice.disable is 3, so brandvoice ignores it; expected brandvoice: {disable: [rule ids]} or brandvoice: {disable: true} for every rule.',
      '1:1 (file): Unknown setting “brandvoice.only” in the frontmatter, so brandvoice ignores it; the frontmatter can only say brandvoice: {disable: [rule ids]} or brandvoice: {disable: true} for every rule.',
      '5:6 tone/exclamation: Write “!” instead of “!!!”: one mark at a time reads calmer.'
    ])
  })
})

describe('unknown ids and directives', () => {
  it('an unknown rule id is reported at the comment with the nearest id, and silences nothing', async () => {
    const messages = await lint('Hi.\n\n<!-- brandvoice-disable-next-line tone/exclamtion -->\nSorry!!!\n')
    expect(messages).toEqual([
      '3:1 (file): Unknown rule “tone/exclamtion” in brandvoice-disable-next-line, so this comment does not turn it off. Did you mean “tone/exclamation”?',
      '4:6 tone/exclamation: Write “!” instead of “!!!”: one mark at a time reads calmer.'
    ])
  })

  it('known ids beside an unknown one still work', async () => {
    const messages = await lint('<!-- brandvoice-disable-next-line tone/exclamation nope -->\nSorry!!!\n')
    expect(rulesOf(messages)).toEqual(['1:1 (file)'])
  })

  it('a misspelt directive is reported, never read as “every rule”', async () => {
    const messages = await lint('<!-- brandvoice-disable-line -->\nSorry!!!\n')
    expect(rulesOf(messages)).toEqual(['1:1 (file)', '2:6 tone/exclamation'])
    expect(messages[0]).toContain('Unknown directive “brandvoice-disable-line”')
  })

  it('an unknown id in frontmatter is reported at the frontmatter', async () => {
    const messages = await lint('---\nbrandvoice: {disable: [typography/quote]}\n---\n\nHi.\n')
    expect(messages).toEqual(['1:1 (file): Unknown rule “typography/quote” in the frontmatter’s brandvoice.disable, so the frontmatter does not turn it off. Did you mean “typography/quotes”?'])
  })
})

describe('unused disables', () => {
  const text = '---\nbrandvoice: {disable: [typography/quotes]}\n---\n\n<!-- brandvoice-disable-next-line tone/exclamation typography/spacing -->\nSorry!!!\n\n<!-- brandvoice-disable -->\nFine.\n<!-- brandvoice-enable -->\n'

  it('are not reported without the option', async () => {
    expect(await lint(text)).toEqual([])
  })

  it('are reported at each directive, naming the ids that silenced nothing', async () => {
    expect(await lint(text, {reportUnusedDisables: true})).toEqual([
      '1:1 (file): Unused brandvoice.disable in the frontmatter: “typography/quotes” reported nothing it covers.',
      '5:1 (file): Unused brandvoice-disable-next-line: “typography/spacing” reported nothing it covers.',
      '8:1 (file): Unused brandvoice-disable: no rule reported anything it covers.'
    ])
  })

  it('the CLI flag turns them on, as warnings without a rule id', async () => {
    const folder = project({'.brandvoicerc.json': '{}', 'copy.md': '<!-- brandvoice-disable tone/exclamation -->\nFine.\n'})
    const quiet = parseReport((await brandvoice(['--format', 'json', 'copy.md'], {cwd: folder})).stdout)
    expect(quiet.warningCount).toBe(0)
    const run = await brandvoice(['--format', 'json', '--report-unused-disables', 'copy.md'], {cwd: folder})
    const report = parseReport(run.stdout)
    expect(report.warningCount).toBe(1)
    expect(report.files[0]!.messages[0]).toMatchObject({ruleId: null, severity: 'warning', line: 1, column: 1})
  })
})

describe('catalogs: disableKeys', () => {
  const catalog = JSON.stringify({legal: {terms: 'Read this!!! "now"'}, welcome: {title: 'Welcome!!! "in"'}}, null, 2)

  it('drops the findings of matching keys, for the rules named or every rule', async () => {
    const folder = project({
      '.brandvoicerc.json': JSON.stringify({catalogs: ['*.json'], disableKeys: [{keys: ['legal.**']}, {keys: ['*.title'], rules: [bang]}]}),
      'en.json': catalog
    })
    const run = await brandvoice(['--format', 'json', 'en.json'], {cwd: folder})
    const messages = parseReport(run.stdout).files[0]!.messages
    expect(messages.map((message) => `${message.line} ${message.ruleId}`)).toEqual([`6 ${quotes}`])
  })

  it('an unknown rule id in disableKeys is a config error with the nearest id', async () => {
    const folder = project({'.brandvoicerc.json': JSON.stringify({catalogs: ['*.json'], disableKeys: [{keys: ['a'], rules: ['tone/exclamations']}]}), 'en.json': catalog})
    const run = await brandvoice(['en.json'], {cwd: folder})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Unknown rule “tone/exclamations” in disableKeys[0].rules[0]. Did you mean “tone/exclamation”?')
  })
})
