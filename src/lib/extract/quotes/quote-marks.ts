/**
 * Quotation marks: which characters open a quotation, which close it, and a linear scan that
 * pairs them within one paragraph.
 *
 * No regular expression with repetition is used here: every decision looks at one character and
 * its two neighbours, and the scan moves forward only. A search for a closing mark that fails is
 * remembered per kind of mark, so it is never repeated from a later start; a paragraph of any
 * number of marks is therefore scanned in time linear in its length.
 */

/** Kinds of marks. Single quotes need care: the same characters are apostrophes. */
export type MarkFamily = 'double' | 'single' | 'guillemet' | 'corner'

interface MarkPair {
  family: MarkFamily
  /** Characters the opening mark takes: two for ``…'' and ''…'', else one. */
  width?: number
  /** Whether the character at `i` really opens a quotation here (not an apostrophe or inch mark). */
  opensAt: (text: string, i: number) => boolean
  /** Whether the character at `i` closes a quotation opened with this pair. */
  closesAt: (text: string, i: number) => boolean
}

/** One paired quotation in a paragraph. Offsets are UTF-16 indexes into the paragraph. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the first character inside the marks. */
  textStart: number
  /** Offset just past the last character inside the marks. */
  textEnd: number
  /** Offset just past the closing mark, or the paragraph's length when the quote is left open. */
  end: number
  /** False when the paragraph ends before the quote does. */
  closed: boolean
  family: MarkFamily
}

/** Every character used as a quotation mark here, for callers that treat them as punctuation. */
export const QUOTE_MARK_CHARS = '"\'“”„‟«»‹›‘’‚「」『』`'

/** One whitespace character (any Unicode space, NBSP and narrow NBSP included). */
const WHITESPACE = /\s/u
/** One letter, of any script. */
const LETTER = /\p{L}/u
/** One letter or digit, of any script: what words are made of. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** One digit: an apostrophe before digits is an elision ("'90s"), not an opening quote. */
const DIGIT = /\p{N}/u

/** Characters after which a straight or single mark starts a quotation: brackets, dashes, colons. */
const OPENING_CONTEXT = '([{<—–-/:;,…“‘„‚«‹"\''

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || WHITESPACE.test(ch)
}

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch)
}

/** An ambiguous mark can open here: at the start, after a space, or after opening punctuation. */
function prevAllowsOpen(text: string, i: number): boolean {
  const prev = text[i - 1]
  return isSpace(prev) || OPENING_CONTEXT.includes(prev ?? '')
}

/** A mark closes here: it follows a non-space and is not inside a word (so "won't" does not close). */
function closingContext(text: string, i: number): boolean {
  return !isSpace(text[i - 1]) && !isLetterOrDigit(text[i + 1])
}

function hasNext(text: string, i: number): boolean {
  return i + 1 < text.length
}

/**
 * Two single marks as one closing double mark ("…voters,’’ Will Moy said"), as some wire copy
 * types it: a right single mark or apostrophe followed by the same character, ending a word.
 */
function closesWithPairedSingles(text: string, i: number): boolean {
  const ch = text[i]
  return (ch === '’' || ch === "'") && text[i + 1] === ch && !isSpace(text[i - 1]) && !isLetterOrDigit(text[i + 2])
}

/** The width of the closing mark at `i`: two for paired single marks, else one. */
function closerWidth(text: string, i: number, pair: MarkPair): number {
  return pair.family === 'double' && closesWithPairedSingles(text, i) ? 2 : 1
}

/** A single-quote closer: a right single mark or apostrophe that ends a word, not one inside it. */
function closesSingle(text: string, i: number): boolean {
  const ch = text[i]
  return (ch === '’' || ch === "'") && closingContext(text, i)
}

/**
 * Two apostrophes or two backticks opening a quotation, as wire archives type double marks
 * (''like this,'' and ``like this''): one double mark, read before the single-mark pairs.
 * It closes with two apostrophes, two right single marks, or a double mark.
 */
const DOUBLED_MARKS: MarkPair = {
  family: 'double',
  width: 2,
  opensAt: (t, i) => t[i + 1] === t[i] && (t[i] === '`' || prevAllowsOpen(t, i)) && !isSpace(t[i + 2]) && t[i + 2] !== t[i],
  closesAt: (t, i) => closesWithPairedSingles(t, i) || t[i] === '”' || t[i] === '"',
}

/** Leading whitespace a paragraph may have before a closing mark that opens it (see MISPLACED_CLOSER). */
const MAX_LEADING_SPACE = 4

/**
 * A closing double mark that opens a paragraph by mistake ('”We did everything,” she said.'):
 * it opens a double quotation there, and only there.
 */
const MISPLACED_CLOSER: MarkPair = {
  family: 'double',
  opensAt: (t, i) => i < MAX_LEADING_SPACE && t.slice(0, i).trim() === '' && !isSpace(t[i + 1]) && hasNext(t, i),
  closesAt: (t, i) => t[i] === '”' || t[i] === '"',
}

/** Pairs by opening character. */
const PAIRS: ReadonlyMap<string, MarkPair> = new Map<string, MarkPair>([
  [
    '"',
    {
      family: 'double',
      opensAt: (t, i) => prevAllowsOpen(t, i) && !isSpace(t[i + 1]),
      closesAt: (t, i) => t[i] === '"' || t[i] === '”' || closesWithPairedSingles(t, i),
    },
  ],
  [
    '“',
    {
      family: 'double',
      opensAt: hasNext,
      closesAt: (t, i) => t[i] === '”' || t[i] === '"' || (t[i] === '“' && closingContext(t, i)) || closesWithPairedSingles(t, i),
    },
  ],
  ['„', { family: 'double', opensAt: hasNext, closesAt: (t, i) => t[i] === '“' || t[i] === '”' || t[i] === '"' }],
  ['‟', { family: 'double', opensAt: hasNext, closesAt: (t, i) => t[i] === '”' || t[i] === '"' }],
  ['«', { family: 'guillemet', opensAt: hasNext, closesAt: (t, i) => t[i] === '»' }],
  ['‹', { family: 'guillemet', opensAt: hasNext, closesAt: (t, i) => t[i] === '›' }],
  [
    '‘',
    {
      family: 'single',
      opensAt: (t, i) => prevAllowsOpen(t, i) && !isSpace(t[i + 1]) && !DIGIT.test(t[i + 1] ?? ''),
      closesAt: closesSingle,
    },
  ],
  [
    "'",
    {
      family: 'single',
      opensAt: (t, i) => prevAllowsOpen(t, i) && LETTER.test(t[i + 1] ?? ''),
      closesAt: closesSingle,
    },
  ],
  [
    '‚',
    {
      family: 'single',
      opensAt: (t, i) => prevAllowsOpen(t, i) && !isSpace(t[i + 1]),
      closesAt: (t, i) => (t[i] === '‘' || t[i] === '’') && closingContext(t, i),
    },
  ],
  ['「', { family: 'corner', opensAt: hasNext, closesAt: (t, i) => t[i] === '」' }],
  ['『', { family: 'corner', opensAt: hasNext, closesAt: (t, i) => t[i] === '』' }],
])

/**
 * Any character that may open a quotation (the keys of PAIRS), found by one native search, so the
 * scan jumps over the plain text between marks instead of looking up every character.
 */
const OPENING_CANDIDATE = new RegExp(`[${[...PAIRS.keys()].join('')}\`”]`, 'g')

/** Offset of the first character at or after `from` that may open a quotation, or -1. */
function nextOpeningCandidate(text: string, from: number): number {
  OPENING_CANDIDATE.lastIndex = from
  return OPENING_CANDIDATE.exec(text)?.index ?? -1
}

/** Whether the text holds any character that may open a quotation: without one it holds none. */
export function mayHoldQuotation(text: string): boolean {
  return nextOpeningCandidate(text, 0) >= 0
}

function openingPairAt(text: string, i: number): MarkPair | undefined {
  const ch = text[i]
  if ((ch === "'" || ch === '`') && DOUBLED_MARKS.opensAt(text, i)) return DOUBLED_MARKS
  if (ch === '”') return MISPLACED_CLOSER.opensAt(text, i) ? MISPLACED_CLOSER : undefined
  const pair = PAIRS.get(ch ?? '')
  return pair && pair.opensAt(text, i) ? pair : undefined
}

/** Offset of the first non-space character, or the length when there is none. */
export function firstNonSpace(text: string): number {
  let i = 0
  while (i < text.length && WHITESPACE.test(text[i] ?? '')) i++
  return i
}

/** Whether the paragraph begins with an opening mark: the news style for a continued quotation. */
export function startsWithOpeningMark(text: string): boolean {
  const i = firstNonSpace(text)
  return i < text.length && openingPairAt(text, i) !== undefined
}

/**
 * The first closing mark for `pair` at or after `from`, or -1. `exhausted` remembers, per pair,
 * a start from which the search already failed: any later start fails too, without scanning.
 */
function findClose(text: string, from: number, pair: MarkPair, exhausted: Map<MarkPair, number>): number {
  const failedFrom = exhausted.get(pair)
  if (failedFrom !== undefined && from >= failedFrom) return -1
  for (let j = from; j < text.length; j++) {
    if (pair.closesAt(text, j)) return j
  }
  exhausted.set(pair, from)
  return -1
}

/**
 * Pairs the quotation marks of one paragraph, left to right. Marks inside an open quotation are
 * part of its text (a single quote inside a double one stays inside). A double quote, guillemet
 * or corner bracket with no closing mark runs to the paragraph's end; a single quote does so only
 * when `continues` says the next paragraph opens with a mark, since otherwise it is more likely
 * an apostrophe.
 */
export function scanQuoteSpans(text: string, continues = false): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  const exhausted = new Map<MarkPair, number>()
  let i = nextOpeningCandidate(text, 0)
  while (i >= 0) {
    const pair = openingPairAt(text, i)
    if (pair === undefined) {
      i = nextOpeningCandidate(text, i + 1)
      continue
    }
    const close = findClose(text, i + (pair.width ?? 1), pair, exhausted)
    if (close >= 0) {
      const end = close + closerWidth(text, close, pair)
      spans.push({ open: i, textStart: i + (pair.width ?? 1), textEnd: close, end, closed: true, family: pair.family })
      i = nextOpeningCandidate(text, end)
      continue
    }
    if (pair.family !== 'single' || continues) {
      spans.push({ open: i, textStart: i + (pair.width ?? 1), textEnd: text.length, end: text.length, closed: false, family: pair.family })
      break
    }
    i = nextOpeningCandidate(text, i + 1)
  }
  return spans
}

/** The text inside the marks when one quotation spans the whole string, else the string trimmed. */
export function stripOuterMarks(text: string): string {
  const trimmed = text.trim()
  const spans = scanQuoteSpans(trimmed)
  const only = spans[0]
  if (spans.length === 1 && only !== undefined && only.open === 0 && only.closed && only.end === trimmed.length) {
    return trimmed.slice(only.textStart, only.textEnd).trim()
  }
  return trimmed
}
