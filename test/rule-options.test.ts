/**
 * The options that put boilerplate under the user's control: `keep` (kinds stay in the body),
 * `disableRules` (built-in rules off), `rules` (site rules, validated, reported with their id).
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle, type CleanArticleOptions, type Rule } from '../src/index.js'

const PARAGRAPHS = [
  'The city council voted on Tuesday to close the old harbour bridge to cars from next spring, ending months of argument over the cost of repairs.',
  'Engineers told the council that the steel deck had corroded faster than expected and that the bridge could carry only light traffic until it is rebuilt.',
  'Read more: Why the harbour bridge has been closed twice this year',
  'Shop owners on both banks said they feared losing customers, but the mayor promised a shuttle bus and wider pavements for pedestrians and cyclists.',
  'Promoted by Harbour Motors: test-drive the new city car this weekend',
  'Work on the new bridge is due to start in 2026 and take about two years, the council said, with the first lane open to buses before the end of 2027.',
]
const APPEAL = 'Reporting like this takes months. If you value it, become a member today and support independent journalism.'
const TEXT_PAGE = ['Council votes to close harbour bridge to cars', '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n')

const HTML_PAGE = `<!doctype html><html lang="en"><head><title>Council votes to close harbour bridge to cars</title></head><body>
<article>
<h1>Council votes to close harbour bridge to cars</h1>
<p>${PARAGRAPHS[0]}</p>
<p>${PARAGRAPHS[1]}</p>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<p>${PARAGRAPHS[3]}</p>
<p>${APPEAL}</p>
<div class="promo-box"><p>Test-drive the new city car at Harbour Motors this weekend and get a free year of parking.</p></div>
<p>${PARAGRAPHS[5]}</p>
</article>
</body></html>`

const PROMO_TOKENS: Rule = {
  id: 'site/promo-box',
  kind: 'ad',
  reason: 'This site puts paid promotions in a promo-box.',
  match: { tokens: ['promo-box'] },
}
const PROMO_TEXT: Rule = {
  id: 'site/promoted-by',
  kind: 'ad',
  reason: 'Lines "Promoted by <advertiser>:" are paid placements.',
  match: { text: /^Promoted by [^:]{1,40}:/u, maxWords: 20 },
}

describe('defaults', () => {
  it('removes the related link (text) and the share bar (HTML) with their rules', () => {
    const text = cleanArticle(TEXT_PAGE)
    expect(text.paragraphs).not.toContain(PARAGRAPHS[2])
    expect(text.removed).toContainEqual({ kind: 'related', rule: 'related/read-more', text: PARAGRAPHS[2] })
    const html = cleanArticle(HTML_PAGE)
    expect(html.text).not.toContain('Facebook')
    expect(html.removed).toContainEqual({ kind: 'share', rule: 'share/share-bar', text: 'Facebook Twitter Email' })
    expect(html.removed).toContainEqual({ kind: 'donation', rule: 'donation/appeal-text', text: APPEAL })
  })
})

describe('keep', () => {
  it('keeps blocks of a kept kind in the body', () => {
    const article = cleanArticle(TEXT_PAGE, { keep: ['related'] })
    expect(article.paragraphs).toContain(PARAGRAPHS[2])
    expect(article.removed.some((block) => block.kind === 'related')).toBe(false)
  })

  it('keeps a donation appeal inside the HTML article when donation is kept', () => {
    const article = cleanArticle(HTML_PAGE, { keep: ['donation'] })
    expect(article.paragraphs).toContain(APPEAL)
    expect(article.removed.some((block) => block.kind === 'donation')).toBe(false)
  })

  it('rejects an unknown kind with a RangeError naming it', () => {
    expect(() => cleanArticle(TEXT_PAGE, { keep: ['donations'] } as unknown as CleanArticleOptions)).toThrow(RangeError)
    expect(() => cleanArticle(TEXT_PAGE, { keep: ['donations'] } as unknown as CleanArticleOptions)).toThrow(/options\.keep.*"donations"/)
  })
})

describe('disableRules', () => {
  it('turns a built-in rule off: its blocks are no longer removed by it', () => {
    const article = cleanArticle(TEXT_PAGE, { disableRules: ['related/read-more'] })
    expect(article.removed.some((block) => block.rule === 'related/read-more')).toBe(false)
    expect(article.paragraphs).toContain(PARAGRAPHS[2])
  })

  it('leaves the other rules of the kind on', () => {
    const page = `${TEXT_PAGE}\nRelated stories\n\nBridge tolls to rise in March\n`
    const article = cleanArticle(page, { disableRules: ['related/read-more'] })
    expect(article.removed).toContainEqual(expect.objectContaining({ kind: 'related', rule: 'related/heading' }))
  })

  it('rejects an unknown id with a RangeError naming it', () => {
    const options = { disableRules: ['related/read-mor'] } as unknown as CleanArticleOptions
    expect(() => cleanArticle(TEXT_PAGE, options)).toThrow(RangeError)
    expect(() => cleanArticle(TEXT_PAGE, options)).toThrow(/options\.disableRules.*"related\/read-mor"/)
  })
})

describe('rules (site rules)', () => {
  it('removes a block by class token in HTML and reports the user id', () => {
    const article = cleanArticle(HTML_PAGE, { rules: [PROMO_TOKENS] })
    expect(article.text).not.toContain('Harbour Motors')
    expect(article.removed).toContainEqual(expect.objectContaining({ kind: 'ad', rule: 'site/promo-box' }))
    expect(article.paragraphs).toContain(PARAGRAPHS[5])
  })

  it('removes a block by text in plain text and reports the user id', () => {
    expect(cleanArticle(TEXT_PAGE).paragraphs).toContain(PARAGRAPHS[4])
    const article = cleanArticle(TEXT_PAGE, { rules: [PROMO_TEXT] })
    expect(article.paragraphs).not.toContain(PARAGRAPHS[4])
    expect(article.removed).toContainEqual({ kind: 'ad', rule: 'site/promoted-by', text: PARAGRAPHS[4] })
  })

  it('is tested before the built-in rules', () => {
    const mine: Rule = { id: 'site/read-more', kind: 'related', reason: 'Our own read-more links.', match: { text: /^Read more:/u } }
    const article = cleanArticle(TEXT_PAGE, { rules: [mine] })
    expect(article.removed).toContainEqual({ kind: 'related', rule: 'site/read-more', text: PARAGRAPHS[2] })
  })

  it('is dropped with its kind when that kind is kept', () => {
    const article = cleanArticle(TEXT_PAGE, { rules: [PROMO_TEXT], keep: ['ad'] })
    expect(article.paragraphs).toContain(PARAGRAPHS[4])
  })

  it('is read afresh on every call: a rule list or pattern changed between calls takes effect', () => {
    // Lists made for one set of options are reused by later calls with the same ones.
    const mine: Rule = { id: 'site/shuttle', kind: 'ad', reason: 'A test rule.', match: { text: /^Shop owners/u, maxWords: 40 } }
    const rules: Rule[] = [mine]
    expect(cleanArticle(TEXT_PAGE, { rules }).paragraphs).not.toContain(PARAGRAPHS[3])
    mine.match = { text: /^Engineers told/u, maxWords: 40 }
    const changed = cleanArticle(TEXT_PAGE, { rules })
    expect(changed.paragraphs).toContain(PARAGRAPHS[3])
    expect(changed.paragraphs).not.toContain(PARAGRAPHS[1])
    rules.push(PROMO_TEXT)
    expect(cleanArticle(TEXT_PAGE, { rules }).paragraphs).not.toContain(PARAGRAPHS[4])
    rules.length = 0
    expect(cleanArticle(TEXT_PAGE, { rules }).paragraphs).toEqual(cleanArticle(TEXT_PAGE).paragraphs)
  })
})

/** A broken rule and the error it must raise: the class and the field named in the message. */
const INVALID: readonly (readonly [string, unknown, ErrorConstructor, RegExp])[] = [
  ['not an object', 'site/x', TypeError, /options\.rules\[0\] must be an object/],
  ['no id', { kind: 'ad', reason: 'r', match: { tokens: ['x'] } }, TypeError, /options\.rules\[0\]\.id/],
  ['empty id', { id: '', kind: 'ad', reason: 'r', match: { tokens: ['x'] } }, TypeError, /options\.rules\[0\]\.id/],
  ['unknown kind', { id: 'site/x', kind: 'promo', reason: 'r', match: { tokens: ['x'] } }, TypeError, /options\.rules\[0\]\.kind/],
  ['no reason', { id: 'site/x', kind: 'ad', match: { tokens: ['x'] } }, TypeError, /options\.rules\[0\]\.reason/],
  ['no match', { id: 'site/x', kind: 'ad', reason: 'r' }, TypeError, /options\.rules\[0\]\.match/],
  ['empty match', { id: 'site/x', kind: 'ad', reason: 'r', match: {} }, TypeError, /options\.rules\[0\]\.match needs text or tokens/],
  ['text as a string', { id: 'site/x', kind: 'ad', reason: 'r', match: { text: 'Promoted' } }, TypeError, /options\.rules\[0\]\.match\.text/],
  ['global text regex', { id: 'site/x', kind: 'ad', reason: 'r', match: { text: /Promoted/g } }, RangeError, /options\.rules\[0\]\.match\.text/],
  ['tokens as a string', { id: 'site/x', kind: 'ad', reason: 'r', match: { tokens: 'promo' } }, TypeError, /options\.rules\[0\]\.match\.tokens/],
  ['upper-case token', { id: 'site/x', kind: 'ad', reason: 'r', match: { tokens: ['Promo'] } }, RangeError, /options\.rules\[0\]\.match\.tokens/],
  ['zero maxWords', { id: 'site/x', kind: 'ad', reason: 'r', match: { tokens: ['x'], maxWords: 0 } }, RangeError, /options\.rules\[0\]\.match\.maxWords/],
  ['unknown scope', { id: 'site/x', kind: 'ad', reason: 'r', match: { tokens: ['x'] }, scope: 'page' }, TypeError, /options\.rules\[0\]\.scope/],
  ['a built-in id', { id: 'ad/label', kind: 'ad', reason: 'r', match: { tokens: ['x'] } }, RangeError, /"ad\/label" is used twice/],
]

describe('rules validation', () => {
  it.each(INVALID)('%s', (_name, rule, errorClass, message) => {
    const options = { rules: [rule] } as unknown as CleanArticleOptions
    expect(() => cleanArticle(TEXT_PAGE, options)).toThrow(errorClass)
    expect(() => cleanArticle(TEXT_PAGE, options)).toThrow(message)
  })

  it('rejects rules that is not an array', () => {
    expect(() => cleanArticle(TEXT_PAGE, { rules: PROMO_TEXT } as unknown as CleanArticleOptions)).toThrow(/options\.rules must be an array/)
  })

  it('rejects two site rules with one id', () => {
    expect(() => cleanArticle(TEXT_PAGE, { rules: [PROMO_TEXT, PROMO_TEXT] })).toThrow(RangeError)
  })
})
