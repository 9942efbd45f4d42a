/**
 * Hostile input, the smaller classes of round two: each once broke a field or the whole result.
 */
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { SENTENCE } from '../bench/hostile-inputs.js'
import { cleanArticle, toMarkdown, toPlainText, type CleanArticle } from '../src/index.js'
import { MAX_BLOCKS } from '../src/lib/blocks/block.js'
import { MAX_QUOTED_CHARS, withinQuoteBudget } from '../src/lib/extract/quote-budget.js'
import { decodeInput } from '../src/lib/input/decode.js'
import { expectArticleShape } from './support/shape.js'

const paragraph = SENTENCE.repeat(3).trim()
const page = (head: string): string => `<!doctype html><html><head>${head}</head><body><article><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`

describe('a JSON-LD array of 450,000 items', () => {
  it('keeps the article and the metadata (spreading the array into push overflowed the stack)', () => {
    const items = Array.from({ length: 450_000 }, () => 1)
    const ld = JSON.stringify([{ '@type': 'NewsArticle', headline: 'The real headline', author: { name: 'Ann Smith' } }, items])
    const article = cleanArticle(page(`<script type="application/ld+json">${ld}</script>`))
    expectArticleShape(article)
    expect(article.paragraphs).toEqual([paragraph, paragraph])
    expect(article.headline).toBe('The real headline')
    expect(article.byline).toBe('Ann Smith')
    expect(article.warnings).toEqual([])
  })

  it('keeps the article when the items are objects (a @graph of 300,000 nodes, under the 1 MB limit)', () => {
    const graph = Array.from({ length: 300_000 }, () => ({}))
    const ld = `{"@graph":[{"@type":"NewsArticle","headline":"The real headline"},${JSON.stringify(graph).slice(1)}}`
    const article = cleanArticle(page(`<script type="application/ld+json">${ld}</script>`))
    expect(article.paragraphs).toEqual([paragraph, paragraph])
    expect(article.headline).toBe('The real headline')
  })
})

describe('BOM-less UTF-16 with few or no ASCII characters', () => {
  const encode = (text: string, littleEndian: boolean): Uint8Array => {
    const out = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i)
      out[2 * i + (littleEndian ? 0 : 1)] = unit & 0xff
      out[2 * i + (littleEndian ? 1 : 0)] = unit >> 8
    }
    return out
  }
  const chinese = '北京市政府周二表示，新规定将于明年生效，此前经过了长时间的辩论。'.repeat(20)
  const japanese = '東京都は火曜日、新しい規則が来年から施行されると発表した。長い議論の末の決定である。'.repeat(20)
  const korean = '서울시는 화요일 새로운 규정이 내년부터 시행될 것이라고 밝혔다. 오랜 논의 끝에 내린 결정이다.'.repeat(20)

  it.each([
    ['Chinese, little-endian', chinese, true],
    ['Chinese, big-endian', chinese, false],
    ['Japanese, little-endian', japanese, true],
    ['Korean, little-endian', korean, true],
  ])('reads %s as text, not binary', (_name, text, littleEndian) => {
    const article = cleanArticle(encode(text, littleEndian))
    expect(article.warnings).toEqual([])
    expect(article.text).toContain(text.slice(0, 20))
  })

  it('reads no 8-bit or legacy multi-byte text as UTF-16 (windows-1252 French, Shift_JIS Japanese)', () => {
    const french = new Uint8Array(Buffer.from('Le ministre a déclaré mardi que les nouvelles règles entreraient en vigueur. '.repeat(50), 'latin1'))
    // あいうえお日本、。 in Shift_JIS, no ASCII: read in pairs, most land in the CJK block.
    const pairs = [0x82, 0xa0, 0x82, 0xa2, 0x82, 0xa4, 0x82, 0xa6, 0x82, 0xa8, 0x93, 0xfa, 0x96, 0x7b, 0x81, 0x41, 0x81, 0x42]
    const shiftJis = Uint8Array.from({ length: pairs.length * 200 }, (_, i) => pairs[i % pairs.length]!)
    for (const input of [french, shiftJis]) expect(decodeInput(input, Number.POSITIVE_INFINITY).encoding).not.toMatch(/^utf-16/)
  })

  it('still reads the same text as UTF-8 as UTF-8, and random bytes as binary', async () => {
    expect(cleanArticle(new TextEncoder().encode(chinese)).text).toContain(chinese.slice(0, 20))
    const { randomBytes } = await import('../bench/hostile-inputs.js')
    for (const seed of [1, 2, 3, 4, 5]) expect(cleanArticle(randomBytes(20_000, seed)).warnings[0]).toMatch(/^input looks like binary data/)
  })
})

describe('Markdown of hand-built articles', () => {
  const markdown = new MarkdownIt({ html: true, linkify: false })
  const article = (fields: Partial<CleanArticle>): CleanArticle => ({ ...cleanArticle(''), ...fields })
  const headingText = (rendered: string): string | undefined => /<h1>(.*)<\/h1>/.exec(rendered)?.[1]

  it.each(['Why we still love C#', 'We are #1 #', 'Ends in hashes ##', 'Just #', '#'])('keeps the # at the end of the headline %j', (headline) => {
    const rendered = markdown.render(toMarkdown(article({ headline, paragraphs: ['Body text.'] })))
    expect(headingText(rendered)).toBe(headline.replace(/&/g, '&amp;'))
  })

  it.each([
    ['a carriage return', 'First half\rsecond half'],
    ['CRLF', 'First half\r\nsecond half'],
    ['a line feed', 'First half\nsecond half'],
    ['a line separator', 'First half\u2028second half'],
  ])('keeps a headline with %s on one heading line', (_name, headline) => {
    const rendered = markdown.render(toMarkdown(article({ headline, byline: `Ann${headline.slice(10, 11)}Smith`, paragraphs: ['Body text.'] })))
    expect(headingText(rendered)).toBe('First half second half')
    expect(rendered).not.toContain('<p>second half')
  })

  it('keeps paragraphs with carriage returns as one paragraph each', () => {
    const rendered = markdown.render(toMarkdown(article({ paragraphs: ['One\r# not a heading', 'Two\r\n- not a list'] })))
    expect(rendered).not.toMatch(/<h1>|<li>/)
    expect(rendered.match(/<p>/g)).toHaveLength(2)
  })

  it('renders 450,000 paragraphs (spreading them into push overflowed the stack)', () => {
    const paragraphs = Array.from({ length: 450_000 }, (_, i) => `Paragraph ${i}.`)
    expect(toMarkdown(article({ paragraphs })).split('\n\n')).toHaveLength(450_000)
    expect(toPlainText(article({ paragraphs })).split('\n\n')).toHaveLength(450_000)
  })
})

describe('the quote scanner on a giant article', () => {
  const quote = '“We will build the bridge next year, whatever it costs,” the minister said on Tuesday.'

  it(`looks for quotes in the first ${MAX_QUOTED_CHARS.toLocaleString('en')} characters of the article only, and says so`, () => {
    const prose = SENTENCE.repeat(Math.ceil(MAX_QUOTED_CHARS / SENTENCE.length / 1000))
    const paragraphs = Array.from({ length: 1000 }, () => prose)
    const article = cleanArticle(`${quote}\n\n${paragraphs.join('\n\n')}\n\n${quote}`, { format: 'text', maxInputBytes: 4 * MAX_QUOTED_CHARS })
    expect(article.quotes.map((found) => found.paragraph)).toEqual([0])
    expect(article.warnings).toEqual([`quotes looked for in the first ${MAX_QUOTED_CHARS} characters of the article only`])
  })

  it('looks at every paragraph of an article under the budget, without a warning', () => {
    const article = cleanArticle(`${quote}\n\n${SENTENCE}\n\n${quote}`, { format: 'text' })
    expect(article.quotes.map((found) => found.paragraph)).toEqual([0, 2])
    expect(article.warnings).toEqual([])
  })

  it('cuts a paragraph that straddles the budget at the budget', () => {
    const { paragraphs, cut } = withinQuoteBudget(['a'.repeat(10), 'b'.repeat(10), 'c'.repeat(10)], 15)
    expect(paragraphs).toEqual(['a'.repeat(10), 'b'.repeat(5)])
    expect(cut).toBe(true)
    expect(withinQuoteBudget(['a'.repeat(10)], 15)).toEqual({ paragraphs: ['a'.repeat(10)], cut: false })
  })
})

describe('a text of more lines than any article has', () => {
  it('reads the first MAX_BLOCKS lines, says the rest was ignored, and keeps the article at the top', () => {
    const article = cleanArticle(`${paragraph}\n\n${paragraph}\n\n${'a b\n'.repeat(60_000)}`, { format: 'text' })
    expectArticleShape(article)
    expect(article.paragraphs).toEqual([paragraph, paragraph])
    expect(article.warnings).toEqual([`text has more than ${MAX_BLOCKS} lines; the rest was ignored`])
  })
})
