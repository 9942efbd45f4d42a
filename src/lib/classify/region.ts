/**
 * The body is a region, not a bag of blocks: the run of blocks with the most article weight
 * (maximum-sum subarray over per-block weights), so a short heading between two paragraphs
 * stays, and a stray prose-like teaser far from the article does not join it.
 */
import type { Block } from '../blocks/block.js'
import type { Quality } from './quality.js'

/** A good block adds its word count: long prose pulls the region towards it. */
const GOOD_WEIGHT = 1
/** A near-good block counts half. */
const NEAR_GOOD_WEIGHT = 0.5
/** A short block in a one-block group (a paragraph of its own: subheading, short line) costs little. */
const SHORT_ALONE_COST = 1
/** A short label inside a list of lines (menus, link lists, teaser titles) costs much more: a run of them is a menu. */
const SHORT_IN_LIST_COST = 12
/** A bad block costs its words, at least this much. */
const MIN_BAD_COST = 3
/** A block a rule removed costs its words plus this: regions do not bridge boilerplate lightly. */
const REMOVED_COST = 10

export interface Span {
  start: number
  /** Inclusive. */
  end: number
}

function weight(block: Block, quality: Quality, removed: boolean, groupSize: number): number {
  if (removed) return -(block.words + REMOVED_COST)
  // A picture's caption neither pulls the region nor breaks it: the prose around it decides.
  if (block.role === 'caption' || block.role === 'credit') return 0
  switch (quality) {
    case 'good':
      return GOOD_WEIGHT * block.words
    case 'near-good':
      return NEAR_GOOD_WEIGHT * block.words
    case 'short':
      return groupSize > 1 && !block.endsSentence ? -SHORT_IN_LIST_COST : -SHORT_ALONE_COST
    case 'bad':
      return -Math.max(MIN_BAD_COST, block.words)
  }
}

/** The maximum-weight run of blocks, or null when no block has positive weight. */
export function bestRegion(
  blocks: readonly Block[],
  qualities: readonly Quality[],
  removed: readonly boolean[],
): Span | null {
  const groupSizes = new Map<number, number>()
  for (const block of blocks) groupSizes.set(block.group, (groupSizes.get(block.group) ?? 0) + 1)
  let best: Span | null = null
  let bestSum = 0
  let sum = 0
  let start = 0
  blocks.forEach((block, i) => {
    const w = weight(block, qualities[i] ?? 'bad', removed[i] ?? false, groupSizes.get(block.group) ?? 1)
    if (sum <= 0) {
      sum = 0
      start = i
    }
    sum += w
    if (sum > bestSum) {
      bestSum = sum
      best = { start, end: i }
    }
  })
  return best
}
