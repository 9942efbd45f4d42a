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
/** What normaliseLine does with a UTF-16 unit, by code: 0 not yet asked, 1 keeps it, 2 a space, 3 drops it. */
const CHAR_CLASS = new Uint8Array(0x10000)
const KEPT = 1
const SPACE = 2
const DROPPED = 3

/** The class of a UTF-16 unit, asked of SPACE_CHAR and INVISIBLE_CHAR once per code. */
function charClass(code: number): number {
  let known = CHAR_CLASS[code]!
  if (known === 0) {
    const char = String.fromCharCode(code)
    known = INVISIBLE_CHAR.test(char) ? DROPPED : SPACE_CHAR.test(char) ? SPACE : KEPT
    CHAR_CLASS[code] = known
  }
  return known
}

/**
 * Offsets into `raw` (ascending, each 0 to its length) moved to where they land in
 * `normaliseLine(raw)`, given as `normalised`; null when that normalisation (checked character
 * by character) cannot be followed. An offset at a collapsed run of spaces moves to where the one
 * space is, or would be.
 */
export function normalisedOffsets(raw: string, normalised: string, offsets: readonly number[]): number[] | null {
  const moved: number[] = []
  let next = 0
  let out = 0
  let pendingSpace = false
  for (let i = 0; i < raw.length; i++) {
    while (next < offsets.length && offsets[next] === i) {
      moved.push(out)
      next++
    }
    const code = raw.charCodeAt(i)
    const kind = charClass(code)
    if (kind === DROPPED) continue
    if (kind === SPACE) {
      pendingSpace = true
      continue
    }
    if (pendingSpace && out > 0) {
      if (normalised.charCodeAt(out) !== 32) return null
      out++
    }
    pendingSpace = false
    if (normalised.charCodeAt(out) !== code) return null
    out++
  }
  while (next < offsets.length) {
    moved.push(out)
    next++
  }
  return out === normalised.length ? moved : null
}

/** CRLF and lone CR become LF. */
export function normaliseNewlines(text: string): string {
  return text.replace(CR_LINE_END, '\n')
}
