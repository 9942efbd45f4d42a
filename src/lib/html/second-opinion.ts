/**
 * Readability's judgement, asked only when our own classification is unsure (almost no body
 * found on a page with plenty of text). It parses the page again and costs four to five times
 * a parse, so it stays off the common path.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { Block } from '../blocks/block.js'
import { normaliseLine } from '../text/normalise.js'

/** Below this many body words our answer is unsure... */
export const UNSURE_BODY_WORDS = 80
/** ...when the page holds at least this many words of text outside links. */
const UNSURE_PAGE_WORDS = 250

export function isUnsure(blocks: readonly Block[], body: readonly boolean[]): boolean {
  let bodyWords = 0
  let pageWords = 0
  blocks.forEach((block, i) => {
    if (body[i]) bodyWords += block.words
    pageWords += block.words * (1 - block.linkDensity)
  })
  return bodyWords < UNSURE_BODY_WORDS && pageWords >= UNSURE_PAGE_WORDS
}

/** The blocks whose text Readability keeps as the article, or null when it finds none. */
export function readabilityBody(html: string, blocks: readonly Block[], removed: readonly boolean[]): boolean[] | null {
  const { document } = parseHTML(html)
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()
  const text = normaliseLine(article?.textContent ?? '')
  if (text === '') return null
  return blocks.map((block, i) => !removed[i] && block.words > 0 && text.includes(block.text))
}
