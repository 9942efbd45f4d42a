/**
 * Scores quotations and captions against the hand labels in this folder (see README.md here).
 *
 * 1. Load the labels: quotes.json (pages of the ScrapingHub corpus and hand-made cases) and
 *    captions.json (pages of the same corpus: the development pages, the round-2 pages labelled
 *    blind and used for development since, and the round-3 pages labelled blind and used for
 *    development since round 4; and the round-4 and round-6 pages of the modern corpus, labelled
 *    blind and kept blind: their failures go to files of their own).
 * 2. Run the library: `cleanArticle` on each page through the chosen front door; `extractQuotes`
 *    on the paragraphs of each hand-made case.
 * 3. Match found quotations to labelled ones by normalised text overlap, one to one, best pair
 *    first; count precision, recall and, over the matched pairs, speaker accuracy.
 * 4. Match found captions to labelled ones the same way on caption and credit together; count
 *    caption text right, credit right and both right. Apart from that, split each labelled
 *    caption as the page prints it (`printed`) with `splitCredit` alone: the credit splitting
 *    without the finding of caption blocks.
 *
 * Normalised text: NFKC, lower case, curly apostrophes made straight, then the runs of letters and
 * digits; punctuation, quote marks and spacing never decide a match.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { cleanArticle } from '../../src/index.ts'
import { splitCredit } from '../../src/lib/extract/credit.ts'
import { extractQuotes } from '../../src/lib/extract/quotes.ts'
import type { Caption, Quote } from '../../src/lib/types.ts'
import { blindIds } from '../quality/sets.ts'

const LABELS_DIR = dirname(fileURLToPath(import.meta.url))
const DATA_DIR = join(LABELS_DIR, '..', 'data')

/** Where each front door's pages live, and how their files are named. */
const PAGE_SOURCES = {
  html: { dir: join(DATA_DIR, 'scrapinghub'), suffix: '.html.gz' },
  text: { dir: join(DATA_DIR, 'scrapinghub-text'), suffix: '.txt.gz' },
} as const

export type Door = keyof typeof PAGE_SOURCES

/** Where the HTML pages of the round-4 caption set live: the modern corpus, named by its ids. */
const MODERN_PAGES = { dir: join(DATA_DIR, 'modern'), suffix: '.html.gz' } as const
/** Key of the modern corpus' blind fifth in bench/data/blind.json, which no caption label may use. */
const MODERN_BLIND_KEY = 'modern'

/**
 * Two quotations match when the words they share are at least this share of the longer one's
 * words: a quotation cut in two, or run on into the next, is a different quotation.
 */
export const QUOTE_MATCH_SHARE = 0.8
/** Two captions match (before text and credit are judged apart) at this share of shared words. */
export const CAPTION_MATCH_SHARE = 0.5

/** Runs of letters and digits (with combining marks): the words compared. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu
/** Curly and modifier apostrophes, made straight so "don’t" and "don't" are the same words. */
const APOSTROPHES = /[’‘ʼ]/g

export interface LabelledQuote {
  text: string
  speaker: string | null
  /** Other spellings of the same speaker the article prints as fully ("Patrick W. Carlineo"). */
  alsoAccepted?: string[]
  kind?: Quote['kind']
  note?: string
}

export interface QuotePage {
  id: string
  url: string
  notes?: string
  quotes: LabelledQuote[]
}

export interface QuoteCase {
  name: string
  paragraphs: string[]
  blockquotes?: number[]
  note?: string
  quotes: LabelledQuote[]
}

export interface QuoteLabels {
  pages: QuotePage[]
  cases: QuoteCase[]
}

/** One quotation of the blind set: its speaker, and its source words as printed (see README.md). */
export interface BlindQuote extends LabelledQuote {
  attribution: string | null
}

/** An article of the blind quotation set, stored as paragraphs with its origin. */
export interface BlindArticle {
  name: string
  source: { set: 'scrapinghub' | 'readability' | 'web'; id?: string }
  url: string | null
  licence: string
  kind: string
  language: string
  note?: string
  paragraphs: string[]
  quotes: BlindQuote[]
}

export interface BlindQuoteLabels {
  note: string
  articles: BlindArticle[]
}

export interface LabelledCaption {
  text: string
  credit: string | null
}

export interface PrintedCaption extends LabelledCaption {
  /** The caption as the page prints it, credit included: the splitter's input. */
  printed: string
}

export interface CaptionPage {
  id: string
  url: string
  notes?: string
  captions: PrintedCaption[]
}

export interface CaptionLabels {
  pages: CaptionPage[]
  /**
   * Pages labelled blind in round 2, after the first caption work; used for development since, so
   * no longer an honest measure. Reported apart, with no floor.
   */
  heldOut: CaptionPage[]
  /**
   * Pages labelled blind in round 3; their failures were used in developing the extractor in
   * round 4, so no longer an honest measure either. Reported apart, with no floor.
   */
  blind: CaptionPage[]
  /**
   * Pages of the modern corpus (its seen pages only) labelled blind in round 4 for issue 22 and
   * kept blind: the bench shows their figures, never their failures. Reported apart, with no floor.
   */
  round4: CaptionPage[]
  /**
   * More pages of the modern corpus (its seen pages left after round 4) labelled blind in round 6
   * for issue 22 and kept blind like round 4. Reported apart, with no floor.
   */
  round6: CaptionPage[]
}

/**
 * Which caption pages to score: the development pages, the round-2 pages, the round-3 (`blind`)
 * pages, or the round-4 or round-6 pages of the modern corpus.
 */
export type CaptionSet = 'pages' | 'heldOut' | 'blind' | 'round4' | 'round6'

/** The caption sets whose pages are pages of the modern corpus, not ScrapingHub's. */
const MODERN_CAPTION_SETS: ReadonlySet<CaptionSet> = new Set(['round4', 'round6'])

export function loadQuoteLabels(): QuoteLabels {
  return JSON.parse(readFileSync(join(LABELS_DIR, 'quotes.json'), 'utf8')) as QuoteLabels
}

/** A quotation set stored as paragraphs: quotes-blind.json (round 5, development data since round 7) or quotes-round7.json (blind). */
export function loadBlindQuoteLabels(file: 'quotes-blind.json' | 'quotes-round7.json' = 'quotes-blind.json'): BlindQuoteLabels {
  return JSON.parse(readFileSync(join(LABELS_DIR, file), 'utf8')) as BlindQuoteLabels
}

export function loadCaptionLabels(): CaptionLabels {
  return JSON.parse(readFileSync(join(LABELS_DIR, 'captions.json'), 'utf8')) as CaptionLabels
}

/** The page as the chosen front door reads it, decoded from its gzip file. */
export function readPage(door: Door, id: string): string {
  return readGzipPage(PAGE_SOURCES[door], id)
}

/** A page file of a corpus folder, decoded from gzip as UTF-8. */
function readGzipPage(source: { dir: string; suffix: string }, id: string): string {
  return new TextDecoder('utf-8').decode(gunzipSync(readFileSync(join(source.dir, `${id}${source.suffix}`))))
}

/**
 * The HTML page a caption set's label names: a ScrapingHub page, or for `round4` and `round6` a
 * page of the modern corpus, refused if it is one of that corpus' blind fifth.
 */
function readCaptionPage(set: CaptionSet, id: string): string {
  if (!MODERN_CAPTION_SETS.has(set)) return readPage('html', id)
  if (blindIds(MODERN_BLIND_KEY).has(id)) throw new Error(`captions.json ${set}: page ${id} is in the blind fifth of modern`)
  return readGzipPage(MODERN_PAGES, id)
}

/** The words of a text, normalised (see the module comment). */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'").match(WORD) ?? []
}

/** Words two lists share, counted with multiplicity, over the longer list's length (0 when both are empty). */
export function sharedShare(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length)
  if (longer === 0) return 0
  const counts = new Map<string, number>()
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1)
  let shared = 0
  for (const word of b) {
    const left = counts.get(word) ?? 0
    if (left > 0) {
      shared++
      counts.set(word, left - 1)
    }
  }
  return shared / longer
}

/** One-to-one pairs of indexes whose score reaches `threshold`, best first (ties: reading order). */
export function matchPairs<L, F>(
  labelled: readonly L[],
  found: readonly F[],
  score: (label: L, item: F) => number,
  threshold: number,
): [number, number][] {
  const candidates: { l: number; f: number; score: number }[] = []
  labelled.forEach((label, l) => {
    found.forEach((item, f) => {
      const s = score(label, item)
      if (s >= threshold) candidates.push({ l, f, score: s })
    })
  })
  candidates.sort((a, b) => b.score - a.score || a.l - b.l || a.f - b.f)
  const usedLabels = new Set<number>()
  const usedFound = new Set<number>()
  const pairs: [number, number][] = []
  for (const { l, f } of candidates) {
    if (usedLabels.has(l) || usedFound.has(f)) continue
    usedLabels.add(l)
    usedFound.add(f)
    pairs.push([l, f])
  }
  return pairs.sort((a, b) => a[0] - b[0])
}

/** A speaker's words joined by single spaces, so "Patrick W. Carlineo Jr." equals "patrick w carlineo jr". */
function speakerKey(speaker: string | null): string | null {
  return speaker === null ? null : words(speaker).join(' ')
}

export function speakerRight(label: LabelledQuote, found: string | null): boolean {
  const key = speakerKey(found)
  return [label.speaker, ...(label.alsoAccepted ?? [])].some((accepted) => speakerKey(accepted) === key)
}

/** What went wrong with one labelled or found quotation. */
export interface QuoteFailure {
  source: string
  kind: 'missed' | 'extra' | 'speaker'
  expected: { text: string; speaker: string | null } | null
  got: { text: string; speaker: string | null } | null
}

export interface QuoteScore {
  sources: number
  labelled: number
  found: number
  matched: number
  speakersRight: number
  /** Matched pairs whose label has an attribution, and those whose found attribution has its words. */
  attributionsLabelled: number
  attributionsRight: number
  failures: QuoteFailure[]
}

export interface Figure {
  value: number
  numerator: number
  denominator: number
}

export interface QuoteFigures {
  precision: Figure
  recall: Figure
  /** Harmonic mean of precision and recall (its counts are those of recall). */
  f1: Figure
  speakerAccuracy: Figure
  /** Over matched pairs whose label gives an attribution (the blind set): the words as printed. */
  attributionAccuracy: Figure
}

function ratio(numerator: number, denominator: number): Figure {
  return { value: denominator === 0 ? 0 : numerator / denominator, numerator, denominator }
}

export function quoteFigures(score: QuoteScore): QuoteFigures {
  const precision = ratio(score.matched, score.found)
  const recall = ratio(score.matched, score.labelled)
  const f1 = precision.value + recall.value === 0 ? 0 : (2 * precision.value * recall.value) / (precision.value + recall.value)
  return {
    precision,
    recall,
    f1: { value: f1, numerator: score.matched, denominator: score.labelled },
    speakerAccuracy: ratio(score.speakersRight, score.matched),
    attributionAccuracy: ratio(score.attributionsRight, score.attributionsLabelled),
  }
}

function emptyQuoteScore(): QuoteScore {
  return { sources: 0, labelled: 0, found: 0, matched: 0, speakersRight: 0, attributionsLabelled: 0, attributionsRight: 0, failures: [] }
}

/** Scores the quotations found in one page or case against its labels, into `into`. */
export function scoreQuotes(source: string, labelled: readonly LabelledQuote[], found: readonly Quote[], into: QuoteScore): void {
  const labelWords = labelled.map((q) => words(q.text))
  const foundWords = found.map((q) => words(q.text))
  const pairs = matchPairs(labelWords, foundWords, (a, b) => sharedShare(a, b), QUOTE_MATCH_SHARE)
  const matchedLabels = new Set(pairs.map(([l]) => l))
  const matchedFound = new Set(pairs.map(([, f]) => f))
  into.sources++
  into.labelled += labelled.length
  into.found += found.length
  into.matched += pairs.length
  const brief = (q: { text: string; speaker: string | null }) => ({ text: q.text, speaker: q.speaker })
  for (const [l, f] of pairs) {
    const label = labelled[l]
    const quote = found[f]
    if (label === undefined || quote === undefined) continue
    if (speakerRight(label, quote.speaker)) into.speakersRight++
    else into.failures.push({ source, kind: 'speaker', expected: brief(label), got: brief(quote) })
    if ('attribution' in label) {
      into.attributionsLabelled++
      if (sameWords(label.attribution as string | null, (quote as { attribution?: string | null }).attribution ?? null)) into.attributionsRight++
    }
  }
  labelled.forEach((label, l) => {
    if (!matchedLabels.has(l)) into.failures.push({ source, kind: 'missed', expected: brief(label), got: null })
  })
  found.forEach((quote, f) => {
    if (!matchedFound.has(f)) into.failures.push({ source, kind: 'extra', expected: null, got: brief(quote) })
  })
}

/** Quotations of the labelled corpus pages, read through one front door. */
export function evaluatePageQuotes(labels: QuoteLabels, door: Door): QuoteScore {
  const score = emptyQuoteScore()
  for (const page of labels.pages) {
    const article = cleanArticle(readPage(door, page.id), { format: door, url: page.url })
    scoreQuotes(page.id.slice(0, 12), page.quotes, article.quotes, score)
  }
  return score
}

/** Quotations of the hand-made cases, from their paragraphs. */
export function evaluateCaseQuotes(labels: QuoteLabels): QuoteScore {
  const score = emptyQuoteScore()
  for (const c of labels.cases) {
    const found = extractQuotes({ paragraphs: c.paragraphs, blockquotes: new Set(c.blockquotes ?? []) })
    scoreQuotes(c.name, c.quotes, found, score)
  }
  return score
}

/**
 * Quotations of the blind set (quotes-blind.json), from the stored paragraphs of each article.
 * Its failures go to a file of their own (see README.md, "Blind").
 */
export function evaluateBlindQuotes(labels: BlindQuoteLabels): QuoteScore {
  const score = emptyQuoteScore()
  for (const article of labels.articles) {
    scoreQuotes(article.name, article.quotes, extractQuotes({ paragraphs: article.paragraphs }), score)
  }
  return score
}

export interface CaptionFailure {
  source: string
  expected: LabelledCaption | null
  got: LabelledCaption | null
  textRight: boolean
  creditRight: boolean
}

export interface CaptionScore {
  pages: number
  labelled: number
  /** Labelled captions matched to a caption the library reported. */
  found: number
  /** Captions the library reported that match no label (teasers, promotions, author cards). */
  extra: number
  textRight: number
  creditRight: number
  bothRight: number
  failures: CaptionFailure[]
}

export interface CaptionFigures {
  text: Figure
  credit: Figure
  both: Figure
  /** Both right among the captions the library found: the credit splitting alone. */
  bothWhenFound: Figure
}

export function captionFigures(score: CaptionScore): CaptionFigures {
  return {
    text: ratio(score.textRight, score.labelled),
    credit: ratio(score.creditRight, score.labelled),
    both: ratio(score.bothRight, score.labelled),
    bothWhenFound: ratio(score.bothRight, score.found),
  }
}

function captionWords(caption: LabelledCaption): string[] {
  return words(`${caption.text} ${caption.credit ?? ''}`)
}

function sameWords(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b
  const left = words(a)
  const right = words(b)
  return left.length === right.length && left.every((word, k) => word === right[k])
}

/** Scores one page's captions against its labels, into `into`. */
export function scoreCaptions(source: string, labelled: readonly LabelledCaption[], found: readonly Caption[], into: CaptionScore): void {
  const got = found.map((c) => ({ text: c.text, credit: c.credit }))
  const pairs = matchPairs(labelled.map(captionWords), got.map(captionWords), (a, b) => sharedShare(a, b), CAPTION_MATCH_SHARE)
  const matchedLabels = new Set(pairs.map(([l]) => l))
  into.pages++
  into.labelled += labelled.length
  into.found += pairs.length
  into.extra += got.length - pairs.length
  for (const [l, f] of pairs) {
    const label = labelled[l]
    const caption = got[f]
    if (label === undefined || caption === undefined) continue
    const textRight = sameWords(label.text, caption.text)
    const creditRight = sameWords(label.credit, caption.credit)
    if (textRight) into.textRight++
    if (creditRight) into.creditRight++
    if (textRight && creditRight) into.bothRight++
    else into.failures.push({ source, expected: label, got: caption, textRight, creditRight })
  }
  labelled.forEach((label, l) => {
    if (!matchedLabels.has(l)) into.failures.push({ source, expected: label, got: null, textRight: false, creditRight: false })
  })
  const matchedFound = new Set(pairs.map(([, f]) => f))
  got.forEach((caption, f) => {
    if (!matchedFound.has(f)) into.failures.push({ source, expected: null, got: caption, textRight: false, creditRight: false })
  })
}

/** Each labelled caption as the page prints it, split by `splitCredit` alone. */
export function evaluateCaptionSplitting(labels: CaptionLabels, set: CaptionSet = 'pages'): CaptionScore {
  const score: CaptionScore = { pages: 0, labelled: 0, found: 0, extra: 0, textRight: 0, creditRight: 0, bothRight: 0, failures: [] }
  for (const page of labels[set]) {
    score.pages++
    for (const caption of page.captions) {
      const got = splitCredit(caption.printed, 'html')
      const textRight = sameWords(caption.text, got.text)
      const creditRight = sameWords(caption.credit, got.credit)
      score.labelled++
      score.found++
      if (textRight) score.textRight++
      if (creditRight) score.creditRight++
      if (textRight && creditRight) score.bothRight++
      else score.failures.push({ source: page.id.slice(0, 12), expected: { text: caption.text, credit: caption.credit }, got, textRight, creditRight })
    }
  }
  return score
}

/** Captions of the labelled pages, through the HTML front door (captions are labelled on HTML pages). */
export function evaluateCaptions(labels: CaptionLabels, set: CaptionSet = 'pages'): CaptionScore {
  const score: CaptionScore = { pages: 0, labelled: 0, found: 0, extra: 0, textRight: 0, creditRight: 0, bothRight: 0, failures: [] }
  for (const page of labels[set]) {
    const article = cleanArticle(readCaptionPage(set, page.id), { format: 'html', url: page.url })
    const labelled = page.captions.map((c) => ({ text: c.text, credit: c.credit }))
    scoreCaptions(page.id.slice(0, 12), labelled, article.captions, score)
  }
  return score
}
