/**
 * The plain-text front door: text copied from a page (or any plain text) into Blocks.
 *
 * 1. Newlines normalised (CRLF, CR), lines normalised (NBSP, zero-width, control characters).
 * 2. Blank lines split the text into groups; a text without any blank line has one group per line.
 * 3. Hard-wrapped lines inside a group are re-joined into one block.
 * 4. Every remaining line is a Block, carrying its group id.
 */
import { makeBlock, type Block } from '../blocks/block.js'
import { normaliseLine, normaliseNewlines } from './normalise.js'

/** Lines longer than this are never the result of hard wrapping (editors wrap at 60–80). */
const MAX_WRAP_WIDTH = 100
/** Lines shorter than this are not wrapped prose: a wrapped text's width is at least this. */
const MIN_WRAP_WIDTH = 40
/** A group is hard-wrapped when at least this share of its line breaks were forced by the width. */
const WRAPPED_GROUP_SHARE = 0.6
/** The first word of a line, to test whether it would have fitted on the line before. */
const FIRST_WORD = /^\S+/
/** A hyphen at a wrap point: join without a space, keeping the hyphen ("well-" + "known"). */
const HYPHEN_BREAK = /\p{Ll}-$/u
const STARTS_LOWER = /^\p{Ll}/u

/** Splits text into groups of non-empty lines. */
export function splitGroups(input: string): string[][] {
  const raw = normaliseNewlines(input).split('\n').map(normaliseLine)
  const hasBlankLine = raw.some((line, i) => line === '' && i > 0 && i < raw.length - 1)
  const groups: string[][] = []
  let current: string[] = []
  for (const line of raw) {
    if (line === '') {
      if (current.length > 0) groups.push(current)
      current = []
    } else if (!hasBlankLine) {
      groups.push([line])
    } else {
      current.push(line)
    }
  }
  if (current.length > 0) groups.push(current)
  return hasBlankLine ? groups : joinWrappedSingles(groups)
}

/**
 * A text without blank lines is either one paragraph per line or one hard-wrapped stream;
 * in the second case treat it as one group so the wrap joiner can see the line widths.
 */
function joinWrappedSingles(groups: string[][]): string[][] {
  const lines = groups.map((group) => group[0] ?? '')
  return isWrapped(lines) ? [lines] : groups
}

function wrapWidth(lines: readonly string[]): number {
  let width = 0
  for (const line of lines) width = Math.max(width, line.length)
  return width
}

/**
 * A break is forced by the width when the next line's first word would not have fitted on
 * this line: the test a word-wrapping editor applies. Lists of headlines fail it.
 */
function forcedBreak(line: string, next: string, width: number): boolean {
  const word = FIRST_WORD.exec(next)?.[0] ?? ''
  return line.length + 1 + word.length > width
}

function isWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false
  const width = wrapWidth(lines)
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return false
  let forced = 0
  for (let i = 0; i + 1 < lines.length; i++) {
    if (forcedBreak(lines[i] ?? '', lines[i + 1] ?? '', width)) forced++
  }
  return forced / (lines.length - 1) >= WRAPPED_GROUP_SHARE
}

/** Re-joins the lines of a hard-wrapped group: a filled line continues on the next one. */
export function unwrap(lines: readonly string[]): string[] {
  if (!isWrapped(lines)) return [...lines]
  const width = wrapWidth(lines)
  const out: string[] = []
  let current = ''
  lines.forEach((line, i) => {
    if (current === '') current = line
    else if (HYPHEN_BREAK.test(current) && STARTS_LOWER.test(line)) current += line
    else current = `${current} ${line}`
    const next = lines[i + 1]
    if (next === undefined || !forcedBreak(line, next, width)) {
      out.push(current)
      current = ''
    }
  })
  if (current !== '') out.push(current)
  return out
}

/** The text front door. */
export function textToBlocks(input: string, stopwords: ReadonlySet<string>): Block[] {
  const blocks: Block[] = []
  splitGroups(input).forEach((group, groupIndex) => {
    for (const text of unwrap(group)) {
      blocks.push(makeBlock({ index: blocks.length, text, group: groupIndex }, stopwords))
    }
  })
  return blocks
}
