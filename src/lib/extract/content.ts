/**
 * The article's `content`: the body's blocks as typed blocks in reading order. Nothing is read
 * again: the walk recorded each block's element chain, role, heading level, and its links,
 * emphasis and cells as offsets into its text (`Block.marks`); this file groups consecutive
 * blocks of one list, table or quotation and turns the marks into links, emphasis and cells. Each text-bearing block's text is its paragraph, unchanged, so `content` reads as
 * `paragraphs`.
 *
 * 1. Each body block gets its place: heading, code, table row, list item, quotation or paragraph
 *    (the closest structural element above it decides).
 * 2. Blocks of one list (nested lists under their item), one table and one quotation are grouped.
 * 3. Figures (the body's captions) go in at their block; an `<hr>` between two body blocks is a break.
 */
import type { Block, ElementRef, TextMark } from '../blocks/block.js'
import { CELL_SEPARATOR } from '../html/tags.js'
import { normaliseLine } from '../text/normalise.js'
import type { Caption, ContentBlock, ContentEmphasis, ContentLink, ContentList, ContentText } from '../types.js'
import { safeUrl } from '../url.js'

export interface ContentInput {
  blocks: readonly Block[]
  /** The block of each paragraph, in order. */
  paragraphBlocks: readonly number[]
  /** The body's captions, with the block each starts at (ascending). */
  figures: readonly { at: number; caption: Caption }[]
  /** `<hr>` positions: before the block of this index (ascending). */
  breaks: readonly number[]
  /** What links are resolved against. */
  linkBase: string | null
}

/** A quotation's last line that credits its source: a dash and a name ("— Jane Doe, 1962"). */
const QUOTE_CREDIT = /^[—–―-]\s*\S/u
/** A credit line is short: a longer line starting with a dash is a sentence of the quotation. */
const QUOTE_CREDIT_MAX_WORDS = 12
/** The text door's heading: a short line without an end mark, over a longer paragraph. */
const TEXT_HEADING_MAX_WORDS = 10
/** …whose next paragraph has at least this many times its words. */
const TEXT_HEADING_BODY_RATIO = 2
/** A heading starts with a capital letter or a digit (a lower-case start continues a sentence). */
const STARTS_LIKE_HEADING = /^[\p{Lu}\p{N}]/u
/** The level the text door gives the headings it recognises: below the article's headline. */
const TEXT_HEADING_LEVEL = 2

/** Blank lines opening a preformatted text (the line break after `<pre>`): not part of the code. */
const LEADING_BLANK_LINES = /^(?:[ \t]*\n)+/

const MARK_EMPHASIS: Partial<Record<TextMark['kind'], ContentEmphasis['kind']>> = { emphasis: 'emphasis', strong: 'strong', code: 'code' }

type Place =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6 }
  | { kind: 'code' }
  | { kind: 'row'; table: ElementRef; head: boolean }
  /** `lists`: the item's list, then the lists of the items it sits in, innermost first. */
  | { kind: 'item'; lists: ElementRef[] }
  | { kind: 'quote'; quote: ElementRef }
  | { kind: 'paragraph' }

/** 1. Where a body block belongs. */
function placeOf(block: Block): Place {
  if (block.role === 'heading' && block.headingLevel >= 1 && block.headingLevel <= 6) return { kind: 'heading', level: block.headingLevel as 1 | 2 | 3 | 4 | 5 | 6 }
  if (block.role === 'preformatted') return { kind: 'code' }
  for (let el = block.element; el !== null; el = el.parent) {
    if (el.tag === 'tr' && block.role === 'table-row') return rowPlace(el)
    if (el.tag === 'li') return { kind: 'item', lists: listsAbove(el) }
    if (el.tag === 'blockquote') return { kind: 'quote', quote: el }
  }
  return { kind: 'paragraph' }
}

function rowPlace(row: ElementRef): Place {
  let head = false
  for (let el = row.parent; el !== null; el = el.parent) {
    if (el.tag === 'thead') head = true
    if (el.tag === 'table') return { kind: 'row', table: el, head }
  }
  return { kind: 'paragraph' }
}

/** The list of an item and the lists of the items around it, innermost first. */
function listsAbove(item: ElementRef): ElementRef[] {
  const lists: ElementRef[] = []
  let wantList = true
  for (let el = item.parent; el !== null; el = el.parent) {
    if (wantList && (el.tag === 'ul' || el.tag === 'ol' || el.tag === 'menu')) {
      lists.push(el)
      wantList = false
    } else if (el.tag === 'li') {
      wantList = true
    }
  }
  return lists
}

/** The text door: a short capitalised line without an end mark, between a sentence and a longer paragraph. */
function isTextHeading(block: Block, previous: Block | undefined, next: Block | undefined): boolean {
  return (
    next !== undefined &&
    block.words > 0 &&
    block.words <= TEXT_HEADING_MAX_WORDS &&
    !block.endsSentence &&
    STARTS_LIKE_HEADING.test(block.text) &&
    next.endsSentence &&
    next.words >= block.words * TEXT_HEADING_BODY_RATIO &&
    (previous === undefined || previous.endsSentence)
  )
}

/** A block's text with its links and emphasis. */
export function phrasing(block: Block, linkBase: string | null): ContentText {
  const text = block.text
  if (block.marks === null) return { text, links: [], emphasis: [] }
  return spans(text, block.marks, 0, text.length, linkBase)
}

/** The links and emphasis of `text` between `from` and `to`, as a text of its own. */
function spans(text: string, marks: readonly TextMark[], from: number, to: number, linkBase: string | null): ContentText {
  const links: ContentLink[] = []
  const emphasis: ContentEmphasis[] = []
  const own = text.slice(from, to)
  for (const mark of marks) {
    if (mark.kind === 'cell' || mark.kind === 'header-cell') continue
    let start = Math.max(mark.start, from)
    let end = Math.min(mark.end, to)
    // A span starts and ends at a visible character: "word <em> word</em>" marks "word".
    while (start < end && text[start] === ' ') start++
    while (end > start && text[end - 1] === ' ') end--
    if (start >= end) continue
    if (mark.kind === 'link') {
      const href = safeUrl(mark.href, linkBase)
      if (href !== null) links.push({ start: start - from, end: end - from, text: text.slice(start, end), href })
    } else {
      emphasis.push({ start: start - from, end: end - from, kind: MARK_EMPHASIS[mark.kind]! })
    }
  }
  return { text: own, links, emphasis: joinAdjacent(emphasis) }
}

/** Spans of one kind that touch are one span: `<code>a</code><code>b</code>` is one piece of code (and Markdown cannot write two touching code spans). */
function joinAdjacent(emphasis: ContentEmphasis[]): ContentEmphasis[] {
  if (emphasis.length < 2) return emphasis
  const out: ContentEmphasis[] = []
  const lastOfKind = new Map<ContentEmphasis['kind'], ContentEmphasis>()
  for (const span of emphasis.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = lastOfKind.get(span.kind)
    if (last !== undefined && last.end === span.start) {
      last.end = span.end
      continue
    }
    out.push(span)
    lastOfKind.set(span.kind, span)
  }
  return out
}

/** A table row's cells; one cell of the whole row when its cells do not give back its text. */
function cellsOf(block: Block, linkBase: string | null): { cells: ContentText[]; head: boolean } {
  const marks = block.marks ?? []
  const cellMarks = marks.filter((mark) => mark.kind === 'cell' || mark.kind === 'header-cell')
  if (cellMarks.length === 0) return { cells: [phrasing(block, linkBase)], head: false }
  const cells: ContentText[] = []
  for (const cell of cellMarks) {
    let start = cell.start
    let end = cell.end
    while (start < end && block.text[start] === ' ') start++
    while (end > start && block.text[end - 1] === ' ') end--
    cells.push(spans(block.text, marks, start, Math.max(start, end), linkBase))
  }
  if (normaliseLine(cells.map((cell) => cell.text).join(CELL_SEPARATOR)) !== block.text) return { cells: [phrasing(block, linkBase)], head: false }
  return { cells, head: cellMarks.every((mark) => mark.kind === 'header-cell') }
}

/** The text of a preformatted block as printed: its lines and indents, without blank lines around. */
function codeOf(block: Block): string {
  const raw = block.printed ?? block.text
  return raw.replace(LEADING_BLANK_LINES, '').trimEnd()
}

/** 2–3. The content of an article from its paragraph blocks, figures and breaks. */
export function buildContent(input: ContentInput, html: boolean): ContentBlock[] {
  const { blocks, paragraphBlocks, figures, breaks, linkBase } = input
  const content: ContentBlock[] = []
  let figure = 0
  let hr = 0
  let previous = -1
  // The open group: the list stack, table or quotation the last block went into.
  let lists: { id: number; list: ContentList }[] = []
  let table: { id: number; block: Extract<ContentBlock, { type: 'table' }> } | null = null
  let quote: { id: number; block: Extract<ContentBlock, { type: 'blockquote' }> } | null = null
  const close = (): void => {
    lists = []
    table = null
    quote = null
  }
  const push = (block: ContentBlock): void => {
    close()
    content.push(block)
  }
  paragraphBlocks.forEach((index, n) => {
    while (figure < figures.length && figures[figure]!.at < index) pushFigure(figures[figure++]!.caption)
    while (hr < breaks.length && breaks[hr]! <= index) {
      if (previous !== -1 && breaks[hr]! > previous) push({ type: 'hr' })
      hr++
    }
    previous = index
    const block = blocks[index]!
    const place: Place = html
      ? placeOf(block)
      : isTextHeading(block, blocks[paragraphBlocks[n - 1] ?? -1], blocks[paragraphBlocks[n + 1] ?? -1])
        ? { kind: 'heading', level: TEXT_HEADING_LEVEL }
        : { kind: 'paragraph' }
    switch (place.kind) {
      case 'heading':
        push({ type: 'heading', level: place.level, ...phrasing(block, linkBase) })
        return
      case 'code':
        push({ type: 'code', text: block.text, code: codeOf(block) })
        return
      case 'paragraph':
        push({ type: 'paragraph', ...phrasing(block, linkBase) })
        return
      case 'row': {
        const { cells, head } = cellsOf(block, linkBase)
        if (table === null || table.id !== place.table.id) {
          push({ type: 'table', header: null, rows: [] })
          table = { id: place.table.id, block: content[content.length - 1] as Extract<ContentBlock, { type: 'table' }> }
        }
        // Only the first row can be the header (Markdown's tables have it first).
        if ((head || place.head) && table.block.header === null && table.block.rows.length === 0) table.block.header = cells
        else table.block.rows.push(cells)
        return
      }
      case 'quote': {
        if (quote === null || quote.id !== place.quote.id) {
          push({ type: 'blockquote', paragraphs: [], credit: null })
          quote = { id: place.quote.id, block: content[content.length - 1] as Extract<ContentBlock, { type: 'blockquote' }> }
        }
        quote.block.paragraphs.push(phrasing(block, linkBase))
        return
      }
      case 'item':
        addItem(place.lists, { ...phrasing(block, linkBase), lists: [] })
        return
    }
  })
  while (figure < figures.length) pushFigure(figures[figure++]!.caption)
  for (const block of content) if (block.type === 'blockquote') takeCredit(block)
  return content

  function pushFigure(caption: Caption): void {
    push({ type: 'figure', image: caption.image ?? null, caption: caption.text, credit: caption.credit })
  }

  function addItem(chain: readonly ElementRef[], item: ContentList['items'][number]): void {
    const innermost = chain[0]
    const ordered = innermost?.tag === 'ol'
    const id = innermost?.id ?? -1
    let k = lists.length - 1
    while (k >= 0 && !chain.some((list) => list.id === lists[k]!.id)) k--
    if (k < 0) {
      const list: ContentList = { type: 'list', ordered, items: [item] }
      push(list)
      lists = [{ id, list }]
      return
    }
    lists.length = k + 1
    const open = lists[k]!
    const parent = open.list.items[open.list.items.length - 1]
    if (open.id === id || parent === undefined) {
      open.list.items.push(item)
      return
    }
    const nested: ContentList = { type: 'list', ordered, items: [item] }
    parent.lists.push(nested)
    lists.push({ id, list: nested })
  }
}

/** A quotation of two lines or more whose last line is a dash and a short name has that line as its credit. */
function takeCredit(quote: Extract<ContentBlock, { type: 'blockquote' }>): void {
  const last = quote.paragraphs[quote.paragraphs.length - 1]
  if (quote.paragraphs.length < 2 || last === undefined) return
  if (!QUOTE_CREDIT.test(last.text) || last.text.split(' ').length > QUOTE_CREDIT_MAX_WORDS) return
  quote.paragraphs.pop()
  quote.credit = last.text
}

/** The text of `content`, block by block: what `paragraphs` holds (figures and breaks have none). */
export function contentParagraphs(content: readonly ContentBlock[]): string[] {
  const out: string[] = []
  const list = (items: ContentList['items']): void => {
    for (const item of items) {
      out.push(item.text)
      for (const nested of item.lists) list(nested.items)
    }
  }
  for (const block of content) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
      case 'code':
        out.push(block.text)
        break
      case 'list':
        list(block.items)
        break
      case 'blockquote':
        for (const paragraph of block.paragraphs) out.push(paragraph.text)
        if (block.credit !== null) out.push(block.credit)
        break
      case 'table':
        for (const row of block.header === null ? block.rows : [block.header, ...block.rows]) out.push(normaliseLine(row.map((cell) => cell.text).join(CELL_SEPARATOR)))
        break
      case 'figure':
      case 'hr':
        break
    }
  }
  return out
}
