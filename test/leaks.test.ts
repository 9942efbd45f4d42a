/**
 * No leaks: the text of scripts, styles, noscript and template content, and HTML comments never
 * reaches any field of the result (paragraphs, headline, captions, byline, removed blocks, …),
 * however the markup around them is broken.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle, toMarkdown } from '../src/index.js'
import { expectArticleShape } from './support/shape.js'

/** What hidden markup says; it must appear nowhere in the result. */
const MARK = 'LEAKED'
const PROSE = [
  'The city council voted on Tuesday to close the old bridge for repairs, a decision that will reroute thousands of commuters for at least a year.',
  'Engineers said the steel supports had corroded faster than expected, and that the work could not wait for the next budget cycle.',
  'Residents who live near the bridge said they were relieved, although many worried about the longer drive to the hospital on the other side.',
]
const paragraphs = (extra = ''): string => PROSE.map((text, i) => `<p>${text}${i === 1 ? extra : ''}</p>`).join('\n')
const page = (body: string, head = ''): string =>
  `<!doctype html><html><head><title>Bridge to close for repairs</title>${head}</head><body><article><h1>Bridge to close for repairs</h1>${body}</article></body></html>`

const CASES: [string, string][] = [
  ['a script inside a paragraph', page(paragraphs(`<script>document.write("${MARK}")</script>`))],
  ['a script whose text looks like markup', page(paragraphs(`<script>var s = "</p><p>${MARK}</p>"; if (a < b && c > d) {}</script>`))],
  ['a script hidden in an HTML comment', page(paragraphs(`<script><!-- document.write("<p>${MARK}</p>") //--></script>`))],
  ['an upper-case script with a template type', page(paragraphs(`<SCRIPT type="text/template"><p>${MARK}</p></SCRIPT>`))],
  ['an unclosed script at the end', page(`${paragraphs()}<script>var ${MARK} = "<p>not text</p>";`)],
  ['an unclosed script in the middle', `<html><body><article>${paragraphs()}<script>var x = 1; <p>${MARK}</p></article></body></html>`],
  ['a style in the body and in a paragraph', page(`<style>.${MARK} { color: red }</style>${paragraphs(`<style>p::after { content: "${MARK}" }</style>`)}`)],
  ['noscript with markup', page(`${paragraphs()}<noscript><p>${MARK}: please enable JavaScript to read this article in full, it matters a lot.</p><img src="x.png"></noscript>`)],
  ['noscript inside a paragraph', page(paragraphs(`<noscript><b>${MARK}</b></noscript>`))],
  ['a template', page(`${paragraphs()}<template><p>${MARK} template text that is long enough to look like a real paragraph of the article.</p></template>`)],
  ['template metadata', page(paragraphs(), `<template><script type="application/ld+json">{"@type":"NewsArticle","headline":"${MARK}","author":{"name":"${MARK}"}}</script><meta property="og:title" content="${MARK}"><meta name="author" content="${MARK}"></template>`)],
  ['a comment inside a paragraph', page(paragraphs(`<!-- ${MARK} -->`))],
  ['a comment with markup inside it', page(paragraphs(`<!-- <p>${MARK}</p> <script>${MARK}</script> -->`))],
  ['a conditional comment', page(`<!--[if IE]><p>${MARK}: you are using an outdated browser, please upgrade it to read this story.</p><![endif]-->${paragraphs()}`)],
  ['an unclosed comment at the end', page(`${paragraphs()}<!-- <p>${MARK} and the rest of the page</p>`)],
  ['CDATA in HTML', page(paragraphs(`<![CDATA[ ${MARK} ]]>`))],
  ['CDATA with markup', page(paragraphs(`<![CDATA[<p>${MARK}</p>]]>`))],
  ['a script in the headline, a caption and a table cell', page(
    `<figure><img src="a.jpg"><figcaption>The old bridge at dawn.<script>${MARK}</script><!-- ${MARK} --> Photo: Jane Doe</figcaption></figure>${paragraphs()}<table><tr><td>Cost<script>${MARK}</script></td><td>$4m<style>${MARK}</style></td></tr></table>`,
  ).replace('<h1>Bridge to close for repairs</h1>', `<h1>Bridge to close<script>${MARK}</script> for repairs<!-- ${MARK} --></h1>`)],
  ['SVG and MathML text', page(paragraphs(`<svg><text>${MARK}</text><title>${MARK}</title></svg><math><mi>${MARK}</mi></math>`))],
  ['form controls and frames', page(paragraphs(`<textarea>${MARK}</textarea><select><option>${MARK}</option></select><iframe>${MARK}</iframe>`))],
]

describe('no leaks of hidden markup into the result', () => {
  it.each(CASES)('%s', (_, html) => {
    const article = cleanArticle(html)
    expectArticleShape(article)
    expect(JSON.stringify(article)).not.toContain(MARK)
    expect(toMarkdown(article)).not.toContain(MARK)
    for (const text of PROSE) expect(article.text).toContain(text.slice(0, 60))
  })

  it('keeps script-like words in plain text, which is what the reader copied', () => {
    const article = cleanArticle(`${PROSE[0]}\n\nThe page said <script>alert("hi")</script> in its source, the engineers wrote.\n\n${PROSE[1]}`)
    expect(article.format).toBe('text')
    expect(article.text).toContain('<script>alert("hi")</script>')
  })
})
