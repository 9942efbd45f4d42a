/**
 * A consent platform's settings panel (OneTrust, Didomi, Cookiebot …) is shipped on the page as
 * long prose — purposes, vendors, legal bases — and on a page with little prose of its own (a
 * home page, a short post) it holds most of the page's words. It is never the article.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const PURPOSE =
  'We and our partners process personal data such as browsing data and unique identifiers to deliver content and advertising, measure the delivery of that content, and develop and improve our products and services over time.'

/** A OneTrust preference center as the SDK writes it into the page, with `n` purposes. */
function preferenceCenter(n: number): string {
  const purposes = Array.from({ length: n }, (_, i) => `<div class="ot-accordion-layout ot-cat-item"><h4 class="ot-cat-header">Purpose ${i + 1}</h4><p class="ot-category-desc">${PURPOSE}</p></div>`).join('')
  return `<div id="onetrust-consent-sdk"><div id="onetrust-pc-sdk" class="otPcPanel ot-hide ot-fade-in"><div class="ot-pc-content"><h2 class="ot-pc-title">Privacy Center</h2><div class="ot-pc-desc">${PURPOSE}</div>${purposes}</div></div></div>`
}

const STORY = [
  'The city council voted on Tuesday to extend the late-night bus service through the winter, after a trial that carried more riders than planners expected.',
  'Ridership on the three night routes rose by a third over the summer, according to figures the transit agency presented to the council before the vote.',
]

describe('consent platforms', () => {
  it('never takes a consent platform panel for the article, however much of the page it holds', () => {
    const html = `<html><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Night buses will keep running through the winter</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></main>
${preferenceCenter(8)}</body></html>`
    const article = cleanArticle(html)
    expect(article.paragraphs).toEqual(STORY)
    expect(article.removed.some((block) => block.kind === 'cookie' && block.text.includes('Privacy Center'))).toBe(true)
  })
})
