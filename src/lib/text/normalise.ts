/** Whitespace normalisation shared by every front door. */

/** Horizontal whitespace of every kind, including NBSP and the Unicode spaces. */
const SPACES = /[\t\n\r\f\v \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g
/**
 * Characters dropped from text, in one pass: the invisible ones that only say where a line may
 * break (zero-width space U+200B, word joiner U+2060, soft hyphen U+00AD) or mark byte order
 * (U+FEFF): they change neither the spelling nor the look of a word, and left in they keep rules
 * and searches from matching ("Zusam\u00admenarbeit"); and control characters other than tab and
 * newline (binary debris, NULs). Kept, because they spell or draw the text: the zero-width
 * non-joiner and joiner (U+200C, U+200D: Persian می‌خواهم, Indic half forms, emoji sequences
 * 👨‍👩‍👧), variation selectors, tag characters and bidirectional marks.
 */
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f]/g

/** Space that SPACES would change: a run of two, or any space other than U+0020 (most texts have neither). */
const SPACE_TO_NORMALISE = /[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| {2}/

/** Windows (CRLF) and old Mac (CR) line ends. */
const CR_LINE_END = /\r\n?/g

/** One line: spaces collapsed, NBSP as space, invisible characters gone, trimmed. */
export function normaliseLine(text: string): string {
  const visible = text.replace(INVISIBLE, '')
  return (SPACE_TO_NORMALISE.test(visible) ? visible.replace(SPACES, ' ') : visible).trim()
}

/** One character of SPACES, and one of INVISIBLE: the same sets, read a character at a time. */
const SPACE_CHAR = new RegExp(SPACES.source.slice(0, -1))
const INVISIBLE_CHAR = new RegExp(INVISIBLE.source)

/**
 * For each offset into `raw` (0 to its length), the offset into `normaliseLine(raw)` it moves to;
 * null when that normalisation (checked against `normalised`) cannot be followed character by
 * character. An offset at a collapsed run of spaces moves to where the one space is, or would be.
 */
export function normalisedOffsets(raw: string, normalised: string): Int32Array | null {
  const map = new Int32Array(raw.length + 1)
  let out = ''
  let pendingSpace = false
  for (let i = 0; i < raw.length; i++) {
    map[i] = out.length
    const char = raw[i]!
    if (INVISIBLE_CHAR.test(char)) continue
    if (SPACE_CHAR.test(char)) {
      pendingSpace = true
      continue
    }
    if (pendingSpace && out.length > 0) out += ' '
    pendingSpace = false
    out += char
  }
  map[raw.length] = out.length
  return out === normalised ? map : null
}

/** CRLF and lone CR become LF. */
export function normaliseNewlines(text: string): string {
  return text.replace(CR_LINE_END, '\n')
}
