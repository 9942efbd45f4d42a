/**
 * Builders for the text patterns of rules. Rules list phrases as data; these turn a list into
 * one case-insensitive, Unicode-aware regex, compiled once when the rule module loads.
 * Phrases are literal text (escaped), so a rule can never introduce backtracking blow-ups:
 * every pattern is an alternation of literals with at most one bounded tail.
 */

const SPECIAL = /[.*+?^${}()|[\]\\/]/g

function alternation(phrases: readonly string[]): string {
  if (phrases.length === 0) throw new Error('a rule pattern needs at least one phrase')
  return phrases.map((phrase) => phrase.replace(SPECIAL, '\\$&').replace(/ /g, '\\s+')).join('|')
}

/** Trailing punctuation, glyphs and counters a button or heading may carry ("Comments (12)", "Share »"). */
const TAIL = String.raw`[\s\p{P}\p{S}\d]{0,12}`

/** The whole block is one of the phrases (give or take punctuation and a counter). */
export function whole(phrases: readonly string[]): RegExp {
  return new RegExp(String.raw`^${TAIL}(?:${alternation(phrases)})${TAIL}$`, 'iu')
}

/** The block starts with one of the phrases, followed by a word boundary. */
export function starts(phrases: readonly string[]): RegExp {
  return new RegExp(String.raw`^${TAIL}(?:${alternation(phrases)})(?![\p{L}\p{N}])`, 'iu')
}

/** One of the phrases occurs anywhere in the block as whole words. */
export function contains(phrases: readonly string[]): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(phrases)})(?![\p{L}\p{N}])`, 'iu')
}
