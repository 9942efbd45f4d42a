/**
 * Stage 3: repeats reported once. A blockquote (pull quote, embedded post) whose words are inside
 * a direct quotation or a body paragraph, and an unattributed quotation standing alone as its
 * paragraph (a heading) whose words are inside a longer quotation, are dropped.
 */

import { MIN_QUOTE_WORDS } from './classify.js'
import type { Candidate } from './model.js'
import type { ParagraphSegments } from './segments.js'
import { wordKeys } from './tokens.js'

/** Hashtags, handles and links, which an embedded post adds to words the article also quotes. */
const POST_TAGS_AND_LINKS = /[#@][\p{L}\p{N}_]+|(?:https?:\/\/|pic\.twitter\.com\/)\S*/gu

/** Curly apostrophes, compared as straight ones ("hasn’t" repeats "hasn't"). */
const CURLY_APOSTROPHES = /[’‘]/g

/** Any letter: a paragraph with none beside its quotation ("3.") holds nothing but it. */
const LETTER = /\p{L}/u

/** Places a repeat's rarest word pair is checked at: pull quotes repeat one of a handful of texts. */
const MAX_REPEAT_CANDIDATES = 16

/**
 * The lower-case words of a text, curly apostrophes made straight and a post's hashtags, handles
 * and links left out, for comparing texts.
 */
function comparableWords(text: string): string[] {
  return wordKeys(text.replace(POST_TAGS_AND_LINKS, ' ').replace(CURLY_APOSTROPHES, "'"))
}

/**
 * Texts indexed by each pair of adjacent words, to find where one text repeats inside another in
 * time bounded by the length of the repeat, not of the texts searched.
 */
class RepeatIndex {
  private readonly byPair = new Map<string, [number, number][]>()
  private readonly texts: readonly (readonly string[])[]

  constructor(texts: readonly (readonly string[])[]) {
    this.texts = texts
    texts.forEach((words, i) => {
      for (let k = 0; k + 1 < words.length; k++) {
        const key = `${words[k]} ${words[k + 1]}`
        const list = this.byPair.get(key) ?? []
        list.push([i, k])
        this.byPair.set(key, list)
      }
    })
  }

  /** Whether `words` occur, in order and together, in an indexed text that `accept` allows. */
  contains(words: readonly string[], accept: (i: number) => boolean): boolean {
    let rarest: [number, number][] | undefined
    let offset = 0
    for (let k = 0; k + 1 < words.length; k++) {
      const list = this.byPair.get(`${words[k]} ${words[k + 1]}`)
      if (list === undefined) return false
      if (rarest === undefined || list.length < rarest.length) {
        rarest = list
        offset = k
      }
    }
    for (const [i, at] of (rarest ?? []).slice(0, MAX_REPEAT_CANDIDATES)) {
      const text = this.texts[i] ?? []
      const start = at - offset
      if (start >= 0 && accept(i) && words.every((word, k) => text[start + k] === word)) return true
    }
    return false
  }
}

/**
 * The paragraphs whose only text is one quotation, as a heading or a pull quote is (a list number
 * aside). Each paragraph's outside text is read once, however many quotations it holds.
 */
function aloneParagraphs(kept: readonly Candidate[], segments: readonly ParagraphSegments[]): Set<number> {
  const count = new Map<number, number>()
  for (const c of kept) count.set(c.paragraph, (count.get(c.paragraph) ?? 0) + 1)
  const alone = new Set<number>()
  for (const [p, n] of count) {
    const quiet = (segments[p]?.all ?? []).every((segment) => segment.tokens.every((t) => !LETTER.test(t.text)))
    if (n === 1 && quiet) alone.add(p)
  }
  return alone
}

/**
 * Quotations that repeat another, reported once: a blockquote (pull quote, embedded post) whose
 * words are inside a direct quotation, the direct quotations read one after another, or a body
 * paragraph; and an unattributed quotation standing alone as its paragraph (a heading) whose words
 * are inside a longer quotation, or an equal earlier one.
 */
export function withoutRepeats(
  kept: readonly Candidate[],
  paragraphs: readonly string[],
  blockquotes: ReadonlySet<number>,
  segments: readonly ParagraphSegments[],
): Candidate[] {
  const alone = aloneParagraphs(kept, segments)
  // Only blockquotes and unattributed quotations alone in their paragraph may be repeats: most
  // pages have neither, so the word lists and indexes are built only when one is asked about.
  const mayRepeat = (c: Candidate): boolean =>
    c.kind === 'blockquote' || (c.attribution === undefined && c.paragraph === c.lastParagraph && alone.has(c.paragraph))
  if (!kept.some(mayRepeat)) return kept.slice()
  const quoteWords = kept.map((c) => comparableWords(c.text))
  const quoted = kept.flatMap((c, k) => (c.kind === 'direct' ? (quoteWords[k] ?? []) : []))
  const quotes = new RepeatIndex([...quoteWords, quoted])
  let body: RepeatIndex | undefined
  const bodyIndex = (): RepeatIndex =>
    (body ??= new RepeatIndex(paragraphs.map((text, p) => (blockquotes.has(p) ? [] : comparableWords(text)))))
  return kept.filter((c, k) => {
    const words = quoteWords[k] ?? []
    if (words.length < MIN_QUOTE_WORDS || !mayRepeat(c)) return true
    const longer = (i: number): boolean => i !== k && ((quoteWords[i]?.length ?? 0) > words.length || ((quoteWords[i]?.length ?? 0) === words.length && i < k))
    if (c.kind === 'blockquote') {
      const direct = (i: number): boolean => i === kept.length || (kept[i]?.kind === 'direct' && (quoteWords[i]?.length ?? 0) >= words.length)
      return !quotes.contains(words, direct) && !bodyIndex().contains(words, (p) => !c.parts.includes(p))
    }
    return !quotes.contains(words, longer)
  })
}
