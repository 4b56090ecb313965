import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {toNlcst} from 'mdast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import {VFile} from 'vfile'
import {readFileSync} from 'fs'
import {visit} from 'unist-util-visit'
const text = readFileSync('../shared/corpus/bulk-en.md','utf8')
const file = new VFile({value:text})
let t=performance.now()
const md = unified().use(remarkParse).use(remarkFrontmatter).parse(file)
console.log('remark', performance.now()-t|0); t=performance.now()
const nl = toNlcst(md, file, ParseEnglish)
console.log('to-nlcst', performance.now()-t|0)
let max=0, maxs; visit(nl,'SentenceNode',s=>{if(s.children.length>max){max=s.children.length;maxs=s}})
console.log('max sentence children', max, maxs.position.start, maxs.position.end)
let maxp=0; visit(nl,'ParagraphNode',s=>{if(s.children.length>maxp){maxp=s.children.length}}); console.log('max para', maxp, nl.children.length)
t=performance.now(); new ParseEnglish().parse(text); console.log('plain parse-english', performance.now()-t|0)
