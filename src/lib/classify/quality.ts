/**
 * Block quality, after jusText (Pomikálek 2011): length, stopword density and link density
 * sort blocks into good prose, near-good, short, and bad, before context is considered.
 */
import type { Block } from '../blocks/block.js'

export type Quality = 'good' | 'near-good' | 'short' | 'bad'

/** More than this share of link text makes a block a link list (jusText uses 0.2; headlines in text have no links). */
const MAX_LINK_DENSITY = 0.33
/** Below this many characters a block is "short": too little to judge alone (jusText: 70). */
const SHORT_CHARS = 70
/** From this many characters a block with prose-like stopwords is good on its own (jusText: 200). */
const LONG_CHARS = 150
/** Stopword density of running prose (jusText's high threshold is 0.32 for English; we pool languages). */
const HIGH_STOPWORDS = 0.28
/** Stopword density that still reads as prose when the block is long enough (jusText: 0.30). */
const LOW_STOPWORDS = 0.18
/** Languages without stopword lists (or without spaces) fall back to length and end marks. */
const UNKNOWN_LANGUAGE_GOOD_CHARS = 80

export function quality(block: Block, languageKnown: boolean): Quality {
  if (block.words === 0) return 'bad'
  if (block.linkDensity > MAX_LINK_DENSITY) return 'bad'
  const chars = block.text.length
  if (!languageKnown) {
    if (chars >= UNKNOWN_LANGUAGE_GOOD_CHARS && block.endsSentence) return 'good'
    return chars < SHORT_CHARS ? 'short' : 'near-good'
  }
  if (chars < SHORT_CHARS) return 'short'
  if (block.stopwordDensity >= HIGH_STOPWORDS) return chars >= LONG_CHARS || block.endsSentence ? 'good' : 'near-good'
  if (block.stopwordDensity >= LOW_STOPWORDS) return 'near-good'
  // Long, finished sentences thick with names and figures (listings, results, schedules) are still prose.
  return chars >= LONG_CHARS && block.endsSentence ? 'near-good' : 'bad'
}
