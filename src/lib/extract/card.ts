/**
 * The page's card: which headline, byline and dates the article gets, from what its metadata says
 * and what the page prints around the top of the body.
 *
 * 1. Headline candidates: the lines above the body and its first few blocks (HTML headings,
 *    headline-shaped lines, table cells included), read through `headlineCandidates`.
 * 2. Headline: a candidate that agrees with a metadata title or the page's <title>; else the
 *    page's `h1` nearest the body (sharing a word with the titles, when there are any); else the
 *    metadata title; else <title> without the site name; else the headline-shaped line just above
 *    the body.
 * 3. Byline: metadata names (JSON-LD, meta tags, Parse.ly), unless they only name the site and the
 *    page prints a byline; else a byline printed in the header area: a "By …" line, a byline-classed
 *    element or a link to an author's page holding names, a lone "By" followed by the names; else the
 *    first microdata or `rel=author` names anywhere on the page; else a "by Name" segment of the <title>.
 * 4. Dates: metadata's published and modified dates; else the header's date lines, an "Updated"
 *    line being the modified date; else a date in the URL.
 */
import type { Block } from '../blocks/block.js'
import type { PageMeta } from '../page.js'
import { cleanAuthor, parseByline, splitAuthors } from './byline.js'
import { calendarDay, dateFromUrl, dateLine, hasDateLabel, isUpdateLabel } from './date.js'

/** Blocks above the body read for the headline: page headers hold menus, a logo, breadcrumbs, the headline, share rows. */
const HEADLINE_LOOKBACK = 30
/** Body blocks read for a headline the body opens with (a heading or a table cell). */
const HEADLINE_LOOKAHEAD = 4
/** A headline has at least one word and at most this many. */
const MAX_HEADLINE_WORDS = 30
/** A line with more than this share of link text is a link row (share, tools, teasers), not a headline; headings are exempt (a linked title is common). */
const MAX_HEADLINE_LINK_SHARE = 0.5
/** A candidate agrees with a title when this share of the words of both is shared (Dice coefficient). */
const AGREEMENT = 0.8
/** A shared word this long says two titles are about the same thing ("Amp" does, "of" does not)... */
const MIN_SHARED_WORD_CHARS = 3
/** ...unless it is one of the short words any two English titles share. */
const COMMON_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'for', 'you', 'your', 'our', 'are', 'with', 'how', 'what', 'why', 'was', 'has', 'its', 'not', 'but', 'can', 'this', 'that', 'from'])
/** Blocks above the body read for a printed byline and dates. */
const BYLINE_LOOKBACK = 12
/** Blocks after the headline read for a printed byline and dates (the body's start may be found below them). */
const BYLINE_AFTER_HEADLINE = 8
/** Body blocks read for a printed byline and dates (the header often opens the body). */
const BYLINE_LOOKAHEAD = 6
/** Byline-classed elements hold a few names, not a bio. */
const MAX_BYLINE_ELEMENT_WORDS = 12

/** A body line with a date and more than this many words is a sentence or a credit, unless it opens with a date label. */
const MAX_BODY_DATE_LINE_WORDS = 6
/** A timestamp in UTC: "…T02:41:41Z" or "…+00:00". */
const UTC_TIMESTAMP = /T\d{2}:\d{2}:\d{2}(?:Z|\+00:00)$/u
/** One day in milliseconds. */
const DAY_MS = 86_400_000
/** Characters of a date without a time: "2019-11-19". */
const DAY_LENGTH = 10
/** Class words of elements that hold the byline (`itemprop=author` too). */
const BYLINE_TOKENS: ReadonlySet<string> = new Set(['byline', 'bylines', 'author', 'authors', 'author-name', 'authorname', 'writer', 'contributor', 'itemprop:author', 'itemprop:creator'])
/** How many elements up a byline class may sit: the block's own and its parent's (an article element further up may carry "author-…" words). */
const BYLINE_TOKEN_DEPTH = 2
/** A "By" printed alone, the names in the element after it. */
const LONE_BY = /^(?:by|written by|von|par|por|di|door|от)\s*:?$/iu
/** A "by Name" segment of a <title>: "Headline | by Jane Doe | Site". */
const TITLE_BY_SEGMENT = /(?:^|\s[|–—-]\s)by\s+([^|–—]{3,60}?)(?=\s[|–—-]\s|$)/iu
/** Separators of a <title>'s site name: " | ", " - ", " – ", " — ", " · ", " • ", " :: ". */
const TITLE_SEPARATOR = /(?<!\s)\s+(?:[|–—·•-]|::)\s+|(?<!\s)\s*\|\s*/u
/** A site-name segment of a <title> has at most this many words; more is part of the headline. */
const MAX_SITE_SEGMENT_WORDS = 5
/** Anything that is not a letter or digit: ignored when comparing texts. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu

/** A line that may be the headline, read from the blocks around the start of the body. */
export interface HeadlineCandidate {
  index: number
  text: string
  /** 1–6 for an HTML heading, else 0. */
  headingLevel: number
  /** Blocks between it and the start of the body: 1 for the line just above, 0 for the body's first block, −1 for its second … */
  distance: number
  /** Removed by a boilerplate rule (only headings are kept then: a rule can catch a headline's box). */
  removed: boolean
  linkDensity: number
}

/**
 * The headline candidates of a page: up to HEADLINE_LOOKBACK blocks above the body's first block
 * and the body's first HEADLINE_LOOKAHEAD blocks. Blocks a rule removed count only when they are
 * headings. This is the one place that decides which blocks are "around the top of the body".
 */
export function headlineCandidates(blocks: readonly Block[], bodyIndexes: readonly number[], removed: (index: number) => boolean): HeadlineCandidate[] {
  const start = bodyIndexes[0] ?? blocks.length
  const out: HeadlineCandidate[] = []
  const add = (index: number, distance: number): void => {
    const block = blocks[index]
    if (block === undefined || block.hidden || block.words === 0 || block.words > MAX_HEADLINE_WORDS) return
    if (block.role === 'caption' || block.role === 'credit') return
    const isRemoved = removed(index)
    if (isRemoved && block.headingLevel === 0) return
    out.push({ index, text: block.text, headingLevel: block.headingLevel, distance, removed: isRemoved, linkDensity: block.linkDensity })
  }
  for (let i = start - 1; i >= Math.max(0, start - HEADLINE_LOOKBACK); i--) add(i, start - i)
  // A body block is a candidate only when body text follows it: a headline never takes the whole body.
  bodyIndexes.slice(0, Math.min(HEADLINE_LOOKAHEAD, bodyIndexes.length - 1)).forEach((index, n) => add(index, -n))
  return out
}

function fold(text: string): string {
  return text.toLowerCase().replace(NOT_WORD, ' ').trim()
}

function wordSet(text: string): Set<string> {
  return new Set(fold(text).split(' ').filter((word) => word !== ''))
}

/** Dice coefficient of the word sets of two texts. */
function agreement(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const word of a) if (b.has(word)) shared++
  return (2 * shared) / (a.size + b.size)
}

/** The <title>'s segments: the whole, and each part between site-name separators. */
function titleSegments(title: string | null): string[] {
  if (title === null) return []
  const parts = title.split(TITLE_SEPARATOR).filter((part) => part.trim() !== '')
  return parts.length > 1 ? [title, ...parts] : [title]
}

/**
 * Names of the site: metadata's, and the short segments of a <title> that has a longer one (the
 * headline) beside them. A heading equal to one of these is the site's logo, not the headline.
 */
function siteNames(meta: PageMeta): Set<string> {
  const names = new Set<string>()
  for (const name of [meta.siteName, meta.publisher]) if (name) names.add(fold(name))
  const parts = titleSegments(meta.documentTitle).slice(1)
  const longest = Math.max(0, ...parts.map((part) => part.split(' ').length))
  for (const part of parts) if (part.split(' ').length <= MAX_SITE_SEGMENT_WORDS && part.split(' ').length < longest) names.add(fold(part))
  names.delete('')
  return names
}

/** Whether a candidate can be a headline at all: not a link row, a byline, a date line, or the site's name. */
function plausible(candidate: HeadlineCandidate, blocks: readonly Block[], sites: ReadonlySet<string>): boolean {
  if (candidate.headingLevel === 0 && candidate.linkDensity > MAX_HEADLINE_LINK_SHARE) return false
  if (parseByline(candidate.text) !== null) return false
  const block = blocks[candidate.index]
  if (block !== undefined && dateLine(block) !== null) return false
  return !isSiteName(fold(candidate.text), sites)
}

/** A site's name, or a short piece of it ("Cruise Critic" of "Cruise Critic Community"): a logo, not a headline. */
function isSiteName(folded: string, sites: ReadonlySet<string>): boolean {
  if (sites.has(folded)) return true
  const words = folded.split(' ').length
  return words <= MAX_SITE_SEGMENT_WORDS && [...sites].some((site) => ` ${site} `.includes(` ${folded} `))
}

export interface HeadlineChoice {
  text: string | null
  /** The block the headline was read from, when it was a block of the page. */
  index: number | null
}

/**
 * The headline (see the file's header, step 2). `fallbackIndex` is the headline-shaped line the
 * header scan found just above the body, used when nothing better is known.
 */
export function chooseHeadline(blocks: readonly Block[], candidates: readonly HeadlineCandidate[], meta: PageMeta, fallbackIndex: number | null): HeadlineChoice {
  const sites = siteNames(meta)
  const usable = candidates.filter((candidate) => plausible(candidate, blocks, sites))
  // The titles a heading may agree with: a <title> or segment that is only the site's name is none.
  const references = [...meta.titles, ...titleSegments(meta.documentTitle)].filter((title) => !sites.has(fold(title))).map(wordSet)
  // A candidate that says what the metadata or <title> says: the page's own wording of it.
  let best: { candidate: HeadlineCandidate; score: number } | null = null
  for (const candidate of usable) {
    if (candidate.removed) continue
    const words = wordSet(candidate.text)
    const score = Math.max(0, ...references.map((reference) => agreement(words, reference)))
    if (score < AGREEMENT) continue
    if (best === null || score > best.score || (score === best.score && rank(candidate) < rank(best.candidate))) best = { candidate, score }
  }
  if (best !== null) return { text: best.candidate.text, index: best.candidate.index }
  // The page's top heading: the h1 nearest the body (an h2 opening the body is its first section's
  // heading far more often than the article's title, unless a title agrees with it, above). Where
  // the page has a title elsewhere, the h1 must share a word with it: "Introduction" or "Open Menu
  // Close Menu" open a page's sections or menus, not its article.
  const heading = usable
    .filter((candidate) => candidate.headingLevel === 1)
    .filter((candidate) => references.length === 0 || sharesWord(wordSet(candidate.text), references))
    .sort((a, b) => Math.abs(a.distance) - Math.abs(b.distance))[0]
  if (heading !== undefined) return { text: heading.text, index: heading.index }
  if (meta.headline !== null) return { text: meta.headline, index: null }
  const title = titleHeadline(meta)
  if (title !== null) return { text: title, index: null }
  const fallback = fallbackIndex === null ? null : (blocks[fallbackIndex]?.text ?? null)
  return { text: fallback, index: fallback === null ? null : fallbackIndex }
}

/** Whether a text shares a word of MIN_SHARED_WORD_CHARS letters or more with one of the references. */
function sharesWord(words: ReadonlySet<string>, references: readonly ReadonlySet<string>[]): boolean {
  for (const word of words) if (word.length >= MIN_SHARED_WORD_CHARS && !COMMON_WORDS.has(word) && references.some((reference) => reference.has(word))) return true
  return false
}

/** Headings before other lines, h1 first, then the nearest the body. */
function rank(candidate: HeadlineCandidate): number {
  const level = candidate.headingLevel === 0 ? 7 : candidate.headingLevel
  return level * 1000 + Math.abs(candidate.distance)
}

/** The <title> without its site name: the longest segment when the others are short site names, else the whole. */
function titleHeadline(meta: PageMeta): string | null {
  const title = meta.documentTitle
  if (title === null) return null
  const sites = siteNames(meta)
  const parts = titleSegments(title).slice(1)
  if (parts.length === 0) return title
  const kept = parts.filter((part) => !sites.has(fold(part)))
  return kept.length > 0 ? kept.join(' - ') : title
}

export interface BylineChoice {
  byline: string | null
  authors: string[]
  /** The block the byline was read from, when it was printed in one. */
  index: number | null
}

/** The byline (see the file's header, step 3). `headerByline` is the "By …" line the header scan found. */
export function chooseByline(blocks: readonly Block[], area: readonly number[], meta: PageMeta, headerByline: { index: number; names: string } | null): BylineChoice {
  const printed = headerByline ?? printedByline(blocks, area, new Set(meta.authorLinks.map(fold)))
  const sites = siteNames(meta)
  const metaNamesSite = meta.byline !== null && sites.has(fold(meta.byline))
  const choice = (byline: string | null, authors: readonly string[], index: number | null): BylineChoice => ({ byline, authors: withoutSite(authors, sites), index })
  if (meta.byline !== null && !(metaNamesSite && printed !== null)) {
    return choice(meta.byline, meta.authors.length > 0 ? meta.authors : splitAuthors(meta.byline), printed?.index ?? null)
  }
  if (printed !== null) return choice(printed.names, splitAuthors(printed.names), printed.index)
  if (meta.markupAuthors.length > 0) return choice(meta.markupAuthors.join(', '), meta.markupAuthors.flatMap(splitAuthors), null)
  const fromTitle = meta.documentTitle === null ? null : TITLE_BY_SEGMENT.exec(meta.documentTitle)?.[1]
  const name = fromTitle === undefined || fromTitle === null ? null : cleanAuthor(fromTitle)
  return choice(name, splitAuthors(name), null)
}

/**
 * Authors without the site's name where it only says whom the writers work for: "Charlie Wood,
 * Business Insider" → ["Charlie Wood"], "Elliot Brownstein Florida Today" → ["Elliot Brownstein"].
 * A site name that is the only author stays (an organisation can write an article).
 */
function withoutSite(authors: readonly string[], sites: ReadonlySet<string>): string[] {
  const out: string[] = []
  for (const name of authors) {
    const key = fold(name)
    if (isSiteName(key, sites)) continue
    const site = [...sites].find((each) => key.endsWith(` ${each}`))
    out.push(site === undefined ? name : name.slice(0, name.length - trailingChars(name, site.split(' ').length)).trim())
  }
  return out.length > 0 ? out : [...authors]
}

/** Characters taken by the last `words` words of a name. */
function trailingChars(name: string, words: number): number {
  const parts = name.trimEnd().split(' ')
  return parts.slice(-words).join(' ').length
}

/**
 * The blocks where a byline and dates are printed: BYLINE_AFTER_HEADLINE blocks after the
 * headline first (bylines follow headlines), then in page order BYLINE_LOOKBACK blocks just above
 * the body and the body's first few. Only
 * `usable` blocks (neither removed nor body) count towards those numbers; blocks a rule removed
 * that may still hold the byline or date (`removedButReadable`) are read without counting.
 */
/** Usable lines looked at after the article's last block for a labelled date line. */
const CLOSING_DATE_LINES = 3

/** The first CLOSING_DATE_LINES usable blocks after the body's last block. */
export function closingArea(blocks: readonly Block[], bodyIndexes: readonly number[], usable: (index: number) => boolean): number[] {
  const last = bodyIndexes.at(-1)
  if (last === undefined) return []
  const found: number[] = []
  for (let i = last + 1; i < blocks.length && found.length < CLOSING_DATE_LINES; i++) if (usable(i)) found.push(i)
  return found
}

export function headerArea(
  blocks: readonly Block[],
  bodyIndexes: readonly number[],
  headlineIndex: number | null,
  usable: (index: number) => boolean,
  removedButReadable: (index: number) => boolean,
): number[] {
  const start = bodyIndexes[0] ?? blocks.length
  const area = new Set<number>()
  // Walks from `from` by `step` while inside [0, end) and fewer than `limit` usable blocks were taken.
  const take = (from: number, step: 1 | -1, limit: number, end: number): void => {
    for (let i = from, n = 0; i >= 0 && i < end && n < limit; i += step) {
      if (usable(i)) n++
      if (usable(i) || removedButReadable(i)) area.add(i)
    }
  }
  if (headlineIndex !== null) take(headlineIndex + 1, 1, BYLINE_AFTER_HEADLINE, Math.min(blocks.length, start))
  const afterHeadline = [...area]
  take(start - 1, -1, BYLINE_LOOKBACK, start)
  const opening = bodyIndexes.slice(0, BYLINE_LOOKAHEAD)
  for (const index of opening) area.add(index)
  // Between the body's first blocks: a byline line left out of the body, or a byline box a rule took out ("By … Follow @…").
  for (let i = start; i < (opening.at(-1) ?? start); i++) if (usable(i) || removedButReadable(i)) area.add(i)
  const rest = [...area].filter((index) => !afterHeadline.includes(index)).sort((a, b) => a - b)
  return [...afterHeadline, ...rest]
}

/**
 * A byline printed in the header area: a "By" line, a byline-classed element or a link to the
 * author's page holding names, or a lone "By" and the names after it.
 */
function printedByline(blocks: readonly Block[], area: readonly number[], authorLinks: ReadonlySet<string>): { index: number; names: string } | null {
  for (const [n, index] of area.entries()) {
    const block = blocks[index]!
    const names = parseByline(block.text)
    if (names !== null) return { index, names }
    if (LONE_BY.test(block.text)) {
      const next = blocks[area[n + 1] ?? -1]
      const after = next === undefined ? null : parseByline(`By ${next.text}`)
      if (after !== null) return { index: area[n + 1]!, names: after }
    }
    if (block.words <= MAX_BYLINE_ELEMENT_WORDS && (hasBylineClass(block) || authorLinks.has(fold(block.text)))) {
      const named = parseByline(`By ${block.text}`)
      if (named !== null) return { index, names: named }
    }
  }
  return null
}

function hasBylineClass(block: Block): boolean {
  for (let el = block.element, n = 0; el !== null && n < BYLINE_TOKEN_DEPTH; el = el.parent, n++) {
    if (el.tokens.some((token) => BYLINE_TOKENS.has(token))) return true
  }
  return false
}

/**
 * The metadata date, unless it is a UTC timestamp a day off the date the page prints: servers
 * write UTC, readers are shown the local day ("December 18, 2025" for 2025-12-19T02:41:41Z), and
 * that day is the article's date. The printed date is given then, without a time we cannot place.
 */
function localDay(metadata: string | null, printed: string | null): string | null {
  if (metadata === null || printed === null || !UTC_TIMESTAMP.test(metadata)) return metadata
  const apart = Math.abs(Date.parse(calendarDay(metadata)) - Date.parse(calendarDay(printed)))
  return apart === DAY_MS ? printed : metadata
}

export interface DateChoice {
  publishedAt: string | null
  modifiedAt: string | null
  /** Blocks the dates were read from. */
  indexes: number[]
}

/** The dates (see the file's header, step 4). */
export function chooseDates(
  blocks: readonly Block[],
  area: readonly number[],
  meta: PageMeta,
  inBody: (index: number) => boolean,
  closing: readonly number[] = [],
): DateChoice {
  let printedPublished: { index: number; iso: string } | null = null
  let printedUpdated: { index: number; iso: string } | null = null
  // After the header area, the lines just after the article: there only a labelled date is the article's
  // ("Last updated: …", "Published …": what CMS page templates print), an unlabelled one may date a teaser.
  const lines = [...area, ...closing.filter((index) => !area.includes(index) && hasDateLabel(blocks[index]!.text))]
  for (const index of lines) {
    const block = blocks[index]!
    const iso = dateLine(block)
    if (iso === null) continue
    // In the body, a date is the article's only on a line of its own or with a label: an embedded
    // post's credit ("— Harbour Trust (@trust) May 4, 2024") dates the post.
    if (inBody(index) && block.words > MAX_BODY_DATE_LINE_WORDS && !hasDateLabel(block.text)) continue
    if (isUpdateLabel(blocks[index]!.text)) printedUpdated ??= { index, iso }
    else printedPublished ??= { index, iso }
  }
  const indexes = [printedPublished?.index, printedUpdated?.index].filter((index): index is number => index !== undefined)
  // Only an update printed: its day stands for the published date, its time belongs to the update.
  const updateDay = printedUpdated === null ? null : calendarDay(printedUpdated.iso)
  const published = localDay(meta.publishedAt, printedPublished?.iso ?? null) ?? printedPublished?.iso ?? dateFromUrl(meta.canonicalUrl) ?? updateDay
  const updated = meta.modifiedAt ?? printedUpdated?.iso ?? null
  // A modified date that only repeats the published day, less precisely, says nothing new.
  const repeats =
    updated !== null && published !== null && (updated === published || updated === meta.publishedAt || (updated.length === DAY_LENGTH && calendarDay(published) === updated))
  return { publishedAt: published, modifiedAt: repeats ? null : updated, indexes }
}
