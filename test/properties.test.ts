/**
 * Properties of `cleanArticle` on arbitrary input:
 * 1. it never throws, and returns the documented shape;
 * 2. it is deterministic: the same input gives a deep-equal result;
 * 3. it invents no words: every word of every paragraph occurs in the text the reader could see
 *    (for HTML: the entity-decoded text of the parsed page outside scripts, styles, templates and
 *    comments; invisible characters the cleaner removes are removed there too, since removing them
 *    can join two words into one);
 * 4. no block is both a paragraph and a removed block: a text is never reported more often than
 *    the page holds it.
 */
import fc from 'fast-check'
import { parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { cleanArticle, type CleanArticle } from '../src/index.js'
import { expectArticleShape } from './support/shape.js'

/** Runs per property: the suite stays fast; RUNS=3000 for a long hunt. */
const RUNS = { numRuns: Number(process.env.RUNS ?? 150) }
/** The unit of "words" in the property. */
const WORD = /[\p{L}\p{N}]+/gu
/** Characters the cleaner deletes from text (zero-width, soft hyphen, BOM, control characters). */
const DELETED = /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f]/g
const SPACES = /\s+/g
/** Elements whose text a reader never sees. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'iframe', 'svg', 'math', 'title', 'head'])

/** Inline styles that hide an element, as the HTML walk reads them. */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i

interface ParsedNode {
  type: string
  name?: string
  data?: string
  attribs?: Record<string, string>
  children?: ParsedNode[]
}

const hidden = (node: ParsedNode): boolean =>
  node.attribs !== undefined && ('hidden' in node.attribs || node.attribs['aria-hidden'] === 'true' || HIDDEN_STYLE.test(node.attribs['style'] ?? ''))

/** The visible text of a page as its parser reads it (hidden elements left out, text nodes joined
 * without separators). */
function visibleText(html: string): string {
  const parts: string[] = []
  const stack: ParsedNode[] = [parseDocument(html, { decodeEntities: true }) as unknown as ParsedNode]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') parts.push(node.data ?? '')
    if (node.type !== 'root' && node.type !== 'tag') continue
    if ((node.name !== undefined && INVISIBLE.has(node.name)) || hidden(node)) continue
    for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push(node.children![i]!)
  }
  return parts.join('')
}

/** What the article's text is compared with: the input as the reader saw it, invisible characters gone. */
function reference(input: string, article: CleanArticle): string {
  const seen = article.format === 'html' ? visibleText(input) : input
  return seen.replace(DELETED, '')
}

function checkArticle(input: string): void {
  const article = cleanArticle(input)
  expectArticleShape(article)
  expect(cleanArticle(input)).toEqual(article)
  const seen = reference(input, article)
  const seenWords = new Set(seen.match(WORD) ?? [])
  const joined = seen.replace(SPACES, '')
  for (const paragraph of article.paragraphs) {
    for (const word of paragraph.match(WORD) ?? []) {
      // A word may join text across inline elements ("ab<b>cd</b>"), so it is looked for in the text as well.
      if (!seenWords.has(word)) expect(joined, `"${word}" of "${paragraph}"`).toContain(word)
    }
  }
  const flat = seen.replace(SPACES, ' ')
  const removedLines = article.removed.flatMap((block) => block.text.split('\n'))
  for (const paragraph of new Set(article.paragraphs)) {
    const occurrences = flat.split(paragraph).length - 1
    if (occurrences === 0) continue
    const reported = article.paragraphs.filter((text) => text === paragraph).length + removedLines.filter((text) => text === paragraph).length
    expect(reported, `"${paragraph}" reported ${reported} times, on the page ${occurrences} times`).toBeLessThanOrEqual(occurrences)
  }
}

/** Words of news prose, boilerplate and names, so that inputs have articles, removals and quotes. */
const VOCABULARY = [
  'the', 'minister', 'said', 'on', 'Tuesday', 'that', 'new', 'rules', 'would', 'take', 'effect', 'next', 'year', 'and', 'of',
  'a', 'to', 'in', 'was', 'is', 'city', 'council', 'Share', 'Subscribe', 'Advertisement', 'Read', 'more', 'By', 'Jane', 'Doe',
  'Photo:', 'Reuters', 'cookies', 'accept', 'Comments', '©', '2024', 'déjà', 'Москва', '東京', 'naïve', 'A.B.', 'x',
]
const word = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...VOCABULARY) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) })
const punctuation = fc.constantFrom('', '', '', '.', ',', ':', '!', '?', '"', '“', '”', '«', '»', "'", '’', ' —', '…', '\u200b', '\u00ad', '\u00a0')
const sentence = fc.array(fc.tuple(word, punctuation).map(([w, p]) => w + p), { minLength: 1, maxLength: 30 }).map((words) => words.join(' '))

/** Plain text: lines of sentences with blank lines, quotes and stray symbols. */
const textPage = fc
  .array(fc.oneof({ weight: 6, arbitrary: sentence }, { weight: 2, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }), { maxLength: 25 })
  .map((lines) => lines.join('\n'))

const TAGS = ['p', 'div', 'span', 'a', 'b', 'i', 'h1', 'h2', 'li', 'ul', 'figure', 'figcaption', 'blockquote', 'article', 'aside', 'nav', 'footer', 'table', 'tr', 'td', 'br', 'img', 'script', 'style', 'noscript', 'template', 'section', 'header', 'time']
const CLASSES = ['share', 'related', 'ad', 'article-body', 'caption', 'comments', 'newsletter', 'sr-only', 'byline', 'x y']
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&quot;', '&#39;', '&nbsp;', '&#x201c;', '&rdquo;', '&hellip;', '&bogus;', '&', '&#0;', '&#xD800;']
const attribute = fc.oneof(
  fc.constantFrom(...CLASSES).map((value) => ` class="${value}"`),
  fc.constantFrom(' hidden', ' aria-hidden="true"', ' style="display:none"', ' href="/x"', ' id=main', ` title='a "b" c'`, ' data-x="<p>"', ' role=navigation'),
)
const text = fc.oneof(sentence, fc.constantFrom(...ENTITIES), fc.constantFrom('<', '>', '"', "'", '<!-- c -->', '<![CDATA[d]]>', '</', '<!'))
/** HTML-like markup: elements with attributes, text, entities and comments, sometimes unbalanced. */
const htmlPage: fc.Arbitrary<string> = fc
  .letrec<{ node: string; element: string }>((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
    element: fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 2 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attributes, children, closed]) => `<${tag}${attributes.join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`),
  }))
  .node.chain((body) => fc.constantFrom(body, `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`, `<div>${body}</div><p>${body}</p>`))

describe('properties of cleanArticle', () => {
  it('arbitrary strings: a result, deterministic, no invented words', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkArticle), RUNS)
  })

  it('text-like pages: a result, deterministic, no invented words, nothing reported twice', () => {
    fc.assert(fc.property(textPage, checkArticle), RUNS)
  })

  it('HTML-like pages: a result, deterministic, no invented words, nothing reported twice', () => {
    fc.assert(fc.property(htmlPage, checkArticle), RUNS)
  })

  it('arbitrary bytes: a result, deterministic', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        const article = cleanArticle(bytes)
        expectArticleShape(article)
        expect(cleanArticle(bytes)).toEqual(article)
      }),
      RUNS,
    )
  })
})
