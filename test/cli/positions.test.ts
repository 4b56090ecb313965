// A byte order mark and Windows (CRLF) or old Mac (CR) line endings never
// shift a position: the same copy gives the same line:column everywhere.
import {describe, expect, it} from 'vitest'
import {brandvoice, brief, fileIn, parseReport, requireBuild, useTempProjects} from '../helpers/cli.js'

requireBuild()
const project = useTempProjects()

const config = JSON.stringify({
  brand: {names: ['GitHub']},
  lexicon: [
    {avoid: ['user', 'users'], use: 'customer'},
    {avoid: 'sign up', use: 'create an account'},
    {avoid: 'utilizator*', use: 'client', language: 'ro'}
  ]
})

// Frontmatter (which must still be read: lang and touchpoint), a phrase over a
// line break, and findings on several lines.
const markdown = [
  '---',
  'lang: ro',
  'touchpoint: welcome',
  '---',
  '',
  'Bun venit, utilizatorule! Contul Github e gata.',
  'Te rugăm să faci *sign*',
  'up azi.',
  ''
].join('\n')
const text = ['Hello users.', 'Please sign', 'up with Github today.', ''].join('\n')

const expectedMarkdown = [
  '6:12-6:25 warning lexicon/preferred-term: Use “client” instead of “utilizatorule”.',
  '6:34-6:40 error lexicon/brand-name: Write the brand name as “GitHub”, not “Github”.',
  '7:19-8:3 warning lexicon/preferred-term: Use “create an account” instead of “sign up”.'
]
const expectedText = [
  '1:7-1:12 warning lexicon/preferred-term: Use “customer” instead of “users”.',
  '2:8-3:3 warning lexicon/preferred-term: Use “create an account” instead of “sign up”.',
  '3:9-3:15 error lexicon/brand-name: Write the brand name as “GitHub”, not “Github”.'
]

const bom = '\uFEFF'
const crlf = (copy: string) => copy.replaceAll('\n', '\r\n')
const cr = (copy: string) => copy.replaceAll('\n', '\r')

describe('positions with a BOM and other line endings', () => {
  const folder = project({
    '.brandvoicerc.json': config,
    'lf.md': markdown,
    'crlf.md': crlf(markdown),
    'bom-lf.md': bom + markdown,
    'bom-crlf.md': bom + crlf(markdown),
    'lf.txt': text,
    'crlf.txt': crlf(text),
    'cr.txt': cr(text),
    'bom-crlf.txt': bom + crlf(text),
    // UTF-16 with its byte order mark is read as text too.
    'utf16le-crlf.txt': Buffer.from(bom + crlf(text), 'utf16le')
  })

  it('gives the LF positions for every variant of the same copy', async () => {
    const run = await brandvoice(['--format', 'json', '.'], {cwd: folder})
    const report = parseReport(run.stdout)
    const messages = (file: string) => fileIn(report, file).messages.map(brief)

    expect(messages('lf.md')).toEqual(expectedMarkdown)
    for (const file of ['crlf.md', 'bom-lf.md', 'bom-crlf.md']) expect(messages(file), file).toEqual(expectedMarkdown)
    // The frontmatter was read through the BOM and the CRLFs.
    for (const file of ['lf.md', 'crlf.md', 'bom-lf.md', 'bom-crlf.md']) {
      expect(fileIn(report, file), file).toMatchObject({language: 'ro', touchpoint: 'welcome'})
    }

    expect(messages('lf.txt')).toEqual(expectedText)
    for (const file of ['crlf.txt', 'cr.txt', 'bom-crlf.txt', 'utf16le-crlf.txt']) expect(messages(file), file).toEqual(expectedText)
  })

  it('gives the same positions for copy on standard input with a BOM and CRLFs', async () => {
    const run = await brandvoice(['--format', 'json', '--stdin', '--stdin-filename', 'welcome.md'], {
      cwd: folder,
      stdin: bom + crlf(markdown)
    })
    expect(parseReport(run.stdout).files[0]!.messages.map(brief)).toEqual(expectedMarkdown)
  })
})
