/** The shape every `cleanArticle` result has, whatever the input: checked field by field. */
import { expect } from 'vitest'
import type { CleanArticle } from '../../src/index.js'
import { contentParagraphs } from '../../src/lib/extract/content.js'

const nullableString = (value: unknown): boolean => value === null || typeof value === 'string'

export function expectArticleShape(article: CleanArticle): void {
  expect(['html', 'text']).toContain(article.format)
  for (const field of ['headline', 'byline', 'publishedAt', 'language', 'siteName', 'canonicalUrl'] as const) {
    expect(nullableString(article[field]), field).toBe(true)
  }
  expect(typeof article.paywalled).toBe('boolean')
  expect(typeof article.text).toBe('string')
  for (const list of [article.paragraphs, article.warnings]) {
    expect(Array.isArray(list)).toBe(true)
    for (const item of list) expect(typeof item).toBe('string')
  }
  for (const paragraph of article.paragraphs) expect(paragraph.trim()).not.toBe('')
  expect(article.text).toBe(article.paragraphs.join('\n\n'))
  // The typed body reads as the paragraphs, and survives JSON.
  expect(contentParagraphs(article.content)).toEqual(article.paragraphs)
  expect(JSON.parse(JSON.stringify(article.content))).toEqual(article.content)
  for (const caption of article.captions) {
    expect(typeof caption.text).toBe('string')
    expect(nullableString(caption.credit)).toBe(true)
  }
  expect(article.caption).toEqual(article.captions[0] ?? null)
  for (const quote of article.quotes) {
    expect(typeof quote.text).toBe('string')
    expect(nullableString(quote.speaker)).toBe(true)
    expect(quote.paragraph).toBeGreaterThanOrEqual(0)
    expect(quote.paragraph).toBeLessThan(article.paragraphs.length)
  }
  for (const block of article.removed) {
    expect(typeof block.kind).toBe('string')
    expect(typeof block.rule).toBe('string')
    expect(typeof block.text).toBe('string')
  }
}
