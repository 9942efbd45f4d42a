/**
 * Markdown output renders the article's text as that text: whatever a paragraph contains, a
 * CommonMark renderer with GFM tables and strikethrough (markdown-it, raw HTML allowed) gives a
 * paragraph of the same characters and no markup.
 */
import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { toMarkdown, toPlainText, type CleanArticle } from '../src/index.js'
import { escapeMarkdown } from '../src/lib/output/format.js'

const markdown = new MarkdownIt({ html: true, linkify: false })
const HTML_SPECIAL = /[&<>"]/g
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escapeHtml = (text: string): string => text.replace(HTML_SPECIAL, (char) => HTML_ESCAPES[char] ?? char)

function article(fields: Partial<CleanArticle>): CleanArticle {
  const paragraphs = fields.paragraphs ?? []
  return {
    format: 'text', headline: null, caption: null, captions: [], byline: null, authors: [], publishedAt: null, modifiedAt: null, paragraphs, content: paragraphs.map((text) => ({ type: 'paragraph' as const, text, links: [], emphasis: [] })), quotes: [],
    removed: [], paywalled: false, language: null, siteName: null, canonicalUrl: null, description: null, image: null, text: paragraphs.join('\n\n'), warnings: [],
    ...fields,
  }
}

/** The HTML a paragraph of plain text renders to. */
const asParagraph = (text: string): string => `<p>${escapeHtml(text)}</p>\n`

const TRICKY = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- a comment -->',
  '<div>block HTML</div>',
  '<http://example.com/autolink>',
  '[a link](http://example.com) and ![an image](x.png)',
  '[reference][1]',
  '[1]: http://example.com',
  '*emphasis* and **strong** and _under_ and __score__',
  '~~struck~~ and ~single~',
  '`code` and ``more code``',
  '```js',
  '~~~',
  '# Not a heading',
  '###### Nor this',
  '> not a quote',
  '- not a list',
  '+ nor this',
  '* nor this',
  '1. not a numbered list',
  '2019) not one either',
  '---',
  '***',
  '___',
  '===',
  '    not indented code',
  '| a | b |',
  'AT&amp;T and &copy; and &#60;b&#62;',
  'a backslash \\ and a trailing one \\',
  'C:\\path\\to\\file',
  'price: $5 * 3 = $15',
]

describe('toMarkdown', () => {
  it.each(TRICKY)('renders %j as that text, not as markup', (text) => {
    expect(markdown.render(escapeMarkdown(text))).toBe(asParagraph(text.trim()))
    expect(markdown.render(toMarkdown(article({ paragraphs: [text] })))).toBe(asParagraph(text.trim()))
  })

  it('renders any line of text as the same text', () => {
    const char = fc.constantFrom(...'abc 1.)#>+-=*_`~|[]()!<>&;\\/:"\'\t'.split(''))
    const line = fc.array(char, { minLength: 1, maxLength: 30 }).map((chars) => chars.join('').trim()).filter((text) => text !== '')
    fc.assert(fc.property(line, (text) => {
      expect(markdown.render(escapeMarkdown(text))).toBe(asParagraph(text))
    }), { numRuns: Number(process.env.RUNS ?? 300) })
  })

  it('escapes the headline, byline, date and caption too', () => {
    const rendered = markdown.render(toMarkdown(article({
      headline: '<b>Head</b> *line*',
      byline: 'Jane <i>Doe</i>',
      publishedAt: '2024-01-02',
      caption: { text: '[caption](x)', credit: '_Credit_' },
      captions: [{ text: '[caption](x)', credit: '_Credit_' }],
      paragraphs: ['Body.'],
    })))
    expect(rendered).toBe(
      '<h1>&lt;b&gt;Head&lt;/b&gt; *line*</h1>\n<p><em>By Jane &lt;i&gt;Doe&lt;/i&gt; · 2024-01-02</em></p>\n' +
        '<blockquote>\n<p>[caption](x) (_Credit_)</p>\n</blockquote>\n<p>Body.</p>\n',
    )
  })

  it('leaves plain text as it is', () => {
    expect(toPlainText(article({ headline: 'A *b*', paragraphs: ['<c>'] }))).toBe('A *b*\n\n<c>\n')
  })
})
