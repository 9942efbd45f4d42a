/**
 * Splits an image caption into what it shows and who made it:
 * "Protesters in Moscow. Sergey Ponomarev/AP" → text "Protesters in Moscow.", credit
 * "Sergey Ponomarev/AP". The grammar is data in `credit-patterns.ts`.
 *
 * Captions arrive as pages print them, with sibling elements run together ("…2019.J. Scott
 * Applewhite / AP file", "…treatmentCredit: EPA"), screen-reader labels ("Image caption") and
 * gallery counters ("1of4"); those are read as boundaries and labels, not as caption text.
 */

import {
  AGENCY_ONLY,
  BARE_SOURCE_LABEL,
  BOUNDARY,
  BRACKETED_NAME,
  BRACKETED_ORG,
  CAPTION_LABEL,
  CAPTION_TOGGLE,
  CREDIT_FORMS,
  CREDIT_LABELS,
  GALLERY_COUNTER,
  GLUED_LABEL,
  LABEL,
  LEADING_IMAGE_LABEL,
  LEADING_POINTER,
  NAME_ONLY,
  NAME_OR_ORG_ONLY,
  NOT_NAME_WORDS,
  type CreditForm,
  type CreditLabel,
} from './credit-patterns.js'

/** Most words of a maker's name printed alone: a studio or a photographer and their agency. */
const MAKER_NAME_MAX_WORDS = 5
/** A digit or a possessive: a product or a thing pictured ("Apple's 16-inch MacBook Pro"), not a maker's name. */
const NOT_A_MAKER = /\p{N}|['’]s(?:\s|$)/u

/**
 * Whether a text is only a maker's name, a person's or a studio's ("Jane Doe", "OsakaWayne
 * Studios", "Adobe"): capitalised words, no word of a phrase ("The", "In"), no number or
 * possessive of a product's name.
 */
export function isMakerName(text: string): boolean {
  if (text.split(' ').length > MAKER_NAME_MAX_WORDS || NOT_A_MAKER.test(text) || !NAME_OR_ORG_ONLY.test(text)) return false
  return !text.split(' ').some((word) => NOT_NAME_WORDS.has(word))
}

export interface SplitCaption {
  text: string
  credit: string | null
}

/** Longest credit accepted: "Jane Doe/SOPA Images/LightRocket via Getty Images" is 50. */
const MAX_CREDIT_CHARS = 120
/** Most words in a credit; more is a description ("Image: a satellite view of …"). */
const MAX_CREDIT_WORDS = 10
/** Whitespace of every kind, NBSP included, and the zero-width space and word joiner: one space.
 * Not the zero-width (non-)joiners: they are part of the word they sit in (text/normalise.ts). */
const WHITESPACE = /[\s\u200b\u2060]+/g
/** A credit that opens like a description ("Image: A view of …") is not a credit. */
const DESCRIPTION_START = /^(?:A|An) /
/** Separators and opening brackets left at the text's end when its credit is cut off; trimmed
 * by a backward scan, since a `[…]+$` search would backtrack on a long run of them. */
const TRAILING_SEPARATOR_CHARS = '|•·—–-/:;,(['
/** One whitespace character. */
const SPACE = /\s/
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
/** What comes before a credit's slash, "via", "for" or comma: the photographer or the agency. */
const CREDIT_LEAD = /^(.*?)(?: ?\/ ?| via | for |, )/u
/** A credit's last part comes after its last slash, bar or "via". */
const CREDIT_PARTS = / ?[/|] ?| via /u
/** An archive or pool word after an agency ("AP file", "Reuters, File"), not part of its name. */
const WIRE_SUFFIX_WORD = /,? (?:File|file|FILE|Pool|Handout|Archive)$/u
/** A word that starts with a capital letter. */
const CAPITAL_START = /^[\p{Lu}\p{Lt}]/u
/** A word that starts with a lower-case letter: running words of a description. */
const LOWER_START = /^\p{Ll}/u
/** A copyright sign opening a caption, with the space after it. */
const COPYRIGHT_FIRST = /^© ?/u
/** Words of a personal name run on, after "©", to the caption it credits: two, the name's shape
 * when its end cannot be seen ("© Jane Doe Needle poking skin …"); a longer run of capitals
 * ("© Jane Doe President Joe Biden speaks") cannot be split with any confidence. */
const COPYRIGHT_NAME_WORDS = 2
/** Most words read after a leading "©" while looking for where the description starts. */
const COPYRIGHT_SCAN_WORDS = 8
/** A credit's part after a dash or bar that ends the caption ("Getty - Contributor") has at most this many words. */
const MAX_CREDIT_TAIL_WORDS = 3
/** Most labelled credits joined into one ("© X. Photo: Y. Courtesy Z"): bounds the backward walk. */
const MAX_JOINED_CREDITS = 4
/** A rights line between two labelled credits of an artwork: "All rights reserved, DACS 2025. ". Bounded. */
const RIGHTS_LINE = /^all rights reserved\b[^.!?]{0,80}[.!?]? ?$/i
/** A semicolon between two labelled credits of one picture: "Credit: Jane Doe; Source: Zillow". Not a boundary elsewhere: it joins a description's clauses. */
const PAIR_SEMICOLON = ';'
/** What may precede a lower-case label, besides the caption's start: a separator ("…, courtesy of X"). */
const LABEL_OPENERS = '.!?|•·—–-:;,(['

const INLINE_FORMS: readonly CreditForm[] = CREDIT_FORMS.filter((f) => f.inline)
/** Inline forms that name who made the picture and end with where it came from: a caption can
 * start with one and go on with no separator ("Alex Wong | Getty Images Kristi Noem, …"). */
const LEADING_FORMS: readonly CreditForm[] = INLINE_FORMS.filter((f) => f.name !== 'stock-library')
const LABELS_LONGEST_FIRST: readonly CreditLabel[] = [...CREDIT_LABELS].sort((a, b) => b.label.length - a.label.length)

/**
 * The caption's text and credit. A gallery counter at the start ("1of4"), an expand or collapse
 * toggle at the end ("… more", "less") and screen-reader labels ("Image caption", a leading
 * "Image:" before a description) are not caption text. A credit the page printed before a
 * caption label ("Image copyright Getty Images Image caption …", BBC) is the caption's credit.
 */
/**
 * Captions a page repeats (a gallery's, a template's under every picture) are split once: the
 * last results by text, per front door. Bounded, and emptied when full; the split is pure.
 */
const SPLIT_MEMO_SIZE = 256
const splitMemo = { html: new Map<string, SplitCaption>(), text: new Map<string, SplitCaption>() }

export function splitCredit(caption: string, source: 'html' | 'text'): SplitCaption {
  const memo = splitMemo[source]
  const known = memo.get(caption)
  if (known !== undefined) return { ...known }
  const split = splitOnce(caption, source)
  if (memo.size >= SPLIT_MEMO_SIZE) memo.clear()
  memo.set(caption, split)
  return { ...split }
}

function splitOnce(caption: string, source: 'html' | 'text'): SplitCaption {
  const text = caption.replace(WHITESPACE, ' ').trim().replace(GALLERY_COUNTER, '').replace(CAPTION_TOGGLE, '').replace(BARE_SOURCE_LABEL, '').trim()
  if (text === '') return { text: '', credit: null }
  const label = CAPTION_LABEL.exec(text)
  if (label === null) return withoutImageLabel(splitText(text, source))
  const before = text.slice(0, label.index).trim()
  const described = withoutImageLabel(splitText(text.slice(label.index + label[0].length).trim(), source))
  if (before === '') return described
  const lead = splitText(before, source)
  if (lead.credit !== null && lead.text === '' && described.credit === null) return { text: described.text, credit: lead.credit }
  return withoutImageLabel(splitText(text, source))
}

/** A leading "Image:" that no credit followed is a label of the description after it; a leading
 * "Above:" points at the picture. Neither is caption text. */
function withoutImageLabel(split: SplitCaption): SplitCaption {
  const text = split.text.replace(LEADING_IMAGE_LABEL, '').replace(LEADING_POINTER, '')
  return text === '' ? split : { text, credit: split.credit }
}

/** The split of a caption, trying a label run on to the word before it ("treatmentCredit: EPA") first. */
function splitText(text: string, source: 'html' | 'text'): SplitCaption {
  const all = boundaries(text)
  return (
    gluedLabel(text) ??
    copyrightFirst(text) ??
    labelled(text, all) ??
    bracketed(text) ??
    lastSegment(text, all) ??
    firstSegment(text, all) ??
    leadingCredit(text) ??
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
  return { text: cleanText(text), credit: cleanCredit }
}

/** The caption text left when a credit is cut off, without the separators that stood by it, nor
 * a toggle printed between caption and credit ("… in Las Vegas. less Photo: Jane Doe"). */
function cleanText(text: string): string {
  return withoutTrailingSeparators(text).replace(LEADING_SEPARATORS, '').trim().replace(CAPTION_TOGGLE, '').trim()
}

function withoutTrailingSeparators(text: string): string {
  let end = text.length
  while (end > 0 && (TRAILING_SEPARATOR_CHARS.includes(text[end - 1] ?? '') || SPACE.test(text[end - 1] ?? ''))) end--
  return text.slice(0, end)
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

/** A credit whose label is run on to the caption's last word, as sibling elements print:
 * "…sought treatmentCredit: EPA". The last such label must open the caption's credit-only tail. */
function gluedLabel(text: string): SplitCaption | null {
  let at = -1
  for (const m of text.matchAll(GLUED_LABEL)) at = m.index
  if (at <= 0) return null
  const tail = text.slice(at)
  const split = labelled(tail, boundaries(tail))
  return split !== null && split.text === '' && split.credit !== null ? result(text.slice(0, at), split.credit) : null
}

/** A label found in a caption: where it starts, and where its credit starts (after it, or after
 * the labels right behind it: "(Image: © TNG Collaboration)"). */
interface FoundLabel {
  start: number
  creditStart: number
  label: string
}

/**
 * A "©" credit printed before the caption with no separator, as sibling elements run together:
 * "© Jane Doe Needle poking skin …", "© Reuters Protesters march …". The description starts at the
 * capitalised word before the first lower-case word; what comes before it must be an agency or a
 * two-word name. Anything else is left to the other rules.
 */
function copyrightFirst(text: string): SplitCaption | null {
  const sign = COPYRIGHT_FIRST.exec(text)
  if (sign === null) return null
  const words = text.slice(sign[0].length).split(' ', COPYRIGHT_SCAN_WORDS)
  const lower = words.findIndex((word) => LOWER_START.test(word))
  if (lower < 2) return null
  const credit = words.slice(0, lower - 1).join(' ')
  const isCredit = AGENCY_ONLY.test(credit) || (lower - 1 === COPYRIGHT_NAME_WORDS && NAME_ONLY.test(credit))
  return isCredit ? result(text.slice(sign[0].length + credit.length), credit) : null
}

/** "Photo: Jane Doe", "Protesters. Photograph: Jane Doe/Reuters", "Photo by Jane Doe. A man …".
 * The last label that introduces a plausible credit wins. Labels right behind each other are one
 * label. When another labelled credit comes just before the winning one ("Photo illustration by
 * Slate. Photo by Jane Doe"), the credit is the whole run, labels kept, so each name keeps its role. */
function labelled(text: string, all: readonly Boundary[]): SplitCaption | null {
  const found: FoundLabel[] = []
  for (const m of text.matchAll(LABEL)) {
    if (!labelPlaced(text, m.index, m[0])) continue
    const previous = found[found.length - 1]
    if (previous && previous.creditStart === m.index) previous.creditStart = m.index + m[0].length
    else found.push({ start: m.index, creditStart: m.index + m[0].length, label: m[0] })
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const { start, creditStart, label } = found[i] ?? { start: 0, creditStart: 0, label: '' }
    const entry = labelOf(label)
    if (!entry) continue
    const kept = entry.keepFrom ? labelFrom(label, entry.keepFrom) : ''
    const split = splitAtLabel(text, all, start, creditStart, kept)
    if (!split) continue
    // Labelled credits right before it join it, one after another ("© X. Photo: Y").
    let joined = split
    for (let k = i; k > 0 && k > i - MAX_JOINED_CREDITS; k--) {
      const next = joinedWithEarlierCredit(text, all, found[k - 1], found[k]!.start, joined)
      if (next === null) break
      joined = next
    }
    return joined
  }
  return null
}

/**
 * The run of two labelled credits as one credit (see `labelled`): `earlier` is a label whose
 * plausible credit ends at a boundary, or a semicolon ("Credit: Jane Doe; Source: Zillow"), right
 * before the label at `start`, whose credit runs to the caption's end. A "by" label names its
 * maker's part and stays ("Photo illustration by Slate. Photo by …"); a colon label or a "©" only
 * introduces the credit and goes, as it goes from a credit alone ("Source: Census Bureau | Image
 * credit: Jon Roe" → "Census Bureau | Image credit: Jon Roe"; an artwork's "© Estate of X. Photo:
 * Y" → "Estate of X. Photo: Y"). Brackets around the pair go too.
 */
function joinedWithEarlierCredit(
  text: string,
  all: readonly Boundary[],
  earlier: FoundLabel | undefined,
  start: number,
  split: SplitCaption,
): SplitCaption | null {
  if (!earlier || split.credit === null || split.text !== cleanText(text.slice(0, start))) return null
  const firstEnd = pairSeparator(text, all, earlier.creditStart, start)
  if (firstEnd === null) return null
  const first = text.slice(earlier.creditStart, firstEnd).replace(CREDIT_FULL_STOP, '').trim()
  const from = labelOf(earlier.label)?.then === 'space' ? earlier.start : earlier.creditStart
  const opener = text.slice(0, earlier.start).trimEnd().slice(-1)
  const closer = opener === '(' ? ')' : opener === '[' ? ']' : ''
  let whole = text.slice(from).replace(CREDIT_FULL_STOP, '').trim()
  if (closer !== '' && whole.endsWith(closer)) whole = whole.slice(0, -1).trim()
  if (!plausibleCredit(first) || whole.length > 2 * MAX_CREDIT_CHARS) return null
  return result(text.slice(0, earlier.start), whole)
}

/**
 * Where the first credit of a pair ends: at the boundary, or the semicolon, right before the
 * second label at `start`, or before a rights line between them ("© X. All rights reserved. Photo:
 * Y"); null when none is there.
 */
function pairSeparator(text: string, all: readonly Boundary[], creditStart: number, start: number): number | null {
  const between = boundaryFrom(all, creditStart)
  if (between && (between.end === start || (between.end < start && RIGHTS_LINE.test(text.slice(between.end, start))))) return between.start + between.kept
  const before = text.slice(creditStart, start).trimEnd()
  return before.endsWith(PAIR_SEMICOLON) ? creditStart + before.length - PAIR_SEMICOLON.length : null
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
    if (next && !endsCaption(text, all, next)) {
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

/** Whether a credit after a label goes on past the dash or bar at `next` to the caption's end, as
 * in "Credit: Getty - Contributor": no full stop follows, and what follows is a few capitalised
 * words, the shape of a credit's second part rather than of a description. */
function endsCaption(text: string, all: readonly Boundary[], next: Boundary): boolean {
  if (next.fullStop || all.some((b) => b.start > next.start)) return false
  const tail = text.slice(next.end).replace(CREDIT_FULL_STOP, '').trim()
  const tailWords = tail.split(' ')
  return tail !== '' && tailWords.length <= MAX_CREDIT_TAIL_WORDS && tailWords.every((w) => CAPITAL_START.test(w))
}

/** "A view of Kyiv (Reuters)", "A view (AP Photo/Evan Vucci)", "A view [Jane Doe/AP]", "A view [Jane Doe]". */
function bracketed(text: string): SplitCaption | null {
  const tailStart = Math.max(0, text.length - BRACKET_TAIL)
  const tail = text.slice(tailStart)
  const square = TRAILING_SQUARE.exec(tail)
  const m = square ?? TRAILING_PARENS.exec(tail)
  const content = m?.[1]?.trim()
  if (!m || !content) return null
  const isCredit = asCredit(content) !== null || (square !== null && (BRACKETED_NAME.test(content) || BRACKETED_ORG.test(content)))
  return isCredit ? result(text.slice(0, tailStart + m.index), content) : null
}

/** The part after the last separator is a credit: "Protesters in Moscow. Sergey Ponomarev/AP".
 * Parts joined by dashes or bars make one credit when together they are one ("… 2017. Natalie
 * Naccache | Bloomberg | Getty Images"): the longest run after the last full stop wins, the whole
 * caption when it has none ("Getty Images", "Jane Doe | Bloomberg | Getty Images" → text ''). */
function lastSegment(text: string, all: readonly Boundary[]): SplitCaption | null {
  let best: SplitCaption | null = null
  for (let i = all.length - 1; i >= 0; i--) {
    const boundary = all[i]!
    // Past this, a run is longer than any credit: stop, so the scan stays linear.
    if (text.length - boundary.end > MAX_CREDIT_CHARS + 1) return best
    const credit = asCredit(partAfter(text, boundary))
    if (credit) best = result(partBefore(text, boundary), credit) ?? best
    if (boundary.fullStop) return best
  }
  const credit = asCredit(text)
  return credit ? { text: '', credit } : best
}

/** The part before the first separator is a credit: "Sergey Ponomarev/AP — Protesters in Moscow". */
function firstSegment(text: string, all: readonly Boundary[]): SplitCaption | null {
  const first = all[0]
  if (!first) return null
  const credit = asCredit(partBefore(text, first))
  return credit ? result(partAfter(text, first), credit) : null
}

/** Whether a credit ends with an agency or picture library ("Alex Wong | Getty Images"), so its end is known. */
function endsWithAgency(credit: string): boolean {
  const last = credit.split(CREDIT_PARTS).at(-1)?.replace(WIRE_SUFFIX_WORD, '').trim() ?? ''
  return AGENCY_ONLY.test(last)
}

/** A credit the caption opens with and runs on from with no separator: "Alex Wong | Getty Images
 * Kristi Noem, governor of South Dakota, …". It must end with an agency or library, so where it
 * ends is known, and the caption must go on with a capital; the longest such credit wins. */
function leadingCredit(text: string): SplitCaption | null {
  let best: { at: number; credit: string } | null = null
  for (const m of text.slice(0, MAX_CREDIT_CHARS + 1).matchAll(WORD_START)) {
    if (!CAPITAL_START.test(m[0])) continue
    const credit = asCredit(text.slice(0, m.index), LEADING_FORMS)
    if (credit && endsWithAgency(credit)) best = { at: m.index, credit }
  }
  return best ? result(text.slice(best.at), best.credit) : null
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
