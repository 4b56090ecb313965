// The programmatic API: lintText with a config object, as editor
// integrations call it, resolves globs against its own `cwd`.
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/index.js'
import {render} from './helpers/lint.js'

describe('lintText', () => {
  const config = {
    touchpoints: {welcome: {files: ['emails/**']}},
    overrides: [{files: ['ro/**'], language: 'ro'}]
  }

  it('matches touchpoint and override globs against the given cwd, not the process’s', async () => {
    const welcome = await lintText('Hi.\n', {path: 'emails/welcome.md', cwd: '/srv/copy', config})
    expect(welcome.touchpoint).toBe('welcome')
    const romanian = await lintText('Bună.\n', {path: 'ro/welcome.md', cwd: '/srv/copy', config})
    expect(romanian.language).toBe('ro')
  })

  it('places a broken-frontmatter warning in the file and does not repeat YAML’s block-relative position', async () => {
    const result = await lintText('---\ntitle: [oops\n---\n\nHello.\n', {config: {}})
    expect(result.file.messages.map(render)).toEqual([
      '2:13-2:13: The frontmatter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]), so brandvoice ignores it.'
    ])
  })
})
