/** The Readability second opinion: asked only when our classifier finds almost no body. */
import { describe, expect, it } from 'vitest'
import { makeBlock } from '../src/lib/blocks/block.js'
import { STOPWORDS } from '../src/lib/blocks/stopwords.js'
import { isUnsure, readabilityBody, UNSURE_BODY_WORDS } from '../src/lib/html/second-opinion.js'
import { htmlToPage } from '../src/lib/html/to-page.js'

const sentence = 'The council met on Tuesday to discuss the budget for the coming year and the plans for the new library.'
const paragraphs = Array.from({ length: 12 }, (_, i) => `${sentence} This is paragraph number ${i + 1} of the report.`)
const html = `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="story">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>
<footer><a href="/about">About us</a></footer></body></html>`

describe('second opinion', () => {
  const page = htmlToPage(html, { url: null, maxDepth: 512 })

  it('is unsure when the body is nearly empty on a page full of text', () => {
    expect(isUnsure(page.blocks, page.blocks.map(() => false))).toBe(true)
  })

  it('is sure once the body has enough words', () => {
    const blocks = [makeBlock({ index: 0, text: 'word '.repeat(UNSURE_BODY_WORDS + 1).trim(), group: 0 }, STOPWORDS)]
    expect(isUnsure(blocks, [true])).toBe(false)
  })

  it('takes the blocks Readability keeps as the article, and never a removed one', () => {
    const removed = page.blocks.map((block) => block.text.startsWith(`${sentence} This is paragraph number 8`))
    const body = readabilityBody(html, page.blocks, removed)
    expect(body).not.toBeNull()
    const kept = page.blocks.filter((_, i) => body?.[i]).map((block) => block.text)
    expect(kept).toEqual(paragraphs.filter((_, i) => i !== 7))
  })
})
