// FileContext.languages / FileSettings.languages: the file's language first,
// then every language the config names (`language`, `overrides[].language`),
// each once.
import {describe, expect, it} from 'vitest'
import {ConfigLoader} from '../../src/config/load.js'
import {resolveFileSettings} from '../../src/config/resolve.js'
import type {UserConfig} from '../../src/config/types.js'

async function languagesFor(config: UserConfig, file: string, hints = {}) {
  const project = await new ConfigLoader({rules: [], cwd: '/brand'}).fromObject(config)
  return resolveFileSettings(project, `/brand/${file}`, hints, []).languages
}

describe('the languages a file may meet', () => {
  const config: UserConfig = {
    language: 'en',
    overrides: [
      {files: ['ro/**'], language: 'ro'},
      {files: ['ca/**'], language: 'ca'},
      {files: ['legacy/ro/**'], language: 'RO'}
    ]
  }

  it('lists the file’s language first, then the config’s, each once', async () => {
    expect(await languagesFor(config, 'ro/welcome.md')).toEqual(['ro', 'en', 'ca'])
    expect(await languagesFor(config, 'docs/welcome.md')).toEqual(['en', 'ro', 'ca'])
  })

  it('includes a language only the file or the command line gives', async () => {
    expect(await languagesFor(config, 'docs/witaj.md', {language: 'pl-PL'})).toEqual(['pl-PL', 'en', 'ro', 'ca'])
    expect(await languagesFor({}, 'witaj.md', {cliLanguage: 'pl'})).toEqual(['pl'])
  })
})
