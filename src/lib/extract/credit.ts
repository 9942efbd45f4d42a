/**
 * Splits an image caption into what it shows and who made it:
 * "Protesters in Moscow. Sergey Ponomarev/AP" → text "Protesters in Moscow.", credit
 * "Sergey Ponomarev/AP". The grammar is data in `credit-patterns.ts`.
 */

import {
  AGENCY_ONLY,
  BOUNDARY,
  BRACKETED_NAME,
  CREDIT_FORMS,
  CREDIT_LABELS,
  LABEL,
  NAME_ONLY,
  NOT_NAME_WORDS,
  type CreditForm,
  type CreditLabel,
} from './credit-patterns.js'

export interface SplitCaption {
  text: string
  credit: string | null
}

/** Longest credit accepted: "Jane Doe/SOPA Images/LightRocket via Getty Images" is 50. */
const MAX_CREDIT_CHARS = 120
/** Most words in a credit; more is a description ("Image: a satellite view of …"). */
const MAX_CREDIT_WORDS = 10
/** Whitespace of every kind, NBSP included, and zero-width characters: one space. */
const WHITESPACE = /[\s\u200b-\u200d\u2060]+/g
/** A credit that opens like a description ("Image: A view of …") is not a credit. */
const DESCRIPTION_START = /^(?:A|An) /
/** Trailing separators and opening brackets left on the text when its credit is cut off. */
const TRAILING_SEPARATORS = /[\s|•·—–\-/:;,([]+$/
/** Leading separators left on the text when a leading credit is cut off. */
const LEADING_SEPARATORS = /^[\s|•·—–\-/:;,]+/
/** A credit's closing full stop ("Sergey Ponomarev/AP."), unless it ends an initial. */
const CREDIT_FULL_STOP = /(?<!(?:^|[\s.(/])\p{Lu})\.$/u
/** Sentence-ending punctuation: a name followed by one is a sentence, not a credit. */
const END_MARK = /[.!?]$/
/** A trailing "(…)" of at most MAX_CREDIT_CHARS, after the caption. */
const TRAILING_PARENS = /\(([^()]{1,120})\)\.?$/
/** A trailing "[…]" of at most MAX_CREDIT_CHARS, after the caption. */
const TRAILING_SQUARE = /\[([^[\]]{1,120})\]\.?$/
/** How much of the caption's end the bracket patterns search: a bracketed credit and its
 * brackets and full stop. Keeps the unanchored search linear. */
const BRACKET_TAIL = MAX_CREDIT_CHARS + 3
/** A word start, for trying inline credits at each word of the caption's tail. */
const WORD_START = /(?<= )\S/g
/** What comes before a credit's slash, "via" or "for": the photographer or the agency. */
const CREDIT_LEAD = /^(.*?)(?: ?\/ ?| via | for )/u
/** What may precede a lower-case label, besides the caption's start: a separator ("…, courtesy of X"). */
const LABEL_OPENERS = '.!?|•·—–-:;,(['

const INLINE_FORMS: readonly CreditForm[] = CREDIT_FORMS.filter((f) => f.inline)
const LABELS_LONGEST_FIRST: readonly CreditLabel[] = [...CREDIT_LABELS].sort((a, b) => b.label.length - a.label.length)

export function splitCredit(caption: string, source: 'html' | 'text'): SplitCaption {
  const text = caption.replace(WHITESPACE, ' ').trim()
  if (text === '') return { text: '', credit: null }
  const all = boundaries(text)
  return (
    labelled(text, all) ??
    bracketed(text) ??
    lastSegment(text, all) ??
    firstSegment(text, all) ??
    inlineTail(text) ??
    (source === 'text' ? trailingName(text, all) : null) ?? { text, credit: null }
  )
}

/** A boundary between two parts of a caption, by position. */
interface Boundary {
  /** Where the boundary starts. */
  start: number
  /** Where the next part starts. */
  end: number
  /** Length of the sentence's closing punctuation, which stays with the part before. */
  kept: number
  /** True when the boundary is a sentence's full stop (". "), not a dash or a bar. */
  fullStop: boolean
}

/** Every boundary, in order. One linear pass. */
function boundaries(text: string): Boundary[] {
  return [...text.matchAll(BOUNDARY)].map((m) => {
    const end = m.groups?.['end'] ?? ''
    return { start: m.index, end: m.index + m[0].length, kept: end.length, fullStop: end.startsWith('.') }
  })
}

function partBefore(text: string, b: Boundary): string {
  return text.slice(0, b.start + b.kept)
}

function partAfter(text: string, b: Boundary): string {
  return text.slice(b.end)
}

/** The first boundary starting at or after `position` (binary search), or undefined. */
function boundaryFrom(all: readonly Boundary[], position: number): Boundary | undefined {
  let low = 0
  let high = all.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((all[mid]?.start ?? Infinity) < position) low = mid + 1
    else high = mid
  }
  return all[low]
}

function result(text: string, credit: string): SplitCaption | null {
  const cleanCredit = credit.replace(CREDIT_FULL_STOP, '').trim()
  if (cleanCredit === '') return null
  return { text: text.replace(TRAILING_SEPARATORS, '').replace(LEADING_SEPARATORS, '').trim(), credit: cleanCredit }
}

function words(text: string): number {
  return text.split(' ').length
}

/** Short enough, and not shaped like a description. */
function plausibleCredit(credit: string): boolean {
  return (
    credit.length > 0 &&
    credit.length <= MAX_CREDIT_CHARS &&
    words(credit) <= MAX_CREDIT_WORDS &&
    !DESCRIPTION_START.test(credit)
  )
}

/** The segment, without a closing full stop, when it is a credit of one of `forms`. */
function asCredit(segment: string, forms: readonly CreditForm[] = CREDIT_FORMS): string | null {
  if (segment.length > MAX_CREDIT_CHARS + 1) return null
  const candidate = segment.replace(CREDIT_FULL_STOP, '').trim()
  if (!plausibleCredit(candidate)) return null
  return forms.some((f) => f.pattern.test(candidate)) ? candidate : null
}

/** Everything from `word` on (case-insensitive) in a matched label, with a trailing space. */
function labelFrom(label: string, word: string): string {
  const at = label.toLowerCase().indexOf(word.toLowerCase())
  return at < 0 ? '' : `${label.slice(at).trimEnd()} `
}

/** A lower-case label counts only at the start or after a separator ("…, courtesy of X");
 * mid-sentence ("a photo by her son") it is running text. */
function labelPlaced(text: string, index: number, label: string): boolean {
  const first = label.charAt(0)
  const lowerCase = first !== first.toUpperCase()
  if (!lowerCase) return true
  const previous = text.charAt(text.charAt(index - 1) === ' ' ? index - 2 : index - 1)
  return previous === '' || LABEL_OPENERS.includes(previous)
}

/** The label entry a matched label is, by its printed words (longest entry first). */
function labelOf(matched: string): CreditLabel | undefined {
  const lower = matched.toLowerCase()
  return LABELS_LONGEST_FIRST.find((l) => lower.startsWith(l.label.toLowerCase()))
}

/** "Photo: Jane Doe", "Protesters. Photograph: Jane Doe/Reuters", "Photo by Jane Doe. A man …".
 * The last label that introduces a plausible credit wins. */
function labelled(text: string, all: readonly Boundary[]): SplitCaption | null {
  const found: { start: number; label: string }[] = []
  for (const m of text.matchAll(LABEL)) {
    if (labelPlaced(text, m.index, m[0])) found.push({ start: m.index, label: m[0] })
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const { start, label } = found[i] ?? { start: 0, label: '' }
    const entry = labelOf(label)
    if (!entry) continue
    const kept = entry.keepFrom ? labelFrom(label, entry.keepFrom) : ''
    const split = splitAtLabel(text, all, start, start + label.length, kept)
    if (split) return split
  }
  return null
}

/** The credit runs from the label to the closing bracket when the label opened one ("(Photo:
 * Jane Doe)"), else to the next boundary or the end; the text is what surrounds it. */
function splitAtLabel(text: string, all: readonly Boundary[], labelStart: number, creditStart: number, kept: string): SplitCaption | null {
  const before = text.slice(0, labelStart).trimEnd()
  const opener = before.slice(-1)
  const closer = opener === '(' ? ')' : opener === '[' ? ']' : ''
  const closeAt = closer ? text.indexOf(closer, creditStart) : -1
  let creditEnd = text.length
  let afterStart = text.length
  let textBefore = before
  if (closeAt >= 0) {
    creditEnd = closeAt
    afterStart = closeAt + 1
    textBefore = before.slice(0, -1)
  } else {
    const next = boundaryFrom(all, creditStart)
    if (next) {
      creditEnd = next.start + next.kept
      afterStart = next.end
    }
  }
  if (creditEnd - creditStart > MAX_CREDIT_CHARS + 2) return null
  const body = text.slice(creditStart, creditEnd).trim().replace(CREDIT_FULL_STOP, '')
  if (body === '' || !plausibleCredit(kept + body)) return null
  const rest = [textBefore.trim(), text.slice(afterStart).trim()].filter((part) => part !== '')
  return result(rest.join(' '), kept + body)
}

/** "A view of Kyiv (Reuters)", "A view (AP Photo/Evan Vucci)", "A view [Jane Doe/AP]", "A view [Jane Doe]". */
function bracketed(text: string): SplitCaption | null {
  const tailStart = Math.max(0, text.length - BRACKET_TAIL)
  const tail = text.slice(tailStart)
  const square = TRAILING_SQUARE.exec(tail)
  const m = square ?? TRAILING_PARENS.exec(tail)
  const content = m?.[1]?.trim()
  if (!m || !content) return null
  const isCredit = asCredit(content) !== null || (square !== null && BRACKETED_NAME.test(content))
  return isCredit ? result(text.slice(0, tailStart + m.index), content) : null
}

/** The part after the last separator is a credit: "Protesters in Moscow. Sergey Ponomarev/AP".
 * With no separator, the whole caption is tried: "Getty Images" → text '', credit. */
function lastSegment(text: string, all: readonly Boundary[]): SplitCaption | null {
  const last = all.at(-1)
  if (!last) {
    const credit = asCredit(text)
    return credit ? { text: '', credit } : null
  }
  const credit = asCredit(partAfter(text, last))
  return credit ? result(partBefore(text, last), credit) : null
}

/** The part before the first separator is a credit: "Sergey Ponomarev/AP — Protesters in Moscow". */
function firstSegment(text: string, all: readonly Boundary[]): SplitCaption | null {
  const first = all[0]
  if (!first) return null
  const credit = asCredit(partBefore(text, first))
  return credit ? result(partAfter(text, first), credit) : null
}

/** How sure a candidate inline credit is of where it starts: an agency before the slash
 * ("AP Photo/…") is surest, then a two-word name ("Sergey Ponomarev/AP"), then anything. */
function inlineScore(credit: string): number {
  const lead = CREDIT_LEAD.exec(credit)?.[1] ?? credit
  if (AGENCY_ONLY.test(lead)) return 3
  return words(lead) === 2 ? 2 : 1
}

/** A credit run on after the description with no separator, as HTML captions flatten:
 * "Protesters in Moscow Sergey Ponomarev/AP". Only distinctive forms (slash, via, for,
 * picture libraries) count; where the name starts is a guess, scored by `inlineScore`. */
function inlineTail(text: string): SplitCaption | null {
  const tailStart = Math.max(0, text.length - MAX_CREDIT_CHARS)
  let best: { at: number; credit: string; score: number } | null = null
  for (const m of text.slice(tailStart).matchAll(WORD_START)) {
    const at = tailStart + m.index
    const credit = asCredit(text.slice(at), INLINE_FORMS)
    if (!credit) continue
    const score = inlineScore(credit)
    if (!best || score > best.score) best = { at, credit, score }
  }
  return best ? result(text.slice(0, best.at), best.credit) : null
}

/** Text mode: a bare name after the caption's last sentence, as copied text keeps a credit
 * that HTML held in its own element: "… speaking at an interview. Sergei Porter". */
function trailingName(text: string, all: readonly Boundary[]): SplitCaption | null {
  const last = all.at(-1)
  if (!last?.fullStop) return null
  const name = partAfter(text, last)
  if (name.length > MAX_CREDIT_CHARS || END_MARK.test(name) || !NAME_ONLY.test(name)) return null
  if (name.split(' ').some((w) => NOT_NAME_WORDS.has(w))) return null
  return result(partBefore(text, last), name)
}
