/**
 * The text a browser's tree puts in the body, for comparing our tree builder with parse5 (an
 * implementation of the whole HTML standard): text nodes under <body> in document order, outside
 * the elements whose text is never shown (the walk's SKIPPED_TAGS: scripts, styles, noscript,
 * templates, form controls, SVG and MathML…), a space at each element's start and end (our
 * parser may split one text node in several, at entities, where parse5 gives one). Hidden
 * attributes are not looked at: which text is hidden is the walk's business, not the tree's.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5'
import type { HtmlElement, HtmlNode } from '../../src/lib/html/dom.js'
import { SKIPPED_TAGS } from '../../src/lib/html/tags.js'

type Parse5Node = DefaultTreeAdapterMap['node']
/** Marks an element's end on the walk's stack. */
const BOUNDARY = Symbol('element end')
type Parse5Element = DefaultTreeAdapterMap['element']

/** parse5's body text: the document as a browser with scripting on builds it. */
export function parse5BodyText(html: string): string {
  const document = parse(html)
  const htmlElement = document.childNodes.find((node): node is Parse5Element => 'tagName' in node && node.tagName === 'html')
  const body = htmlElement?.childNodes.find((node): node is Parse5Element => 'tagName' in node && node.tagName === 'body')
  if (body === undefined) return ''
  const parts: string[] = []
  const stack: (Parse5Node | typeof BOUNDARY)[] = [...body.childNodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node === BOUNDARY) parts.push(' ')
    else if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value)
    else if ('tagName' in node && !SKIPPED_TAGS.has(node.tagName)) {
      stack.push(BOUNDARY)
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!)
      parts.push(' ')
    }
  }
  return parts.join('')
}

/** Our tree's body text, read the same way. */
export function ourBodyText(body: HtmlElement): string {
  const parts: string[] = []
  const stack: (HtmlNode | typeof BOUNDARY)[] = [...body.childNodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node === BOUNDARY) parts.push(' ')
    else if (node.nodeType === 3) parts.push(node.textContent)
    else if (!SKIPPED_TAGS.has((node as HtmlElement).tagName)) {
      stack.push(BOUNDARY)
      const children = (node as HtmlElement).childNodes
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
      parts.push(' ')
    }
  }
  return parts.join('')
}
