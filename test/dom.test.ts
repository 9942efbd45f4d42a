/**
 * The HTML front door's own DOM: it must read pages as the DOM library it replaced (linkedom)
 * did, and find <body> wherever a page puts it.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { STOPWORDS } from '../src/lib/blocks/stopwords.js'
import { parseDocument, type HtmlElement } from '../src/lib/html/dom.js'
import { walk } from '../src/lib/html/walk.js'

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname
const htmlFixtures = readdirSync(FIXTURES)
  .filter((name) => existsSync(join(FIXTURES, name, 'input.html')))
  .sort()

/** Blocks with their element chain written out, so two walks can be compared. */
function blocksOf(root: HtmlElement): unknown[] {
  return walk(root, STOPWORDS).blocks.map((block) => {
    const chain: unknown[] = []
    for (let element = block.element; element !== null; element = element.parent) chain.push([element.id, element.tag, element.tokens.join(' ')])
    return { ...block, element: chain }
  })
}

describe('parseDocument', () => {
  it.each(htmlFixtures)('reads %s into the same blocks as linkedom', (name) => {
    const html = readFileSync(join(FIXTURES, name, 'input.html'), 'utf8')
    const ours = parseDocument(html)
    const theirs = parseHTML(html).document as unknown as { body: HtmlElement }
    expect(blocksOf(ours.body)).toEqual(blocksOf(theirs.body))
  })

  it('keeps a class value as a class list: words once each, single spaces', () => {
    const document = parseDocument('<html><body><p class="  a  b a ">x</p><p>y</p></body></html>')
    const [first, second] = document.body.childNodes as HtmlElement[]
    expect(first?.getAttribute('class')).toBe('a b')
    expect(second?.getAttribute('class')).toBe('')
    expect(second?.getAttribute('id')).toBeNull()
    expect(second?.hasAttribute('constructor')).toBe(false)
  })

  it('lists metadata elements in document order, leaving out <template> contents', () => {
    const document = parseDocument('<html><head><meta name="a"><template><meta name="b"></template></head><body><meta name="c"></body></html>')
    expect(document.elementsByTag('meta').map((meta) => meta.getAttribute('name'))).toEqual(['a', 'c'])
  })

  it.each([
    ['<html><head><title>T</title></head><body><p>x</p></body></html>', 'body', 'T'],
    ['<body><p>x</p></body>', 'body', ''],
    ['<head><title>T</title></head><body><p>x</p></body>', 'body', 'T'],
    ['<html><meta charset="utf-8"><head><title>T</title></head><script></script><body><p>x</p></body></html>', 'body', 'T'],
    ['<html><p>x</p></html>', 'html', ''],
  ])('finds the body of %s', (html, tag, title) => {
    const document = parseDocument(html)
    expect(document.body.tagName).toBe(tag)
    expect(document.body.textContent).toBe('x')
    expect(document.title).toBe(title)
  })

  it('gives an empty body to a page without elements', () => {
    expect(parseDocument('<!-- <body> --> text').body.childNodes).toEqual([])
  })
})
