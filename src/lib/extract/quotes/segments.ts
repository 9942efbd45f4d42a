/**
 * The text outside the kept quotations, paragraph by paragraph, tokenized: what attribution
 * patterns and the name index read. A stretch is found by where it starts (the words after a
 * quotation) or ends (the words before one).
 */

import { firstNonSpace } from './quote-marks.js'
import type { Candidate } from './model.js'
import { type Token, tokenize } from './tokens.js'

interface Segment {
  paragraph: number
  start: number
  end: number
  tokens: Token[]
}

/** The outside stretches of one paragraph, found by where they start and end. */
export interface ParagraphSegments {
  all: Segment[]
  byStart: Map<number, Segment>
  byEnd: Map<number, Segment>
}

/** The stretches of each paragraph outside kept quotations, tokenized. */
export function outsideSegments(paragraphs: readonly string[], kept: readonly Candidate[]): ParagraphSegments[] {
  const covered: [number, number][][] = paragraphs.map(() => [])
  for (const c of kept) {
    for (const p of c.parts) {
      const text = paragraphs[p] ?? ''
      const start = p === c.paragraph ? c.open : firstNonSpace(text)
      const end = p === c.lastParagraph ? c.end : text.length
      covered[p]?.push([start, end])
    }
  }
  return paragraphs.map((text, p) => {
    const segments: Segment[] = []
    let from = 0
    for (const [start, end] of (covered[p] ?? []).sort((a, b) => a[0] - b[0])) {
      segments.push(segment(text, p, from, Math.max(from, start)))
      from = Math.max(from, end)
    }
    segments.push(segment(text, p, from, text.length))
    return {
      all: segments,
      byStart: new Map(segments.map((s) => [s.start, s])),
      byEnd: new Map(segments.map((s) => [s.end, s])),
    }
  })
}

export function segment(text: string, paragraph: number, start: number, end: number): Segment {
  return { paragraph, start, end, tokens: tokenize(text.slice(start, end), start) }
}
