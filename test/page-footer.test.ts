/**
 * A page's footer holds its fine print (footnotes, legal terms, the site's description): on a
 * product or landing page whose sections each hold a little prose, the footer's footnotes are the
 * longest run of prose on the page. They are never the article.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { INCOMPLETE_WARNING_PREFIX } from '../src/lib/clean-article.js'

const SECTIONS = [
  ['Sound quality', 'A new acoustic architecture gives deeper bass and a wider soundstage, so every note of a recording comes through with clarity and detail.'],
  ['Fit and feel', 'The ear tips are rotated inward for a more secure fit, and a new layer of foam increases the amount of noise the tips block out.'],
  ['Battery life', 'Listen for up to eight hours on a single charge, and get another day of listening from the charging case when you are on the move.'],
  ['Water resistance', 'The earbuds handle sweaty workouts and a sudden downpour, and keep working after a rinse under the tap once they have dried.'],
] as const

const FOOTNOTE =
  'Monthly payments are a zero percent payment option available only to customers in the United States who select it at checkout, subject to credit approval, and the terms of the issuing bank apply to every purchase made under this plan.'

function productPage(notesCount = 6): string {
  const sections = SECTIONS.map(([title, text]) => `<section class="section-feature"><div class="section-content"><h2>${title}</h2><p>${text}</p></div></section>`).join('\n')
  const notes = Array.from({ length: notesCount }, (_, i) => `<li class="footnote">${i + 1}. ${FOOTNOTE}</li>`).join('')
  return `<html><body><nav><a href="/">Store</a> <a href="/support">Support</a></nav>
<main id="main" class="main">${sections}</main>
<footer id="globalfooter" role="contentinfo"><section class="footer-sosumi"><ul class="footnotes">${notes}</ul></section>
<p>Copyright 2026 Example Inc. All rights reserved.</p></footer></body></html>`
}

describe('the page footer', () => {
  it('never makes the footnotes of a landing page its article', () => {
    const article = cleanArticle(productPage())
    for (const [, text] of SECTIONS) expect(article.paragraphs).toContain(text)
    expect(article.text).not.toContain('zero percent payment option')
  })

  it('warns, with both word counts, when the article kept is a small part of the prose on the page', () => {
    const warned = cleanArticle(productPage(12)).warnings.filter((warning) => warning.startsWith(INCOMPLETE_WARNING_PREFIX))
    expect(warned).toHaveLength(1)
    const [kept, page] = (warned[0]!.match(/\d+/g) ?? []).map(Number)
    expect(kept).toBeGreaterThan(80)
    expect(page).toBeGreaterThan(2.5 * kept!)
    expect(cleanArticle(productPage(2)).warnings.filter((warning) => warning.startsWith(INCOMPLETE_WARNING_PREFIX))).toEqual([])
  })
})
