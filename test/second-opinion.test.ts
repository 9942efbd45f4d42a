/**
 * The second opinion: asked when the first answer is doubtful, over the same blocks; it sets class
 * words aside (never text rules) and keeps its answer only when that holds much more prose.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { classify } from '../src/lib/classify/classify.js'
import { doubt, secondOpinion, UNSURE_BODY_WORDS } from '../src/lib/classify/second-opinion.js'
import { htmlToPage } from '../src/lib/html/to-page.js'
import { resolveOptions } from '../src/lib/options.js'

const sentence = 'The council met on Tuesday to discuss the budget for the coming year and the plans for the new library.'
const paragraph = (i: number): string => `<p>${sentence} This is paragraph number ${i} of the report.</p>`
const range = (from: number, to: number): string => Array.from({ length: to - from + 1 }, (_, k) => paragraph(from + k)).join('')
const rules = resolveOptions({}).rules

function classified(html: string) {
  const page = htmlToPage(html, { url: null, maxDepth: 512 })
  return { page, first: classify(page.blocks, rules, page.languageKnown) }
}

describe('second opinion', () => {
  it('has no doubt about an article read whole', () => {
    const { page, first } = classified(`<html><body><nav><a href="/">Home</a></nav><article>${range(1, 12)}</article></body></html>`)
    expect(doubt(page.blocks, first, rules)).toBeNull()
  })

  it('doubts an answer of almost nothing on a page full of text', () => {
    const { page, first } = classified(`<html><body><article>${range(1, 12)}</article></body></html>`)
    const none = { ...first, body: first.body.map(() => false) }
    expect(UNSURE_BODY_WORDS).toBeGreaterThan(0)
    expect(doubt(page.blocks, none, rules)).toBe('empty')
  })

  it('restores blocks a built-in class word removed, and reports them removed no more', () => {
    const { page, first } = classified(`<html><body><article>${range(1, 11)}</article></body></html>`)
    // A first answer as a class word that names page furniture would give it: the article's boxes removed.
    const byClass = { kind: 'navigation' as const, rule: 'navigation/menu-class' }
    const removals = first.removals.map((_, i) => (i >= 4 ? byClass : null))
    const doubtful = { ...first, removals, body: first.body.map((_, i) => i < 4) }
    expect(doubt(page.blocks, doubtful, rules)).toBe('short')
    const second = secondOpinion(page.blocks, doubtful, rules, 'short')
    expect(second?.body.filter(Boolean)).toHaveLength(11)
    expect(second?.removals.every((removal) => removal === null)).toBe(true)
  })

  it('leaves removed what a text rule or a site rule removed', () => {
    const { page, first } = classified(`<html><body><article>${range(1, 11)}</article></body></html>`)
    const site = { id: 'site/promo-box', kind: 'navigation' as const, reason: 'Promotions of the site.', match: { tokens: ['promo-box'] } }
    const byText = { kind: 'share' as const, rule: 'share/share-prompt' }
    const bySite = { kind: 'navigation' as const, rule: site.id }
    const removals = first.removals.map((_, i) => (i < 4 ? null : i < 7 ? byText : bySite))
    const doubtful = { ...first, removals, body: first.body.map((_, i) => i < 4) }
    expect(secondOpinion(page.blocks, doubtful, [site, ...rules], 'short')).toBeNull()
  })

  it('never restores a block a text rule removed, nor a box named as reader comments', () => {
    const html = `<html><body><div class="content">${range(1, 5)}<p>Share this article</p></div>
      <div id="comments">${range(6, 9)}</div></body></html>`
    const article = cleanArticle(html)
    expect(article.paragraphs).toHaveLength(5)
    expect(article.removed.some((block) => block.rule === 'comments/section-class')).toBe(true)
    expect(article.removed.some((block) => block.rule === 'share/share-prompt')).toBe(true)
  })
})
