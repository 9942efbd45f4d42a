/**
 * The canonical input: a Moscow Times article as copied from the browser, with a donation banner
 * above it and a donation appeal below. Every field here was checked by hand against the page.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const seed = readFileSync(new URL('../fixtures/text--moscow-times-customs-union/input.txt', import.meta.url), 'utf8')
const article = cleanArticle(seed)

describe('the seed page (text copied from the browser)', () => {
  it('is read through the text front door', () => {
    expect(article.format).toBe('text')
    expect(article.language).toBe('en')
  })

  it('finds the headline, not the close glyph or the banner', () => {
    expect(article.headline).toBe("Kyrgyzstan Won't Join Customs Union on 'Someone Else's' Roadmap")
  })

  it('splits the caption from the photographer', () => {
    expect(article.caption).toEqual({ text: 'Kyrgyz President Atambayev speaking at an interview.', credit: 'Sergei Porter' })
    expect(article.captions).toHaveLength(1)
  })

  it('keeps exactly the seven article paragraphs', () => {
    expect(article.paragraphs).toHaveLength(7)
    expect(article.paragraphs[0]).toMatch(/^Kyrgyzstan plans to join the Moscow-led Customs Union/)
    expect(article.paragraphs[6]).toMatch(/^Last week, the Kyrgyz government complained/)
    expect(article.text).toBe(article.paragraphs.join('\n\n'))
  })

  it('attributes the three quotes to Atambayev and ignores the scare-quoted "roadmap"', () => {
    expect(article.quotes.map((quote) => [quote.paragraph, quote.speaker])).toEqual([
      [2, 'Almazbek Atambayev'],
      [2, 'Almazbek Atambayev'],
      [5, 'Almazbek Atambayev'],
    ])
    expect(article.quotes.some((quote) => quote.text === 'roadmap')).toBe(false)
  })

  it('reports both donation blocks, and none of their words reach the body', () => {
    const donations = article.removed.filter((block) => block.kind === 'donation')
    expect(donations).toHaveLength(2)
    expect(donations[0]?.text).toContain('Enjoying ad-free content?')
    expect(donations[1]?.text).toContain('A Message from The Moscow Times:')
    expect(donations[1]?.text).toContain('Remind me later.')
    for (const phrase of ['ad-free', 'Support us', 'Dear readers', 'Monthly', 'Remind me later', 'Read more', '×']) {
      expect(article.text).not.toContain(phrase)
    }
  })

  it('reports the close glyph as chrome and "Read more" as related', () => {
    expect(article.removed[0]).toEqual({ kind: 'chrome', rule: 'chrome/close-glyph', text: '×' })
    expect(article.removed.at(-1)).toEqual({ kind: 'related', rule: 'related/read-more', text: 'Read more' })
  })

  it('gives the same article from bytes, with CRLF line ends', () => {
    const crlf = cleanArticle(new TextEncoder().encode(seed.replace(/\n/g, '\r\n')))
    expect(crlf.paragraphs).toEqual(article.paragraphs)
    expect(crlf.headline).toBe(article.headline)
  })
})

describe('the seed page as HTML (hand-written news markup around the same article)', () => {
  const html = readFileSync(new URL('../fixtures/html--moscow-times-customs-union/input.html', import.meta.url))
  const fromHtml = cleanArticle(html)

  it('gives the same headline, caption, paragraphs and quotes as the copied text', () => {
    expect(fromHtml.format).toBe('html')
    expect(fromHtml.headline).toBe(article.headline)
    expect({ text: fromHtml.caption?.text, credit: fromHtml.caption?.credit }).toEqual(article.caption)
    expect(fromHtml.paragraphs).toEqual(article.paragraphs)
    expect(fromHtml.quotes).toEqual(article.quotes)
  })

  it('removes the same kinds of block, with the same donation text', () => {
    const kinds = new Set(fromHtml.removed.map((block) => block.kind))
    for (const block of article.removed) expect(kinds).toContain(block.kind)
    const donations = fromHtml.removed.filter((block) => block.kind === 'donation')
    expect(donations).toHaveLength(2)
    expect(donations[0]?.text).toContain('Enjoying ad-free content?')
    expect(donations[1]?.text).toContain('Remind me later.')
  })

  it('reads the metadata the page states', () => {
    expect(fromHtml.siteName).toBe('The Moscow Times')
    expect(fromHtml.publishedAt).toBe('2013-12-02T18:40:00+04:00')
    expect(fromHtml.language).toBe('en')
    expect(fromHtml.caption?.image).toBe('https://www.themoscowtimes.com/media/2013/12/atambayev.jpg')
  })
})
