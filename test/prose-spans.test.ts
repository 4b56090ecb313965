// proseSpans: the ranges of a file's text that its prose tree covers, by
// sentence, without code; touchpointWords: how messages name a touchpoint.
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {markdown} from '../src/formats/markdown.js'
import {proseSpans} from '../src/text/prose.js'
import {touchpointWords} from '../src/touchpoints.js'

function spans(text: string) {
  const file = new VFile({path: 'x.md', value: text})
  const tree = markdown.prose(markdown.parse(file), file, 'en')
  const sentences: unknown[] = []
  return proseSpans(tree).map(function (span) {
    if (span.sentence && !sentences.includes(span.sentence)) sentences.push(span.sentence)
    return [text.slice(span.start, span.end), span.sentence ? sentences.indexOf(span.sentence) : -1]
  })
}

describe('proseSpans', () => {
  it('leaves out code, HTML and image syntax, and tells sentences apart', () => {
    expect(spans('Hi!! Use `a!` and <b>this</b> ![logo](x.png) now.\n\n```\nno!\n```\n')).toEqual([
      ['Hi!!', 0],
      [' ', -1],
      ['Use ', 1],
      [' and ', 1],
      ['this', 1],
      [' ', 1],
      ['logo', 1],
      [' now.', 1],
      ['\n\n', -1]
    ])
  })
})

describe('touchpointWords', () => {
  it('names a touchpoint, and a generic or unknown one as the file or the brand’s copy', () => {
    expect(touchpointWords('support-reply')).toEqual({this: 'this support reply', inThis: 'in this support reply', inAll: 'in support replies'})
    expect(touchpointWords('generic')).toEqual({this: 'this file', inThis: 'in this file', inAll: 'in this brand’s copy'})
    expect(touchpointWords('newsletter')).toEqual(touchpointWords('generic'))
  })
})
