// `brandvoice lsp`: the language server. Documents are linted through
// lintText with the config that governs their folder, as on the command line:
// on open at once, on change after a short pause (typing must not lint every
// keystroke). Config files are watched where the client can watch them;
// otherwise configs are read again whenever a document is saved.
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type Diagnostic
} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {Rule} from '../rule-api.js'
import {ConfigLoader} from '../config/load.js'
import {ConfigError} from '../config/errors.js'
import {IgnoreFilter} from '../files/discover.js'
import {formatFor, supportedExtensions} from '../formats/index.js'
import {isCatalog, isCatalogExtension} from '../formats/catalog.js'
import {lintText} from '../lint.js'
import {prepareLint} from '../prepare-lint.js'
import {configDiagnostic, toDiagnostic} from './diagnostics.js'
import {codeActionsFor} from './code-actions.js'

/** How long typing must pause before a changed document is linted again. */
export const debounceMs = 200

/** Files whose change means the configs must be read again. */
export const watchedGlobs = ['**/.brandvoicerc', '**/.brandvoicerc.{json,yaml,yml}', '**/brandvoice.config.{js,mjs,cjs}', '**/package.json', '**/.brandvoiceignore']

/** Extensions editors give untitled documents of a language, so they lint as that format. */
const extensionForLanguage: Record<string, string> = {markdown: '.md', html: '.html', plaintext: '.txt'}

export interface ServerOptions {
  rules: readonly Rule<any>[]
  version: string
  input?: NodeJS.ReadableStream
  output?: NodeJS.WritableStream
}

export function startServer(options: ServerOptions): Connection {
  const connection = createConnection(
    new StreamMessageReader(options.input ?? process.stdin),
    new StreamMessageWriter(options.output ?? process.stdout)
  )
  // Standard output is the protocol: anything else printed there would corrupt it.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(args.map(String).join(' '))
  console.warn = console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '))

  const documents = new TextDocuments(TextDocument)
  const timers = new Map<string, NodeJS.Timeout>()
  /** The latest lint started per document: only its result is published. */
  const runs = new Map<string, number>()
  let root = process.cwd()
  let canWatch = false
  let ignores: Promise<IgnoreFilter> | undefined
  let loader = newLoader()

  function newLoader(): ConfigLoader {
    ignores = undefined
    return new ConfigLoader({rules: options.rules, cwd: root})
  }

  connection.onInitialize((params) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    if (folder?.startsWith('file:')) root = fileURLToPath(folder)
    else if (params.rootPath) root = params.rootPath
    loader = newLoader()
    canWatch = params.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: true},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]}
      },
      serverInfo: {name: 'brandvoice', version: options.version}
    }
  })

  connection.onInitialized(() => {
    if (canWatch) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {watchers: watchedGlobs.map((globPattern) => ({globPattern}))})
        .catch((error: unknown) => {
          canWatch = false
          connection.console.warn(`brandvoice: cannot watch config files (${String(error)}); configs are read again on save.`)
        })
    }
  })

  connection.onDidChangeWatchedFiles(() => reloadConfig())

  function reloadConfig(): void {
    loader = newLoader()
    for (const document of documents.all()) schedule(document.uri, 0)
  }

  // TextDocuments reports an opened document as changed too: lint it once, at once.
  const opened = new Map<string, number>()
  documents.onDidOpen(({document}) => {
    opened.set(document.uri, document.version)
    schedule(document.uri, 0)
  })
  documents.onDidChangeContent(({document}) => {
    if (opened.get(document.uri) === document.version) return
    opened.delete(document.uri)
    schedule(document.uri, debounceMs)
  })
  documents.onDidSave(() => {
    // Without watchers, a saved config (or any saved file) is the moment to read configs again.
    if (!canWatch) reloadConfig()
  })
  documents.onDidClose(({document}) => {
    opened.delete(document.uri)
    clearTimeout(timers.get(document.uri))
    timers.delete(document.uri)
    runs.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri))
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        void validate(uri)
      }, delay)
    )
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    const version = document.version
    const run = (runs.get(uri) ?? 0) + 1
    runs.set(uri, run)
    let diagnostics: Diagnostic[]
    try {
      diagnostics = await lint(document)
    } catch (error) {
      // A bug must not take the server down: log it, keep the last diagnostics.
      connection.console.error(`brandvoice failed on ${uri}: ${(error as Error)?.stack ?? String(error)}`)
      return
    }
    // Publish only the latest lint of a document still open: an older one may finish later
    // (a config reload started it after), and a closed document has no diagnostics.
    if (runs.get(uri) !== run || documents.get(uri)?.version !== version) return
    await connection.sendDiagnostics({uri, version, diagnostics})
  }

  async function lint(document: TextDocument): Promise<Diagnostic[]> {
    const file = filePath(document)
    if (!file) return []
    let project
    try {
      project = await loader.forDirectory(path.dirname(file))
      if (await (ignores ??= IgnoreFilter.create({cwd: root, loader, extensions: supportedExtensions})).then((filter) => filter.ignores(file, false))) return []
    } catch (error) {
      if (error instanceof ConfigError) return [configDiagnostic(error, root)]
      throw error
    }
    // As on the command line: JSON and YAML files are linted only where the config lists them as catalogs.
    if (isCatalogExtension(file) ? !isCatalog(project, file) : !formatFor(file)) return []
    await prepareLint({path: file, project, rules: options.rules})
    const result = lintText(document.getText(), {path: file, cwd: root, project, rules: options.rules})
    return result.file.messages.map(toDiagnostic)
  }

  function filePath(document: TextDocument): string | undefined {
    if (document.uri.startsWith('file:')) return fileURLToPath(document.uri)
    const extension = extensionForLanguage[document.languageId]
    return extension ? path.join(root, `untitled${extension}`) : undefined
  }

  connection.onCodeAction(({textDocument, context}) => {
    const document = documents.get(textDocument.uri)
    if (!document) return []
    const file = filePath(document)
    const format = file && !isCatalogExtension(file) ? formatFor(file) : undefined
    return codeActionsFor(document, context.diagnostics, format !== undefined && format.name !== 'text')
  })

  documents.listen(connection)
  connection.listen()
  return connection
}
