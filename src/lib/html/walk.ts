/**
 * The HTML walk: one iterative depth-first pass over the parsed document (no recursion, so
 * 200,000 nested elements are fine) that cuts the page's text into Blocks at block-level
 * boundaries and records, for each block, its element chain, region, link text and, for
 * captions, the image they describe (captions.ts). What a reader never sees is not read
 * (visibility.ts).
 *
 * The walker keeps a frame per open element; text is gathered until the next block boundary,
 * where `flush` makes it a Block owned by the innermost block element.
 */
import { makeBlock, MAX_BLOCKS, type Block, type BlockRole, type ElementRef, type Region, type TextMark } from '../blocks/block.js'
import { normaliseLine, normalisedOffsets } from '../text/normalise.js'
import { CaptionFinder, isPicture, linksElsewhere } from './captions.js'
import type { HtmlElement as Element, HtmlNode } from './dom.js'
import { elementTokens, type TokenMemo } from './element-tokens.js'
import { BLOCK_TAGS, CELL_SEPARATOR, CELL_TAGS, REGION_ROLES, REGION_TAGS, SKIPPED_TAGS } from './tags.js'
import { isHidden, isScreenReaderOnly } from './visibility.js'

/** Characters kept per block, even inside one text node: a longer run of text without a block boundary is not a paragraph. */
const MAX_BLOCK_CHARS = 100_000
/**
 * Blocks that hold text, not other blocks: their group is their parent (the paragraphs of one
 * container form a group); text written straight into a container groups with the container's blocks.
 */
const LEAF_BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'figcaption', 'blockquote', 'pre', 'tr', 'caption', 'summary', 'legend', 'button'])

/** Inline elements whose span of text the article's `content` keeps (a link's only with an `href`). */
const MARK_TAGS: ReadonlyMap<string, TextMark['kind']> = new Map([
  ['a', 'link'],
  ['em', 'emphasis'],
  ['i', 'emphasis'],
  ['strong', 'strong'],
  ['b', 'strong'],
  ['code', 'code'],
  ['kbd', 'code'],
  ['samp', 'code'],
  ['td', 'cell'],
  ['th', 'header-cell'],
])

const TEXT_NODE = 3
const ELEMENT_NODE = 1

/** The last thing read in an element, when it was a picture: `linked` when the picture sits in a link to another page. */
type PictureEnd = 'plain' | 'linked' | null

interface Frame {
  ref: ElementRef
  region: Region
  block: boolean
  role: BlockRole | null
  headingLevel: number
  link: boolean
  figure: Element | null
  /** Inside a link to another page (captions.ts, `linksElsewhere`). */
  linkOut: boolean
  /** Cells written so far in a table row. */
  cells: number
  /** Inside the caption or credit element of a figure. */
  caption: boolean
  el: Element
  /** The element shows a picture (read so far). */
  image: boolean
  /** The element's last child read, when it showed a picture and no text has been read since: what a caption or credit class right after it describes. */
  pictureChild: Element | null
  /** What the element ended with so far, when that was a picture rather than text. */
  endsWith: PictureEnd
  /** Characters of text read on the page when the element was entered: none more at its end, and it was empty. */
  textAt: number
  /** The span of text the element marks (a link, emphasis, a table cell), while open. */
  mark: TextMark | null
}

export interface WalkResult {
  blocks: Block[]
  warnings: string[]
  /** Where the page has an `<hr>`: before the block of this index. */
  breaks: number[]
}

/** Characters up to this code are blank or control characters: what trimming drops at the ends of most blocks. */
const MAX_ASCII_BLANK = 32

/**
 * Marks moved from offsets into the text as read onto the block's normalised text; null when the
 * normalisation cannot be followed. Done as the block is made, so the text as read is not kept.
 * Most blocks differ from their text as read only by blanks at the ends: their offsets shift.
 */
function onText(marks: TextMark[], raw: string, text: string): TextMark[] | null {
  let lead = 0
  while (lead < raw.length && raw.charCodeAt(lead) <= MAX_ASCII_BLANK) lead++
  if (raw.startsWith(text, lead)) {
    for (const mark of marks) {
      mark.start = Math.min(Math.max(mark.start - lead, 0), text.length)
      mark.end = mark.end === -1 ? text.length : Math.min(Math.max(mark.end - lead, 0), text.length)
    }
    return marks
  }
  const points: number[] = []
  for (const mark of marks) points.push(mark.start, mark.end === -1 ? raw.length : mark.end)
  points.sort(ascending)
  const moved = normalisedOffsets(raw, text, points)
  if (moved === null) return null
  for (const mark of marks) {
    mark.start = moved[firstAtLeast(points, mark.start)]!
    mark.end = moved[firstAtLeast(points, mark.end === -1 ? raw.length : mark.end)]!
  }
  return marks
}

function ascending(a: number, b: number): number {
  return a - b
}

/** The index of the first of `sorted` (ascending) not below `value`. */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

function roleOf(tag: string): { role: BlockRole | null; headingLevel: number } {
  if (tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6') return { role: 'heading', headingLevel: Number(tag[1]) }
  switch (tag) {
    case 'p':
      return { role: 'paragraph', headingLevel: 0 }
    case 'li':
    case 'dd':
    case 'dt':
      return { role: 'list-item', headingLevel: 0 }
    case 'figcaption':
      return { role: 'caption', headingLevel: 0 }
    case 'blockquote':
      return { role: 'blockquote', headingLevel: 0 }
    case 'tr':
      return { role: 'table-row', headingLevel: 0 }
    case 'pre':
      return { role: 'preformatted', headingLevel: 0 }
  }
  return { role: null, headingLevel: 0 }
}

export interface WalkOptions {
  /** Read <noscript> as ordinary content: the page as a browser without scripts shows it (noscript.ts). */
  readNoscript?: boolean
}

export function walk(root: Element, stopwords: ReadonlySet<string>, options: WalkOptions = {}): WalkResult {
  const walker = new Walker(stopwords, options.readNoscript === true)
  let node: HtmlNode | null = root.firstChild
  if (root.nodeType === ELEMENT_NODE) walker.enter(root)
  while (node !== null) {
    let entered = false
    if (node.nodeType === TEXT_NODE) walker.addText(node.textContent ?? '')
    else if (node.nodeType === ELEMENT_NODE) entered = walker.enter(node as Element)
    if (entered && node.firstChild !== null) {
      node = node.firstChild
      continue
    }
    if (entered) walker.exit()
    while (node !== null) {
      if (node.nextSibling !== null) {
        node = node.nextSibling
        break
      }
      node = node.parentNode
      if (node === null || node === root) {
        node = null
        break
      }
      walker.exit()
    }
  }
  return walker.finish()
}

class Walker {
  private readonly blocks: Block[] = []
  private readonly frames: Frame[] = []
  private nextId = 0
  private parts: string[] = []
  private chars = 0
  private linkChars = 0
  /** Length of the text gathered since the last boundary, as read (marks are offsets into it until the block is made). */
  private rawLength = 0
  /** Spans marked in the text gathered since the last boundary. */
  private marks: TextMark[] = []
  /** Open elements that mark a span, outermost first. */
  private readonly marking: Frame[] = []
  private readonly breaks: number[] = []
  /** Characters of visible text read so far on the page. */
  private textSeen = 0
  private dropped = 0
  /** Tokens of each class or id value met on this page. */
  private readonly classTokens: TokenMemo = new Map()
  private readonly captions = new CaptionFinder((el, tag) => elementTokens(el, tag, this.classTokens))

  constructor(
    private readonly stopwords: ReadonlySet<string>,
    private readonly readNoscript: boolean,
  ) {}

  finish(): WalkResult {
    this.flush()
    const warnings = this.dropped > 0 ? [`page has more than ${MAX_BLOCKS} blocks; ${this.dropped} were ignored`] : []
    return { blocks: this.blocks, warnings, breaks: this.breaks }
  }

  /** Text read in document order; a block keeps at most MAX_BLOCK_CHARS of it, a text node's included. */
  addText(text: string): void {
    if (this.chars >= MAX_BLOCK_CHARS) return
    const kept = text.length > MAX_BLOCK_CHARS - this.chars ? text.slice(0, MAX_BLOCK_CHARS - this.chars) : text
    this.parts.push(kept)
    this.rawLength += kept.length
    const visible = kept.trim().length
    this.chars += visible
    const frame = this.top()
    if (frame?.link) this.linkChars += visible
    if (visible > 0 && frame) {
      this.textSeen += visible
      frame.pictureChild = null
      frame.endsWith = null
    }
  }

  /** Opens an element; false when it is not read (skipped, hidden, a picture or a break). */
  enter(el: Element): boolean {
    const tag = el.tagName.toLowerCase()
    if (SKIPPED_TAGS.has(tag) && !(tag === 'noscript' && this.readNoscript)) return false
    if (tag === 'br' || tag === 'hr') {
      this.flush()
      if (tag === 'hr' && this.breaks[this.breaks.length - 1] !== this.blocks.length) this.breaks.push(this.blocks.length)
      return false
    }
    const parent = this.top()
    if (tag === 'img') {
      if (parent && isPicture(el)) {
        parent.image = true
        parent.pictureChild = el
        parent.endsWith = parent.linkOut ? 'linked' : 'plain'
      }
      return false
    }
    if (isHidden(el, tag, parent?.caption ?? false)) return false
    const tokens = elementTokens(el, tag, this.classTokens)
    // A screen-reader label inside a caption ("Image caption", "Image:") is not caption text: a sighted reader sees the caption without it.
    if (parent?.caption === true && isScreenReaderOnly(tokens)) return false
    const fromTag = roleOf(tag)
    const { role, figure } = this.captions.decide(el, tag, tokens, fromTag.role, {
      figure: parent?.figure ?? null,
      inCaption: parent?.caption ?? false,
      inLink: parent?.link ?? false,
      parent: parent?.el ?? null,
      beside: parent?.pictureChild ?? null,
      pictureEnd: parent?.endsWith ?? null,
    })
    const block = BLOCK_TAGS.has(tag) || role === 'caption' || role === 'credit'
    if (block) this.flush()
    if (CELL_TAGS.has(tag) && parent) {
      const row = this.blockFrame()
      if (row && row.cells++ > 0) this.addText(CELL_SEPARATOR)
    }
    const roleAttr = el.bare ? '' : (el.getAttribute('role')?.toLowerCase() ?? '')
    const markKind = MARK_TAGS.get(tag)
    const href = markKind === 'link' ? el.getAttribute('href') : null
    const mark = markKind === undefined || (markKind === 'link' && href === null) ? null : { kind: markKind, start: this.rawLength, end: -1, href }
    if (mark !== null) this.marks.push(mark)
    const frame: Frame = {
      ref: { id: this.nextId++, tag, tokens, parent: parent?.ref ?? null, depth: (parent?.ref.depth ?? -1) + 1 },
      region: REGION_TAGS[tag] ?? REGION_ROLES[roleAttr] ?? parent?.region ?? null,
      block,
      role,
      headingLevel: fromTag.headingLevel,
      link: (parent?.link ?? false) || (tag === 'a' && el.hasAttribute('href')),
      linkOut: (parent?.linkOut ?? false) || (tag === 'a' && linksElsewhere(el)),
      figure,
      cells: 0,
      // As in flush: a wrapper that only carries a caption class is not a figure's caption.
      caption: (parent?.caption ?? false) || ((role === 'caption' || role === 'credit') && (tag === 'figcaption' || figure !== null)),
      el,
      image: false,
      pictureChild: null,
      endsWith: null,
      textAt: this.textSeen,
      mark,
    }
    this.frames.push(frame)
    if (mark !== null) this.marking.push(frame)
    return true
  }

  /** Closes the innermost open element. */
  exit(): void {
    const frame = this.frames.pop()
    if (frame?.mark) {
      frame.mark.end = this.rawLength
      this.marking.pop()
    }
    const parent = this.top()
    // An element that showed a picture is what the next one may caption; an empty one (a
    // clearing div, a lazy-load placeholder) changes nothing; anything else ends the picture's turn.
    if (frame && parent && (frame.image || this.textSeen > frame.textAt)) {
      if (frame.image) parent.image = true
      parent.pictureChild = frame.image ? frame.el : null
      parent.endsWith = frame.endsWith
    }
    if (frame?.block) {
      this.frames.push(frame)
      this.flush()
      this.frames.pop()
    } else if (frame && CELL_TAGS.has(frame.ref.tag)) {
      this.addText(' ')
    }
  }

  private top(): Frame | undefined {
    return this.frames[this.frames.length - 1]
  }

  private blockFrame(): Frame | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) if (this.frames[i]!.block) return this.frames[i]
    return undefined
  }

  /** The text gathered since the last boundary becomes a block of the innermost block element. */
  private flush(): void {
    if (this.parts.length === 0) return
    const raw = this.parts.join('')
    const text = normaliseLine(raw)
    const owner = this.blockFrame()
    const total = this.chars
    const linked = this.linkChars
    const marks = this.marks
    if (marks.length > 0) this.reopenMarks(raw.length)
    this.parts = []
    this.chars = 0
    this.linkChars = 0
    this.rawLength = 0
    if (text === '' || !owner) return
    if (this.blocks.length >= MAX_BLOCKS) {
      this.dropped++
      return
    }
    const { role, headingLevel, image, figure } = this.roleOfText()
    this.blocks.push(
      makeBlock(
        {
          index: this.blocks.length,
          text,
          group: LEAF_BLOCK_TAGS.has(owner.ref.tag) ? (owner.ref.parent?.id ?? owner.ref.id) : owner.ref.id,
          role,
          headingLevel,
          linkDensity: total === 0 ? 0 : linked / total,
          element: owner.ref,
          region: owner.region,
          image,
          pictureLinked: this.captions.pictureLinked(figure),
          marks: marks.length > 0 ? onText(marks, raw, text) : null,
          printed: role === 'preformatted' ? raw : null,
        },
        this.stopwords,
      ),
    )
  }

  /** Marks still open at a block boundary end there, and go on in the next block from its start. */
  private reopenMarks(length: number): void {
    this.marks = []
    for (const frame of this.marking) {
      const mark = frame.mark!
      mark.end = length
      frame.mark = { kind: mark.kind, start: 0, end: -1, href: mark.href }
      this.marks.push(frame.mark)
    }
  }

  /**
   * The role of the text being flushed: the innermost role among the open elements, except that a
   * paragraph inside a blockquote is quoted text, and one inside a figure's caption is caption
   * text (or its credit), with the figure's image.
   */
  private roleOfText(): { role: BlockRole; headingLevel: number; image: string | null; figure: Element | null } {
    let role: BlockRole = 'line'
    let headingLevel = 0
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const frame = this.frames[i]!
      if (frame.role === null) continue
      if (role === 'line') {
        role = frame.role
        headingLevel = frame.headingLevel
        if (role === 'caption' || role === 'credit') return { role, headingLevel, image: this.captions.imageOf(frame.figure), figure: frame.figure }
      } else if (frame.role === 'blockquote') {
        return { role: 'blockquote', headingLevel, image: null, figure: null }
      } else if ((frame.role === 'caption' || frame.role === 'credit') && (frame.ref.tag === 'figcaption' || frame.figure !== null)) {
        // A page-wide wrapper that happens to carry a caption class is not a caption.
        return { role: frame.role, headingLevel, image: this.captions.imageOf(frame.figure), figure: frame.figure }
      }
    }
    return { role, headingLevel, image: null, figure: null }
  }
}
