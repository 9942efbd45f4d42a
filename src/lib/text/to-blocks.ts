/**
 * The plain-text front door: text copied from a page (or any plain text) into Blocks.
 *
 * 1. Newlines normalised (CRLF, CR), lines normalised (NBSP, zero-width, control characters).
 * 2. Blank lines split the text into groups; a text without any blank line has one group per line.
 * 3. When the whole text is hard-wrapped (a width found from its line lengths, never for
 *    innerText), the lines of a paragraph are re-joined into one block.
 * 4. Every remaining line is a Block, carrying its group id.
 */
import { makeBlock, MAX_BLOCKS, type Block } from '../blocks/block.js'
import { normaliseLine, normaliseNewlines } from './normalise.js'

/** Lines longer than this are never the result of hard wrapping (editors wrap at 60–80). */
const MAX_WRAP_WIDTH = 100
/** Lines shorter than this are not wrapped prose: a wrapped text's width is at least this. */
const MIN_WRAP_WIDTH = 40
/** A wrapped text has at most this share of its lines longer than its width (a long URL, a table row). */
const MAX_OVERLONG_SHARE = 0.02
/** Breaks looked at are after lines at least this share of the width long: shorter lines end a paragraph, a heading or a menu item. */
const FULL_LINE_SHARE = 0.5
/** Among those breaks, at least this share is forced by the width (the next word would not have fitted)... */
const FORCED_SHARE = 0.6
/** ...and at least this share falls inside a sentence: one paragraph per line (innerText) breaks at sentence ends. */
const MID_SENTENCE_SHARE = 0.5
/** Fewer breaks than this say nothing about wrapping. */
const MIN_BREAKS = 3
/** The first word of a line, to test whether it would have fitted on the line before: up to an ordinary space (a no-break space binds). */
const FIRST_WORD = /^[^ \t]+/
/** Columns a ragged right edge may fall short of the width (hand-wrapped text, another tool's wrapping) on a line that does not end a sentence. */
const RAGGED_SLACK = 10
/** A table row as innerText prints it: three cells at least, between tabs. */
const TABLE_ROW = /[^\t]\t+[^\t]+\t+[^\t]/u
/** A hyphen at a wrap point: join without a space, keeping the hyphen ("well-" + "known"). */
const HYPHEN_BREAK = /\p{Ll}-$/u
const STARTS_LOWER = /^\p{Ll}/u
/** A line ending a sentence: an end mark, maybe closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u
/**
 * A photo caption line with its credit: a sentence, then a credit label ("Photo: Ana Ruiz/Reuters")
 * or only a name in capitalised words ("… at an interview. Sergei Porter") to the line's end. When
 * such a line opens a paragraph it stands alone: the next line's first word not fitting after it says
 * nothing, a caption is as long as it is. A paragraph's first line goes on with lower-case words.
 */
const CAPTION_WITH_CREDIT = /[.!?]["'”’)]?\s+(?:(?:photo|photograph|image|picture|credit|foto|фото)s?\s?:\s?\S.*|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}(?:\s?\/\s?\p{Lu}[\p{L}'’-]+)?)$/iu

/** Splits text into groups of non-empty lines; a text without blank lines is one group when it is hard-wrapped (see wrapWidth), else one group per line. */
export function splitGroups(input: string): string[][] {
  // Lines are kept as typed (trimmed) until re-joined: a no-break space still binds its words, as it did for the wrapper.
  const raw = normaliseNewlines(input).split('\n')
  const blank = raw.map((line) => normaliseLine(line) === '')
  const hasBlankLine = blank.some((isBlank, i) => isBlank && i > 0 && i < raw.length - 1)
  const groups: string[][] = []
  let current: string[] = []
  for (const [i, untrimmed] of raw.entries()) {
    const line = untrimmed.trim()
    if (blank[i]) {
      if (current.length > 0) groups.push(current)
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length > 0) groups.push(current)
  if (hasBlankLine) return groups
  const lines = groups.flat()
  return wrapWidth([lines]) !== null ? [lines] : lines.map((line) => [line])
}

/**
 * A break is forced by the width when the next line's first word would not have fitted on
 * this line: the test a word-wrapping editor applies. Lists of headlines fail it.
 */
function forcedBreak(line: string, next: string, width: number): boolean {
  const word = FIRST_WORD.exec(next)?.[0] ?? ''
  return line.length + 1 + word.length > width
}

/** A wrapped line continues on the next: the break was forced, or the line is within RAGGED_SLACK of it and stops mid-sentence. */
function continues(line: string, next: string, width: number): boolean {
  return forcedBreak(line, next, width) || (forcedBreak(line, next, width - RAGGED_SLACK) && !SENTENCE_END.test(line))
}

/**
 * The width the whole text is hard-wrapped at, or null when it is not wrapped. Decided once for
 * the text from its line lengths, before anything is joined: the width is its longest line of at
 * most MAX_WRAP_WIDTH characters, hardly any line is longer, and most breaks after full lines are
 * forced by that width and fall inside a sentence. innerText (a paragraph per line, breaks at
 * sentence ends) and lists of headlines fail it.
 */
export function wrapWidth(groups: readonly (readonly string[])[]): number | null {
  let width = 0
  let lines = 0
  let overlong = 0
  for (const group of groups) {
    for (const line of group) {
      lines++
      if (line.length > MAX_WRAP_WIDTH) overlong++
      else width = Math.max(width, line.length)
    }
  }
  if (width < MIN_WRAP_WIDTH || overlong > MAX_OVERLONG_SHARE * lines) return null
  let breaks = 0
  let forced = 0
  let midSentence = 0
  for (const group of groups) {
    for (let i = 0; i + 1 < group.length; i++) {
      const line = group[i]!
      if (line.length < FULL_LINE_SHARE * width) continue
      breaks++
      if (forcedBreak(line, group[i + 1]!, width)) forced++
      if (!SENTENCE_END.test(line)) midSentence++
    }
  }
  if (breaks < MIN_BREAKS || forced < FORCED_SHARE * breaks || midSentence < MID_SENTENCE_SHARE * breaks) return null
  return width
}

/**
 * Re-joins the lines of a group of hard-wrapped text (`width` from wrapWidth; null: not wrapped):
 * a filled line continues on the next one. `ragged`: the group is one paragraph's worth between
 * blank lines, so a line short of the width by RAGGED_SLACK still continues mid-sentence; in a
 * text without blank lines only a break forced by the width joins (a headline or caption line
 * may be nearly as long as a wrapped line).
 */
export function unwrap(lines: readonly string[], width: number | null, ragged = true): string[] {
  if (width === null || lines.length < 2) return [...lines]
  const out: string[] = []
  let current = ''
  lines.forEach((line, i) => {
    if (current === '') current = line
    else if (HYPHEN_BREAK.test(current) && STARTS_LOWER.test(line)) current += line
    else current = `${current} ${line}`
    const next = lines[i + 1]
    const captionAlone = current === line && CAPTION_WITH_CREDIT.test(line)
    if (next === undefined || captionAlone || !(ragged ? continues(line, next, width) : forcedBreak(line, next, width))) {
      out.push(current)
      current = ''
    }
  })
  if (current !== '') out.push(current)
  return out
}

/** The text front door. */
/** The blocks of a text, and whether it had more than MAX_BLOCKS lines (the rest is not read). */
export interface TextBlocks {
  blocks: Block[]
  cut: boolean
}

export function textToBlocks(input: string, stopwords: ReadonlySet<string>): TextBlocks {
  const blocks: Block[] = []
  const groups = splitGroups(input)
  const width = wrapWidth(groups)
  // A wrapped text without blank lines is one group until re-joined; then, like a text without blank
  // lines that is not wrapped, each of its paragraphs is a group of its own.
  const groupPerParagraph = groups.length === 1
  let groupIndex = 0
  for (const group of groups) {
    for (const line of unwrap(group, width, !groupPerParagraph)) {
      if (blocks.length >= MAX_BLOCKS) return { blocks, cut: true }
      // innerText prints a table row as its cells between tabs: the block is a row.
      const row = TABLE_ROW.test(line)
      const text = normaliseLine(line)
      blocks.push(makeBlock({ index: blocks.length, text, group: groupIndex, ...(row ? { role: 'table-row' as const } : {}) }, stopwords))
      if (groupPerParagraph) groupIndex++
    }
    if (!groupPerParagraph) groupIndex++
  }
  return { blocks, cut: false }
}
