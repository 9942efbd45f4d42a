/**
 * A wire story copied as text (fixtures/text--wire-story, written by us): menus, a cookie banner,
 * a byline line, an "Updated" date line with a time and zone, a caption line with its credit, a
 * newsletter box with its heading, an ad label, related links, a donation box with its heading
 * and a footer. Every field is right and every box is removed with its kind.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const input = readFileSync(new URL('../fixtures/text--wire-story/input.txt', import.meta.url), 'utf8')
const article = cleanArticle(input)
const removedWith = (phrase: string) => article.removed.find((block) => block.text.includes(phrase))

describe('a wire story copied as text', () => {
  it('finds the header fields', () => {
    expect(article.format).toBe('text')
    expect(article.headline).toBe('Wildfire forces thousands to flee homes near Valencia')
    expect(article.byline).toBe('Ana Ruiz and Tom Baker, Reuters')
    expect(article.authors).toEqual(['Ana Ruiz', 'Tom Baker'])
    // Only an update is printed: its day stands for the published date, its time and zone are the modified date.
    expect(article.publishedAt).toBe('2025-03-03')
    expect(article.modifiedAt).toBe('2025-03-03T14:32:00+01:00')
    expect(article.caption).toEqual({ text: 'Firefighters at the scene on Monday.', credit: 'Ana Ruiz/Reuters' })
  })

  it('keeps the five paragraphs, across the ad label and the newsletter box', () => {
    expect(article.paragraphs).toHaveLength(5)
    expect(article.paragraphs[0]).toMatch(/^VALENCIA, Spain \(Reuters\) - A wildfire/)
    expect(article.paragraphs.at(-1)).toMatch(/^Spain has suffered increasingly frequent/)
    expect(article.quotes.map((quote) => quote.speaker)).toEqual(['Maria Lopez'])
  })

  it('removes every box with its kind, a box heading with the box', () => {
    expect(removedWith('Skip to content')?.kind).toBe('chrome')
    expect(removedWith('We use cookies')?.kind).toBe('cookie')
    expect(removedWith('ADVERTISEMENT')?.kind).toBe('ad')
    expect(removedWith('Get the Evening Digest')?.kind).toBe('newsletter')
    expect(removedWith('Sign up for our newsletter')?.kind).toBe('newsletter')
    // The box's button is the box's: "Subscribe" under a newsletter sign-up is no paywall.
    expect(article.removed.find((block) => block.text.split('\n').includes('Subscribe'))?.kind).toBe('newsletter')
    expect(removedWith('Related stories')?.kind).toBe('related')
    expect(removedWith('Spain to hire 500 more')?.kind).toBe('related')
    expect(removedWith('Keep our newsroom independent')?.kind).toBe('donation')
    expect(removedWith('Please consider making a donation')?.kind).toBe('donation')
    expect(removedWith('Privacy policy')?.kind).toBe('legal')
    expect(removedWith('All rights reserved')?.kind).toBe('legal')
    for (const phrase of ['cookies', 'ADVERTISEMENT', 'Evening Digest', 'Subscribe', 'Heatwave', 'newsroom', 'Donate', '©']) {
      expect(article.text).not.toContain(phrase)
    }
  })
})
