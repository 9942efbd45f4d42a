/** Bylines: "By Jane Doe and John Roe" → "Jane Doe and John Roe". */

/** The "By" word of a byline, in our languages. */
const BY_PREFIX = /^(?:by|written by|words by|story by|reporting by|von|par|por|di|door|от|автор:?)\s+/iu
/** Where the names end: a date label, a preposition before a date, a digit, or a separator. */
const NAMES_END = /\s+(?:updated|published|posted|publiziert|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|опубликовано|on|am|le|el|il|op|at|in|for)\s.*$|\s*(?:[|•·–—]|\s-\s|\d).*$/iu
/** Capitalised names joined by commas or "and". */
const NAMES = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[\s,]+(?:(?:and|&|und|et|y|e|en|и)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,7}$/u
/** Bylines are short: a name list, perhaps a role and a date. */
const MAX_BYLINE_WORDS = 16
const MAX_BYLINE_CHARS = 200
const TRAILING_SEPARATORS = /[\s,]+$/u

/** The author names of a byline line, or null when the line is not a byline. */
export function parseByline(text: string): string | null {
  if (text.length > MAX_BYLINE_CHARS || text.split(' ').length > MAX_BYLINE_WORDS) return null
  const prefix = BY_PREFIX.exec(text)
  if (!prefix) return null
  const names = text.slice(prefix[0].length).replace(NAMES_END, '').replace(TRAILING_SEPARATORS, '')
  return names.length > 1 && NAMES.test(names) ? names : null
}
