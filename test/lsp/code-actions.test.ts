// Code actions without a server: the fix only where the text is still as
// linted, and a disable comment that stays in its block and out of frontmatter.
import {describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {Diagnostic} from 'vscode-languageserver'
import {codeActionsFor, disableNextLine} from '../../src/lsp/code-actions.js'

const uri = 'file:///copy/welcome.md'

function diagnostic(line: number, ruleId: string, fix?: {range: [number, number]; text: string}, actual?: string): Diagnostic {
  return {
    range: {start: {line, character: 0}, end: {line, character: 1}},
    message: 'm',
    source: 'brandvoice',
    code: ruleId,
    data: {ruleId, ...(fix ? {fix, actual} : {})}
  }
}

describe('code actions', () => {
  it('offers no fix once the words under it have changed', () => {
    const document = TextDocument.create(uri, 'markdown', 1, 'Aşteptăm.\n')
    const stale = diagnostic(0, 'typography/diacritics', {range: [0, 8], text: 'Așteptăm'}, 'Asteptam')
    expect(codeActionsFor(document, [stale], true).map((action) => action.title)).toEqual(['Disable typography/diacritics for this line'])
  })

  it('offers one disable per rule and line, and none where the file has no comments', () => {
    const document = TextDocument.create(uri, 'markdown', 1, 'HELLO THERE\n')
    const two = [diagnostic(0, 'tone/shouting'), diagnostic(0, 'tone/shouting')]
    expect(codeActionsFor(document, two, true)).toHaveLength(1)
    expect(codeActionsFor(document, two, false)).toEqual([])
    expect(codeActionsFor(document, [{...two[0]!, source: 'other'}], true)).toEqual([])
  })

  it('keeps the comment in its block quote, with its indentation and line endings', () => {
    expect(disableNextLine('Intro\r\n\r\n  > "Best ever", says Ana.\r\n', 2, 'typography/quotes')?.newText).toBe(
      '  > <!-- brandvoice-disable-next-line typography/quotes -->\r\n'
    )
  })

  it('never writes a comment into frontmatter', () => {
    const text = '---\ntitle: "Hi"\n---\nHi!!\n'
    expect(disableNextLine(text, 1, 'typography/quotes')).toBeUndefined()
    expect(disableNextLine(text, 2, 'typography/quotes')).toBeUndefined()
    expect(disableNextLine(text, 3, 'tone/exclamation')?.range.start).toEqual({line: 3, character: 0})
  })
})
