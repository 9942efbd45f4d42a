/**
 * The metadata part of the quality benchmark: headline, byline, authors, date and site name against
 * the annotations of `modern` (truth.jsonl: headline, author, date) and the expectations of
 * Readability's test pages (readability-pages/expected-metadata.jsonl: title, byline, siteName,
 * publishedTime). The blind fifth of each set is scored on rows of its own and never listed.
 *
 * What counts as right (the README says the same):
 * - **headline exact**: equal once case, spacing and punctuation are folded, with or without a
 *   trailing (or leading) site name on either side: a title segment after " | ", " - ", " — " …
 *   that is the site's name (ours or the truth's) or the page's host name.
 * - **headline contains**: one of the two, folded and site name trimmed, holds the other whole.
 * - **byline right**: the same set of names. A byline is split into names at commas, semicolons,
 *   "&", "and" (and its equivalents in our languages) and line breaks; a leading "By" / "Written
 *   by", text in brackets, anything from a name's first digit on (a date run into it), and
 *   credentials (MS, RD, Ph.D., E-RYT 200: no lower-case word) are dropped; names compare folded.
 *   Readability's bylines are an element's whole text, so only its first line is read.
 * - **authors right**: our `authors` list, folded, is that same set of names.
 * - **date right**: `publishedAt` has the same calendar date as the truth, `YYYY-MM-DD` (the date
 *   part of a timestamp, in the offset the page gives). **published or modified**: the truth's date
 *   is our `publishedAt` or our `modifiedAt` (modern's annotators took the date a page shows, which
 *   is its update on pages that print only "Updated …"; we never give an update as the published date).
 * - **site name right**: equal, folded.
 *   A truth byline that is itself unsafe (below) is no name to match: such pages are left out.
 * - **unsafe bylines**: bylines that are a URL, hold a date, or are a placeholder ("Follow
 *   author", "Admin", "Staff"): counted over every page of every set, both doors; there must be none.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CleanArticle } from '../../src/index.ts'
import { cleanArticle } from '../../src/index.ts'
import { alignColumns, counted, writeResultFile } from './report.ts'
import { blindIds, DATA_DIR, readGzippedText, type Door } from './sets.ts'

/** The fields scored here, as cleanArticle returns them. */
export type Card = Pick<CleanArticle, 'headline' | 'byline' | 'authors' | 'publishedAt' | 'modifiedAt' | 'siteName'>

/** A page's metadata truth: null where the page has none. */
export interface MetadataTruth {
  id: string
  url: string | null
  headline: string | null
  byline: string | null
  date: string | null
  /** Undefined where the set does not annotate it (modern). */
  siteName?: string | null
  blind: boolean
}

/** One page's prediction beside its truth. */
export interface MetadataPage {
  truth: MetadataTruth
  card: Card
}

/** Rows of the metadata table: one set and door, with its pages. */
export interface MetadataRun {
  set: string
  door: Door
  pages: MetadataPage[]
}

const READABILITY_DIR = join(DATA_DIR, 'readability-pages')
const READABILITY_KEY = 'readability-pages'

/** Misses of seen pages listed per field and run. */
const MISSES_SHOWN = 6
/** Characters of a value shown in a listing. */
const SHOWN_CHARS = 70

/** Anything that is not a letter or digit: folded to one space. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu
/** Separators of a site name from a title: " | ", " - ", " – ", " — ", " · ", " : ", " • ", " / ". */
const TITLE_SEPARATOR = /\s+[|\-–—·•:/]\s+|\s*\|\s*/u
/** A last segment of this many words after one of these separators is a site-name suffix whatever it says ("… | Code", "… - eHow"). */
const MAX_SUFFIX_WORDS = 4
const SUFFIX_SEPARATOR = /\s+[|\-–—·•]\s+|\s*\|\s*/u
/** A site name segment has at most this many words; a longer one is part of the headline. */
const MAX_SITE_WORDS = 6
/** "By", "Written by", "Words by" before the names. */
const BY_PREFIX = /^\s*(?:(?:written|words|story|posted|reported)\s+)?by:?\s+/iu
/** Text in brackets: an affiliation, a handle, a URL. */
const BRACKETED = /\([^)]*\)|\[[^\]]*\]/gu
/** Between names: commas, semicolons, ampersands, "and" and its equivalents, line breaks. */
const NAME_SEPARATOR = /\s*(?:[,;&\n|]|\s(?:and|und|et|y|e|en|и|avec|with)\s)\s*/iu
/** "and" left at the start of a name after a comma: "A, B, and C". */
const LEADING_CONJUNCTION = /^(?:and|und|et|y|e|en|и)\s+/iu
/** A name ends at its first digit (a date run into it: "Lucas Nolan22 Dec 2016"). */
const FROM_FIRST_DIGIT = /\d.*$/su
/** Academic and professional credentials written with lower-case letters. */
const CREDENTIAL = /^(?:ph\.?\s?d|m\.?\s?d|ed\.?\s?d|psy\.?\s?d|d\.?\s?o|j\.?\s?d|m\.?\s?sc?|b\.?\s?sc?|m\.?\s?a|b\.?\s?a|mba|msc|bsc|jr|sr)\.?$/iu
/** A part with capitals and no lower-case letter ("MS", "RD", "E-RYT") is a credential, unless a whole name in capitals; scripts without case are names. */
const LOWER_CASE = /\p{Ll}/u
const UPPER_CASE = /\p{Lu}/u
/** Words of a name written in capitals ("NATALIYA VASILYEVA"): two or more words of three letters or more. */
const CAPITALS_NAME = /^\p{Lu}{3,}(?:\s+\p{Lu}{3,})+$/u
/** ISO calendar date at the start of a value. */
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/

/** Unsafe bylines: a URL, a date, a placeholder. */
const URL_LIKE = /(?:^|\s)(?:https?:\/\/|www\.)|^\/|\.(?:com|org|net)\/|@\w+\.\w/iu
const DATE_LIKE =
  /\b\d{4}-\d{2}-\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/iu
const PLACEHOLDER = /^(?:follow(?:\s+(?:the\s+)?author)?|admin(?:istrator)?|staff|author|unknown|anonymous|null|undefined|none|n\/?a|fail|by|editor|guest|user|webmaster|root)$/iu

/** Runs cleanArticle over Readability's test pages (HTML door). */
export function runReadabilityPages(): MetadataRun {
  const blind = blindIds(READABILITY_KEY)
  const rows = readFileSync(join(READABILITY_DIR, 'expected-metadata.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; title: string | null; byline: string | null; siteName: string | null; publishedTime: string | null })
  const pages = rows.map((row) => {
    const html = readGzippedText(join(READABILITY_DIR, `${row.id}.html.gz`))
    const truth: MetadataTruth = {
      id: row.id,
      url: null,
      headline: given(row.title),
      byline: given(row.byline),
      date: given(row.publishedTime),
      siteName: given(row.siteName),
      blind: blind.has(row.id),
    }
    return { truth, card: cardOf(cleanArticle(html, { format: 'html' })) }
  })
  return { set: READABILITY_KEY, door: 'html', pages }
}

/** A truth value, or null where it is missing or empty (an empty annotation says the page has none). */
export function given(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value
}

export function cardOf(article: CleanArticle): Card {
  return { headline: article.headline, byline: article.byline, authors: article.authors, publishedAt: article.publishedAt, modifiedAt: article.modifiedAt, siteName: article.siteName }
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_WORD, ' ').trim()
}

function compact(text: string): string {
  return fold(text).replaceAll(' ', '')
}

/** The host's name without "www." and the top-level domain: "flatworldsolutions" of www.flatworldsolutions.com. */
function hostName(url: string | null): string | null {
  if (url === null) return null
  try {
    const labels = new URL(url).hostname.split('.').filter((label) => label !== 'www')
    return labels.length > 1 ? labels.slice(0, -1).join('') : (labels[0] ?? null)
  } catch {
    return null
  }
}

/** Whether a title segment is the site's name: our or the truth's site name, or the host's name. */
function isSiteName(segment: string, siteNames: readonly string[], host: string | null): boolean {
  if (segment.split(' ').length > MAX_SITE_WORDS) return false
  const key = compact(segment)
  if (key === '') return false
  if (siteNames.some((name) => compact(name) === key)) return true
  return host !== null && (host.includes(key) || key.includes(host))
}

/** A title as printed, and without a trailing or leading site name. */
function titleVariants(title: string, siteNames: readonly string[], host: string | null): string[] {
  const variants = [fold(title)]
  const pieces = title.split(TITLE_SEPARATOR)
  if (pieces.length > 1) {
    if (isSiteName(pieces[pieces.length - 1]!, siteNames, host)) variants.push(fold(pieces.slice(0, -1).join(' ')))
    if (isSiteName(pieces[0]!, siteNames, host)) variants.push(fold(pieces.slice(1).join(' ')))
  }
  const suffixed = title.split(SUFFIX_SEPARATOR)
  if (suffixed.length > 1 && suffixed[suffixed.length - 1]!.split(' ').length <= MAX_SUFFIX_WORDS) variants.push(fold(suffixed.slice(0, -1).join(' ')))
  return variants.filter((variant) => variant !== '')
}

interface HeadlineScore {
  exact: boolean
  contains: boolean
}

function scoreHeadline(page: MetadataPage): HeadlineScore {
  const { truth, card } = page
  if (truth.headline === null || card.headline === null) return { exact: false, contains: false }
  const siteNames = [card.siteName, truth.siteName].filter((name): name is string => typeof name === 'string' && name !== '')
  const host = hostName(truth.url)
  const ours = titleVariants(card.headline, siteNames, host)
  const theirs = titleVariants(truth.headline, siteNames, host)
  const exact = ours.some((a) => theirs.includes(a))
  const contains = exact || ours.some((a) => theirs.some((b) => ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)))
  return { exact, contains }
}

/** The names of a byline, folded, as a sorted list (see the file's header). */
export function bylineNames(byline: string, firstLineOnly: boolean): string[] {
  const unprefixed = byline.replace(BY_PREFIX, '')
  const printed = firstLineOnly ? (unprefixed.trim().split('\n')[0] ?? '') : unprefixed
  const names = new Set<string>()
  for (const raw of printed.replace(BY_PREFIX, '').replace(BRACKETED, ' ').split(NAME_SEPARATOR)) {
    const part = raw.replace(BY_PREFIX, '').replace(LEADING_CONJUNCTION, '').replace(FROM_FIRST_DIGIT, '').trim()
    if (part === '' || CREDENTIAL.test(part)) continue
    if (UPPER_CASE.test(part) && !LOWER_CASE.test(part) && !CAPITALS_NAME.test(part)) continue
    const key = fold(part)
    if (key !== '') names.add(key)
  }
  return [...names].sort()
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((name, i) => name === b[i])
}

/**
 * Whether the truth names an author: a truth byline that is itself a URL, a date or a placeholder
 * (Readability's "Follow Author", a date line) is no name to match, and is left out of the byline figures.
 */
function hasNameByline(page: MetadataPage): boolean {
  return page.truth.byline !== null && unsafeByline(page.truth.byline.replace(BRACKETED, ' ')) === null
}

function bylineRight(page: MetadataPage, firstLineOnly: boolean): boolean {
  const { truth, card } = page
  if (truth.byline === null || card.byline === null) return false
  if (fold(truth.byline) === fold(card.byline)) return true
  return sameNames(bylineNames(card.byline, false), bylineNames(truth.byline, firstLineOnly))
}

function authorsRight(page: MetadataPage, firstLineOnly: boolean): boolean {
  const { truth, card } = page
  if (truth.byline === null) return false
  const ours = [...new Set(card.authors.map(fold))].sort()
  return sameNames(ours, bylineNames(truth.byline, firstLineOnly))
}

function dateRight(page: MetadataPage): boolean {
  return sameDay(page.truth.date, page.card.publishedAt)
}

/** The truth's date is our published or our modified date: annotators took the date the page shows, often its update. */
function publishedOrModifiedRight(page: MetadataPage): boolean {
  return dateRight(page) || sameDay(page.truth.date, page.card.modifiedAt)
}

function sameDay(truth: string | null, ours: string | null): boolean {
  const truthDay = ISO_DAY.exec(truth ?? '')?.[1]
  return truthDay !== undefined && truthDay === ISO_DAY.exec(ours ?? '')?.[1]
}

function siteNameRight(page: MetadataPage): boolean {
  const { truth, card } = page
  return typeof truth.siteName === 'string' && card.siteName !== null && fold(truth.siteName) === fold(card.siteName)
}

/** Why a byline is unsafe, or null: a URL, a date, a placeholder. */
export function unsafeByline(byline: string | null): string | null {
  if (byline === null) return null
  if (URL_LIKE.test(byline)) return 'url'
  if (DATE_LIKE.test(byline)) return 'date'
  if (PLACEHOLDER.test(byline.trim())) return 'placeholder'
  return null
}

/** The figures of one part of a run. */
interface Figures {
  pages: number
  headline: number
  headlineExact: number
  headlineContains: number
  bylines: number
  bylineRight: number
  bylineNone: number
  authorsRight: number
  bylineExtra: number
  noBylinePages: number
  dates: number
  dateRight: number
  dateEitherRight: number
  dateNone: number
  dateExtra: number
  noDatePages: number
  siteNames: number
  siteNameRight: number
}

function figuresOf(pages: readonly MetadataPage[], firstLineOnly: boolean): Figures {
  const withHeadline = pages.filter((page) => page.truth.headline !== null)
  const headlines = withHeadline.map(scoreHeadline)
  const withByline = pages.filter(hasNameByline)
  const withoutByline = pages.filter((page) => page.truth.byline === null)
  const withDate = pages.filter((page) => page.truth.date !== null)
  const withoutDate = pages.filter((page) => page.truth.date === null)
  const withSite = pages.filter((page) => typeof page.truth.siteName === 'string')
  return {
    pages: pages.length,
    headline: withHeadline.length,
    headlineExact: headlines.filter((score) => score.exact).length,
    headlineContains: headlines.filter((score) => score.contains).length,
    bylines: withByline.length,
    bylineRight: withByline.filter((page) => bylineRight(page, firstLineOnly)).length,
    bylineNone: withByline.filter((page) => page.card.byline === null).length,
    authorsRight: withByline.filter((page) => authorsRight(page, firstLineOnly)).length,
    bylineExtra: withoutByline.filter((page) => page.card.byline !== null).length,
    noBylinePages: withoutByline.length,
    dates: withDate.length,
    dateRight: withDate.filter(dateRight).length,
    dateEitherRight: withDate.filter(publishedOrModifiedRight).length,
    dateNone: withDate.filter((page) => page.card.publishedAt === null).length,
    dateExtra: withoutDate.filter((page) => page.card.publishedAt !== null).length,
    noDatePages: withoutDate.length,
    siteNames: withSite.length,
    siteNameRight: withSite.filter(siteNameRight).length,
  }
}

type Part = 'all' | 'seen' | 'blind'

function partOf(pages: readonly MetadataPage[], part: Part): MetadataPage[] {
  return part === 'all' ? [...pages] : pages.filter((page) => page.truth.blind === (part === 'blind'))
}

/** Readability's bylines are an element's whole text: only the first line is its names. */
function firstLineOnly(run: MetadataRun): boolean {
  return run.set === READABILITY_KEY
}

/** The figures table of every run, all / seen / blind rows. */
export function formatMetadataTable(runs: readonly MetadataRun[]): string {
  const header = ['set', 'door', 'part', 'pages', 'headline exact', 'headline contains', 'byline right', 'byline none', 'authors right', 'byline where none', 'date right', 'published or modified', 'date none', 'date where none', 'site name right']
  const rows: string[][] = []
  for (const run of runs) {
    const parts: Part[] = run.pages.some((page) => page.truth.blind) ? ['all', 'seen', 'blind'] : ['all']
    for (const part of parts) {
      const f = figuresOf(partOf(run.pages, part), firstLineOnly(run))
      rows.push([
        part === 'all' ? run.set : '',
        part === 'all' ? run.door : '',
        part,
        String(f.pages),
        counted(f.headlineExact, f.headline),
        counted(f.headlineContains, f.headline),
        counted(f.bylineRight, f.bylines),
        String(f.bylineNone),
        counted(f.authorsRight, f.bylines),
        `${f.bylineExtra}/${f.noBylinePages}`,
        counted(f.dateRight, f.dates),
        counted(f.dateEitherRight, f.dates),
        String(f.dateNone),
        `${f.dateExtra}/${f.noDatePages}`,
        f.siteNames === 0 ? '—' : counted(f.siteNameRight, f.siteNames),
      ])
    }
  }
  return alignColumns([header, ...rows])
}

function shown(value: string | null | undefined): string {
  if (value === null || value === undefined) return '∅'
  const line = value.replace(/\s+/gu, ' ').trim()
  return line.length > SHOWN_CHARS ? `${line.slice(0, SHOWN_CHARS - 1)}…` : line
}

/** The misses of seen pages, per field: ours beside the truth. Blind pages are never listed. */
export function formatMetadataMisses(runs: readonly MetadataRun[]): string {
  const out: string[] = []
  for (const run of runs) {
    const seen = partOf(run.pages, 'seen')
    const lists: [string, MetadataPage[], (page: MetadataPage) => [string | null, string | null]][] = [
      ['headline not exact', seen.filter((page) => page.truth.headline !== null && !scoreHeadline(page).exact), (p) => [p.card.headline, p.truth.headline]],
      ['byline wrong', seen.filter((page) => hasNameByline(page) && !bylineRight(page, firstLineOnly(run))), (p) => [p.card.byline, p.truth.byline]],
      ['date wrong', seen.filter((page) => page.truth.date !== null && !dateRight(page)), (p) => [p.card.publishedAt, p.truth.date]],
    ]
    for (const [title, misses, values] of lists) {
      out.push(`\n${run.set}, ${run.door} door: ${title} on ${misses.length} seen pages (first ${Math.min(MISSES_SHOWN, misses.length)}; ours | truth):`)
      for (const page of misses.slice(0, MISSES_SHOWN)) {
        const [ours, theirs] = values(page)
        out.push(`  ${page.truth.id.padEnd(12)} ${shown(ours)} | ${shown(theirs)}`)
      }
    }
  }
  return out.join('\n')
}

/** Every seen page's fields beside the truth, one TSV per run, for reading misses in full. */
export function writeMetadataTsv(runs: readonly MetadataRun[]): void {
  for (const run of runs) {
    const header = ['id', 'headline_exact', 'byline_right', 'date_right', 'headline', 'true_headline', 'byline', 'authors', 'true_byline', 'date', 'true_date', 'site_name', 'true_site_name', 'modified']
    const rows = partOf(run.pages, 'seen').map((page) => {
      const { truth, card } = page
      return [
        truth.id,
        scoreHeadline(page).exact ? '1' : '0',
        bylineRight(page, firstLineOnly(run)) ? '1' : '0',
        dateRight(page) ? '1' : '0',
        shown(card.headline),
        shown(truth.headline),
        shown(card.byline),
        card.authors.join('; '),
        shown(truth.byline),
        shown(card.publishedAt),
        shown(truth.date),
        shown(card.siteName),
        shown(truth.siteName),
        shown(card.modifiedAt),
      ]
    })
    writeResultFile(`metadata-${run.set}-${run.door}.tsv`, `${[header, ...rows].map((cells) => cells.join('\t')).join('\n')}\n`)
  }
}

/** Unsafe bylines over every page given (all sets, both doors): counts by reason; blind pages only counted. */
export function formatUnsafeBylines(bylines: readonly { set: string; door: Door; id: string; blind: boolean; byline: string | null }[]): { text: string; count: number } {
  const unsafe = bylines.flatMap((page) => {
    const reason = unsafeByline(page.byline)
    return reason === null ? [] : [{ ...page, reason }]
  })
  const seen = unsafe.filter((page) => !page.blind)
  const lines = [`Bylines that are a URL, hold a date or are a placeholder, over all ${bylines.length} pages of every set and door: ${unsafe.length} (blind ${unsafe.length - seen.length})`]
  for (const page of seen) lines.push(`  ${page.set}/${page.door} ${page.id}: ${page.reason}: ${shown(page.byline)}`)
  return { text: lines.join('\n'), count: unsafe.length }
}

/** The metadata figures a floor can be set on (bench/quality-floors.json, key "metadata"). */
export const METADATA_FIGURES = ['headline', 'byline', 'authors', 'date', 'siteName'] as const

/** A figure of all pages of a run: a share of the pages whose truth has the field. */
export function metadataFigure(run: MetadataRun, name: (typeof METADATA_FIGURES)[number]): number {
  const f = figuresOf(run.pages, firstLineOnly(run))
  const shares: Record<(typeof METADATA_FIGURES)[number], [number, number]> = {
    headline: [f.headlineExact, f.headline],
    byline: [f.bylineRight, f.bylines],
    authors: [f.authorsRight, f.bylines],
    date: [f.dateRight, f.dates],
    siteName: [f.siteNameRight, f.siteNames],
  }
  const [right, total] = shares[name]
  return total === 0 ? 0 : right / total
}
