/** Bylines: "By Jane Doe and John Roe" → "Jane Doe and John Roe". */

/** The "By" word of a byline, in our languages. */
const BY_PREFIX = /^(?:by|written by|words by|story by|reporting by|von|par|por|di|door|от|автор:?)\s+/iu
/**
 * Where the names end: a date label or a preposition before a date, a digit, or a separator.
 * Each alternative starts at the first space of its run (the lookbehind), so a failed match does
 * not retry inside a long run of spaces.
 */
const NAMES_END = /(?<!\s)\s+(?:updated|published|posted|publiziert|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|опубликовано|on|am|le|el|il|op|at|in|for)\s|(?<!\s)\s*(?:[|•·–—]|\s-\s|\d)/iu
/** Capitalised names joined by commas or "and". */
const NAMES = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[\s,]+(?:(?:and|&|und|et|y|e|en|и)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,7}$/u
/** Bylines are short: a name list, perhaps a role and a date. */
const MAX_BYLINE_WORDS = 16
const MAX_BYLINE_CHARS = 200
/** Commas and spaces left at the end of the names; the lookbehind anchors the run at its start. */
const TRAILING_SEPARATORS = /(?<![\s,])[\s,]+$/u

/** The author names of a byline line, or null when the line is not a byline. */
export function parseByline(text: string): string | null {
  if (text.length > MAX_BYLINE_CHARS || text.split(' ').length > MAX_BYLINE_WORDS) return null
  const prefix = BY_PREFIX.exec(text)
  if (!prefix) return null
  const rest = text.slice(prefix[0].length)
  const end = rest.search(NAMES_END)
  const names = (end === -1 ? rest : rest.slice(0, end)).replace(TRAILING_SEPARATORS, '')
  return names.length > 1 && NAMES.test(names) ? names : null
}
