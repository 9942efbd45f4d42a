/**
 * Fields from classified blocks: headline, captions, byline, date, paragraphs and the list of
 * removed blocks. Blocks used for a field are neither paragraphs nor reported as removed.
 */
import type { Block, ElementRef } from '../blocks/block.js'
import { elementsWithText, type Classification } from '../classify/classify.js'
import { absoluteUrl } from '../url.js'
import type { Page } from '../page.js'
import type { Caption, RemovedBlock, RemovedKind } from '../types.js'
import { isMakerName, splitCredit } from './credit.js'
import { CAPTION_TOGGLE, CAPTION_TOGGLE_LINE, DANGLING_LABEL } from './credit-patterns.js'
import { chooseByline, chooseDates, chooseHeadline, closingArea, headerArea, headlineCandidates } from './card.js'
import { dateLine } from './date.js'
import { findHeader, headerInBody } from './header.js'

/**
 * A caption this many blocks above the body can still be the lead image's (between headline and
 * text). Blocks a rule removed (a "Most popular" box beside a lead gallery) and other caption
 * blocks are not counted: a reader does not see them between the picture and the text.
 */
const LEAD_CAPTION_LOOKBACK = 12
/**
 * A caption this many blocks above the headline is the lead image's, however long the header
 * between the headline and the text (standfirst, key points, notes): templates put the lead
 * picture above the headline. Blocks counted as for LEAD_CAPTION_LOOKBACK.
 */
const LEAD_ABOVE_HEADLINE = 4
/**
 * Such a caption and the headline share a box at most this many levels above the caption (the
 * figure, its wrapper, the header block, the article): a promotion in the site's header above
 * the headline (a magazine cover and "Subscribe") shares only the page with it.
 */
const LEAD_ABOVE_HEADLINE_LEVELS = 5
/** A box beside the article container holding a figure sits at most this many levels below the container's parent (the container's siblings' and its parent's siblings' boxes). */
const BESIDE_BODY_LEVELS = 2
/**
 * A caption whose text is more than this share link text points elsewhere: a promotion or a
 * teaser ("Subscribe to our sister title …"), not a description of the article's picture, when
 * its picture links elsewhere too or it calls the reader to act (CALL_TO_ACTION). A caption
 * linking to the photographer, the source article or the artwork's page under its own picture
 * is a caption.
 */
const MAX_CAPTION_LINK_SHARE = 0.5
/** A sponsor's line under its logo ("Presented by …", "In partnership with …"): a promotion, linked or not. */
const SPONSOR_LINE = /^(?:(?:presented|sponsored|brought to you|powered|supported|underwritten) by|in (?:partnership|association|collaboration) with|paid (?:content|post|partnership))\b/i
/**
 * The opening of a promotion: a verb addressing the reader ("Subscribe to …", "Sign up …", "Get
 * the …"). A description of a picture names what it shows.
 */
const CALL_TO_ACTION = /^(?:subscribe|sign up|join|get|buy|shop|order|download|read|watch|listen|click|tap|follow|learn|discover|register|try|book|donate|support|visit|see|explore|find out|check out)\b/i

/** A collapsed caption's expand button, as printed in its text: "… [+]" (the rest of the caption follows). */
const EXPAND_TOGGLE = /\s?(?:(?:\.{3}|…) ?)?\[\+\]/g
/**
 * Inline tags of small print: a caption-classed one holding only a name ("<small
 * class="image-caption">OsakaWayne Studios</small>") is the picture's credit line, not its caption.
 * Not figcaption, p or div: a caption there naming only what is pictured ("Mount Fuji") describes it.
 */
const NAME_CREDIT_TAGS: ReadonlySet<string> = new Set(['small', 'span', 'cite', 'em', 'i', 'b', 'strong'])
/** Most words of a caption's last line that only repeats its credit in short ("Getty" after "(Photo: Getty Images)"). */
const REPEATED_CREDIT_MAX_WORDS = 4
/** A caption line cut short and ended with an ellipsis: with a "… more" toggle gone, a truncated copy of the line beside it. */
const CUT_SHORT = /(?:\.{3}|…)$/

/**
 * Kinds of rules that can catch a byline or date line by its box ("author-bio", "share" rows
 * holding the date): such lines in the header area are still read for the card.
 */
const BYLINE_REMOVAL_KINDS: ReadonlySet<RemovedKind> = new Set(['author-bio', 'share', 'chrome'])

/** Reported for blocks outside the article that no rule names more precisely. */
export const OUTSIDE_RULE = 'region/outside-article'
/** Reported for body blocks that repeat other body text (pull quotes). */
export const REPEATED_RULE = 'region/repeated-text'
/** Reported for a credit printed without caption text (a lone "Getty Images", an embedded post's "@handle"): no caption to give it to. */
export const CREDIT_ALONE_RULE = 'caption/credit-alone'
/** Reported for a figure caption that is mostly links (MAX_CAPTION_LINK_SHARE): a promotion, not a caption. */
export const LINKED_CAPTION_RULE = 'caption/linked-text'
/** Reported for a caption printed again for the same image (a gallery's control bar repeats the slide's caption): reported once. */
export const REPEATED_CAPTION_RULE = 'caption/repeated'
/** Reported for the photo and bio of an author card in caption markup ("<figure class="author"><img><figcaption>Jane Doe is …"): a byline's box, not a picture of the article. */
export const AUTHOR_CARD_RULE = 'caption/author-card'
/** Class words of an author's card: its photo and bio may be marked up as a figure and caption. */
const AUTHOR_CARD_TOKENS: ReadonlySet<string> = new Set(['author', 'authors', 'writer', 'writers', 'contributor', 'contributors', 'columnist', 'byline', 'avatar', 'bio', 'profile'])
/** The word inside run-together class words of an author's box ("articleAuthor", "postauthor"). */
const AUTHOR_IN_TOKEN = 'author'
/** A reading time ("7 minutes read", "35 min read", "0 min. read"): a post's meta line beside its author's picture, not a caption. */
const READ_TIME = /\b\d{1,3} ?(?:min(?:ute)?s?\.?) read\b/i
/** Most words of a caption block that is only a date ("Apr 16, 2024", "Reviewed on: 9/30/2025"); a longer line with a date describes a picture ("… leaves PortMiami, on Aug. 31, 2019."). */
const DATE_ONLY_MAX_WORDS = 5
/** A post's meta line opening with its writer ("Written by Jane Doe"). */
const WRITTEN_BY = /^written by\b/i
/** How far above a caption's element an author card's class may sit: the caption, its figure, the card's photo box and the card. */
const AUTHOR_CARD_LEVELS = 4
/** Reported for a product or review card's text beside its picture (a rating, a "Shop Now" button): a card in a grid, not a caption. */
export const CARD_TEXT_RULE = 'caption/card-text'
/** A rating, as review and product cards print it: "Rated 4.5 out of 5 stars", "66 reviews", "4.7 / 5". */
const RATING = /\bout of (?:5|five|10) stars\b|^\d[\d,]* reviews?\b|\b\d(?:\.\d)? ?\/ ?5$/i
/** A card's button label ending its text: "Shop Now", "Buy now", "Get a Quote", "Learn more". */
const CARD_BUTTON = /\b(?:shop now|buy now|order now|book now|subscribe now|get a quote|learn more|shop the look|add to cart)$/i
/** A repeat has at least this many words: short lines ("Yes.") recur in any text. */
const REPEAT_MIN_WORDS = 8
/** Pull quotes are short; a long block contained in another is a nesting artefact, left alone. */
const REPEAT_MAX_WORDS = 80
/** Class words of pull-quote boxes. */
const PULL_QUOTE_TOKENS: ReadonlySet<string> = new Set(['pullquote', 'pull-quote', 'pull', 'quote', 'blockquote', 'highlight', 'callout'])
/** How far up a pull-quote class may sit above the block's element. */
const PULL_QUOTE_DEPTH = 3

export interface ArticleFields {
  headline: string | null
  byline: string | null
  authors: string[]
  publishedAt: string | null
  modifiedAt: string | null
  image: string | null
  captions: Caption[]
  paragraphs: string[]
  /** Indexes into `paragraphs` of paragraphs that were HTML blockquotes. */
  blockquotes: Set<number>
  /** The block of each paragraph. */
  paragraphBlocks: number[]
  /** Captions of the body's pictures with the block each starts at (`content`'s figures). */
  figures: { at: number; caption: Caption }[]
  removed: RemovedBlock[]
}

/** Anything that is not a letter or digit: ignored when comparing texts. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu

/** Headline comparison ignores case, spacing and punctuation: "Foo — Bar" equals "foo bar". */
function comparable(text: string): string {
  return text.toLowerCase().replace(NOT_WORD, ' ').trim()
}

export function extractArticle(page: Page, classification: Classification): ArticleFields {
  const { blocks, meta } = page
  const { removals } = classification
  const body = [...classification.body]
  const used = new Set<number>()
  const usable = (i: number): boolean => !body[i] && removals[i] === null

  // Header fields: the header lines at the top of the body and before it, then the page's card
  // (headline, byline, dates) from them and the metadata.
  const bodyIndexes = body.flatMap((inBody, i) => (inBody ? [i] : []))
  const start = bodyIndexes[0] ?? blocks.length
  const headlineBefore = findHeader(blocks, start, usable).headline !== null || meta.headline !== null
  for (const i of headerInBody(blocks, bodyIndexes, headlineBefore)) body[i] = false
  const header = findHeader(blocks, body.indexOf(true) === -1 ? blocks.length : body.indexOf(true), usable)
  const candidates = headlineCandidates(blocks, bodyIndexes, (i) => removals[i] !== null)
  const chosen = chooseHeadline(blocks, candidates, meta, header.headline)
  const headline = chosen.text
  // The card reads the page but takes no text out of the body (the header scan above does): lines
  // outside the body it was read from are fields, not removed text.
  if (chosen.index !== null && !body[chosen.index]) used.add(chosen.index)
  if (header.headline !== null && headline !== null && comparable(blocks[header.headline]?.text ?? '') === comparable(headline)) used.add(header.headline)
  const currentBody = body.flatMap((inBody, i) => (inBody ? [i] : []))
  // The byline and dates follow the headline: where the headline came from metadata, the page's
  // heading of the same words anchors them.
  const anchor = chosen.index ?? (headline === null ? null : printedHeadline(blocks, comparable(headline)))
  const area = headerArea(blocks, currentBody, anchor, usable, (i) => removals[i]?.kind !== undefined && BYLINE_REMOVAL_KINDS.has(removals[i]!.kind))
  const card = chooseByline(blocks, area, meta, header.byline)
  const dates = chooseDates(blocks, area, meta, (i) => body[i] === true, closingArea(blocks, currentBody, usable))
  for (const i of [header.byline?.index, header.date?.index, card.index, ...dates.indexes]) if (i !== undefined && i !== null && !body[i]) used.add(i)
  const { byline, authors } = card
  const { publishedAt, modifiedAt } = dates

  // Captions: HTML caption blocks of the article (in its body, or just above it where the lead
  // image sits) in page order, or the text header's caption; then metadata's.
  const captions: Caption[] = []
  const figures: { at: number; caption: Caption }[] = []
  const extra = new Map<number, { kind: RemovedKind; rule: string }>()
  const bodyStart = body.indexOf(true) === -1 ? blocks.length : body.indexOf(true)
  const bodyEnd = body.lastIndexOf(true)
  const isCaptionBlock = (i: number): boolean => (blocks[i]!.role === 'caption' || blocks[i]!.role === 'credit') && removals[i] === null
  const unseen = (i: number): boolean => removals[i] !== null || isCaptionBlock(i)
  const leadStart = leadCaptionStart(bodyStart, unseen, LEAD_CAPTION_LOOKBACK)
  const aboveHeadline = anchor === null ? anchor : leadCaptionStart(anchor, unseen, LEAD_ABOVE_HEADLINE)
  const beside = besideBody(blocks, bodyEnd, classification.container, isCaptionBlock, (i) => removals[i] !== null)
  const headlineBox = anchor === null ? null : ancestorIds(blocks[anchor]!.element, LEAD_ABOVE_HEADLINE_LEVELS)
  const leadAbove = (i: number): boolean => aboveHeadline !== null && anchor !== null && i >= aboveHeadline && i < anchor && sharesBox(blocks[i]!.element, headlineBox)
  const ofArticle = (i: number): boolean => (i >= leadStart && i <= bodyEnd) || leadAbove(i) || beside.has(i)
  const seen = new SeenCaptions()
  let run: number[] = []
  const closeRun = (): void => {
    if (run.length === 0) return
    const caption = captionOf(blocks, run)
    const rejected = rejection(blocks, run, caption, seen)
    if (rejected === null) {
      captions.push(caption)
      figures.push({ at: run[0]!, caption })
      for (const i of run) used.add(i)
    } else {
      for (const i of run) extra.set(i, { kind: 'other', rule: rejected })
    }
    run = []
  }
  blocks.forEach((block, i) => {
    if (!isCaptionBlock(i) || !ofArticle(i)) {
      closeRun()
      return
    }
    // Consecutive caption and credit blocks of one image are one caption.
    const previous = blocks[run[run.length - 1] ?? -1]
    if (previous && previous.image !== block.image) closeRun()
    run.push(i)
  })
  closeRun()
  if (header.caption && header.caption.text === '') {
    extra.set(header.caption.index, { kind: 'other', rule: CREDIT_ALONE_RULE })
  } else if (header.caption) {
    captions.unshift({ text: header.caption.text, credit: header.caption.credit })
    used.add(header.caption.index)
  }
  if (captions.length === 0) captions.push(...meta.captions)

  // Paragraphs: body blocks, minus a repeat of the headline and pull quotes that repeat the text.
  const paragraphs: string[] = []
  const paragraphBlocks: number[] = []
  const blockquotes = new Set<number>()
  // A first paragraph repeating the metadata headline, or the headline line the header scan found,
  // is that headline printed again.
  const repeatedHeadline = meta.headline ?? (header.headline === null ? null : (blocks[header.headline]?.text ?? null))
  const headlineKey = repeatedHeadline === null ? null : comparable(repeatedHeadline)
  const repeats = repeatedBlocks(blocks, body)
  blocks.forEach((block, i) => {
    if (!body[i] || used.has(i) || extra.has(i)) return
    if (headlineKey !== null && paragraphs.length === 0 && comparable(block.text) === headlineKey) {
      used.add(i)
      return
    }
    if (repeats.has(i)) {
      extra.set(i, { kind: 'other', rule: REPEATED_RULE })
      return
    }
    if (block.role === 'blockquote') blockquotes.add(paragraphs.length)
    paragraphs.push(block.text)
    paragraphBlocks.push(i)
  })

  return { headline, byline, authors, publishedAt, modifiedAt, image: meta.image ?? absoluteUrl(captions.find((caption) => caption.image)?.image ?? null), captions, paragraphs, blockquotes, paragraphBlocks, figures, removed: removedBlocks(page, body, classification, used, extra) }
}

/** The first heading printing the headline, or null. */
function printedHeadline(blocks: readonly Block[], key: string): number | null {
  const index = blocks.findIndex((block) => block.headingLevel > 0 && comparable(block.text) === key)
  return index === -1 ? null : index
}

/** The first block a lead caption may start at: `lookback` blocks above `from` (the body, or the headline), not counting `unseen` ones. */
function leadCaptionStart(from: number, unseen: (index: number) => boolean, lookback: number): number {
  let seen = 0
  let start = from
  while (start > 0 && seen < lookback) {
    start--
    if (!unseen(start)) seen++
  }
  return start
}

/** The page's own boxes: sharing only these, two elements share no box of the article. */
const PAGE_TAGS: ReadonlySet<string> = new Set(['html', 'body'])

/** Ids of an element and its ancestors, `levels` up, short of the page's own boxes (PAGE_TAGS). */
function ancestorIds(element: ElementRef | null, levels: number): Set<number> {
  const ids = new Set<number>()
  for (let el = element, n = 0; el !== null && n <= levels && !PAGE_TAGS.has(el.tag); el = el.parent, n++) ids.add(el.id)
  return ids
}

/** Whether an element, or one of its ancestors LEAD_ABOVE_HEADLINE_LEVELS up, is in `box` (the headline's box ids). */
function sharesBox(element: ElementRef | null, box: ReadonlySet<number> | null): boolean {
  if (box === null) return false
  for (let el = element, n = 0; el !== null && n <= LEAD_ABOVE_HEADLINE_LEVELS; el = el.parent, n++) if (box.has(el.id)) return true
  return false
}

/**
 * Caption blocks of figures beside the article container, right after the body (only removed and
 * caption blocks between): in a box under the container's parent or grandparent (BESIDE_BODY_LEVELS)
 * that holds nothing but the figure (a two-column story: text, then a media column). A box holding
 * other text (a related-stories section with its heading) is not the article's.
 */
function besideBody(
  blocks: readonly Block[],
  bodyEnd: number,
  container: ElementRef | null,
  isCaptionBlock: (index: number) => boolean,
  removed: (index: number) => boolean,
): Set<number> {
  const beside = new Set<number>()
  if (container === null || bodyEnd < 0) return beside
  const levels = new Set<number>()
  for (let el = container.parent, n = 0; el !== null && n < BESIDE_BODY_LEVELS; el = el.parent, n++) levels.add(el.id)
  let holdsText: Set<number> | null = null
  for (let i = bodyEnd + 1; i < blocks.length && (removed(i) || isCaptionBlock(i)); i++) {
    if (!isCaptionBlock(i)) continue
    holdsText ??= elementsWithText(blocks)
    // The box the caption sits in, right under the container's parent or grandparent.
    let box: ElementRef | null = blocks[i]!.element
    while (box !== null && box.parent !== null && !levels.has(box.parent.id)) box = box.parent
    if (box?.parent !== null && box !== null && box.id !== container.id && !holdsText.has(box.id)) beside.add(i)
  }
  return beside
}

/**
 * Why a run of caption blocks is no caption, or null: a credit without caption text; an author
 * card's bio or a post's meta line; a product or review card's text; a figure caption made of
 * links (a promotion); a caption of an image already given.
 */
function rejection(blocks: readonly Block[], run: readonly number[], caption: Caption, seen: SeenCaptions): string | null {
  if (caption.text === '') return CREDIT_ALONE_RULE
  if (run.some((i) => inAuthorCard(blocks[i]!)) || isPostMeta(blocks, run, caption.text)) return AUTHOR_CARD_RULE
  if (RATING.test(caption.text) || CARD_BUTTON.test(caption.text)) return CARD_TEXT_RULE
  if (isPromotion(blocks, run, caption.text)) return LINKED_CAPTION_RULE
  return seen.repeats(caption) ? REPEATED_CAPTION_RULE : null
}

/** Whether a caption block sits in an author's card: a class word naming one (or holding "author") on its element or the AUTHOR_CARD_LEVELS above. */
function inAuthorCard(block: Block): boolean {
  for (let el = block.element, n = 0; el !== null && n <= AUTHOR_CARD_LEVELS; el = el.parent, n++) {
    if (el.tokens.some((token) => AUTHOR_CARD_TOKENS.has(token) || token.includes(AUTHOR_IN_TOKEN))) return true
  }
  return false
}

/**
 * Whether a run's "caption" is a post's meta line beside the author's or a calendar picture: a
 * reading time, "Written by …", or nothing but a short date in every caption block.
 */
function isPostMeta(blocks: readonly Block[], run: readonly number[], text: string): boolean {
  if (READ_TIME.test(text) || WRITTEN_BY.test(text)) return true
  const parts = run.map((i) => blocks[i]!).filter((block) => !isCredit(block))
  return parts.length > 0 && parts.every((block) => block.words <= DATE_ONLY_MAX_WORDS && dateLine(block) !== null)
}

/** Whether a run's caption is a promotion: a sponsor's line, or mostly link text with a picture that links elsewhere too or words calling the reader to act. */
function isPromotion(blocks: readonly Block[], run: readonly number[], text: string): boolean {
  if (SPONSOR_LINE.test(text)) return true
  if (captionLinkShare(blocks, run) <= MAX_CAPTION_LINK_SHARE) return false
  return run.some((i) => blocks[i]!.pictureLinked) || CALL_TO_ACTION.test(text)
}

/** Share of link text in the caption blocks of a run (credits left out: a linked agency name is common). */
function captionLinkShare(blocks: readonly Block[], run: readonly number[]): number {
  let chars = 0
  let linked = 0
  for (const i of run) {
    const block = blocks[i]!
    if (isCredit(block)) continue
    chars += block.text.length
    linked += block.text.length * block.linkDensity
  }
  return chars === 0 ? 0 : linked / chars
}

/**
 * The captions given so far, by text, with the images they describe: a caption of the same text
 * is a repeat when it describes the same image, or when one of the two is tied to no image (a
 * gallery's control bar prints the current slide's caption away from its picture).
 */
class SeenCaptions {
  /** Per caption text, the images it was given for, and whether once for no image. */
  private readonly seen = new Map<string, { images: Set<string>; noImage: boolean }>()

  /** Whether `caption` repeats one given before; records it when it does not. */
  repeats(caption: Caption): boolean {
    const key = comparable(caption.text)
    const image = caption.image ?? null
    const known = this.seen.get(key)
    if (known === undefined) {
      this.seen.set(key, image === null ? { images: new Set(), noImage: true } : { images: new Set([image]), noImage: false })
      return false
    }
    if (image === null || known.noImage || known.images.has(image)) return true
    known.images.add(image)
    return false
  }
}

/**
 * One caption from a run of caption and credit blocks: a credit marked up on its own is the
 * credit (label stripped); otherwise the credit grammar splits the joined caption text.
 */
function captionOf(blocks: readonly Block[], run: readonly number[]): Caption {
  const parts = run.map((i) => blocks[i]!)
  const image = parts.find((block) => block.image !== null)?.image ?? null
  const printed = captionText(withoutCopies(parts.filter((block) => !isCredit(block)).map((block) => block.text.replace(EXPAND_TOGGLE, ''))))
  let creditText = parts.filter(isCredit).map((block) => block.text).join(' ')
  // A label the caption's text ends with introduces the credit element after it ("… at night. ©" "Reuters").
  const dangling = creditText === '' ? null : DANGLING_LABEL.exec(printed)
  const text = dangling === null ? printed : printed.slice(0, dangling.index).trim()
  if (dangling !== null) creditText = `${dangling[0]} ${creditText}`
  if (creditText !== '') {
    const credit = splitCredit(creditText, 'html')
    const caption = splitCredit(text, 'html')
    // A credit element that also describes the picture ("Titan in 2004. (NASA/JPL)"), with no
    // caption element beside it, holds the caption: its description is the caption text.
    const described = caption.text === '' && credit.credit !== null ? credit.text : caption.text
    return { text: described, credit: fullerCredit(caption.credit, credit.credit) ?? (credit.text || null), image }
  }
  const split = splitCredit(text, 'html')
  return { text: split.text, credit: split.credit, image }
}

/**
 * Whether a caption or credit block is the credit: marked up as one, or a caption-classed bit of
 * small print (NAME_CREDIT_TAGS) that is only a maker's name (credit.ts, `isMakerName`).
 */
function isCredit(block: Block): boolean {
  if (block.role === 'credit') return true
  const tag = block.element?.tag
  return tag !== undefined && NAME_CREDIT_TAGS.has(tag) && isMakerName(block.text)
}

/**
 * The credit of a caption whose credit is printed twice, in the caption's text and in its credit
 * element: the caption's, when it holds every word of the element's ("(AP Photo/Jane Doe)" and
 * "Photo: Jane Doe"), so the fuller form; else the element's.
 */
function fullerCredit(inCaption: string | null, inElement: string | null): string | null {
  if (inCaption === null || inElement === null) return inElement
  const captionWords = new Set(wordsOf(inCaption))
  const elementWords = wordsOf(inElement)
  return elementWords.length > 0 && elementWords.every((word) => captionWords.has(word)) ? inCaption : inElement
}

/**
 * The caption lines of one image without the copies gallery templates print beside the caption
 * for their expand and collapse buttons: a line with a line of the same words before it, and a
 * line cut short (its "… more" toggle or ellipsis at the end, or a toggle's own line after it)
 * whose words begin the line beside it. The toggles go too. Copies sit side by side, so a line
 * is compared with its neighbours only.
 */
function withoutCopies(printed: readonly string[]): string[] {
  const lines: string[] = []
  const cut: boolean[] = []
  for (const line of printed) {
    // A toggle of its own element: the line before it is cut short, or the full line it closes.
    if (CAPTION_TOGGLE_LINE.test(line)) {
      if (cut.length > 0) cut[cut.length - 1] = true
      continue
    }
    lines.push(line)
    cut.push(CUT_SHORT.test(line) || CAPTION_TOGGLE.test(line))
  }
  if (lines.length < 2) return lines.map(withoutToggle)
  const keys = lines.map((line) => comparable(withoutToggle(line)))
  const given = new Set<string>()
  const kept: string[] = []
  lines.forEach((line, i) => {
    const key = keys[i]!
    const truncated = cut[i] === true && [keys[i - 1], keys[i + 1]].some((other) => other !== undefined && other.length > key.length && other.startsWith(key))
    if (key !== '' && (given.has(key) || truncated)) return
    given.add(key)
    kept.push(withoutToggle(line))
  })
  return kept
}

/** A caption line without the expand or collapse toggle at its end. */
function withoutToggle(line: string): string {
  return line.replace(CAPTION_TOGGLE, '').trim()
}

/**
 * The caption text of a run's caption blocks, joined. A last block that only repeats words of the
 * credit the blocks before it print is the credit printed twice, in short ("… (Photo: Getty
 * Images)" then "Getty" in a <small>), not caption text.
 */
function captionText(lines: readonly string[]): string {
  const last = lines.at(-1)
  if (last === undefined || lines.length < 2) return lines.join(' ')
  const before = lines.slice(0, -1).join(' ')
  const split = splitCredit(before, 'html')
  const words = wordsOf(last)
  if (split.credit === null || split.text === '' || words.length === 0 || words.length > REPEATED_CREDIT_MAX_WORDS) return lines.join(' ')
  const creditWords = new Set(wordsOf(split.credit))
  return words.every((word) => creditWords.has(word)) ? before : lines.join(' ')
}

function wordsOf(text: string): string[] {
  return comparable(text).split(' ').filter((word) => word !== '')
}

/**
 * Pull quotes: blockquotes and pull-quote boxes in the body that repeat another body block's
 * text. The longer block stays; a block must have REPEAT_MIN_WORDS to count as a repeat.
 *
 * In time linear in the body, however many candidates: a longer text holding a candidate's
 * words holds every inner word of it (all but the first and last, which may be parts of the
 * text's words) as a whole word, so each candidate is looked for only in the distinct body
 * texts holding its rarest inner word, found by one pass over the texts' words.
 */
function repeatedBlocks(blocks: readonly Block[], body: readonly boolean[]): Set<number> {
  const candidates: number[] = []
  blocks.forEach((block, i) => {
    if (body[i] && block.words >= REPEAT_MIN_WORDS && block.words <= REPEAT_MAX_WORDS && mayBePullQuote(block)) candidates.push(i)
  })
  const repeats = new Set<number>()
  // Most pages have no pull quote: the body's texts are compared only when one may be there.
  if (candidates.length === 0) return repeats
  // A text printed twice is looked in once.
  const texts = [...new Set(blocks.filter((_, i) => body[i]).map((block) => comparable(block.text)))]
  const keys = new Map(candidates.map((i) => [i, comparable(blocks[i]!.text)]))
  // Where each candidate's inner words occur: the indexes of the texts holding them, in order.
  const holders = new Map<string, number[]>()
  for (const key of keys.values()) for (const word of innerWords(key)) holders.set(word, [])
  texts.forEach((text, t) => {
    for (const word of text.split(' ')) {
      const holding = holders.get(word)
      if (holding !== undefined && holding[holding.length - 1] !== t) holding.push(t)
    }
  })
  const found = new Map<string, boolean>()
  for (const [i, key] of keys) {
    let repeated = found.get(key)
    if (repeated === undefined) {
      repeated = isRepeated(key, texts, holders)
      found.set(key, repeated)
    }
    if (repeated) repeats.add(i)
  }
  return repeats
}

/** The words of a comparable key but its first and last: whole words of any text that holds the key. */
function innerWords(key: string): string[] {
  return key.split(' ').slice(1, -1)
}

/**
 * Texts searched for one candidate, at most: a pull quote repeats a sentence of the article,
 * which few texts hold; a page where every one of its words is in thousands of texts is built to
 * make this search long, and its candidate stays.
 */
const REPEAT_SEARCH_LIMIT = 256

/** Whether a longer text holds `key`: among the texts holding its rarest inner word (all of them when it has none, as in scripts without spaces). */
function isRepeated(key: string, texts: readonly string[], holders: ReadonlyMap<string, readonly number[]>): boolean {
  let rarest: readonly number[] | null = null
  for (const word of innerWords(key)) {
    const holding = holders.get(word)!
    if (rarest === null || holding.length < rarest.length) rarest = holding
  }
  const holds = (text: string): boolean => text.length > key.length && text.includes(key)
  if (rarest === null) return texts.slice(0, REPEAT_SEARCH_LIMIT).some(holds)
  return rarest.slice(0, REPEAT_SEARCH_LIMIT).some((t) => holds(texts[t]!))
}

function mayBePullQuote(block: Block): boolean {
  if (block.role === 'blockquote' || block.region === 'aside') return true
  for (let el = block.element, n = 0; el !== null && n < PULL_QUOTE_DEPTH; el = el.parent, n++) {
    if (el.tokens.some((token) => PULL_QUOTE_TOKENS.has(token))) return true
  }
  return false
}

/** Every block that is neither body nor a field, with its kind and rule; neighbours with the same rule merge. */
function removedBlocks(
  page: Page,
  body: readonly boolean[],
  classification: Classification,
  used: ReadonlySet<number>,
  extra: ReadonlyMap<number, { kind: RemovedKind; rule: string }>,
): RemovedBlock[] {
  const out: RemovedBlock[] = []
  let previous = -2
  page.blocks.forEach((block, i) => {
    if ((body[i] && !extra.has(i)) || used.has(i)) return
    const removal = extra.get(i) ?? classification.removals[i] ?? { kind: 'other' as const, rule: OUTSIDE_RULE }
    const last = out[out.length - 1]
    if (last && previous === i - 1 && last.rule === removal.rule && last.kind === removal.kind) {
      last.text += `\n${block.text}`
    } else {
      out.push({ kind: removal.kind, rule: removal.rule, text: block.text })
    }
    previous = i
  })
  return out
}
