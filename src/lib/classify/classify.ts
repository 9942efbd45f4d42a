/**
 * Classification: every block becomes body, removed (by a named rule), or outside the article.
 *
 * 1. Rules: the first matching rule of each block, spread over its section (apply-rules);
 *    a reader-comment thread ends the article (threads).
 * 2. Quality: good / near-good / short / bad from length and densities (quality).
 * 3. Region: the heaviest run of blocks is the article (region).
 * 4. Context: inside the region, short blocks stay and bad ones go; a closing short sentence
 *    right after the region stays with it.
 * 5. Container (HTML): the article is the element whose children are its paragraphs
 *    (container.ts); everything inside it is body unless a rule removed it or it is a link list.
 */
import { perBlock, type Block, type ElementRef } from '../blocks/block.js'
import type { Rule } from '../types.js'
import { matchRules, spreadRemovals, type Removal } from './apply-rules.js'
import { elementStats, looksLikeBoilerplate } from './element-stats.js'
import { quality, type Quality } from './quality.js'
import { findContainer, inContainer, type Container } from './container.js'
import { bestRegion, type Span } from './region.js'
import { THREAD_REMOVAL, threadStart } from './threads.js'

/** The article has started once this many words of good prose went by: only then do "end" rules end it. */
const ARTICLE_STARTED_WORDS = 60
/** Inside the article container only link lists are not article text: list items and short lines mostly linked... */
const CONTAINER_MAX_LINK_DENSITY = 0.5
/** ...while a paragraph of prose stays even when most of its words are links (users' top complaint is lost linked paragraphs). */
const CONTAINER_PROSE_MAX_LINK_DENSITY = 0.9
/** From this many words a block is prose for the link-density test, whatever its tag. */
const PROSE_WORDS = 20
/** An element holding at least this share of the page's good prose is the article's, whatever its class says. */
const PROTECTED_SHARE = 0.5
/** Boxes that text pages set between article paragraphs (a newsletter sign-up, an ad label; share bars mostly close the article and stay costly): in text, the region crosses them at a small cost per line. */
const INLINE_BOX_KINDS: ReadonlySet<string> = new Set(['newsletter', 'ad'])
/** At most this many short closing sentences join the body after its region. */
const CLOSING_LINES = 2

export interface Classification {
  removals: (Removal | null)[]
  qualities: Quality[]
  region: Span | null
  /** HTML: the element chosen as the article container, for debugging and tests. */
  container: ElementRef | null
  body: boolean[]
}

/** What the page says about itself that changes what is boilerplate. */
export interface PageKind {
  /** A discussion thread (PageMeta.discussion): its replies are content, so no comment thread ends it. */
  discussion?: boolean
}

export function classify(blocks: readonly Block[], rules: readonly Rule[], languageKnown: boolean, kind: PageKind = {}): Classification {
  // 1. Rules.
  const qualities = perBlock(blocks, (block) => quality(block, languageKnown))
  const stats = elementStats(blocks, qualities)
  let totalGood = 0
  blocks.forEach((block, i) => {
    if (qualities[i] === 'good') totalGood += block.words
  })
  const holdsText = elementsWithText(blocks)
  const hits = matchRules(
    blocks,
    rules,
    (element) => ((stats.get(element.id)?.good ?? 0) >= PROTECTED_SHARE * totalGood && totalGood > 0) || !holdsText.has(element.id),
    (element) => looksLikeBoilerplate(element, stats),
  )
  const goodWordsBefore = prefixGoodWords(blocks, qualities, hits)
  const articleStarted = (i: number): boolean => (goodWordsBefore[i] ?? 0) >= ARTICLE_STARTED_WORDS
  const removals = spreadRemovals(blocks, hits, articleStarted, (i) => qualities[i] === 'good')
  const thread = kind.discussion === true ? -1 : threadStart(blocks, articleStarted)
  if (thread !== -1) for (let i = thread; i < blocks.length; i++) removals[i] ??= THREAD_REMOVAL
  const removed = perBlock(blocks, (_, i) => removals[i] !== null)

  // 2–3. Quality and region.
  const inlineBoxes = perBlock(blocks, (block, i) => block.element === null && INLINE_BOX_KINDS.has(removals[i]?.kind ?? 'other'))
  const core = bestRegion(blocks, qualities, removed, inlineBoxes, kind.discussion === true)
  const body = perBlock(blocks, () => false)
  const region = core ?? { start: blocks.length, end: -1 }

  // 4. Context.
  for (let i = region.start; i <= region.end; i++) {
    body[i] = !removed[i] && qualities[i] !== 'bad'
  }
  let end = region.end
  for (let i = region.end + 1; core !== null && i < blocks.length && i <= region.end + CLOSING_LINES; i++) {
    const block = blocks[i]
    if (!block || removed[i] || qualities[i] === 'bad' || !block.endsSentence) break
    body[i] = true
    end = i
  }

  // 5. Container.
  const container = blocks.some((block) => block.element !== null) ? findContainer(blocks, qualities, removed) : null
  if (container !== null) return { removals, qualities, ...containerBody(blocks, removed, container) }
  return { removals, qualities, region: core === null ? null : { start: region.start, end }, container: null, body }
}

/**
 * The body inside an article container: every block in it but those a rule removed and link lists
 * (a paragraph of prose stays even when most of its words are links).
 */
export function containerBody(
  blocks: readonly Block[],
  removed: readonly boolean[],
  container: Container,
): Pick<Classification, 'body' | 'region' | 'container'> {
  let first = blocks.length
  let last = -1
  const body = perBlock(blocks, (block, i) => {
    const prose = block.role === 'paragraph' || block.words >= PROSE_WORDS
    const maxLinks = prose ? CONTAINER_PROSE_MAX_LINK_DENSITY : CONTAINER_MAX_LINK_DENSITY
    const kept = !removed[i] && block.linkDensity <= maxLinks && block.words > 0 && inContainer(block, container)
    if (kept) {
      first = Math.min(first, i)
      last = Math.max(last, i)
    }
    return kept
  })
  return { body, region: last === -1 ? null : { start: first, end: last }, container: container.element }
}

/** A block of at most this many words is a figure's control ("Enlarge", "Expand image", "1 / 5"), not text of the box it sits in. */
const FIGURE_CONTROL_MAX_WORDS = 2

/**
 * Ids of the elements that hold a block other than a caption or credit. The others hold nothing
 * but a picture's caption: a box around one figure, whatever its class says ("article-widget",
 * an inline <aside>), is the article's picture, not a sidebar; a class-token rule does not remove
 * it. Nor do a figure's short controls ("Enlarge") beside its caption make its box one of text;
 * a box of such labels and no caption (a share bar) holds text.
 */
export function elementsWithText(blocks: readonly Block[]): Set<number> {
  const ids = new Set<number>()
  const labels = new Set<number>()
  const captions = new Set<number>()
  for (const block of blocks) {
    const caption = block.role === 'caption' || block.role === 'credit'
    const marked = caption ? captions : block.words <= FIGURE_CONTROL_MAX_WORDS ? labels : ids
    // Ancestors of a marked element are marked already: each element is visited once per set.
    for (let el = block.element; el !== null && !marked.has(el.id); el = el.parent) marked.add(el.id)
  }
  for (const id of labels) if (!captions.has(id)) ids.add(id)
  return ids
}

/** Words of good, rule-free blocks before each index. */
function prefixGoodWords(blocks: readonly Block[], qualities: readonly Quality[], hits: readonly (Rule | null)[]): number[] {
  const out: number[] = []
  let sum = 0
  blocks.forEach((block, i) => {
    out.push(sum)
    if (qualities[i] === 'good' && !hits[i]) sum += block.words
  })
  return out
}

/** Words of the blocks the classification keeps as the article's body. */
export function bodyWords(blocks: readonly Block[], classification: Classification): number {
  let words = 0
  blocks.forEach((block, i) => {
    if (classification.body[i]) words += block.words
  })
  return words
}
