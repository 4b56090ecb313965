// `npm run build:docs`: write docs/rules/<id>.md for every built-in rule from
// its meta, so the pages say what the rules and their tested examples do, and
// the README's tables of rules and of per-touchpoint defaults.
import fs from 'node:fs'
import path from 'node:path'
import {builtinRules} from '../rules/index.js'
import {renderReadme, renderRulePage, rulePagePath, rulesDocsDir} from './rule-docs.js'
import {root} from './paths.js'

fs.mkdirSync(rulesDocsDir, {recursive: true})
for (const rule of builtinRules) {
  const page = rulePagePath(rule.meta.id)
  fs.writeFileSync(page, renderRulePage(rule))
  console.log(`Wrote ${path.relative(root, page)}`)
}

const readme = path.join(root, 'README.md')
fs.writeFileSync(readme, renderReadme(fs.readFileSync(readme, 'utf8'), builtinRules))
console.log('Wrote the generated tables of README.md')
