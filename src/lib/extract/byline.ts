/** Bylines: "By Jane Doe and John Roe" → "Jane Doe and John Roe". */

/** The "By" word of a byline, in our languages. */
const BY_PREFIX = /^(?:by|written by|words by|story by|reporting by|von|par|por|di|door|от|автор:?)\s+/iu
/** Capitalised names joined by commas or "and", with an optional "| role" / "— Agency" tail. */
const NAMES = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:[\s,]+(?:(?:and|&|und|et|y|e|en|и)\s+)?[\p{Lu}\p{Ll}][\p{L}\p{M}'’.-]*){0,11})(?:\s*[|,•·–—-]\s.*)?$/u
/** Bylines are short: a name list, perhaps a role. */
const MAX_BYLINE_WORDS = 14
/** Words that end a name list ("By Jane Doe Updated 3 hours ago"). */
const TRAILING_NOISE = /\s+(?:updated|published|posted|on|at|in|for|\d).*$/iu
const TRAILING_SEPARATORS = /[\s,]+$/u

/** The author names of a byline line, or null when the line is not a byline. */
export function parseByline(text: string): string | null {
  if (text.split(' ').length > MAX_BYLINE_WORDS) return null
  const prefix = BY_PREFIX.exec(text)
  if (!prefix) return null
  const match = NAMES.exec(text.slice(prefix[0].length))
  if (!match?.[1]) return null
  const names = match[1].replace(TRAILING_NOISE, '').replace(TRAILING_SEPARATORS, '')
  return names.length > 1 ? names : null
}
