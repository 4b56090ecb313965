// Tone settings and per-touchpoint rules: where they can be set, which one
// wins (the config, then the file's touchpoint, then matching overrides, key by
// key), and how a rule's own recommended defaults enter brandvoice:recommended.
import {describe, expect, it} from 'vitest'
import {ConfigLoader} from '../../src/config/load.js'
import {resolveFileSettings} from '../../src/config/resolve.js'
import type {UserConfig} from '../../src/config/types.js'
import {defineRule, type Rule} from '../../src/rule-api.js'

const noop = () => {}
const exclamation = defineRule(
  {
    id: 'tone/exclamation',
    description: 'Exclamation marks.',
    severity: 'warning',
    rationale: '',
    examples: [],
    recommended: {
      tone: {
        '*': {exclamations: {perSentence: 1}},
        'support-reply': {exclamations: {perFile: 1}},
        'email-signature': {exclamations: {perSentence: 0, perFile: 0}}
      }
    }
  },
  noop
)
const blame = defineRule(
  {id: 'tone/blame', description: 'Blame.', severity: 'warning', rationale: '', examples: [], recommended: {touchpoints: ['support-reply']}},
  noop
)
const rules: readonly Rule<any>[] = [exclamation, blame]

async function settingsFor(config: UserConfig, file: string) {
  const project = await new ConfigLoader({rules, cwd: '/brand'}).fromObject(config)
  return resolveFileSettings(project, `/brand/${file}`, {}, rules)
}

const touchpoints: UserConfig['touchpoints'] = {'support-reply': {files: ['support/**']}, 'email-signature': {files: ['signatures/**']}}

describe('brandvoice:recommended takes its per-touchpoint defaults from the rules', () => {
  it('gives every file the rule’s general tone, and a touchpoint its own on top, key by key', async () => {
    expect((await settingsFor({touchpoints}, 'blog/post.md')).tone).toEqual({exclamations: {perSentence: 1}})
    expect((await settingsFor({touchpoints}, 'support/refund.md')).tone).toEqual({exclamations: {perSentence: 1, perFile: 1}})
    expect((await settingsFor({touchpoints}, 'signatures/ana.txt')).tone).toEqual({exclamations: {perSentence: 0, perFile: 0}})
  })

  it('turns a rule on only at the touchpoints it names', async () => {
    expect(Object.keys((await settingsFor({touchpoints}, 'support/refund.md')).rules)).toEqual(['tone/exclamation', 'tone/blame'])
    expect(Object.keys((await settingsFor({touchpoints}, 'blog/post.md')).rules)).toEqual(['tone/exclamation'])
  })

  it('starts from nothing with "extends": []', async () => {
    const settings = await settingsFor({extends: [], touchpoints}, 'support/refund.md')
    expect(settings.tone).toEqual({})
    expect(settings.rules).toEqual({})
  })
})

describe('a brand’s own tone', () => {
  it('at the top level replaces the preset’s per-touchpoint default for that key only', async () => {
    const settings = await settingsFor({touchpoints, tone: {exclamations: {perFile: 3}, address: 'formal'}}, 'support/refund.md')
    expect(settings.tone).toEqual({exclamations: {perSentence: 1, perFile: 3}, address: 'formal'})
  })

  it('for a touchpoint wins over the top level for the files of that touchpoint', async () => {
    const config: UserConfig = {
      tone: {maxSentenceWords: 30, address: 'formal'},
      touchpoints: {...touchpoints, 'support-reply': {files: ['support/**'], tone: {maxSentenceWords: 20}}}
    }
    expect((await settingsFor(config, 'support/refund.md')).tone).toMatchObject({maxSentenceWords: 20, address: 'formal'})
    expect((await settingsFor(config, 'blog/post.md')).tone).toMatchObject({maxSentenceWords: 30, address: 'formal'})
  })

  it('in a matching override wins over the touchpoint, and later overrides over earlier ones', async () => {
    const config: UserConfig = {
      touchpoints: {...touchpoints, 'support-reply': {files: ['support/**'], tone: {address: 'formal', emoji: 'forbid'}}},
      overrides: [
        {files: ['support/pl/**'], tone: {address: 'informal'}},
        {files: ['support/pl/vip/**'], tone: {emoji: 2}}
      ]
    }
    expect((await settingsFor(config, 'support/pl/vip/odpowiedz.md')).tone).toMatchObject({address: 'informal', emoji: 2})
    expect((await settingsFor(config, 'support/ro/raspuns.md')).tone).toMatchObject({address: 'formal', emoji: 'forbid'})
  })
})

describe('rules per touchpoint', () => {
  it('a brand turns a rule on or off for one touchpoint', async () => {
    const config: UserConfig = {touchpoints: {...touchpoints, 'email-signature': {files: ['signatures/**'], rules: {'tone/exclamation': 'off', 'tone/blame': 'error'}}}}
    expect((await settingsFor(config, 'signatures/ana.txt')).rules).toEqual({'tone/blame': {severity: 'error', options: {}}})
  })

  it('a rule set at the top level applies at every touchpoint, the preset’s touchpoint defaults included', async () => {
    expect((await settingsFor({touchpoints, rules: {'tone/blame': 'off'}}, 'support/refund.md')).rules).not.toHaveProperty('tone/blame')
    expect((await settingsFor({touchpoints, rules: {'tone/blame': 'info'}}, 'blog/post.md')).rules).toHaveProperty('tone/blame', {severity: 'info', options: {}})
  })

  it('an override wins over the touchpoint', async () => {
    const config: UserConfig = {touchpoints, overrides: [{files: ['support/legacy/**'], rules: {'tone/blame': 'off'}}]}
    expect((await settingsFor(config, 'support/legacy/old.md')).rules).not.toHaveProperty('tone/blame')
    expect((await settingsFor(config, 'support/new.md')).rules).toHaveProperty('tone/blame')
  })
})

describe('validation', () => {
  it.each([
    [{tone: {address: 'polite'}}, 'tone.address must be “formal” or “informal”.'],
    [{tone: {maxSentenceWords: 0}}, 'tone.maxSentenceWords must be at least 1.'],
    [{tone: {exclamations: {perFile: 'two'}}}, 'tone.exclamations.perFile must be a whole number.'],
    [{tone: {emoji: 'sometimes'}}, 'tone.emoji must be “forbid”, “allow” or a whole number.'],
    [{touchpoints: {welcome: {tone: {shouting: true}}}}, 'Unknown option “shouting” in touchpoints.welcome.tone.'],
    [{overrides: [{files: ['a/**'], tone: {readability: {maxLix: 'low'}}}]}, 'overrides[0].tone.readability.maxLix must be a number.']
  ])('rejects %j', async (config, message) => {
    await expect(new ConfigLoader({rules, cwd: '/brand'}).fromObject(config)).rejects.toThrow(message)
  })
})

describe('a touchpoint type of the brand’s own', () => {
  const own: UserConfig = {
    touchpoints: {
      ...touchpoints,
      'support-reply': {files: ['support/**'], tone: {maxSentenceWords: 20}},
      'chat-reply': {base: 'support-reply', files: ['chat/**'], tone: {emoji: 2}}
    },
    lexicon: [{avoid: 'ticket', use: 'request', touchpoints: ['support-reply']}, {avoid: 'agent', use: 'colleague', touchpoints: ['chat-reply']}]
  }

  it('starts from its base: the base’s rules and tone, then its own', async () => {
    const settings = await settingsFor(own, 'chat/hello.md')
    expect([settings.touchpoint, settings.touchpointBase]).toEqual(['chat-reply', 'support-reply'])
    expect(settings.tone).toEqual({exclamations: {perSentence: 1, perFile: 1}, maxSentenceWords: 20, emoji: 2})
    expect(Object.keys(settings.rules)).toContain('tone/blame')
  })

  it('is valid only with a base, and lexicon entries may name it', async () => {
    const loader = new ConfigLoader({rules, cwd: '/brand'})
    await expect(loader.fromObject({touchpoints: {brochure: {files: ['print/**']}}})).rejects.toThrow(
      'Unknown touchpoint type “brochure” in touchpoints. Known types: welcome, email-signature, support-reply, onboarding-email, notification, marketing, social-post, web-page, generic. A type of your own needs the built-in type it starts from: {"base": "web-page"}.'
    )
    await expect(loader.fromObject({touchpoints: {welcome: {base: 'web-page'}}})).rejects.toThrow('touchpoints.welcome.base: “welcome” is a built-in type; only a type of your own takes a base.')
    await expect(loader.fromObject(own)).resolves.toBeDefined()
  })
})
