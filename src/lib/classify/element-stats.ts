/**
 * What each element of an HTML page holds, summed over the blocks inside it: for protecting the
 * article's wrappers from class-token rules, and for the evidence a generic class word needs.
 */
import type { Block, ElementRef } from '../blocks/block.js'
import type { Quality } from './quality.js'

/** Ancestors looked at: deeper chains are generated markup, not an article layout. */
const MAX_ANCESTORS = 100
/** A box whose text is at least this share link text is a link list (menus, teaser lists, related links). */
const LINK_EVIDENCE_SHARE = 0.25
/** A box holding less than this share of prose (good or near-good, unlinked) is short lines and labels, not article text. */
const PROSE_EVIDENCE_SHARE = 0.5

export interface ElementStats {
  words: number
  /** Words inside links. */
  linked: number
  /** Words of good blocks. */
  good: number
  /** Unlinked words of good and near-good blocks. */
  prose: number
}

/** Per element id, the sums over the blocks inside it (elements holding no block are absent). */
export function elementStats(blocks: readonly Block[], qualities: readonly Quality[]): Map<number, ElementStats> {
  const stats = new Map<number, ElementStats>()
  blocks.forEach((block, i) => {
    const quality = qualities[i]
    const linked = block.words * block.linkDensity
    const good = quality === 'good' ? block.words : 0
    const prose = quality === 'good' || quality === 'near-good' ? block.words - linked : 0
    for (let el = block.element, depth = 0; el !== null && depth < MAX_ANCESTORS; el = el.parent, depth++) {
      const sums = stats.get(el.id)
      if (sums === undefined) stats.set(el.id, { words: block.words, linked, good, prose })
      else {
        sums.words += block.words
        sums.linked += linked
        sums.good += good
        sums.prose += prose
      }
    }
  })
  return stats
}

/**
 * Whether a box looks like boilerplate whatever its class says: much link text, or mostly short
 * lines and labels rather than prose. A generic class word ("widget", "teaser") needs this to
 * remove a box: it never removes a box of prose on its own.
 */
export function looksLikeBoilerplate(element: ElementRef, stats: ReadonlyMap<number, ElementStats>): boolean {
  const sums = stats.get(element.id)
  if (sums === undefined || sums.words === 0) return true
  return sums.linked >= LINK_EVIDENCE_SHARE * sums.words || sums.prose < PROSE_EVIDENCE_SHARE * sums.words
}
