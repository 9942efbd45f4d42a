/**
 * HTML only: the article container. The region found on the flat block list is the core of
 * the article; the deepest element that holds most of that core's prose is the article's
 * container, and the lists, tables, subheadings and short paragraphs inside it belong to the
 * article too (boilerplate inside it is still removed by rules, link lists by link density).
 */
import type { Block, ElementRef } from '../blocks/block.js'
import type { Quality } from './quality.js'
import type { Span } from './region.js'

/** The container must hold at least this share of the region's good prose. */
const CONTAINER_SHARE = 0.8
/** A marked-up article body (see BODY_HINTS) wins when it holds at least this share of the page's good prose. */
const HINT_SHARE = 0.5
/**
 * Markup that names the article body: schema.org `itemprop=articleBody` and the body classes of
 * the common publishing systems (WordPress `entry-content`, `post-content`, news CMS `article-body`, `story-body`).
 */
const BODY_HINTS: ReadonlySet<string> = new Set([
  'itemprop:articlebody', 'articlebody', 'article-body', 'article_body', 'article__body', 'article-body-text', 'main-article-body',
  'article-content', 'article-text', 'entry-content', 'c-entry-content', 'post-content', 'post-body', 'post-text', 'postarticlecontent',
  'story-body', 'story-content', 'story-text', 'content-body', 'body-text', 'td-post-content', 'article-body-content',
])
/** Ancestors looked at: deeper chains are generated markup, not an article layout. */
const MAX_ANCESTORS = 100

/**
 * The article container: a marked-up body holding enough of the page's prose, else the deepest
 * element holding CONTAINER_SHARE of the good words in the region, or null.
 */
export function findContainer(
  blocks: readonly Block[],
  qualities: readonly Quality[],
  removed: readonly boolean[],
  region: Span | null,
): ElementRef | null {
  return hintedContainer(blocks, qualities, removed) ?? (region === null ? null : regionContainer(blocks, qualities, removed, region))
}

function isHint(el: ElementRef): boolean {
  return el.tokens.some((token) => BODY_HINTS.has(token))
}

/** The marked-up body with the most good words (the deepest on a tie), if it holds HINT_SHARE of them. */
function hintedContainer(blocks: readonly Block[], qualities: readonly Quality[], removed: readonly boolean[]): ElementRef | null {
  const good = new Map<ElementRef, number>()
  const any = new Map<ElementRef, number>()
  let total = 0
  blocks.forEach((block, i) => {
    if (removed[i]) return
    const isGood = qualities[i] === 'good'
    if (isGood) total += block.words
    for (let el = block.element, n = 0; el !== null && n < MAX_ANCESTORS; el = el.parent, n++) {
      if (!isHint(el)) continue
      any.set(el, (any.get(el) ?? 0) + block.words)
      if (isGood) good.set(el, (good.get(el) ?? 0) + block.words)
    }
  })
  const sums = total > 0 ? good : any
  let best: ElementRef | null = null
  let bestWords = 0
  for (const [el, words] of sums) {
    if (words > bestWords || (words === bestWords && best !== null && el.depth > best.depth)) {
      best = el
      bestWords = words
    }
  }
  return best !== null && (total === 0 || bestWords >= HINT_SHARE * total) ? best : null
}

function regionContainer(
  blocks: readonly Block[],
  qualities: readonly Quality[],
  removed: readonly boolean[],
  region: Span,
): ElementRef | null {
  const sums = new Map<ElementRef, number>()
  let total = 0
  for (let i = region.start; i <= region.end; i++) {
    const block = blocks[i]!
    if (removed[i] || qualities[i] !== 'good') continue
    total += block.words
    for (let el = block.element, n = 0; el !== null && n < MAX_ANCESTORS; el = el.parent, n++) {
      sums.set(el, (sums.get(el) ?? 0) + block.words)
    }
  }
  if (total === 0) return null
  let best: ElementRef | null = null
  for (const [el, words] of sums) {
    if (words >= CONTAINER_SHARE * total && (best === null || el.depth > best.depth)) best = el
  }
  return best
}

/** True when the block's element is the container or inside it. */
export function inside(block: Block, container: ElementRef): boolean {
  for (let el = block.element; el !== null && el.depth >= container.depth; el = el.parent) {
    if (el === container) return true
  }
  return false
}
