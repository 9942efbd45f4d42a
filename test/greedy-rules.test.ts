/**
 * Greedy-rule guard: no built-in text rule may match a paragraph of a true article body. Every
 * text rule runs over every paragraph of the benchmarks' ground truth (bench/data/scrapinghub/
 * truth.jsonl, and the sentence-length paragraphs of modern's seen pages; bodies split on line breaks), each built as a Block with the pooled stopwords the
 * way the front doors build them. A hit is a rule that would cut article text: tighten the rule.
 * The few paragraphs listed below are boilerplate the benchmark's annotators kept in the body.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { makeBlock } from '../src/lib/blocks/block.js'
import { STOPWORDS } from '../src/lib/blocks/stopwords.js'
import { textMatches } from '../src/lib/classify/apply-rules.js'
import { RULES } from '../src/lib/rules/registry.js'
import type { Rule } from '../src/lib/types.js'

const TRUTH = new URL('../bench/data/scrapinghub/truth.jsonl', import.meta.url)
/** The modern set's truth: its seen pages (never the blind fifth, bench/data/blind.json), paragraphs of MODERN_MIN_WORDS words or more. */
const MODERN_TRUTH = new URL('../bench/data/modern/truth.jsonl', import.meta.url)
const BLIND = new URL('../bench/data/blind.json', import.meta.url)
/**
 * Modern truths keep the short lines of product, docs and listing pages (prices, counters, "FAQs"
 * headings, stat figures) that a rule for furniture rightly matches elsewhere; a sentence-length
 * paragraph is where a greedy rule cuts an article.
 */
const MODERN_MIN_WORDS = 12
/** Paragraph breaks in a true body: blank lines or single line breaks. */
const PARAGRAPH_BREAK = /\n+/
/** Runs of white space, folded as the front doors fold them. */
const WHITESPACE = /\s+/g

/** `<rule id> <paragraph>` pairs allowed to match, each with the reason the paragraph is not article text. */
const EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  [
    'legal/copyright © 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.',
    "the agency's copyright line under a wire story: page furniture the annotators kept",
  ],
  ['legal/copyright Copyright 2019 Hawaii News Now. All rights reserved.', "the station's copyright line under the story"],
  ['related/heading Leggi anche', 'an in-body "read also" teaser heading; the linked headline follows it'],
  ['related/read-more Leggi anche', 'the same teaser heading, matched by the read-more rule as well'],
  ['related/heading Don\'t Miss', 'a promo box heading in a deals post'],
  ['share/follow-prompt Follow NBC Latino on Facebook, Twitter and Instagram.', "the site's closing follow plug"],
  ['legal/policy-link Disclaimer', 'a link to the disclaimer page, alone on its line at the end of the article'],
  ['navigation/site-link Disclaimer', 'the same link, matched by the site-link row rule as well'],
  ['related/read-more Read more: 2025 & 2026 tax brackets and federal income tax rates', 'an in-body teaser link to another article'],
  [
    'navigation/tag-list Keywords: VS Code extension, sandboxing, AST, static analysis, threat modeling, LLM, software supply chain, dynamic behavior modeling',
    "a paper's keyword line the annotators kept",
  ],
  ['navigation/breadcrumb All Games > Action Games > Electronic Arts Franchise > Apex Legends™', "a store's breadcrumb trail the annotators kept"],
])

/** Consent-banner text the modern annotators kept in a body (the rule is right; the truth holds page furniture). */
const KEPT_CONSENT_TEXT = /^(?:This website uses cookies to improve your experience|Use precise geolocation data\.)/u

interface Paragraph {
  page: string
  text: string
}

function paragraphsOf(truth: URL, keep: (id: string, text: string) => boolean): Paragraph[] {
  return readFileSync(truth, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      const row = JSON.parse(line) as { id: string; body: string }
      return row.body
        .split(PARAGRAPH_BREAK)
        .map((text) => text.replace(WHITESPACE, ' ').trim())
        .filter((text) => text !== '' && keep(row.id, text))
        .map((text) => ({ page: row.id.slice(0, 12), text }))
    })
}

function truthParagraphs(): Paragraph[] {
  const blind = new Set((JSON.parse(readFileSync(BLIND, 'utf8')) as { modern: string[] }).modern)
  const modern = paragraphsOf(MODERN_TRUTH, (id, text) => !blind.has(id) && text.split(' ').length >= MODERN_MIN_WORDS && !KEPT_CONSENT_TEXT.test(text))
  return [...paragraphsOf(TRUTH, () => true), ...modern]
}

describe('greedy-rule guard', () => {
  const paragraphs = truthParagraphs()
  const textRules = (RULES as readonly Rule[]).filter((rule) => rule.match.text !== undefined)

  it('reads the ground truth', () => {
    expect(paragraphs.length).toBeGreaterThan(4000)
  })

  it('has no text rule that matches a true article paragraph', () => {
    const hits = new Set<string>()
    const report: string[] = []
    for (const paragraph of paragraphs) {
      const block = makeBlock({ index: 0, text: paragraph.text, group: 0 }, STOPWORDS)
      for (const rule of textRules) {
        if (!textMatches(rule, block)) continue
        const key = `${rule.id} ${paragraph.text}`
        hits.add(key)
        if (!EXCEPTIONS.has(key)) report.push(`${rule.id} matches page ${paragraph.page}: ${paragraph.text.slice(0, 160)}`)
      }
    }
    expect(report, 'tighten these rules (or, for boilerplate the truth keeps, list the paragraph in EXCEPTIONS)').toEqual([])
    const stale = [...EXCEPTIONS.keys()].filter((key) => !hits.has(key))
    expect(stale, 'these exceptions no longer match: remove them').toEqual([])
  })
})
