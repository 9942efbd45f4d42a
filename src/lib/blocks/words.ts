/**
 * Words by a scan of the characters: the same words as the regex
 * `[\p{L}\p{N}]+(?:[\u200c\u200d][\p{L}\p{N}]+)*(?:['’]\p{L}+(?:[\u200c\u200d]\p{L}+)*)?` (a letter/digit
 * run, going on across a zero-width non-joiner or joiner between letters as in Persian می‌خواهم,
 * with an apostrophe tail as in "don't"), or as `\p{L}+(?:[\u200c\u200d]\p{L}+)*` for the language guess, at about half the
 * regex's cost, which matters because every block of every page is counted.
 */

/** Letters and digits, tested one code point at a time (Unicode aware). */
const LETTER = /^\p{L}$/u
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
/** What each UTF-16 unit is, learnt on first sight: 0 not known yet, then one of these. */
const UNIT_KINDS = new Uint8Array(0x10000)
const NEITHER = 1
const LETTER_KIND = 2
const DIGIT_KIND = 3
/** Surrogate ranges: a high one and a low one together are one code point. */
const HIGH_SURROGATE_FIRST = 0xd800
const HIGH_SURROGATE_LAST = 0xdbff
const LOW_SURROGATE_FIRST = 0xdc00
const LOW_SURROGATE_LAST = 0xdfff
/** The apostrophes a word may continue after ("don't", "don’t"). */
const APOSTROPHE = 0x27
const RIGHT_SINGLE_QUOTE = 0x2019
/** Zero-width non-joiner and joiner: inside a word they shape its letters, they do not end it. */
const ZERO_WIDTH_NON_JOINER = 0x200c
const ZERO_WIDTH_JOINER = 0x200d

function unitKind(unit: number): number {
  let kind = UNIT_KINDS[unit]!
  if (kind === 0) {
    const char = String.fromCharCode(unit)
    kind = LETTER.test(char) ? LETTER_KIND : LETTER_OR_DIGIT.test(char) ? DIGIT_KIND : NEITHER
    UNIT_KINDS[unit] = kind
  }
  return kind
}

/** The length (1 or 2 units) of the word character at `i`, or 0; `lettersOnly` leaves digits out. */
function wordCharacterAt(text: string, i: number, lettersOnly: boolean): number {
  const unit = text.charCodeAt(i)
  if (unit < HIGH_SURROGATE_FIRST || unit > HIGH_SURROGATE_LAST) {
    const kind = unitKind(unit)
    return kind === LETTER_KIND || (kind === DIGIT_KIND && !lettersOnly) ? 1 : 0
  }
  const low = text.charCodeAt(i + 1)
  if (!(low >= LOW_SURROGATE_FIRST && low <= LOW_SURROGATE_LAST)) return 0
  return (lettersOnly ? LETTER : LETTER_OR_DIGIT).test(text.slice(i, i + 2)) ? 2 : 0
}

/** The end of a run of word characters starting at `i`. */
function runEnd(text: string, i: number, lettersOnly: boolean): number {
  let width = wordCharacterAt(text, i, lettersOnly)
  while (width > 0) {
    i += width
    width = i < text.length ? wordCharacterAt(text, i, lettersOnly) : 0
    if (width === 0 && i + 1 < text.length && isJoiner(text.charCodeAt(i))) {
      const next = wordCharacterAt(text, i + 1, lettersOnly)
      if (next > 0) {
        i++
        width = next
      }
    }
  }
  return i
}

function isJoiner(unit: number): boolean {
  return unit === ZERO_WIDTH_NON_JOINER || unit === ZERO_WIDTH_JOINER
}

/** Past an apostrophe tail ("'t" of "don't") at `i`, or `i` when there is none. */
function afterApostrophe(text: string, i: number): number {
  const unit = text.charCodeAt(i)
  if (unit !== APOSTROPHE && unit !== RIGHT_SINGLE_QUOTE) return i
  const end = runEnd(text, i + 1, true)
  return end > i + 1 ? end : i
}

/** The end of the run of letters (`\p{L}+`) starting at `i`; `i` itself when there is no letter there. */
export function letterRunEnd(text: string, i: number): number {
  return runEnd(text, i, true)
}

/**
 * Counts the words of `text` and those of them in `stopwords` (compared lower-case). A word
 * longer than `longestStopword` is never looked up: lower-casing never shortens a word.
 */
export function countWords(text: string, stopwords: ReadonlySet<string>, longestStopword: number): { words: number; stopwords: number } {
  let words = 0
  let stops = 0
  let i = 0
  // Lower-cased once; where that changes the length ("İ" becomes two units), word by word.
  const whole = text.toLowerCase()
  const lower = whole.length === text.length ? whole : null
  while (i < text.length) {
    const start = i
    const end = runEnd(text, i, false)
    if (end === start) {
      i++
      continue
    }
    i = afterApostrophe(text, end)
    words++
    if (i - start <= longestStopword && stopwords.has(lower === null ? text.slice(start, i).toLowerCase() : lower.slice(start, i))) stops++
  }
  return { words, stopwords: stops }
}
