/**
 * The HTML front door's own DOM: class lists, the metadata index, head and body found as a
 * browser builds them (test/tree-builder.test.ts compares whole trees with parse5).
 */
import { describe, expect, it } from 'vitest'
import type { HtmlElement } from '../src/lib/html/dom.js'
import { parseDocument } from '../src/lib/html/tree-builder.js'

describe('parseDocument', () => {
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
    ['<html><p>x</p></html>', 'body', ''],
  ])('finds the body of %s', (html, tag, title) => {
    const document = parseDocument(html)
    expect(document.body.tagName).toBe(tag)
    expect(document.body.textContent).toBe('x')
    expect(document.title).toBe(title)
  })

  it('gives text without elements a body, as a browser does, and a comment nothing', () => {
    expect(parseDocument('<!-- <body> --> text').body.textContent).toBe(' text')
    expect(parseDocument('<!-- <body> -->').body.childNodes).toEqual([])
  })
})
