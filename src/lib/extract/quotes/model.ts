/**
 * What the stages of quotation extraction pass to each other: where a thing is in the article, a
 * quoted string found by the mark pairing (a candidate), who an attribution names, and a name the
 * article prints (a mention).
 */

import type { Quote } from '../../types.js'
import type { MarkFamily } from './quote-marks.js'

/** Where something is in the article: a paragraph, and an offset in its text. */
export interface Position {
  paragraph: number
  offset: number
}

/** Reading order of two positions, for sorting. */
export function comparePositions(a: Position, b: Position): number {
  return a.paragraph - b.paragraph || a.offset - b.offset
}

/** Who an attribution or a credit names, and where its words are printed. */
export type Speaker = (
  | { kind: 'named'; name: readonly string[] }
  /** he and she stand for a person, they for a person or a body, it for an organisation. */
  | { kind: 'pronoun'; refers: 'person' | 'any' | 'organisation' }
  /** "the president": the last person the article named with that title. */
  | { kind: 'role'; title: string }
  | { kind: 'rejected' }
  | { kind: 'anonymous' }
) & {
  /** Offsets in its paragraph of the words that name the source, as printed (see Quote.attribution). */
  span?: readonly [number, number]
}

/** A reporting verb's speaker, and where the verb is (pronouns resolve to names before it). */
export interface Attribution {
  speaker: Speaker
  at: Position
  /** The verb is right against the quotation ('"Q," X said', 'X said: "Q"'). */
  adjacent: boolean
}

/** Where the words of a speaker are printed: a paragraph and a stretch of it. */
export interface PrintedWords {
  paragraph: number
  span: readonly [number, number]
}

/** A quotation; a short string kept only when directly attributed; or no quotation. */
export type Status = 'quote' | 'tentative' | 'drop'

/** A quoted string (or blockquote) found in the article, and what the stages learn of it. */
export interface Candidate {
  kind: Quote['kind']
  text: string
  paragraph: number
  /** Offset of the opening mark in `paragraph`. */
  open: number
  lastParagraph: number
  /** Offset just past the closing mark in `lastParagraph`. */
  end: number
  /** The paragraphs that hold its text (a continued quotation skips interposed lines). */
  parts: number[]
  /** Its last part ends with a comma inside the marks, as the first part of an interrupted quotation does. */
  closesWithComma?: boolean
  /** The kind of its opening mark: a continuation opens with the same kind. */
  family?: MarkFamily
  /** Nothing but whitespace precedes the opening mark in its paragraph. */
  startsParagraph: boolean
  status: Status
  /** A blockquote's closing credit, or a transcript turn's speaker label ("HOLT: …"). */
  credit?: Speaker
  /** The paragraph whose text the credit's `span` points into. */
  creditParagraph?: number
  /** A direct quotation's attribution, once found. */
  attribution?: Attribution
}

/** A name the article prints, and where. */
export interface Mention {
  at: Position
  name: readonly string[]
  /** Named by a blockquote's credit ("— Josh Apte (@joshapte)"), which yields to the article's own words. */
  credit?: boolean
}
