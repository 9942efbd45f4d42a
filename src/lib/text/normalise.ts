/** Whitespace normalisation shared by every front door. */

/** Horizontal whitespace of every kind, including NBSP and the Unicode spaces. */
const SPACES = /[\t\n\r\f\v \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g
/** Characters dropped from text: zero-width ones (they only get in the way of matching) and
 * control characters other than tab and newline (binary debris, NULs). One pass for both. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f]/g

/** Space that SPACES would change: a run of two, or any space other than U+0020 (most texts have neither). */
const SPACE_TO_NORMALISE = /[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| {2}/

/** Windows (CRLF) and old Mac (CR) line ends. */
const CR_LINE_END = /\r\n?/g

/** One line: spaces collapsed, NBSP as space, invisible characters gone, trimmed. */
export function normaliseLine(text: string): string {
  const visible = text.replace(INVISIBLE, '')
  return (SPACE_TO_NORMALISE.test(visible) ? visible.replace(SPACES, ' ') : visible).trim()
}

/** CRLF and lone CR become LF. */
export function normaliseNewlines(text: string): string {
  return text.replace(CR_LINE_END, '\n')
}
