// validateConfig in-process: one plain sentence per problem, with the key path,
// the closest known name for a misspelling, and the place from the locator.
import {describe, expect, it, vi} from 'vitest'
import {builtinRules} from '../../rules/index.js'
import {ConfigError} from '../../src/config/errors.js'
import {nowhere} from '../../src/config/parse.js'
import {keyPath, validateConfig} from '../../src/config/validate.js'
import {defineRule} from '../../src/rule-api.js'

/** The message validateConfig throws for a config, or undefined when it is valid. */
function problem(config: unknown, rules = builtinRules): string | undefined {
  try {
    validateConfig(config, rules, '/project/.brandvoicerc.json', nowhere)
    return undefined
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).message
  }
}

describe('keyPath', () => {
  it('writes indexes in brackets, names with dots, and other keys quoted', () => {
    expect(keyPath(['lexicon', 2, 'avoid'])).toBe('lexicon[2].avoid')
    expect(keyPath(['overrides', '0', 'lexicon', '1', 'use'])).toBe('overrides[0].lexicon[1].use')
    expect(keyPath(['rules', 'lexicon/banned-term', 1])).toBe('rules["lexicon/banned-term"][1]')
    expect(keyPath(['touchpoints', 'support-reply', 'files'])).toBe('touchpoints["support-reply"].files')
    expect(keyPath([])).toBe('the config')
  })
})

describe('validateConfig', () => {
  it('accepts a full, realistic config', () => {
    const config = {
      $schema: './node_modules/brandvoice/schema/brandvoicerc.schema.json',
      extends: ['brandvoice:recommended', '../shared/voice.yaml'],
      language: 'en-GB',
      brand: {names: ['Inoveo', 'GitHub'], acronyms: ['SLA']},
      lexicon: [
        {avoid: ['user', 'users'], use: 'customer', reason: 'people, not rows', severity: 'error', language: ['en'], touchpoints: ['welcome'], caseSensitive: false},
        {avoid: 'utilizator*', use: ['client'], language: 'ro'},
        {avoid: 'ță*'},
        {avoid: 'ab*'},
        {avoid: 'sign up*'}
      ],
      touchpoints: {welcome: {files: ['**/welcome*']}, generic: {}},
      rules: {'lexicon/banned-term': 'warning', 'lexicon/preferred-term': ['error', {}], 'lexicon/brand-name': ['off']},
      overrides: [{files: ['ro/**'], language: 'ro', rules: {'lexicon/banned-term': 'off'}, lexicon: [{avoid: 'deadline*'}]}],
      ignore: ['drafts/archive/']
    }
    expect(problem(config)).toBeUndefined()
    expect(problem({})).toBeUndefined()
  })

  it.each([
    [[], 'the config must be an object.'],
    [{extends: 5}, 'extends must be a string or a list.'],
    [{extends: ''}, 'extends must not be empty.'],
    [{language: 'english'}, 'language must be a language tag such as “en”, “ro” or “pl-PL”.'],
    [{brand: {names: 'Inoveo'}}, 'brand.names must be a list.'],
    [{lexicon: {avoid: 'user'}}, 'lexicon must be a list.'],
    [{lexicon: [{use: 'customer'}]}, 'lexicon[0] needs “avoid”.'],
    [{lexicon: [{avoid: 'user'}, {avoid: 42}]}, 'lexicon[1].avoid must be a string or a list.'],
    [{lexicon: [{avoid: []}]}, 'lexicon[0].avoid must not be empty.'],
    [{lexicon: [{avoid: ['user', '']}]}, 'lexicon[0].avoid[1] must not be empty.'],
    [{lexicon: [{avoid: 'user', use: []}]}, 'lexicon[0].use must not be empty.'],
    [{lexicon: [{avoid: 'user', severity: 'fatal'}]}, 'lexicon[0].severity must be “off”, “info”, “warning” or “error”.'],
    [{lexicon: [{avoid: 'user', language: []}]}, 'lexicon[0].language must not be empty.'],
    [{lexicon: [{avoid: 'user', usee: 'customer'}]}, 'Unknown option “usee” in lexicon[0]. Did you mean “use”?'],
    [{lexicon: [{avoid: 'user', touchpoints: ['newsletter']}]}, 'Unknown touchpoint type “newsletter” in lexicon[0].touchpoints[0]. Known types: welcome, email-signature, support-reply, onboarding-email, notification, marketing, social-post, web-page, generic.'],
    [{touchpoints: {welcom: {files: ['a']}}}, 'Unknown touchpoint type “welcom” in touchpoints. Did you mean “welcome”? Known types: welcome, email-signature, support-reply, onboarding-email, notification, marketing, social-post, web-page, generic. A type of your own needs the built-in type it starts from: {"base": "web-page"}.'],
    [{touchpoints: {welcome: {file: ['a']}}}, 'Unknown option “file” in touchpoints.welcome. Did you mean “files”?'],
    [{touchpoints: {welcome: {files: []}}}, 'touchpoints.welcome.files must not be empty.'],
    [{rules: {'lexicon/prefered-term': 'warning'}}, 'Unknown rule “lexicon/prefered-term” in rules. Did you mean “lexicon/preferred-term”?'],
    [{rules: {'lexicon/banned-term': []}}, 'rules["lexicon/banned-term"] must not be empty.'],
    [{rules: {'lexicon/banned-term': {}}}, 'rules["lexicon/banned-term"] must be “off”, “info”, “warning”, “error” or [severity, options].'],
    [{rules: {'lexicon/banned-term': ['loud']}}, 'rules["lexicon/banned-term"][0] must be “off”, “info”, “warning” or “error”.'],
    [{rules: {'lexicon/banned-term': ['error', {strict: true}]}}, 'Unknown option “strict” in rules["lexicon/banned-term"][1].'],
    [{rules: {'lexicon/banned-term': ['error', {}, 'extra']}}, 'rules["lexicon/banned-term"] must be a severity, or [severity, options].'],
    [{overrides: [{language: 'ro'}]}, 'overrides[0] needs “files”.'],
    [{overrides: [{files: ['ro/**'], rules: {'lexicon/brandname': 'off'}}]}, 'Unknown rule “lexicon/brandname” in overrides[0].rules. Did you mean “lexicon/brand-name”?'],
    [{ignore: 'drafts/'}, 'ignore must be a list.'],
    [{languag: 'ro'}, 'Unknown option “languag” in the config. Did you mean “language”?'],
    // Nothing is close to this one, so no guess.
    [{vocabulary: []}, 'Unknown option “vocabulary” in the config.']
  ])('rejects %j: %s', (config, message) => {
    expect(problem(config)).toBe(message)
  })

  it.each([
    ['*', 'lexicon[0].avoid: “*” would match almost every word; write at least two letters before the *.'],
    ['u*', 'lexicon[0].avoid: “u*” would match almost every word; write at least two letters before the *.'],
    ['sign *', 'lexicon[0].avoid: “sign *” would match almost every word; write at least two letters before the *.'],
    ['cl*ent', 'lexicon[0].avoid: “cl*ent” has a * inside a word; a * may only end a word (client*).'],
    ['**', 'lexicon[0].avoid: “**” has a * inside a word; a * may only end a word (client*).']
  ])('rejects the wildcard term %j', (term, message) => {
    expect(problem({lexicon: [{avoid: term}]})).toBe(message)
  })

  it('checks wildcards in lists and in overrides too', () => {
    expect(problem({lexicon: [{avoid: ['client*', 'x*']}]})).toBe('lexicon[0].avoid[1]: “x*” would match almost every word; write at least two letters before the *.')
    expect(problem({overrides: [{files: ['a/**'], lexicon: [{avoid: 'ok'}, {avoid: '*'}]}]})).toBe(
      'overrides[0].lexicon[1].avoid: “*” would match almost every word; write at least two letters before the *.'
    )
  })

  it.each([
    ['Dear Sir/Madam', 'lexicon[0].avoid: “Dear Sir/Madam” can never match: “/” splits “Sir/Madam” into separate words, and a term matches whole words with only spaces between them.'],
    ['#blessed', 'lexicon[0].avoid: “#blessed” can never match: “#” splits “#blessed” into separate words, and a term matches whole words with only spaces between them.'],
    ['click here!', 'lexicon[0].avoid: “click here!” can never match: “!” splits “here!” into separate words, and a term matches whole words with only spaces between them.'],
    ['   ', 'lexicon[0].avoid: is empty; write the word or phrase to avoid.']
  ])('rejects the term %j, which could never match', (term, message) => {
    expect(problem({lexicon: [{avoid: term}]})).toBe(message)
  })

  it.each(['e-mail', 'log-in', "don't", "l'usuari", 'l’usuari', 'col·laborador*', 'U.S.', 'etc.', 'dvs.', 'T&C', '24/7', 'Node.js', 'Wi-Fi', 'sign up'])(
    'accepts the term %j, which the parser reads as whole words',
    (term) => {
      expect(problem({lexicon: [{avoid: term}]})).toBeUndefined()
    }
  )

  it('reports the first problem in the file when there are several at the same depth', () => {
    expect(problem({lexicon: [{avoid: 3}, {avoid: []}]})).toBe('lexicon[0].avoid must be a string or a list.')
  })

  it('knows the rules it is given, and no others', () => {
    const custom = defineRule(
      {
        id: 'tone/exclamation',
        description: 'Flags exclamation marks.',
        severity: 'warning',
        languages: '*',
        touchpoints: '*',
        optionsSchema: {type: 'object', additionalProperties: false, properties: {max: {type: 'integer'}}},
        defaults: {max: 1},
        rationale: 'Calm copy.',
        examples: []
      },
      () => {}
    )
    expect(problem({rules: {'tone/exclamation': ['warning', {max: 2}]}}, [custom])).toBeUndefined()
    expect(problem({rules: {'tone/exclamation': ['warning', {max: 'two'}]}}, [custom])).toBe('rules["tone/exclamation"][1].max must be a whole number.')
    expect(problem({rules: {'lexicon/banned-term': 'error'}}, [custom])).toBe('Unknown rule “lexicon/banned-term” in rules. Did you mean “tone/exclamation”?')
  })

  it('asks the locator where the problem is, and puts the file, line and column on the error', () => {
    const locate = vi.fn(() => ({line: 7, column: 5}))
    let thrown: unknown
    try {
      validateConfig({lexicon: [{avoid: 'user'}, {avoid: ''}]}, builtinRules, '/project/.brandvoicerc.json', locate)
    } catch (error) {
      thrown = error
    }
    expect(locate).toHaveBeenCalledWith(['lexicon', '1', 'avoid'])
    expect(thrown).toBeInstanceOf(ConfigError)
    expect(thrown).toMatchObject({file: '/project/.brandvoicerc.json', line: 7, column: 5, message: 'lexicon[1].avoid must not be empty.'})
    expect(String(thrown)).toBe('/project/.brandvoicerc.json:7:5: lexicon[1].avoid must not be empty.')
  })

  it('points at the unknown key itself, not at its object', () => {
    const locate = vi.fn(() => ({}))
    expect(() => validateConfig({touchpoints: {welcom: {files: ['a']}}}, builtinRules, undefined, locate)).toThrow(ConfigError)
    expect(locate).toHaveBeenCalledWith(['touchpoints', 'welcom'])
  })
})

describe('validateConfig: string catalogs', () => {
  it('accepts `catalogs` and touchpoint `keys`, and names the key of a wrong value', () => {
    expect(problem({catalogs: ['config/locales/**'], touchpoints: {welcome: {keys: ['user_mailer.welcome.*']}}})).toBeUndefined()
    expect(problem({catalogs: []})).toBe('catalogs must not be empty.')
    expect(problem({catalogs: 'locales/**'})).toBe('catalogs must be a list.')
    expect(problem({touchpoints: {welcome: {keys: [1]}}})).toBe('touchpoints.welcome.keys[0] must be a string.')
    expect(problem({touchpoints: {welcome: {key: ['a.*']}}})).toBe('Unknown option “key” in touchpoints.welcome. Did you mean “keys”?')
  })
})
