// The language server as an editor runs it: `brandvoice lsp --stdio` in a
// child process, spoken to by a real LSP client over its standard streams.
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit
} from 'vscode-languageserver-protocol/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {bin, brandvoice, expectFailure, requireBuild, useTempProjects} from '../helpers/cli.js'

requireBuild()
const project = useTempProjects()

const config = {
  extends: ['brandvoice:recommended'],
  brand: {names: ['Inoveo']},
  rules: {'typography/diacritics': 'error', 'lexicon/brand-name': 'error'}
}
const romanian = '---\nlang: ro\n---\n# Bun venit la INOVEO\n\nAşteptăm să vă ajutăm.\n'

/** How long any one answer may take before the test fails rather than hangs. */
const patience = 10_000

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No ${what} within ${patience} ms`)), patience)
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error))
    )
  })
}

class Client {
  readonly child: ChildProcessWithoutNullStreams
  readonly connection: ProtocolConnection
  readonly published: PublishDiagnosticsParams[] = []
  readonly #waiting: Array<{test: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void}> = []
  stderr = ''

  constructor(cwd: string) {
    this.child = spawn(process.execPath, [bin, 'lsp', '--stdio'], {cwd})
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk))
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const waiter = this.#waiting.find((candidate) => candidate.test(params))
      if (!waiter) return void this.published.push(params)
      this.#waiting.splice(this.#waiting.indexOf(waiter), 1)
      waiter.resolve(params)
    })
    // Accept the server's request to watch config files, as VS Code does.
    this.connection.onRequest(RegistrationRequest.type, () => undefined)
    this.connection.listen()
  }

  /** The next diagnostics for `uri` that pass `test` (already published ones count). */
  diagnostics(uri: string, test: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const earlier = this.published.find((params) => params.uri === uri && test(params))
    if (earlier) {
      this.published.splice(this.published.indexOf(earlier), 1)
      return Promise.resolve(earlier)
    }
    return within(
      new Promise((resolve) => this.#waiting.push({test: (params) => params.uri === uri && test(params), resolve})),
      `diagnostics for ${uri}`
    )
  }

  async initialize(root: string): Promise<void> {
    const result = await within(
      this.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(root).href,
        workspaceFolders: [{uri: pathToFileURL(root).href, name: 'test'}],
        capabilities: {workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}}
      }),
      'initialize result'
    )
    expect(result.capabilities.codeActionProvider).toBeTruthy()
    await this.connection.sendNotification(InitializedNotification.type, {})
  }

  async close(): Promise<void> {
    await within(this.connection.sendRequest(ShutdownRequest.type), 'shutdown result')
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', resolve))
    await this.connection.sendNotification(ExitNotification.type)
    expect(await within(exited, 'exit')).toBe(0)
    this.connection.dispose()
  }
}

function byRule(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)}`)
}

function apply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 0, text), [...edits])
}

describe('brandvoice lsp --stdio', () => {
  let client: Client | undefined
  let folder: string
  afterAll(() => {
    client?.connection.dispose()
    if (client && client.child.exitCode === null) client.child.kill()
  })

  beforeAll(() => {
    folder = project({'.brandvoicerc.json': JSON.stringify(config)})
  })

  it('publishes diagnostics on open and change, offers fixes and disables, and follows config changes', async () => {
    client = new Client(folder)
    await client.initialize(folder)
    const uri = pathToFileURL(path.join(folder, 'welcome.md')).href
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'markdown', version: 1, text: romanian}})

    const opened = await client.diagnostics(uri)
    expect(byRule(opened.diagnostics)).toEqual(['3:15-3:21 lexicon/brand-name', '5:0-5:8 typography/diacritics'])
    const diacritics = opened.diagnostics[1]!
    expect(diacritics).toMatchObject({
      source: 'brandvoice',
      severity: 1,
      codeDescription: {href: expect.stringMatching(/typography-diacritics\.md$/)},
      message: expect.stringContaining('Așteptăm')
    })

    // The quick fix rewrites exactly the word.
    const actions = (await within(
      client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: diacritics.range, context: {diagnostics: [diacritics]}}),
      'code actions'
    )) as CodeAction[]
    expect(actions.map((action) => action.title)).toEqual(['Replace “Aşteptăm” with “Așteptăm”', 'Disable typography/diacritics for this line'])
    const fixed = apply(romanian, actions[0]!.edit!.changes![uri]!)
    expect(fixed).toBe(romanian.replace('Aşteptăm', 'Așteptăm'))
    expect(apply(romanian, actions[1]!.edit!.changes![uri]!)).toBe(
      romanian.replace('Aşteptăm', '<!-- brandvoice-disable-next-line typography/diacritics -->\nAşteptăm')
    )

    // The edited text is linted again after the pause: only the brand name remains.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version: 2},
      contentChanges: [{range: diacritics.range, text: 'Așteptăm'}]
    })
    const changed = await client.diagnostics(uri, (params) => params.version === 2)
    expect(byRule(changed.diagnostics)).toEqual(['3:15-3:21 lexicon/brand-name'])

    // A broken config: one error at the top naming the file, and the server lives on.
    fs.writeFileSync(path.join(folder, '.brandvoicerc.json'), '{"rules": {"typography/diacritics": "loud"}}')
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{uri: pathToFileURL(path.join(folder, '.brandvoicerc.json')).href, type: FileChangeType.Changed}]
    })
    const broken = await client.diagnostics(uri, (params) => params.diagnostics.some((d) => d.code === 'config'))
    expect(broken.diagnostics).toHaveLength(1)
    expect(broken.diagnostics[0]!.message).toMatch(/^brandvoice cannot lint this file: config error in \.brandvoicerc\.json:1:\d+: /)

    // The config mended, with brand-name turned off: its finding goes.
    fs.writeFileSync(path.join(folder, '.brandvoicerc.json'), JSON.stringify({...config, rules: {'lexicon/brand-name': 'off'}}))
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{uri: pathToFileURL(path.join(folder, '.brandvoicerc.json')).href, type: FileChangeType.Changed}]
    })
    const mended = await client.diagnostics(uri, (params) => !params.diagnostics.some((d) => d.code === 'config'))
    expect(client.published).toEqual([])
    expect(byRule(mended.diagnostics)).toEqual([])

    await client.close()
    expect(client.stderr).toBe('')
  })
})

describe('brandvoice lsp on the command line', () => {
  it('takes no paths or options besides --stdio, and --stdio belongs to lsp', async () => {
    const folder = project({})
    expectFailure(await brandvoice(['lsp', '--stdio', '--quiet'], {cwd: folder}), /^brandvoice: `brandvoice lsp` takes only --stdio .* not --quiet\.$/)
    expectFailure(await brandvoice(['--stdio', 'copy.md'], {cwd: folder}), /^brandvoice: --stdio is for the language server: `brandvoice lsp --stdio`\. To lint standard input, use --stdin\.$/)
  })

  it('still lints a folder named lsp given as ./lsp', async () => {
    const folder = project({'lsp/welcome.md': 'Welcome aboard.\n'})
    expect((await brandvoice(['./lsp'], {cwd: folder})).code).toBe(0)
  })
})
