/**
 * Gated article text (src/lib/html/gated.ts): schema.org `hasPart.cssSelector` names the elements a
 * story-rest hides, and we un-hide them. The page chooses those selectors, so only simple ones are
 * run (tag, class, id, attribute; descendant and child combinators), a few of them, from JSON-LD
 * under the size limit, all matched in one pass over the tree: no page can make this step cost
 * more than a small multiple of its size.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { parseDocument } from '../src/lib/html/tree-builder.js'
import { MAX_GATED_SELECTORS, parseSelectorList, selectAll } from '../src/lib/html/gated.js'

const SENTENCE = 'The minister said on Tuesday that the new rules would take effect next year, after a long debate. '
const GATED = 'The council will vote on the plan next month, and the mayor expects it to pass easily after the long debate.'

function page(selector: unknown, gatedHtml: string, extraHead = ''): string {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'A headline',
    isAccessibleForFree: false,
    hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: selector },
  })
  return `<!doctype html><html><head><script type="application/ld+json">${ld}</script>${extraHead}</head><body><article id="story"><p>${SENTENCE.repeat(3)}</p>${gatedHtml}</article></body></html>`
}
const shows = (html: string): boolean => cleanArticle(html).paragraphs.includes(GATED)

describe('un-hiding gated text', () => {
  it.each([
    ['a class', '.story-rest', `<div class="story-rest" hidden><p>${GATED}</p></div>`],
    ['a tag and class', 'div.story-rest', `<div class="x story-rest" style="display:none"><p>${GATED}</p></div>`],
    ['an id and a descendant', '#story .locked', `<section><div class="locked" aria-hidden="true"><p>${GATED}</p></div></section>`],
    ['a child combinator and attributes', 'article > div[data-gated="true"][data-kind]', `<div data-gated="true" data-kind="x" hidden><p>${GATED}</p></div>`],
    ['attribute operators', '[class~="gate"][data-a^="pre"][data-b$="post"][data-c*="mid"][lang|="en"]', `<div class="a gate" data-a="prefix" data-b="xpost" data-c="amidb" lang="en-GB" hidden><p>${GATED}</p></div>`],
    ['a case-insensitive attribute value', '[data-gate="LOCKED" i]', `<div data-gate="locked" hidden><p>${GATED}</p></div>`],
    ['a list, the second matching', '.nothing, .story-rest', `<div class="story-rest" hidden><p>${GATED}</p></div>`],
    ['a list of values', ['.nothing', '.story-rest'], `<div class="story-rest" hidden><p>${GATED}</p></div>`],
    ['the universal selector', 'article > *', `<div hidden><p>${GATED}</p></div>`],
  ])('un-hides text named by %s', (_name, selector, gated) => {
    expect(shows(page(selector, gated))).toBe(true)
    expect(shows(page('.unrelated', gated))).toBe(false)
  })

  it.each([
    ['a sibling combinator', 'p ~ .story-rest'],
    ['an adjacent-sibling combinator', 'p + .story-rest'],
    ['a structural pseudo-class', '.story-rest:nth-last-child(1)'],
    ['a negation', 'div:not(.free)'],
    ['a namespace', '*|div'],
    ['an escape', '.pay\\77 all'],
    ['a pseudo-element', '.story-rest::before'],
  ])('runs no selector with %s (only simple selectors are run)', (_name, selector) => {
    expect(shows(page(selector, `<div class="story-rest" hidden><p>${GATED}</p></div>`))).toBe(false)
  })

  it(`runs at most ${MAX_GATED_SELECTORS} selectors`, () => {
    const decoys = Array.from({ length: MAX_GATED_SELECTORS }, (_, i) => `.decoy${i}`)
    const gated = `<div class="story-rest" hidden><p>${GATED}</p></div>`
    expect(shows(page([...decoys.slice(1), '.story-rest'], gated))).toBe(true)
    expect(shows(page([...decoys, '.story-rest'], gated))).toBe(false)
  })

  it('reads selectors only from JSON-LD that parses and is under the size limit', () => {
    const gated = `<div class="story-rest" hidden><p>${GATED}</p></div>`
    const big = page('.story-rest', gated).replace('"headline"', `"padding":"${'x'.repeat(1_000_001)}","headline"`)
    expect(shows(big)).toBe(false)
    const broken = page('.story-rest', gated).replace('"headline"', '"headline" "broken"')
    expect(shows(broken)).toBe(false)
    const notLd = `<!doctype html><html><head><script>var x = {"cssSelector": ".story-rest"}</script></head><body><article><p>${SENTENCE.repeat(3)}</p>${gated}</article></body></html>`
    expect(shows(notLd)).toBe(false)
  })

  it('takes no selector from JSON-LD inside <noscript>', () => {
    const gated = `<div class="story-rest" hidden><p>${GATED}</p></div>`
    expect(shows(page('.story-rest', gated).replace('<script type', '<noscript><script type').replace('</script>', '</script></noscript>'))).toBe(false)
  })

  it('costs one pass over the page whatever the selectors (the 4 KB page that took 10 s)', () => {
    const chain = Array.from({ length: 40 }, () => 'div ~ div + div').join(' ~ ')
    const siblings = '<div>x</div>'.repeat(300)
    const selectors = [chain, 'div:nth-last-child(2) div:nth-last-child(3)', ...Array.from({ length: 10_000 }, (_, i) => `div.c${i} > div#i${i} span[data-x="${i}"]`)]
    const start = performance.now()
    expect(cleanArticle(page(selectors, siblings)).paragraphs.length).toBeGreaterThan(0)
    expect(performance.now() - start).toBeLessThan(2000)
  })
})

describe('parseSelectorList', () => {
  it.each([
    ['.a', 1],
    ['div.a#b[c]', 1],
    ['a b > c', 1],
    ['a,b , c', 3],
    ['  .a  >  .b  ', 1],
    ['[data-x=\'y z\']', 1],
  ])('reads %j as %i simple selectors', (text, count) => {
    expect(parseSelectorList(text)).toHaveLength(count)
  })

  it.each(['', ',', '.a,', 'a ~ b', 'a + b', 'a:hover', '::before', '.a > > .b', '[x', '[x="y]', '.', '#', 'a >', '> a', '[x=y z]', '.a\\b'])(
    'refuses %j',
    (text) => {
      expect(parseSelectorList(text)).toBeNull()
    },
  )

  it('refuses a selector of more than 8 compounds', () => {
    expect(parseSelectorList('a b c d e f g h')).toHaveLength(1)
    expect(parseSelectorList('a b c d e f g h i')).toBeNull()
  })
})

describe('selectAll', () => {
  it('finds what css-select finds, on random trees and simple selectors (property)', () => {
    const tag = fc.constantFrom('div', 'p', 'span', 'section')
    const cls = fc.constantFrom('a', 'b', 'c')
    const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc
        .tuple(tag, fc.subarray(['a', 'b', 'c']), fc.option(cls), fc.oneof({ maxDepth: 4 }, fc.constant([]), fc.array(tie('node'), { maxLength: 3 })), fc.boolean())
        .map(([name, classes, id, children, flag]) => `<${name} class="${classes.join(' ')}"${id ? ` id="${id}"` : ''}${flag ? ' data-f="yes"' : ''}>${children.join('')}</${name}>`),
    })).node
    const compound = fc
      .tuple(fc.option(tag), fc.option(cls), fc.option(cls), fc.boolean())
      .map(([name, c1, c2, flag]) => `${name ?? ''}${c1 ? `.${c1}` : ''}${c2 ? `#${c2}` : ''}${flag ? '[data-f="yes"]' : ''}` || '*')
    const selector = fc
      .tuple(compound, fc.array(fc.tuple(fc.constantFrom(' ', ' > '), compound), { maxLength: 3 }))
      .map(([first, rest]) => first + rest.map(([combinator, part]) => combinator + part).join(''))
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 4 }), selector, (elements, text) => {
        const document = parseDocument(`<html><body>${elements.join('')}</body></html>`)
        const parsed = parseSelectorList(text)
        expect(parsed).not.toBeNull()
        expect(selectAll(document, parsed!)).toEqual(document.querySelectorAll(text))
      }),
      { numRuns: 300 },
    )
  })
})
