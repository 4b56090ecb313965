// A minimal VS Code client for `brandvoice lsp --stdio`: the server does the
// work (diagnostics, quick fixes, config reloads); this only starts it.
const fs = require('node:fs')
const path = require('node:path')
const vscode = require('vscode')
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')

let client

function executable() {
  const configured = vscode.workspace.getConfiguration('brandvoice').get('path')
  if (configured) return configured
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath
  const local = folder && path.join(folder, 'node_modules', '.bin', process.platform === 'win32' ? 'brandvoice.cmd' : 'brandvoice')
  return local && fs.existsSync(local) ? local : 'brandvoice'
}

exports.activate = async function activate() {
  const command = executable()
  const server = {command, args: ['lsp'], transport: TransportKind.stdio, options: {shell: process.platform === 'win32'}}
  client = new LanguageClient('brandvoice', 'brandvoice', server, {
    // JSON and YAML files are linted only where the config lists them in `catalogs`.
    // Config files are watched by the server itself (it registers the watchers).
    documentSelector: ['markdown', 'html', 'plaintext', 'json', 'yaml'].map((language) => ({scheme: 'file', language}))
  })
  await client.start()
}

exports.deactivate = function deactivate() {
  return client?.stop()
}
