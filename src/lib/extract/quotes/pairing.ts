/**
 * Stage 1: the quoted strings of the article, in reading order. Quote marks are paired in each
 * paragraph (quote-marks.ts); a quotation left open at a paragraph's end continues into the next
 * paragraph that opens with the same kind of mark, past embedded posts and up to two interposed
 * lines; an attribution inside the marks between dashes splits a quotation in two. Each string is
 * classified (classify.ts); blockquotes are read apart (blockquotes.ts).
 */

import { firstNonSpace, type MarkFamily, mayHoldQuotation, scanQuoteSpans, startsWithOpeningMark } from './quote-marks.js'
import { blockquoteCandidate, blockquoteGroups } from './blockquotes.js'
import { classify, finalText, MIN_QUOTE_WORDS } from './classify.js'
import type { Candidate, Speaker } from './model.js'
import { countWords, tokenize, verbAt } from './tokens.js'

/** A paragraph that ends like a sentence: end punctuation, perhaps inside closing marks or a bracket. */
const SENTENCE_CLOSE = /[.!?…]["'”’»)\]]*\s*$/u

/**
 * An attribution inside a quotation between dashes ('«Q1, – признался Иванов. – Q2»'): the first
 * part's closing comma (or ! ? …), a dash, up to 80 characters without dashes or quote marks (the
 * attribution, group 1), a full stop, comma or colon, and the dash that reopens the quotation.
 */
const INNER_ATTRIBUTION = /[,!?…]\s*[–—]\s+([^–—«»"“”„\n]{1,80}?)[.,:]\s+[–—]\s*/u

/** An interposed line (a caption left in the body) inside a continued quotation has at most this many words. */
const MAX_INTERPOSED_WORDS = 20

/** Characters in an interposed line at most: twenty words of news English, with room to spare. */
const MAX_INTERPOSED_CHARS = 300

/** A continued quotation skips at most this many interposed lines. */
const MAX_INTERPOSED_LINES = 2

/**
 * Lines that may stand between two paragraphs of one quotation without ending it: an image
 * caption or a "SEE MORE" link left in the body. They are short, hold no quotation and do not
 * end like a sentence.
 */
function isInterposed(text: string): boolean {
  if (text.length > MAX_INTERPOSED_CHARS || SENTENCE_CLOSE.test(text)) return false
  return countWords(text) <= MAX_INTERPOSED_WORDS && scanQuoteSpans(text).length === 0
}

/**
 * For each paragraph, the paragraph a quotation left open at its end continues into: the next one
 * that opens with a quote mark, past blockquotes (embedded posts) and up to MAX_INTERPOSED_LINES
 * interposed lines; -1 when there is none. Only a paragraph that holds a quote mark can leave a
 * quotation open, so the search is made for no other (their entries are -1 and never read).
 */
function continuationTargets(paragraphs: readonly string[], blockquotes: ReadonlySet<number>): number[] {
  const nextText: number[] = new Array<number>(paragraphs.length + 1).fill(-1)
  for (let p = paragraphs.length - 1; p >= 0; p--) nextText[p] = blockquotes.has(p) ? (nextText[p + 1] ?? -1) : p
  return paragraphs.map((text, p) => {
    if (!mayHoldQuotation(text)) return -1
    let q = nextText[p + 1] ?? -1
    for (let skipped = 0; q >= 0 && skipped < MAX_INTERPOSED_LINES && isInterposed(paragraphs[q] ?? ''); skipped++) {
      q = nextText[q + 1] ?? -1
    }
    return q >= 0 && startsWithOpeningMark(paragraphs[q] ?? '') ? q : -1
  })
}

/**
 * Where a quotation holds its own attribution between dashes, as Russian, French and Spanish
 * print it ('«Q1, – признался Иванов. – Q2»'): the offsets, in `text`, where the first part ends
 * (after its comma) and the second begins. The words between the dashes must hold a reporting verb.
 */
function innerAttribution(text: string, from: number, to: number): [number, number] | undefined {
  const inner = text.slice(from, to)
  const m = INNER_ATTRIBUTION.exec(inner)
  if (m === null || m.index === 0) return undefined
  const words = tokenize(m[1] ?? '')
  if (!words.some((_, k) => verbAt(words, k) !== undefined)) return undefined
  const secondStart = from + m.index + m[0].length
  return secondStart < to ? [from + m.index + 1, secondStart] : undefined
}

/**
 * A transcript turn's speaker label at the start of a quotation: "HOLT: Did you know …". All
 * capitals, one to three words, then a colon; bounded, so matching is linear.
 */
const TURN_LABEL = /^(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}):\s/u
/** Characters looked at for a turn label. */
const MAX_TURN_LABEL_CHARS = 48

/**
 * The speaker a quotation's opening label gives ("HOLT: …" in a transcript), and where its words
 * start. The label must name someone the article names elsewhere in ordinary case ("Senator Amy
 * Holt"), so "WARNING: …" or "UPDATE: …" is no speaker.
 */
function turnLabel(text: string, textStart: number, paragraphs: readonly string[]): { speaker: Speaker; textStart: number } | undefined {
  const m = TURN_LABEL.exec(text.slice(textStart, textStart + MAX_TURN_LABEL_CHARS))
  const label = m?.[1]
  if (m === null || label === undefined) return undefined
  const name = label.split(' ').map((word) => word.charAt(0) + word.slice(1).toLowerCase())
  const printed = name.join(' ')
  if (!paragraphs.some((paragraph) => paragraph.includes(printed))) return undefined
  return { speaker: { kind: 'named', name, span: [textStart, textStart + label.length] }, textStart: textStart + m[0].length }
}

/** Quoted strings of the article in reading order, continued quotations merged. */
export function findCandidates(paragraphs: readonly string[], blockquotes: ReadonlySet<number>): Candidate[] {
  const found: Candidate[] = []
  const targets = continuationTargets(paragraphs, blockquotes)
  let pending: { candidate: Candidate; parts: string[] } | undefined
  const flush = (): void => {
    if (pending === undefined) return
    const { candidate, parts } = pending
    candidate.text = finalText(parts)
    candidate.closesWithComma = (parts[parts.length - 1] ?? '').endsWith(',')
    found.push(candidate)
    pending = undefined
  }
  const quoted = new Set<number>()
  const direct = (text: string, p: number, open: number, textStart: number, textEnd: number, end: number): Candidate => {
    quoted.add(p)
    const status = classify(text.slice(textStart, textEnd), text, open, end)
    return { kind: 'direct', text: '', paragraph: p, open, lastParagraph: p, end, parts: [p], startsParagraph: open === firstNonSpace(text), status }
  }
  const start = (candidate: Candidate, family: MarkFamily, part: string): void => {
    candidate.family = family
    pending = { candidate, parts: [part] }
  }
  let p = 0
  while (p < paragraphs.length) {
    const text = paragraphs[p] ?? ''
    if (blockquotes.has(p)) {
      let to = p
      while (blockquotes.has(to + 1)) to++
      const previous = p > 0 && !blockquotes.has(p - 1) && !quoted.has(p - 1) ? p - 1 : undefined
      for (const [from, last] of blockquoteGroups(paragraphs, p, to)) {
        const candidate = blockquoteCandidate(paragraphs, from, last, from === p ? previous : undefined)
        if (candidate !== undefined) found.push(candidate)
      }
      p = to + 1
      continue
    }
    const target = targets[p] ?? -1
    const first = firstNonSpace(text)
    scanQuoteSpans(text, target >= 0).forEach((span, k) => {
      const turn = k === 0 && span.open === first ? turnLabel(text, span.textStart, paragraphs) : undefined
      const part = text.slice(turn?.textStart ?? span.textStart, span.textEnd).trim()
      const continuing =
        turn === undefined && k === 0 && pending !== undefined && span.open === first && targets[pending.candidate.lastParagraph] === p && span.family === pending.candidate.family
      if (continuing && pending !== undefined) {
        quoted.add(p)
        pending.parts.push(part)
        pending.candidate.parts.push(p)
        pending.candidate.lastParagraph = p
        pending.candidate.end = span.end
      } else {
        flush()
        const split = span.closed ? innerAttribution(text, span.textStart, span.textEnd) : undefined
        if (turn !== undefined) {
          const candidate = direct(text, p, span.open, turn.textStart, span.textEnd, span.end)
          candidate.credit = turn.speaker
          candidate.creditParagraph = p
          start(candidate, span.family, part)
        } else if (split !== undefined) {
          const [firstEnd, secondStart] = split
          start(direct(text, p, span.open, span.textStart, firstEnd, firstEnd), span.family, text.slice(span.textStart, firstEnd).trim())
          flush()
          start(direct(text, p, secondStart, secondStart, span.textEnd, span.end), span.family, text.slice(secondStart, span.textEnd).trim())
        } else {
          start(direct(text, p, span.open, span.textStart, span.textEnd, span.end), span.family, part)
        }
      }
      if (span.closed) flush()
    })
    if (pending !== undefined && pending.candidate.lastParagraph < p && (targets[pending.candidate.lastParagraph] ?? -1) <= p) flush()
    p++
  }
  flush()
  return found.sort((a, b) => a.paragraph - b.paragraph || a.open - b.open).map(reclassifyContinued)
}

/** A quotation continued over paragraphs is judged by its whole text: its length alone decides. */
function reclassifyContinued(candidate: Candidate): Candidate {
  if (candidate.kind !== 'direct' || candidate.lastParagraph === candidate.paragraph) return candidate
  return { ...candidate, status: countWords(candidate.text) >= MIN_QUOTE_WORDS ? 'quote' : 'drop' }
}
