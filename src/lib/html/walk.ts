/**
 * The HTML walk: one iterative depth-first pass over the parsed document (no recursion, so
 * 200,000 nested elements are fine) that cuts the page's text into Blocks at block-level
 * boundaries and records, for each block, its element chain, region, link text and, for
 * captions, the image they describe. Hidden elements (`hidden`, `aria-hidden`, inline
 * `display:none`) are not read: a reader never sees them. Inside a figure's caption, screen-reader
 * labels are not read either, and `aria-hidden` hides nothing on the screen: pages set it on
 * caption text the image's alt text already gives to screen readers.
 */
import { makeBlock, type Block, type BlockRole, type ElementRef, type Region } from '../blocks/block.js'
import { parseByline } from '../extract/byline.js'
import { normaliseLine } from '../text/normalise.js'
import type { HtmlElement as Element, HtmlNode } from './dom.js'
import { elementTokens, type TokenMemo } from './element-tokens.js'
import { BLOCK_TAGS, CELL_SEPARATOR, CELL_TAGS, REGION_ROLES, REGION_TAGS, SKIPPED_TAGS, VISUALLY_HIDDEN_CLASSES } from './tags.js'

/** Blocks past this count are dropped with a warning: no real article has that many. */
export const MAX_BLOCKS = 50_000
/** Characters kept per block: a longer run of text without a block boundary is not a paragraph. */
const MAX_BLOCK_CHARS = 100_000
/** Runs of whitespace: between class names, and between the URL and the width of a srcset entry. */
const WHITESPACE = /\s+/
/** Words of class values, split so "share-bar" yields "share" and "bar" (camelCase caption classes). */
const TOKEN_SPLIT = /[\s_-]+/
/**
 * A class word of screen-reader-only text (tags.ts), alone or as the last part of a longer name
 * ("u-visually-hidden", BEM "image__visually-hidden"); anchored at the end, literals only.
 */
const VISUALLY_HIDDEN = new RegExp(`(?:^|[_-])(?:${VISUALLY_HIDDEN_CLASSES.join('|')})$`)
/** Inline styles that hide an element. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i
/** Caption-like class words, for captions outside figcaption. */
const CAPTION_TOKENS: ReadonlySet<string> = new Set(['caption', 'figcaption', 'wp-caption-text', 'image-caption', 'photo-caption', 'media-caption', 'caption-text'])
/**
 * Blocks that hold text, not other blocks: their group is their parent (the paragraphs of one
 * container form a group); text written straight into a container groups with the container's blocks.
 */
const LEAF_BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'figcaption', 'blockquote', 'pre', 'tr', 'caption', 'summary', 'legend', 'button'])
/** Sectioning and landmark tags: never a caption or credit, whatever their class words. */
const SECTION_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'header', 'footer', 'nav', 'main', 'article', 'aside', 'section', 'form'])
/** Credit-like class words: the photographer or agency line of a caption. */
const CREDIT_TOKENS: ReadonlySet<string> = new Set(['credit', 'credits', 'image-credit', 'photo-credit', 'caption-credit', 'copyright', 'photographer'])
/**
 * A camelCase class word ending in Caption or Credit ("newsCaption", "InlineImage-imageEmbedCredit"):
 * the same words as CAPTION_TOKENS and CREDIT_TOKENS in the naming React and CSS-module sites use.
 * Looser than a whole class word, so it counts only next to an image (`imageHolder`).
 */
const CAMEL_CAPTION = /[a-z\d]Caption$/
/** The same for a credit. */
const CAMEL_CREDIT = /[a-z\d](?:Credit|Credits|Copyright)$/
/** Literals one of which every camelCase caption or credit class holds: most class values hold none, and skip the regexes. */
const CAMEL_LITERALS = ['Caption', 'Credit', 'Copyright'] as const
/** Splits a class value into words, at separators and at camelCase humps ("InlineImage" → "Inline", "Image"). */
const CLASS_WORD_SPLIT = /[\s_-]+|(?<=[a-z\d])(?=[A-Z])/
/** Class words naming an image box, for an image box whose picture is not loaded yet (a lazy-load placeholder with no <img>). */
const IMAGE_BOX_WORDS: ReadonlySet<string> = new Set(['image', 'img', 'photo', 'picture', 'figure'])
/**
 * How many levels above a caption-classed element outside <figure> the box holding its image may
 * be: the caption's own wrapper, the image box around both, and one more (a video's info box
 * beside its player).
 */
const IMAGE_HOLDER_LEVELS = 3
/** Most elements in a box holding one image and its caption (wrappers, sources, controls); a bigger one is a page section. */
const IMAGE_HOLDER_MAX_ELEMENTS = 40
/** Most nodes read in such a box: its elements and the text nodes between them, so a box of empty text nodes is no cost. */
const IMAGE_HOLDER_MAX_NODES = 3 * IMAGE_HOLDER_MAX_ELEMENTS
/** Most characters of text such a box holds besides its caption ("Video", "close", "Enlarge"); more is article text. */
const IMAGE_HOLDER_MAX_OTHER_CHARS = 80
/** Tags that show a picture. */
const IMAGE_TAGS: ReadonlySet<string> = new Set(['img', 'picture'])
/**
 * Class words that name a caption's credit only inside a caption: "<span class="caption"><span
 * class="attribution">© Jane Doe</span> …". Elsewhere an attribution names a quotation's speaker.
 */
const CAPTION_CREDIT_TOKENS: ReadonlySet<string> = new Set(['attribution'])
/**
 * Tags of text with no caption class that can still be an image's caption, printed right after
 * it in a small box: paragraphs, plain boxes and inline text. Not headings, lists or tables (a
 * teaser card's headline, a list of links).
 */
const UNCLASSED_CAPTION_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'span', 'em', 'i', 'small', 'font'])
/** Most words of such a caption: a longer text is article text, even beside a picture. */
const UNCLASSED_CAPTION_MAX_WORDS = 50
/** Most characters of such a caption (50 long words); a longer text is not read further. */
const UNCLASSED_CAPTION_MAX_CHARS = 600
/** Fewest words of such a caption: one or two words beside a picture are a name, a date or a label ("Jane Doe", "Nov 19"), not a description. */
const UNCLASSED_CAPTION_MIN_WORDS = 3
/**
 * Most link text such a caption may hold, as a share of its text: a caption may link its credit,
 * but a teaser card's text is its headline link.
 */
const UNCLASSED_CAPTION_MAX_LINK_SHARE = 0.5
/** An <img> whose width or height attribute is below this many pixels is an icon, avatar or tracking pixel, not a picture with a caption. */
const MIN_PICTURE_PIXELS = 100
/**
 * A link's target that is no other page: the picture's own file (a lightbox's full-size image)
 * or a place on this page ("#", a modal's trigger). A picture in such a link is still the
 * article's; a picture linking to another page is a teaser's, a logo's or a profile's.
 */
const NOT_ELSEWHERE = /^#|\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i
/** Tags inside a text that make it no caption: headings and lists hold page structure, not a description of a picture. */
const NOT_CAPTION_INNER_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'blockquote', 'button'])

interface Frame {
  ref: ElementRef
  region: Region
  block: boolean
  role: BlockRole | null
  headingLevel: number
  link: boolean
  figure: Element | null
  /** Inside a link to another page (NOT_ELSEWHERE). */
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
  /** What the element ended with so far, when that was a picture rather than text: a plain one, or one inside a link (a teaser's, a logo's, a profile's). */
  endsWith: PictureEnd
  /** Characters of text read on the page when the element was entered: none more at its end, and it was empty. */
  textAt: number
}

/** The last thing read in an element, when it was a picture: `linked` when the picture sits in a link to another page. */
type PictureEnd = 'plain' | 'linked' | null

export interface WalkResult {
  blocks: Block[]
  warnings: string[]
}

const TEXT_NODE = 3
const ELEMENT_NODE = 1

function isHidden(el: Element, inCaption: boolean): boolean {
  if (el.bare) return false
  if (el.hasAttribute('hidden')) return true
  if (!inCaption && el.getAttribute('aria-hidden') === 'true') return true
  const style = el.getAttribute('style')
  return style !== null && HIDDEN_STYLE.test(style)
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

/** The caption or credit role an element's class names, and whether by a whole class word. */
interface CaptionClass {
  role: 'caption' | 'credit'
  exact: boolean
}

/**
 * The caption or credit role an element's class names: whole class words (`exact`), or camelCase
 * ones. A landmark or section is what its tag says: a caption class on it styles the captions inside.
 */
function classRole(el: Element, tag: string, tokens: readonly string[]): CaptionClass | null {
  if (SECTION_TAGS.has(tag)) return null
  if (tokens.some((token) => CREDIT_TOKENS.has(token))) return { role: 'credit', exact: true }
  if (tokens.some((token) => CAPTION_TOKENS.has(token))) return { role: 'caption', exact: true }
  const value = el.getAttribute('class')
  if (!value || !CAMEL_LITERALS.some((literal) => value.includes(literal))) return null
  for (const word of value.split(WHITESPACE)) {
    for (const part of word.split(TOKEN_SPLIT)) {
      if (CAMEL_CREDIT.test(part)) return { role: 'credit', exact: false }
      if (CAMEL_CAPTION.test(part)) return { role: 'caption', exact: false }
    }
  }
  return null
}

/** Whether an element's class words, camelCase humps included, name an image box ("InlineImage-wrapper", "photo"). */
function namesImageBox(el: Element): boolean {
  const value = el.getAttribute('class')
  if (!value) return false
  return value.split(CLASS_WORD_SPLIT).some((word) => IMAGE_BOX_WORDS.has(word.toLowerCase()))
}

/**
 * What a box holds, read with a budget: whether it shows a picture, and whether it is small (at
 * most IMAGE_HOLDER_MAX_ELEMENTS elements and IMAGE_HOLDER_MAX_OTHER_CHARS characters of text
 * outside `skip`, the caption inside it, and outside the other caption and credit elements: the
 * credit beside a caption is no article text). Bounded, so nested caption classes stay linear.
 */
function scanBox(box: Element, skip: Element | null, named: (el: Element) => CaptionClass | null): { image: boolean; small: boolean } {
  let nodes = 0
  let elements = 0
  let chars = 0
  let image = false
  let node: HtmlNode | null = box.firstChild
  // Sibling by sibling, with no copy of a child list: a box of 100,000 children costs the budget, not more.
  while (node !== null) {
    if (++nodes > IMAGE_HOLDER_MAX_NODES) return { image, small: false }
    let inside = false
    if (node.nodeType === TEXT_NODE) {
      chars += (node.textContent ?? '').trim().length
      if (chars > IMAGE_HOLDER_MAX_OTHER_CHARS) return { image, small: false }
    } else if (node.nodeType === ELEMENT_NODE && node !== skip) {
      const child = node as Element
      if (++elements > IMAGE_HOLDER_MAX_ELEMENTS) return { image, small: false }
      const tag = child.tagName.toLowerCase()
      if (IMAGE_TAGS.has(tag)) image = true
      inside = !(SKIPPED_TAGS.has(tag) || tag === 'figcaption' || named(child) !== null)
    }
    if (inside && node.firstChild !== null) {
      node = node.firstChild
      continue
    }
    while (node !== null && node.nextSibling === null) {
      const parent: Element | null = node.parentNode
      node = parent === box ? null : parent
    }
    if (node !== null) node = node.nextSibling
  }
  return { image, small: true }
}

/**
 * The box that holds the image a caption-classed element outside <figure> describes: the element
 * itself when it holds a picture (a WordPress "wp-caption" box: it is the figure, not a caption),
 * else the nearest of its IMAGE_HOLDER_LEVELS ancestors that is small, holds little text besides
 * the caption, and shows a picture or is classed as an image box. Null when there is none: a
 * caption class far from any image, or on a wrapper of a whole section, names no image caption.
 */
function imageHolder(el: Element, named: (el: Element) => CaptionClass | null): { box: Element; self: boolean } | null {
  const own = scanBox(el, null, named)
  if (own.image) return own.small ? { box: el, self: true } : null
  let inner: Element = el
  let box = el.parentNode
  for (let level = 0; level < IMAGE_HOLDER_LEVELS && box !== null && box.nodeType === ELEMENT_NODE; level++) {
    const tag = box.tagName.toLowerCase()
    if (SECTION_TAGS.has(tag)) return null
    const scan = scanBox(box, inner, named)
    if (!scan.small) return null
    if (scan.image || namesImageBox(box)) return { box, self: false }
    inner = box
    box = box.parentNode
  }
  return null
}

/**
 * The box a caption-classed element describes when no box around it holds a picture: `beside`,
 * the element read just before it, when that is a small box showing a picture. A caption must
 * come right after the picture (`pictureLast`: a box ending with its own caption has one); a
 * credit may follow the box's caption. The element itself must be plain text, not a section
 * of headings and lists that happens to carry a caption class.
 */
function besideHolder(el: Element, role: CaptionClass['role'], beside: Element | null, pictureLast: boolean, named: (el: Element) => CaptionClass | null): Element | null {
  if (beside === null || (role === 'caption' && !pictureLast) || !scanText(el, named).plain) return null
  if (IMAGE_TAGS.has(beside.tagName.toLowerCase())) return beside
  const scan = scanBox(beside, null, named)
  return scan.image && scan.small ? beside : null
}

/** A box found beside a caption, in the shape `imageHolder` gives. */
function besideBox(box: Element | null): { box: Element; self: boolean } | null {
  return box === null ? null : { box, self: false }
}

/** Whether an <img> is a picture that can have a caption: not sized as an icon, avatar or tracking pixel. */
function isPicture(img: Element): boolean {
  if (img.bare) return true
  for (const name of ['width', 'height']) {
    const size = Number.parseInt(img.getAttribute(name) ?? '', 10)
    if (size < MIN_PICTURE_PIXELS) return false
  }
  return true
}

/** What `scanText` finds: the element's text (joined), its words, its share of link text, and whether it can be a caption. */
interface TextScan {
  text: string
  words: number
  linkShare: number
  plain: boolean
}

/**
 * What a text element holds, read with a budget: its words, its share of link text, and whether it
 * can be a caption at all (no picture, heading, list or marked-up caption inside: a caption
 * element inside speaks for itself).
 */
function scanText(el: Element, named: (el: Element) => CaptionClass | null): TextScan {
  const notPlain: TextScan = { text: '', words: 0, linkShare: 0, plain: false }
  const parts: string[] = []
  let nodes = 0
  let words = 0
  let chars = 0
  let linked = 0
  /** Links the walk is inside of, below `el`. */
  let links = 0
  let node: HtmlNode | null = el.firstChild
  while (node !== null) {
    if (++nodes > IMAGE_HOLDER_MAX_NODES) return notPlain
    let inside = false
    if (node.nodeType === TEXT_NODE) {
      const raw = node.textContent ?? ''
      if (chars + raw.length > UNCLASSED_CAPTION_MAX_CHARS) return notPlain
      const text = raw.trim()
      if (text !== '') {
        parts.push(text)
        words += text.split(WHITESPACE).length
        chars += text.length
        if (links > 0) linked += text.length
        if (words > UNCLASSED_CAPTION_MAX_WORDS) return notPlain
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const child = node as Element
      const tag = child.tagName.toLowerCase()
      if (IMAGE_TAGS.has(tag) || NOT_CAPTION_INNER_TAGS.has(tag) || tag === 'figcaption' || named(child) !== null) return notPlain
      inside = !SKIPPED_TAGS.has(tag)
    }
    if (inside && node.firstChild !== null) {
      if (isLink(node as Element)) links++
      node = node.firstChild
      continue
    }
    while (node !== null && node.nextSibling === null) {
      const parent: Element | null = node.parentNode
      node = parent === el ? null : parent
      if (node !== null && isLink(node)) links--
    }
    if (node !== null) node = node.nextSibling
  }
  return { text: parts.join(' '), words, linkShare: chars === 0 ? 0 : linked / chars, plain: true }
}

/** Whether a link (an <a>) points to another page: its href is no picture file and no place on this page. */
function linksElsewhere(a: Element): boolean {
  const href = a.bare ? null : a.getAttribute('href')
  return href !== null && !NOT_ELSEWHERE.test(href.trim())
}

/** Whether an element is a link (an <a> with an href). */
function isLink(el: Element): boolean {
  return el.tagName.toLowerCase() === 'a' && !el.bare && el.hasAttribute('href')
}

/**
 * Whether an element with no caption class, read right after a picture in `box`, is that
 * picture's caption: a few words of its own (not a headline link nor a byline, no heading or
 * list inside) in a small box (IMAGE_HOLDER_MAX_ELEMENTS, IMAGE_HOLDER_MAX_OTHER_CHARS besides
 * it) that is no page section. A paragraph, the tag of article text, counts only in a box
 * classed as an image box or in a figure.
 */
function isUnclassedCaption(el: Element, tag: string, box: Element, inFigure: boolean, named: (el: Element) => CaptionClass | null): boolean {
  if (SECTION_TAGS.has(box.tagName.toLowerCase())) return false
  if (tag === 'p' && !inFigure && !namesImageBox(box)) return false
  const text = scanText(el, named)
  if (!text.plain || text.words < UNCLASSED_CAPTION_MIN_WORDS || text.linkShare > UNCLASSED_CAPTION_MAX_LINK_SHARE) return false
  // An author's picture and byline ("Written by Jane Doe on …") is no picture and caption.
  if (parseByline(text.text) !== null) return false
  return scanBox(box, el, named).small
}

/** Whether a figure shows a picture (a quotation's figure holds a blockquote instead); one search per figure. */
function showsPicture(figure: Element, known: Map<Element, boolean>): boolean {
  let shows = known.get(figure)
  if (shows === undefined) {
    shows = figure.querySelector('img, picture') !== null
    known.set(figure, shows)
  }
  return shows
}

/** The URL of the image a figure shows (lazy-loading attributes first); the figure may be the <img> itself. */
function figureImage(figure: Element | null): string | null {
  const img = figure?.tagName.toLowerCase() === 'img' ? figure : figure?.querySelector('img')
  if (!img) return null
  const src = img.getAttribute('data-src') ?? img.getAttribute('data-lazy-src') ?? img.getAttribute('src')
  if (src && !src.startsWith('data:')) return src
  const srcset = img.getAttribute('srcset') ?? img.getAttribute('data-srcset')
  return srcset?.trim().split(WHITESPACE)[0] ?? null
}

export function walk(root: Element, stopwords: ReadonlySet<string>): WalkResult {
  const blocks: Block[] = []
  const warnings: string[] = []
  const frames: Frame[] = []
  let nextId = 0
  let parts: string[] = []
  let chars = 0
  let linkChars = 0
  /** Characters of visible text read so far on the page. */
  let textSeen = 0
  let dropped = 0
  /** Tokens of each class or id value met on this page. */
  const classTokens: TokenMemo = new Map()
  const picturedFigures = new Map<Element, boolean>()
  const figureImages = new Map<Element, string | null>()
  const captionRoles = new Map<Element, CaptionClass | null>()

  /** An element's caption class, read once per element: the image-box scans read the same boxes again. */
  function namedOf(el: Element): CaptionClass | null {
    let named = captionRoles.get(el)
    if (named === undefined) {
      const tag = el.tagName.toLowerCase()
      named = classRole(el, tag, elementTokens(el, tag, classTokens))
      captionRoles.set(el, named)
    }
    return named
  }

  /** The image of a figure, found once per figure: a figure of many caption blocks stays linear. */
  function imageOf(figure: Element | null): string | null {
    if (figure === null) return null
    let image = figureImages.get(figure)
    if (image === undefined) {
      image = figureImage(figure)
      figureImages.set(figure, image)
    }
    return image
  }

  const top = (): Frame | undefined => frames[frames.length - 1]

  function blockFrame(): Frame | undefined {
    for (let i = frames.length - 1; i >= 0; i--) if (frames[i]!.block) return frames[i]
    return undefined
  }

  function flush(): void {
    if (parts.length === 0) return
    const text = normaliseLine(parts.join(''))
    const owner = blockFrame()
    parts = []
    const total = chars
    const linked = linkChars
    chars = 0
    linkChars = 0
    if (text === '' || !owner) return
    if (blocks.length >= MAX_BLOCKS) {
      dropped++
      return
    }
    let role: BlockRole = 'line'
    let headingLevel = 0
    let image: string | null = null
    for (let i = frames.length - 1; i >= 0; i--) {
      const frame = frames[i]!
      if (frame.role === null) continue
      if (role === 'line') {
        role = frame.role
        headingLevel = frame.headingLevel
        if (role === 'caption' || role === 'credit') {
          image = imageOf(frame.figure)
          break
        }
      } else if (frame.role === 'blockquote') {
        // A paragraph inside a blockquote is quoted text.
        role = 'blockquote'
        break
      } else if ((frame.role === 'caption' || frame.role === 'credit') && (frame.ref.tag === 'figcaption' || frame.figure !== null)) {
        // A paragraph inside a figure's caption is caption text (or its credit); a page-wide
        // wrapper that happens to carry a caption class is not a caption.
        role = frame.role
        image = imageOf(frame.figure)
        break
      }
    }
    blocks.push(
      makeBlock(
        {
          index: blocks.length,
          text,
          group: LEAF_BLOCK_TAGS.has(owner.ref.tag) ? (owner.ref.parent?.id ?? owner.ref.id) : owner.ref.id,
          role,
          headingLevel,
          linkDensity: total === 0 ? 0 : linked / total,
          element: owner.ref,
          region: owner.region,
          image,
        },
        stopwords,
      ),
    )
  }

  function addText(text: string): void {
    if (chars >= MAX_BLOCK_CHARS) return
    parts.push(text)
    const visible = text.trim().length
    chars += visible
    const frame = top()
    if (frame?.link) linkChars += visible
    if (visible > 0 && frame) {
      textSeen += visible
      frame.pictureChild = null
      frame.endsWith = null
    }
  }

  function enter(el: Element): boolean {
    const tag = el.tagName.toLowerCase()
    if (SKIPPED_TAGS.has(tag)) return false
    if (tag === 'br' || tag === 'hr') {
      flush()
      return false
    }
    const parent = top()
    if (tag === 'img') {
      if (parent && isPicture(el)) {
        parent.image = true
        parent.pictureChild = el
        parent.endsWith = parent.linkOut ? 'linked' : 'plain'
      }
      return false
    }
    if (isHidden(el, parent?.caption ?? false)) return false
    // The picture read right before this element, in the same parent: what it may be the caption of.
    const beside = parent?.pictureChild ?? null
    const pictureEnd = parent?.endsWith ?? null
    const tokens = elementTokens(el, tag, classTokens)
    const fromTag = roleOf(tag)
    const headingLevel = fromTag.headingLevel
    let role = fromTag.role
    let figure = tag === 'figure' ? el : (parent?.figure ?? null)
    const named = classRole(el, tag, tokens)
    captionRoles.set(el, named) // the image-box scans of later captions read this element again
    if (named !== null) {
      // Outside <figure>, a caption class describes an image when the box around it holds one,
      // or when it comes right after a small box that shows one.
      const holder =
        figure === null && parent?.caption !== true
          ? (imageHolder(el, namedOf) ?? besideBox(besideHolder(el, named.role, beside, pictureEnd !== null, namedOf)))
          : null
      if (holder?.self === true) {
        figure = holder.box
      } else {
        if (holder !== null) figure = holder.box
        // A whole class word names a caption anywhere (as before); a camelCase one, or a
        // paragraph's class, only beside an image: "<p class="wp-caption-text">".
        if (role === null && (named.exact || figure !== null)) role = named.role
        else if (role === 'paragraph' && figure !== null) role = named.role
      }
    } else if (tag === 'cite' && figure !== null && parent?.caption !== true && showsPicture(figure, picturedFigures)) {
      // A <cite> in an image's figure, beside its figcaption, names the picture's source.
      role = 'credit'
    } else if (parent?.caption === true && tokens.some((token) => CAPTION_CREDIT_TOKENS.has(token))) {
      // An attribution inside a caption names the picture's maker ("© Jane Doe").
      role = 'credit'
    } else if (
      parent !== undefined &&
      (pictureEnd === 'plain' || (pictureEnd === 'linked' && figure !== null)) &&
      !parent.caption &&
      !parent.link &&
      (role === null || role === 'paragraph') &&
      UNCLASSED_CAPTION_TAGS.has(tag) &&
      isUnclassedCaption(el, tag, parent.el, figure !== null, namedOf)
    ) {
      // Text with no caption class right after a picture in a small box is its caption; after a
      // linked picture (a teaser's, a logo's) only inside a figure or caption box.
      role = 'caption'
      figure ??= parent.el
    }
    const block = BLOCK_TAGS.has(tag) || role === 'caption' || role === 'credit'
    // A screen-reader label inside a caption ("Image caption", "Media caption", "Image:") is not
    // caption text: a sighted reader sees the caption without it.
    if (parent?.caption === true && tokens.some((token) => VISUALLY_HIDDEN.test(token))) return false
    if (block) flush()
    if (CELL_TAGS.has(tag) && parent) {
      const row = blockFrame()
      if (row && row.cells++ > 0) addText(CELL_SEPARATOR)
    }
    const roleAttr = el.bare ? '' : (el.getAttribute('role')?.toLowerCase() ?? '')
    frames.push({
      ref: { id: nextId++, tag, tokens, parent: parent?.ref ?? null, depth: (parent?.ref.depth ?? -1) + 1 },
      region: REGION_TAGS[tag] ?? REGION_ROLES[roleAttr] ?? parent?.region ?? null,
      block,
      role,
      headingLevel,
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
      textAt: textSeen,
    })
    return true
  }

  function exit(): void {
    const frame = frames.pop()
    const parent = top()
    // An element that showed a picture is what the next one may caption; an empty one (a
    // clearing div, a lazy-load placeholder) changes nothing; anything else ends the picture's turn.
    if (frame && parent && (frame.image || textSeen > frame.textAt)) {
      if (frame.image) parent.image = true
      parent.pictureChild = frame.image ? frame.el : null
      parent.endsWith = frame.endsWith
    }
    if (frame?.block) {
      frames.push(frame)
      flush()
      frames.pop()
    } else if (frame && CELL_TAGS.has(frame.ref.tag)) {
      addText(' ')
    }
  }

  let node: HtmlNode | null = root.firstChild
  if (root.nodeType === ELEMENT_NODE) enter(root)
  while (node !== null) {
    let entered = false
    if (node.nodeType === TEXT_NODE) addText(node.textContent ?? '')
    else if (node.nodeType === ELEMENT_NODE) entered = enter(node as Element)
    if (entered && node.firstChild !== null) {
      node = node.firstChild
      continue
    }
    if (entered) exit()
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
      exit()
    }
  }
  flush()
  if (dropped > 0) warnings.push(`page has more than ${MAX_BLOCKS} blocks; ${dropped} were ignored`)
  return { blocks, warnings }
}

