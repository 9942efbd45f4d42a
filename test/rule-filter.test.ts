/**
 * The key-word filter of rule matching (rules/patterns.ts, classify/apply-rules.ts) skips a rule's
 * regex when the block holds none of the rule's key words. That is only safe if every text the
 * regex matches holds a key word: checked here on every block of the benchmark pages and on
 * texts made of the rules' own phrases in random case, and end to end against running every regex.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeBlock, type Block } from '../src/lib/blocks/block.js'
import { STOPWORDS } from '../src/lib/blocks/stopwords.js'
import { matchRules, textMatches } from '../src/lib/classify/apply-rules.js'
import { htmlToPage } from '../src/lib/html/to-page.js'
import { keyTokens, keyWordsOf } from '../src/lib/rules/patterns.js'
import { RULES } from '../src/lib/rules/registry.js'
import { textToPage } from '../src/lib/text/to-page.js'
import type { Rule } from '../src/lib/types.js'

const DATA = join(import.meta.dirname, '../bench/data')
const read = (dir: string, name: string): string => gunzipSync(readFileSync(join(DATA, dir, name))).toString('utf8')
const names = (dir: string): string[] => readdirSync(join(DATA, dir)).filter((name) => name.endsWith('.gz'))

const PAGES: Block[][] = [
  ...names('scrapinghub').map((name) => htmlToPage(read('scrapinghub', name), { url: null, maxDepth: 512 }).blocks),
  ...names('scrapinghub-text').map((name) => textToPage(read('scrapinghub-text', name)).blocks),
]
/** The built-in rules as the general rule type (their literal types differ per rule). */
const ALL: readonly Rule[] = RULES
const FILTERED = ALL.filter((rule) => keyWordsOf(rule.match.text) !== undefined)

/** True when the block holds one of the rule's key words. */
function named(rule: Rule, text: string): boolean {
  const keys = keyWordsOf(rule.match.text)!
  return keyTokens(text).some((word) => keys.has(word))
}

describe('key words of rule patterns', () => {
  it('are given to most built-in text rules', () => {
    expect(FILTERED.length).toBeGreaterThanOrEqual(30)
  })

  it('occur in every benchmark block a rule matches', () => {
    const misses: string[] = []
    for (const blocks of PAGES) {
      for (const block of blocks) {
        for (const rule of FILTERED) if (textMatches(rule, block) && !named(rule, block.text)) misses.push(`${rule.id}: ${block.text}`)
      }
    }
    expect(misses).toEqual([])
  })

  it.each([
    ['legal/copyright', ['© 2019 Condé Nast', 'Copyright 2019 Hawaii News Now', '(C) 2020 Example Media', 'ⓒ 2018 Yonhap News']],
    ['chrome/media-counter', ['3 of 10', 'Photo 2 / 8', 'Bild 1 von 5', '1/12']],
    ['comments/count', ['12 Comments', 'Comments (3)', '5 комментариев', '0 Kommentare']],
    ['navigation/breadcrumb', ['Home › News › World', 'Startseite > Politik', 'News / Local']],
    ['newsletter/heading', ['The Morning Newsletter', 'Pick Six E-mail Newsletter:']],
    ['share/share-bar', ['Facebook Twitter Email', 'Share | Tweet | 12']],
  ])('declared by hand for %s occur in the lines it matches', (id, lines) => {
    const rule = FILTERED.find((candidate) => candidate.id === id)!
    for (const text of lines) {
      expect(textMatches(rule, makeBlock({ index: 0, text, group: 0 }, STOPWORDS)), text).toBe(true)
      expect(named(rule, text), text).toBe(true)
    }
  })

  it('occur in texts built from the rules own phrases, in any case, with any spacing', () => {
    const rule = fc.constantFrom(...FILTERED)
    const noise = fc.constantFrom('', ' ', '  ', '» ', '| ', '12 ', '(3)', '\u00a0', ', ', 'ſ', 'x')
    const recase = (text: string, flips: boolean[]): string =>
      [...text].map((char, i) => (flips[i % flips.length] ? char.toUpperCase() : char)).join('')
    fc.assert(
      fc.property(rule, fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }), noise, noise, fc.array(fc.boolean(), { minLength: 1 }), (r, fragments, before, after, flips) => {
        const keys = [...keyWordsOf(r.match.text)!]
        const text = recase(`${before}${fragments.join(' ')} ${keys.join(' ')}${after}`, flips)
        const block = makeBlock({ index: 0, text, group: 0 }, STOPWORDS)
        if (textMatches(r, block)) expect(named(r, text)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})

describe('rule matching with the filter', () => {
  it('finds on every benchmark page the rule that running every regex in order finds', () => {
    for (const blocks of PAGES) {
      // Without elements only text rules act: matching is then the first text rule whose regex matches.
      const texts = blocks.map((block) => ({ ...block, element: null }))
      const reference = texts.map((block) => ALL.find((rule) => rule.match.tokens === undefined && textMatches(rule, block))?.id ?? null)
      expect(matchRules(texts, RULES, () => false, () => true).map((rule) => rule?.id ?? null)).toEqual(reference)
    }
  })

  it('reads each page afresh: what one page held says nothing about the next', () => {
    const page = (text: string): Block[] => [makeBlock({ index: 0, text, group: 0 }, STOPWORDS)]
    expect(matchRules(page('Share on Facebook'), RULES, () => false, () => true)[0]?.id).toBe('share/share-prompt')
    expect(matchRules(page('Advertisement'), RULES, () => false, () => true)[0]?.id).toBe('ad/label')
  })
})
