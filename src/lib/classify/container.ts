/**
 * HTML only: the article container, the element whose subtree is the article.
 *
 * 1. Marked-up body: schema.org `itemprop=articleBody` or a publishing system's body class,
 *    when it holds at least half of the page's good prose.
 * 2. Otherwise, candidate scoring (after Readability): each prose block scores for its parent
 *    in full and for the next ancestors in part, so the element whose children are the
 *    article's paragraphs wins over a list of teasers whose items each hold one paragraph.
 * 3. Siblings of the winner that score well (a second run of paragraphs after a figure or an
 *    ad slot) join it.
 * Inside the container, lists, tables, subheadings and short paragraphs belong to the article;
 * rules still remove boilerplate there and link density still removes link lists.
 */
import type { Block, ElementRef } from '../blocks/block.js'
import type { Quality } from './quality.js'

/** A marked-up article body wins when it holds at least this share of the page's good prose. */
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
/** A block's score goes to its ancestors divided by these: parent in full, grandparent half, then a third. */
const ANCESTOR_DIVIDERS = [1, 2, 3] as const
/** Near-good prose counts this much of its words. */
const NEAR_GOOD_SCORE = 0.5
/** Short lines without links (steps, list items, short paragraphs) count a little: an article of short lines still has a home. */
const SHORT_SCORE = 0.3
/** Short lines with more link text than this are navigation and count nothing. */
const SHORT_MAX_LINK_DENSITY = 0.25
/** A sibling of the winner joins it when it scores at least this share of the winner's score. */
const SIBLING_SHARE = 0.2
/** A body split in parts (by ad rows, grid wrappers, one section box each) has its parts within this many levels of each other. */
const SPLIT_BODY_LEVELS = 6
/** Ancestors looked at: deeper chains are generated markup, not an article layout. */
const MAX_ANCESTORS = 100
/**
 * How much a word of boilerplate inside an ancestor weighs against a word of prose when the
 * container climbs: an ancestor is the article when the prose it adds outweighs the link lists,
 * removed blocks and bad blocks it adds this many times over.
 */
const CLIMB_BOILERPLATE_WEIGHT = 2
/** Short lines with more link text than this count as boilerplate when climbing (menu items, "Read more"). */
const CLIMB_SHORT_MAX_LINK_DENSITY = 0.25

export interface Container {
  element: ElementRef
  /** Children of the container's parent that join it. */
  siblings: ReadonlySet<ElementRef>
}

function proseScore(block: Block, quality: Quality): number {
  // Captions describe pictures; where the article is, its prose says (a gallery is no article body).
  if (block.role === 'caption' || block.role === 'credit') return 0
  // A footer's prose is fine print: the page's footnotes and legal terms, an article's tags and notes.
  if (block.region === 'footer') return 0
  if (quality === 'good') return block.words * (1 - block.linkDensity)
  if (quality === 'near-good') return NEAR_GOOD_SCORE * block.words * (1 - block.linkDensity)
  if (quality === 'short' && block.linkDensity <= SHORT_MAX_LINK_DENSITY) return SHORT_SCORE * block.words * (1 - block.linkDensity)
  return 0
}

/** How the container is looked for: the first pass, or the second opinion's broader look. */
export interface ContainerSearch {
  /** What a word of boilerplate weighs against a word of prose when climbing (CLIMB_BOILERPLATE_WEIGHT by default). */
  boilerplateWeight?: number
}

export function findContainer(blocks: readonly Block[], qualities: readonly Quality[], removed: readonly boolean[], search: ContainerSearch = {}): Container | null {
  const hinted = hintedContainer(blocks, qualities, removed)
  if (hinted !== null) return { element: hinted, siblings: splitParts(blocks, removed, hinted) }
  const top = topCandidate(blocks, qualities, removed)
  if (top === null) return null
  const element = climb(blocks, qualities, removed, top.element, search.boilerplateWeight ?? CLIMB_BOILERPLATE_WEIGHT)
  const score = element === top.element ? top.score : candidateScore(blocks, qualities, removed, element)
  return { element, siblings: joiningSiblings(blocks, qualities, removed, element, score) }
}

/**
 * Words of boilerplate in a block, for the climb: all of a removed block, a bad block or a short
 * linked line; the linked words of any other (a teaser's linked title before its summary).
 */
function boilerplateWords(block: Block, quality: Quality, removed: boolean): number {
  if (block.role === 'caption' || block.role === 'credit') return 0
  if (removed || quality === 'bad') return block.words
  if (quality === 'short' && block.linkDensity > CLIMB_SHORT_MAX_LINK_DENSITY) return block.words
  return block.words * block.linkDensity
}

/**
 * The ancestor of the top candidate (or the candidate itself) whose content is most article:
 * prose score minus `boilerplateWeight` times its boilerplate words. The top candidate is
 * the element whose own children are the most prose; where a page wraps each section, paragraph
 * or component in a box of its own (documentation, page builders, component CMSs), the article is
 * the ancestor holding all of them, and climbing finds it while the prose it adds outweighs the
 * menus, link lists and removed boxes it adds.
 */
function climb(blocks: readonly Block[], qualities: readonly Quality[], removed: readonly boolean[], top: ElementRef, boilerplateWeight: number): ElementRef {
  const chain: ElementRef[] = []
  for (let el: ElementRef | null = top, n = 0; el !== null && n < MAX_ANCESTORS; el = el.parent, n++) chain.push(el)
  const position = new Map(chain.map((el, i) => [el, i] as const))
  // Each block adds to the innermost chain element holding it; sums then run up the chain.
  const net = chain.map(() => 0)
  blocks.forEach((block, i) => {
    for (let el = block.element, n = 0; el !== null && n < MAX_ANCESTORS; el = el.parent, n++) {
      const at = position.get(el)
      if (at === undefined) continue
      const quality = qualities[i] ?? 'bad'
      const isRemoved = removed[i] ?? false
      net[at]! += (isRemoved ? 0 : proseScore(block, quality)) - boilerplateWeight * boilerplateWords(block, quality, isRemoved)
      return
    }
  })
  let best = 0
  let sum = 0
  let bestSum = Number.NEGATIVE_INFINITY
  net.forEach((value, i) => {
    sum += value
    if (sum > bestSum) {
      bestSum = sum
      best = i
    }
  })
  return chain[best]!
}

/** The candidate score of one element, as topCandidate sums it. */
function candidateScore(blocks: readonly Block[], qualities: readonly Quality[], removed: readonly boolean[], element: ElementRef): number {
  let score = 0
  blocks.forEach((block, i) => {
    if (removed[i]) return
    let el = block.element?.parent ?? null
    for (const divider of ANCESTOR_DIVIDERS) {
      if (el === null) break
      if (el === element) score += proseScore(block, qualities[i] ?? 'bad') / divider
      el = el.parent
    }
  })
  return score
}

/** Page-wide elements carry page-wide classes ("article_body" on <body>): they are no hint. */
const NOT_HINTED_TAGS: ReadonlySet<string> = new Set(['html', 'body'])

function isHint(el: ElementRef): boolean {
  return !NOT_HINTED_TAGS.has(el.tag) && el.tokens.some((token) => BODY_HINTS.has(token))
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

/** The element with the highest candidate score, or null when no block is prose. */
function topCandidate(
  blocks: readonly Block[],
  qualities: readonly Quality[],
  removed: readonly boolean[],
): { element: ElementRef; score: number } | null {
  const scores = new Map<ElementRef, number>()
  blocks.forEach((block, i) => {
    const score = removed[i] ? 0 : proseScore(block, qualities[i] ?? 'bad')
    if (score === 0) return
    let el = block.element?.parent ?? null
    for (const divider of ANCESTOR_DIVIDERS) {
      if (el === null) break
      scores.set(el, (scores.get(el) ?? 0) + score / divider)
      el = el.parent
    }
  })
  let top: ElementRef | null = null
  let topScore = 0
  for (const [el, score] of scores) {
    if (score > topScore) {
      top = el
      topScore = score
    }
  }
  return top === null ? null : { element: top, score: topScore }
}

/**
 * Siblings of the container that join it: those scoring SIBLING_SHARE of its score, and those
 * marked up like it (an article body split in two by an ad slot or a figure).
 */
function joiningSiblings(
  blocks: readonly Block[],
  qualities: readonly Quality[],
  removed: readonly boolean[],
  container: ElementRef,
  containerScore: number,
): Set<ElementRef> {
  const siblings = new Set<ElementRef>()
  const parent = container.parent
  if (parent === null) return siblings
  const scores = new Map<ElementRef, number>()
  blocks.forEach((block, i) => {
    const child = childOf(block, parent)
    if (child === null || child === container || removed[i]) return
    scores.set(child, (scores.get(child) ?? 0) + proseScore(block, qualities[i] ?? 'bad'))
  })
  const hints = container.tokens.filter((token) => BODY_HINTS.has(token))
  for (const [child, score] of scores) {
    const alike = hints.some((token) => child.tokens.includes(token))
    if (alike || score >= SIBLING_SHARE * containerScore) siblings.add(child)
  }
  return siblings
}

/**
 * The other parts of a marked-up body: elements with the same body class near it (sharing an
 * ancestor at most SPLIT_BODY_LEVELS up), as when an ad row cuts an article body in two.
 */
function splitParts(blocks: readonly Block[], removed: readonly boolean[], container: ElementRef): Set<ElementRef> {
  const parts = new Set<ElementRef>()
  const hints = container.tokens.filter((token) => BODY_HINTS.has(token))
  let scope = container
  for (let n = 0; n < SPLIT_BODY_LEVELS && scope.parent !== null; n++) scope = scope.parent
  blocks.forEach((block, i) => {
    if (removed[i]) return
    let part: ElementRef | null = null
    for (let el = block.element, n = 0; el !== null && el.depth >= scope.depth && n < MAX_ANCESTORS; el = el.parent, n++) {
      if (el === container) return
      if (el !== scope && hints.some((token) => el!.tokens.includes(token))) part = el
      if (el === scope && part !== null) parts.add(part)
    }
  })
  return parts
}

/** The child of `ancestor` on the block's element chain (the element itself when it is one), or null. */
function childOf(block: Block, ancestor: ElementRef): ElementRef | null {
  for (let el = block.element, n = 0; el !== null && n < MAX_ANCESTORS; el = el.parent, n++) {
    if (el.parent === ancestor) return el
    if (el.depth <= ancestor.depth) return null
  }
  return null
}

/** True when the block is inside the container or one of the siblings that joined it. */
export function inContainer(block: Block, container: Container): boolean {
  const { element, siblings } = container
  // Joined parts of a split body may sit higher up than the container itself.
  const lowest = siblings.size === 0 ? element.depth : 0
  for (let el = block.element, n = 0; el !== null && el.depth >= lowest && n < MAX_ANCESTORS; el = el.parent, n++) {
    if (el === element || siblings.has(el)) return true
  }
  return false
}
