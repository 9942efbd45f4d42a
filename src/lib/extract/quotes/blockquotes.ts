/**
 * Quotations from HTML blockquotes: each paragraph one quotation, its speaker a closing "— Name"
 * credit; paragraphs up to a credit line of their own one embedded post; a credit line alone
 * crediting the paragraph before it, where the page left the post's text.
 */

import { QUOTE_MARK_CHARS, stripOuterMarks } from './quote-marks.js'
import { finalText, MIN_QUOTE_WORDS } from './classify.js'
import type { Candidate, Speaker } from './model.js'
import { cleanName, isNameLike, isTitle, joinedNameAt } from './names.js'
import { countWords, SENTENCE_END, tokenEnd, tokenize, WHITESPACE } from './tokens.js'

/** A blockquote's trailing credit ("— Name, role") is at most this long. */
const MAX_CREDIT_CHARS = 120

/** Dashes that introduce a blockquote's credit line. */
const CREDIT_DASHES = ['—', '–', '―', '--']

/** The speaker named by a blockquote's credit words ("President John F. Kennedy, 1961"), if they name one. */
function creditSpeaker(tail: string, base = 0): Speaker | undefined {
  const tokens = tokenize(tail, base)
  let end = 0
  while (end < tokens.length && tokens[end]?.word === true && (isNameLike(tokens[end]) || joinedNameAt(tokens, end) >= 0 || isTitle(tokens[end]))) end++
  const name = cleanName(tokens.slice(0, end))
  const first = tokens[0]
  const last = tokens[end - 1]
  if (name.length === 0 || first === undefined || last === undefined) return undefined
  return { kind: 'named', name, span: [first.start, tokenEnd(last)] }
}

/** Where a credit's words start after its dash: the offset of the first non-space character from `from`. */
function creditStart(text: string, from: number): number {
  let k = from
  while (k < text.length && WHITESPACE.test(text[k] ?? '')) k++
  return k
}

/**
 * A credit after a quotation that opens its paragraph, in running text: '"…" ― Anna Berg',
 * '"…" — Tom Hale, Dayton' (reader reactions, pull quotes copied as text). `end` is just past
 * the closing mark; the rest of the paragraph must be the dash and a name.
 */
export function trailingCredit(text: string, end: number): Speaker | undefined {
  const from = creditStart(text, end)
  if (text.length - from > MAX_CREDIT_CHARS) return undefined
  const dash = CREDIT_DASHES.find((d) => text.startsWith(d, from))
  return dash === undefined ? undefined : creditSpeaker(text.slice(from + dash.length), from + dash.length)
}

/** A blockquote paragraph that is only a credit line ("— Dele (@dele_official) November 19, 2019"). */
function creditLine(text: string): Speaker | undefined {
  const trimmed = text.trim()
  const dash = CREDIT_DASHES.find((d) => trimmed.startsWith(d))
  if (dash === undefined || trimmed.length > MAX_CREDIT_CHARS) return undefined
  const from = creditStart(text, 0) + dash.length
  return creditSpeaker(text.slice(from), from)
}

/** A trailing "— Name, role" credit of a blockquote, and the text before it. */
function splitCredit(text: string): { body: string; credit?: Speaker } {
  let at = -1
  let width = 0
  for (const dash of CREDIT_DASHES) {
    const k = text.lastIndexOf(dash)
    if (k > at) {
      at = k
      width = dash.length
    }
  }
  if (at <= 0) return { body: text }
  const body = text.slice(0, at)
  const tail = text.slice(at + width).trim()
  const tailStart = creditStart(text, at + width)
  const before = body.trimEnd()
  const beforeCh = before.slice(-1)
  const separated = WHITESPACE.test(text[at - 1] ?? '') || QUOTE_MARK_CHARS.includes(beforeCh) || SENTENCE_END.has(beforeCh)
  if (before.length === 0 || !separated || tail.length === 0 || tail.length > MAX_CREDIT_CHARS) return { body: text }
  const credit = creditSpeaker(text.slice(tailStart), tailStart)
  return credit === undefined ? { body: text } : { body: before, credit }
}

/**
 * One quotation from the blockquote paragraphs `from` to `to` (see blockquoteGroups), its speaker
 * from a closing credit. A group that is only a credit line is the
 * byline of an embedded post whose text the page left just before it (`previous`, when that
 * paragraph holds no quotation of its own). Fewer than MIN_QUOTE_WORDS words make no quotation.
 */
export function blockquoteCandidate(paragraphs: readonly string[], from: number, to: number, previous: number | undefined): Candidate | undefined {
  const last = paragraphs[to] ?? ''
  const lineCredit = creditLine(last)
  const bodyEnd = lineCredit === undefined ? to : to - 1
  const bodyStart = bodyEnd < from && previous !== undefined ? previous : from
  if (bodyEnd < bodyStart && previous === undefined) return undefined
  const bodies = paragraphs.slice(bodyStart, Math.max(bodyEnd, bodyStart) + 1)
  let credit = lineCredit
  let creditParagraph = to
  if (credit === undefined) {
    creditParagraph = Math.max(bodyEnd, bodyStart)
    const split = splitCredit(bodies[bodies.length - 1] ?? '')
    bodies[bodies.length - 1] = split.body
    credit = split.credit
  }
  const text = finalText([stripOuterMarks(bodies.join(' '))])
  if (countWords(text) < MIN_QUOTE_WORDS) return undefined
  const parts: number[] = []
  for (let p = bodyStart; p <= to; p++) parts.push(p)
  const candidate: Candidate = {
    kind: 'blockquote',
    text,
    paragraph: bodyStart,
    open: 0,
    lastParagraph: to,
    end: last.length,
    parts,
    startsParagraph: true,
    status: 'quote',
  }
  if (credit !== undefined) {
    candidate.credit = credit
    candidate.creditParagraph = creditParagraph
  }
  return candidate
}

/**
 * The quotations in the blockquote paragraphs `from` to `to`, as [first, last] paragraph pairs:
 * the paragraphs up to a credit line are one embedded post; any other paragraph is one quotation
 * (neighbouring blockquotes may be different quotations).
 */
export function blockquoteGroups(paragraphs: readonly string[], from: number, to: number): [number, number][] {
  const groups: [number, number][] = []
  let start = from
  for (let k = from; k <= to; k++) {
    if (creditLine(paragraphs[k] ?? '') === undefined) continue
    groups.push([start, k])
    start = k + 1
  }
  for (let k = start; k <= to; k++) groups.push([k, k])
  return groups
}
