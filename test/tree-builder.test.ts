/**
 * The tree builder puts the page's text where a browser does: html, head and body implied or
 * merged, head content that ends the head, stray elements and text before <html>, content after
 * </body>. Each malformed shape is checked against parse5, which implements the whole HTML
 * standard (body text in document order: test/support/visible-text.ts), and for what the front
 * door reads from it: the body's text, the title, the html element's attributes.
 * test/tree-builder-bench.test.ts runs the same comparison over every benchmark page.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { parseDocument } from '../src/lib/html/tree-builder.js'
import { ourBodyText, parse5BodyText } from './support/visible-text.js'

/** White space folded, so text compares as a reader sees it. */
const folded = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Malformed shapes the web is full of, written by hand: [name, markup, the body text a browser shows]. */
const SHAPES: readonly [string, string, string][] = [
  ['a script before the doctype', '<script>var a = 1</script><!doctype html><html><head><title>T</title></head><body><p>Article text.</p></body></html>', 'Article text.'],
  ['a meta, link and style before <html>', '<meta charset="utf-8"><link rel="x" href="y"><style>p{}</style><html><head></head><body><p>Article text.</p></body></html>', 'Article text.'],
  ['a PHP notice printed before the doctype', 'Notice: Undefined index: id in /var/www/page.php on line 3<br><!doctype html><html><head><title>T</title></head><body><p>Article text.</p></body></html>', 'Notice: Undefined index: id in /var/www/page.php on line 3 Article text.'],
  ['an image before <html>', '<img src="pixel.gif"><html><body><p>Article text.</p></body></html>', 'Article text.'],
  ['no </head> and no <body>', '<html><head><title>T</title><meta name="a" content="b"><div class="page"><p>Article text.</p></div></html>', 'Article text.'],
  ['no head or body tags at all', '<title>T</title><h1>Headline</h1><p>Article text.</p>', 'Headline Article text.'],
  ['text straight after the title', '<html><head><title>T</title>Loose text<p>Article text.</p></head></html>', 'Loose text Article text.'],
  ['a <noscript> in the head', '<html><head><noscript><img src="x.gif"></noscript><link rel="a"></head><body><p>Article text.</p></body></html>', 'Article text.'],
  ['a script between </head> and <body>', '<html><head><title>T</title></head><script>window.dataLayer = []</script><body><p>Article text.</p></body></html>', 'Article text.'],
  ['a style between </head> and <body>', '<html><head></head><style>html #bar{display:none}</style><body><p>Article text.</p></body></html>', 'Article text.'],
  ['content after </body> and </html>', '<html><body><p>Article text.</p></body></html><p>More text.</p>', 'Article text. More text.'],
  ['a second <html> and <body> tag', '<html><body><p>One.</p><html lang="fr"><body class="x"><p>Two.</p></body></html>', 'One. Two.'],
  ['a <head> inside the body', '<html><body><p>One.</p><head><title>Late</title></head><p>Two.</p></body></html>', 'One. Two.'],
  ['an unclosed <title> (the rest of the page is its text)', '<html><head><title>T<body><p>Article text.</p></body></html>', ''],
  ['an unclosed comment (the rest of the page is a comment)', '<html><body><p>Visible.</p><!-- <p>Hidden.</p>', 'Visible.'],
  ['an unclosed <script> in the head', '<html><head><script>var a = "<p>no</p>"<body><p>Article text.</p>', ''],
  ['an empty document', '', ''],
  ['only white space', '  \n\t ', ''],
  ['a fragment of markup', '<p>One <b>two</b> three.</p><ul><li>Four</li></ul>', 'One two three. Four'],
]

describe('the tree builder', () => {
  it.each(SHAPES)('reads %s as a browser does', (_name, html, text) => {
    const ours = folded(ourBodyText(parseDocument(html).body))
    expect(ours).toBe(folded(parse5BodyText(html)))
    expect(ours).toBe(text)
  })

  it('always gives the document one html element holding a head and a body', () => {
    for (const [, html] of SHAPES) {
      const document = parseDocument(html)
      expect(document.childNodes).toHaveLength(1)
      expect(document.documentElement?.tagName).toBe('html')
      expect(document.head.parentNode).toBe(document.documentElement)
      expect(document.body.parentNode).toBe(document.documentElement)
    }
  })

  it('gives a later <html> or <body> tag\'s attributes to the elements the page already has', () => {
    const document = parseDocument('<script></script><html lang="de" class="a"><body class="b"><p>x</p><body id="c" class="d"></body></html>')
    expect(document.documentElement?.getAttribute('lang')).toBe('de')
    expect(document.body.getAttribute('class')).toBe('b')
    expect(document.body.getAttribute('id')).toBe('c')
  })

  it('reads the first <title> wherever the page put it, but not an SVG image\'s title', () => {
    expect(parseDocument('<p>x</p><title>Late title</title>').title).toBe('Late title')
    expect(parseDocument('<body><svg><title>Icon</title></svg><title>Page</title></body>').title).toBe('Page')
  })

  it('keeps head elements out of the body and body content out of the head', () => {
    const document = parseDocument('<meta name="a"><div>Body text</div><meta name="b">')
    expect(document.head.childNodes.map((node) => (node as { tagName?: string }).tagName)).toEqual(['meta'])
    expect(folded(document.body.textContent)).toBe('Body text')
    expect(document.elementsByTag('meta').map((meta) => meta.getAttribute('name'))).toEqual(['a', 'b'])
  })

  it('cleans the article of a page whose head swallowed it (no </head>, no <body>)', () => {
    const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the article tells the reader what happened in the town on Monday, and why it matters to the people who live there.</p>`).join('')
    const article = cleanArticle(`<html><head><title>Town news</title><meta name="description" content="d">${paragraphs}</html>`)
    expect(article.paragraphs).toHaveLength(4)
  })

  it('cleans the article of a page with a script and a notice before the doctype', () => {
    const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the article tells the reader what happened in the town on Monday, and why it matters to the people who live there.</p>`).join('')
    const article = cleanArticle(`<script>var x = 1</script>Warning: session_start() failed<br><!doctype html><html><head><title>T</title></head><body><article>${paragraphs}</article></body></html>`)
    expect(article.paragraphs).toHaveLength(4)
  })
})
