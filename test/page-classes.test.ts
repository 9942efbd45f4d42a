/**
 * Site builders write their theme settings as class words on <body> and <html>
 * ("tweak-blog-read-more-style-show", "related-posts-enabled", "has-sidebar"): they describe the
 * page's design, never a box on it, so no class-token rule reads them.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

/** A product page's short lines: no paragraph of it is long prose. */
const LINES = [
  'Join me each week for a live, virtual evening meditation.',
  'Membership includes:',
  'Access to all live, virtual classes',
  'Questions and answers in each class',
  'Exclusive monthly community discussions',
  'Save 10% on all workshops and retreats',
]

describe('class words of the page itself', () => {
  it('never removes the page for the theme settings written on <body>', () => {
    const html = `<!DOCTYPE html><html class="theme-related-posts-on"><body class="tweak-blog-single-column-read-more-style-show tweak-related-posts-enabled tweak-product-quick-view-button-style-floating collection-type-products">
<header><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/shop">Shop</a></nav></header>
<main><section class="product"><h1 class="product-title">Weekly Meditation Subscription</h1><div class="product-price">$39.00 every month</div>
<div class="product-description">${LINES.map((line) => `<p>${line}</p>`).join('')}</div></section></main>
<footer><p>© 2026 Example Studio</p></footer></body></html>`
    const article = cleanArticle(html)
    expect(article.paragraphs).toEqual(expect.arrayContaining(LINES))
  })
})
