// A config brandvoice cannot use stops the run: exit 2, nothing on standard
// output, and one line on standard error naming the config file (with line and
// column for JSON and YAML) and saying what to fix.
import {describe, it} from 'vitest'
import {brandvoice, expectFailure, requireBuild, useTempProjects} from '../helpers/cli.js'

requireBuild()
const project = useTempProjects()

/** Lint a project holding these files and a draft; the run must fail on the config. */
async function lintWith(files: Record<string, string>, ...args: string[]) {
  const folder = project({'welcome.md': 'Welcome, dear customer.\n', ...files})
  return brandvoice(args.length > 0 ? args : ['.'], {cwd: folder})
}

describe.concurrent('syntax errors, with line and column', () => {
  it('bad JSON', async () => {
    const json = '{\n  "language": "en",\n  "lexicon": [\n    {"avoid": "user", "use": "customer"},\n  ]\n}\n'
    expectFailure(await lintWith({'.brandvoicerc.json': json}), 'brandvoice: config error in .brandvoicerc.json:5:3: Invalid JSON: value expected.')
  })

  it('JSON with a comment', async () => {
    const json = '{\n  // our voice\n  "language": "en"\n}\n'
    expectFailure(await lintWith({'.brandvoicerc.json': json}), 'brandvoice: config error in .brandvoicerc.json:2:3: Invalid JSON: invalid comment token.')
  })

  it('bad YAML', async () => {
    const yaml = 'language: en\nlexicon:\n  - avoid: user\n    use: [customer\n'
    expectFailure(
      await lintWith({'.brandvoicerc.yaml': yaml}),
      'brandvoice: config error in .brandvoicerc.yaml:5:1: Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].'
    )
  })

  it('YAML with a key given twice', async () => {
    expectFailure(await lintWith({'.brandvoicerc.yml': 'language: en\nlanguage: ro\n'}), /^brandvoice: config error in \.brandvoicerc\.yml:2:1: Invalid YAML: Map keys must be unique/)
  })
})

describe.concurrent('invalid values, with the key path', () => {
  it('a wrong type: lexicon[1].avoid', async () => {
    const json = '{\n  "lexicon": [\n    {"avoid": "user", "use": "customer"},\n    {"avoid": 42}\n  ]\n}\n'
    expectFailure(await lintWith({'.brandvoicerc.json': json}), 'brandvoice: config error in .brandvoicerc.json:4:6: lexicon[1].avoid must be a string or a list.')
  })

  it('a wrong type in YAML points at the key', async () => {
    const yaml = 'lexicon:\n  - avoid: user\n    caseSensitive: yes please\n'
    expectFailure(await lintWith({'.brandvoicerc.yaml': yaml}), 'brandvoice: config error in .brandvoicerc.yaml:3:5: lexicon[0].caseSensitive must be true or false.')
  })

  it('an empty avoid, as a string or as a list', async () => {
    expectFailure(await lintWith({'.brandvoicerc.json': '{"lexicon": [{"avoid": ""}]}'}), 'brandvoice: config error in .brandvoicerc.json:1:15: lexicon[0].avoid must not be empty.')
    expectFailure(await lintWith({'.brandvoicerc.json': '{"lexicon": [{"avoid": []}]}'}), 'brandvoice: config error in .brandvoicerc.json:1:15: lexicon[0].avoid must not be empty.')
  })

  it('a bare * wildcard, one letter before a *, and a * inside a word', async () => {
    expectFailure(
      await lintWith({'.brandvoicerc.json': '{"lexicon": [{"avoid": "*"}]}'}),
      'brandvoice: config error in .brandvoicerc.json:1:15: lexicon[0].avoid: “*” would match almost every word; write at least two letters before the *.'
    )
    expectFailure(
      await lintWith({'.brandvoicerc.yaml': 'overrides:\n  - files: [ro/**]\n    lexicon:\n      - avoid: [client*, u*]\n'}),
      'brandvoice: config error in .brandvoicerc.yaml:4:26: overrides[0].lexicon[0].avoid[1]: “u*” would match almost every word; write at least two letters before the *.'
    )
    expectFailure(
      await lintWith({'.brandvoicerc.json': '{"lexicon": [{"avoid": "cl*ent"}]}'}),
      'brandvoice: config error in .brandvoicerc.json:1:15: lexicon[0].avoid: “cl*ent” has a * inside a word; a * may only end a word (client*).'
    )
  })

  it('an unknown rule id, with the closest known id', async () => {
    expectFailure(
      await lintWith({'.brandvoicerc.json': '{\n  "rules": {\n    "lexicon/banned-terms": "error"\n  }\n}\n'}),
      'brandvoice: config error in .brandvoicerc.json:3:5: Unknown rule “lexicon/banned-terms” in rules. Did you mean “lexicon/banned-term”?'
    )
  })

  it('an unknown severity', async () => {
    expectFailure(
      await lintWith({'.brandvoicerc.json': '{"rules": {"lexicon/brand-name": "fatal"}}'}),
      'brandvoice: config error in .brandvoicerc.json:1:12: rules["lexicon/brand-name"] must be “off”, “info”, “warning”, “error” or [severity, options].'
    )
  })

  it('an unknown touchpoint type, with the closest known type', async () => {
    expectFailure(
      await lintWith({'.brandvoicerc.yaml': 'touchpoints:\n  support-replies:\n    files: ["support/**"]\n'}),
      /^brandvoice: config error in \.brandvoicerc\.yaml:2:3: Unknown touchpoint type “support-replies” in touchpoints\. Did you mean “support-reply”\? Known types: welcome, .*, generic\. A type of your own needs the built-in type it starts from: \{"base": "web-page"\}\.$/
    )
    expectFailure(
      await lintWith({'.brandvoicerc.json': '{"lexicon": [{"avoid": "hey", "touchpoints": ["welcom"]}]}'}),
      /^brandvoice: config error in \.brandvoicerc\.json:1:47: Unknown touchpoint type “welcom” in lexicon\[0\]\.touchpoints\[0\]\. Did you mean “welcome”\? Known types: /
    )
  })

  it('an unknown option, with the closest known one', async () => {
    expectFailure(await lintWith({'.brandvoicerc.json': '{"languag": "ro"}'}), 'brandvoice: config error in .brandvoicerc.json:1:2: Unknown option “languag” in the config. Did you mean “language”?')
    expectFailure(await lintWith({'.brandvoicerc.json': '{"brand": {"name": ["Inoveo"]}}'}), 'brandvoice: config error in .brandvoicerc.json:1:12: Unknown option “name” in brand. Did you mean “names”?')
  })

  it('a language that is not a language tag', async () => {
    expectFailure(
      await lintWith({'.brandvoicerc.json': '{"language": "Romanian"}'}),
      'brandvoice: config error in .brandvoicerc.json:1:2: language must be a language tag such as “en”, “ro” or “pl-PL”.'
    )
  })

  it('an override without files', async () => {
    expectFailure(await lintWith({'.brandvoicerc.json': '{"overrides": [{"language": "ro"}]}'}), 'brandvoice: config error in .brandvoicerc.json:1:16: overrides[0] needs “files”.')
  })
})

describe.concurrent('extends', () => {
  it('an unknown preset, with the closest known one', async () => {
    expectFailure(
      await lintWith({'.brandvoicerc.json': '{"extends": "brandvoice:recomended"}'}),
      'brandvoice: config error in .brandvoicerc.json: Unknown preset “brandvoice:recomended”. Did you mean “brandvoice:recommended”? Known presets: brandvoice:recommended.'
    )
  })

  it('a file that does not exist', async () => {
    expectFailure(
      await lintWith({'.brandvoicerc.json': '{"extends": ["brandvoice:recommended", "../shared/voice.json"]}'}),
      /^brandvoice: config error in \.brandvoicerc\.json: “extends” names “\.\.\/shared\/voice\.json”, but there is no such file \(.*voice\.json\)\.$/
    )
  })

  it('a cycle, naming each file in it', async () => {
    expectFailure(
      await lintWith({'.brandvoicerc.json': '{"extends": "./a.json"}', 'a.json': '{"extends": "./b.json"}', 'b.json': '{"extends": ["./a.json"]}'}),
      'brandvoice: config error in b.json: “extends” goes round in a circle: .brandvoicerc.json → a.json → b.json → a.json.'
    )
  })

  it('an error inside an extended file names that file', async () => {
    expectFailure(
      await lintWith({'.brandvoicerc.json': '{"extends": "./shared.yaml"}', 'shared.yaml': 'lexicon:\n  - avoid: user\n    use: 3\n'}),
      'brandvoice: config error in shared.yaml:3:5: lexicon[0].use must be a string or a list.'
    )
  })
})

describe.concurrent('other config files', () => {
  it('a JavaScript config that throws: its message, no stack trace', async () => {
    expectFailure(
      await lintWith({'brandvoice.config.cjs': 'throw new Error("the lexicon export is missing")\n'}),
      'brandvoice: config error in brandvoice.config.cjs: Cannot load this config: the lexicon export is missing'
    )
  })

  it('a JavaScript config that throws something other than an Error still names the file', async () => {
    expectFailure(
      await lintWith({'brandvoice.config.mjs': 'throw "no lexicon yet"\n'}),
      'brandvoice: config error in brandvoice.config.mjs: Cannot load this config: it threw "no lexicon yet".'
    )
  })

  it('a JavaScript config with a wrong value names the file, without a line', async () => {
    expectFailure(await lintWith({'brandvoice.config.mjs': 'export default {language: 5}\n'}), 'brandvoice: config error in brandvoice.config.mjs: language must be a string.')
  })

  it('package.json#brandvoice, with the line and column in package.json', async () => {
    const pkg = '{\n  "name": "copy",\n  "brandvoice": {\n    "lexicon": [{"avoid": ""}]\n  }\n}\n'
    expectFailure(await lintWith({'package.json': pkg}), 'brandvoice: config error in package.json:4:18: lexicon[0].avoid must not be empty.')
  })

  it('a nested folder’s config, by its path from the working folder', async () => {
    expectFailure(
      await lintWith({'.brandvoicerc.json': '{}', 'ro/.brandvoicerc.yml': 'language: romana\n', 'ro/welcome.md': 'Bun venit.\n'}),
      'brandvoice: config error in ro/.brandvoicerc.yml:1:1: language must be a language tag such as “en”, “ro” or “pl-PL”.'
    )
  })

  it('a --config file in a format brandvoice does not read, TypeScript included', async () => {
    const expected = 'reads configs in JSON, YAML or JavaScript (.json, .yaml, .yml, .js, .mjs, .cjs, or .brandvoicerc with no extension).'
    expectFailure(await lintWith({'voice.ts': 'export default {language: "ro"}\n'}, '--config', 'voice.ts', '.'), `brandvoice: config error in voice.ts: brandvoice ${expected}`)
    expectFailure(await lintWith({'voice.toml': 'language = "ro"\n'}, '--config', 'voice.toml', '.'), `brandvoice: config error in voice.toml: brandvoice ${expected}`)
  })

  it('a --config file that does not exist', async () => {
    expectFailure(await lintWith({}, '--config', 'config/voice.json', '.'), 'brandvoice: config error in config/voice.json: Cannot find this config file.')
  })
})
