/**
 * Hostile markup through `toHtml` and `toMarkdown`: event handlers, `javascript:` and
 * entity-encoded schemes, `<svg>` and `<math>` tricks, `<img onerror>`, autolinks, Markdown link
 * and image syntax in the text, HTML in headings. The HTML output parsed by parse5, and the
 * Markdown output rendered by a CommonMark renderer (mdast-util-from-markdown with GFM tables,
 * mdast-util-to-hast and hast-util-to-html with raw HTML let through, so any HTML the Markdown
 * carried would show), hold no script, no event handler, no element or attribute outside
 * content's, and no URL but http(s); and the page's hostile text is still there, as text.
 */
import { toHtml as hastToHtml } from 'hast-util-to-html'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { toHast as mdastToHast } from 'mdast-util-to-hast'
import { gfmTable } from 'micromark-extension-gfm-table'
import { parseFragment } from 'parse5'
import { describe, expect, it } from 'vitest'
import { toHtml, toMarkdown } from '../src/output.js'
import { CORPUS, hostileArticle as article } from './support/hostile-corpus.js'

/** What `content` can be written with, and the attributes its elements may carry. */
const ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'em', 'strong', 'code', 'a', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'img', 'figcaption', 'hr', 'br', 'del', 'input'])
const ATTRIBUTES: Record<string, string[]> = { a: ['href', 'title'], img: ['src', 'alt', 'title'], td: ['align'], th: ['align'], ol: ['start'] }
/** Elements a browser never makes from CommonMark's own syntax, only from HTML: none may appear. */
const URL_ATTRIBUTES = new Set(['href', 'src'])

interface ParsedNode {
  nodeName: string
  attrs?: { name: string; value: string }[]
  childNodes?: ParsedNode[]
  content?: ParsedNode
}

/** Every problem in an HTML fragment, as parsed by parse5 (the HTML standard's parser). */
function problems(html: string): string[] {
  const found: string[] = []
  const visit = (node: ParsedNode): void => {
    if (!node.nodeName.startsWith('#')) {
      if (!ELEMENTS.has(node.nodeName)) found.push(`element <${node.nodeName}>`)
      for (const attr of node.attrs ?? []) {
        if (attr.name.toLowerCase().startsWith('on')) found.push(`handler ${attr.name} on <${node.nodeName}>`)
        else if (!(ATTRIBUTES[node.nodeName] ?? []).includes(attr.name)) found.push(`attribute ${attr.name} on <${node.nodeName}>`)
        if (URL_ATTRIBUTES.has(attr.name)) {
          const protocol = new URL(attr.value, 'https://base.example/dir/').protocol
          if (protocol !== 'https:' && protocol !== 'http:') found.push(`URL ${attr.value} on <${node.nodeName}>`)
        }
      }
    }
    for (const child of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) visit(child)
  }
  visit(parseFragment(html) as unknown as ParsedNode)
  return found
}

/** Markdown rendered to HTML by a CommonMark renderer, raw HTML let through. */
function renderMarkdown(markdown: string): string {
  const mdast = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] })
  return hastToHtml(mdastToHast(mdast, { allowDangerousHtml: true }), { allowDangerousHtml: true })
}

/** The text of an HTML fragment as parse5 reads it. */
function textOf(html: string): string {
  const parts: string[] = []
  const visit = (node: ParsedNode & { value?: string }): void => {
    if (node.nodeName === '#text') parts.push(node.value ?? '')
    for (const child of node.childNodes ?? []) visit(child)
  }
  visit(parseFragment(html) as unknown as ParsedNode)
  return parts.join('')
}

describe.each([
  ['with the page URL', 'https://news.example/2026/page'],
  ['without a base (links stay relative)', undefined],
])('the safety corpus, %s', (_, url) => {
  it.each(Object.keys(CORPUS))('%s: toHtml holds no script, handler or unsafe URL, and keeps the text', (name) => {
    const cleaned = article(CORPUS[name]!, url)
    expect(cleaned.paragraphs.length, 'the corpus page has an article').toBeGreaterThan(0)
    const html = toHtml(cleaned)
    expect(problems(html)).toEqual([])
    // Nothing of the article's text is lost to escaping: each paragraph is in what parse5 reads.
    const shown = textOf(html).replace(/\s+/g, ' ')
    for (const paragraph of cleaned.paragraphs) for (const piece of paragraph.split(' | ')) expect(shown).toContain(piece)
  })

  it.each(Object.keys(CORPUS))('%s: toMarkdown rendered by CommonMark holds no script, handler or unsafe URL, and keeps the text', (name) => {
    const cleaned = article(CORPUS[name]!, url)
    const rendered = renderMarkdown(toMarkdown(cleaned))
    expect(problems(rendered)).toEqual([])
    const shown = textOf(rendered).replace(/\s+/g, ' ')
    for (const paragraph of cleaned.paragraphs) for (const piece of paragraph.split(' | ')) expect(shown).toContain(piece.trim())
  })
})

describe('the checks themselves', () => {
  it('find a script, a handler, an unknown element and an unsafe URL when there is one', () => {
    expect(problems('<p onclick="x()">a<script>alert(1)</script><a href="jav&#x09;ascript:alert(1)">b</a><svg></svg></p>')).toEqual([
      'handler onclick on <p>',
      'element <script>',
      'URL jav\tascript:alert(1) on <a>',
      'element <svg>',
    ])
    expect(problems(renderMarkdown('[a](javascript:alert(1)) <img src=x onerror=alert(1)>'))).toEqual(['URL javascript:alert(1) on <a>', 'handler onerror on <img>'])
  })

  it('the hostile texts are kept as text: a heading of HTML reads as that HTML', () => {
    const cleaned = article(CORPUS['HTML in headings']!)
    const heading = cleaned.content.find((block) => block.type === 'heading' && block.level === 2)
    expect(heading).toMatchObject({ text: '<script>alert(1)</script> in a <b onclick=alert(1)>heading</b> linked', links: [] })
    expect(toHtml(cleaned)).toContain('<h2>&#x3C;script>alert(1)&#x3C;/script> in a &#x3C;b onclick=alert(1)>heading&#x3C;/b> linked</h2>')
  })
})
