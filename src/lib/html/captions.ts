/**
 * Captions in markup: which elements are a picture's caption or credit, and which picture.
 *
 * - <figcaption> in a <figure>, and caption- or credit-classed elements (whole class words, or
 *   camelCase ones beside an image) in the box holding their image, or right after a small box
 *   that shows one;
 * - a <cite> in a picture's figure is its credit, an "attribution" inside a caption its maker;
 * - short text with no caption class right after a picture in a small box is its caption (not a
 *   headline link, a byline, or text after a linked teaser or logo picture).
 * Every box scan is bounded (IMAGE_HOLDER_MAX_NODES), and what each element and figure is known
 * by is found once per page (CaptionFinder), so thousands of figures and caption classes stay linear.
 */
import type { BlockRole } from '../blocks/block.js'
import { parseByline } from '../extract/byline.js'
import { isMakerName, splitCredit } from '../extract/credit.js'
import { imageSource } from '../url.js'
import type { HtmlElement as Element, HtmlNode } from './dom.js'
import { SKIPPED_TAGS } from './tags.js'

/** Runs of whitespace between class names. */
const WHITESPACE = /\s+/
/** Words of class values, split so "InlineImage-imageEmbedCredit" yields its camelCase word. */
const TOKEN_SPLIT = /[\s_-]+/
const TEXT_NODE = 3
const ELEMENT_NODE = 1

/** Caption-like class words, for captions outside figcaption. */
const CAPTION_TOKENS: ReadonlySet<string> = new Set(['caption', 'figcaption', 'wp-caption-text', 'image-caption', 'photo-caption', 'media-caption', 'caption-text'])
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
/**
 * Tags of a credit line with no caption or credit class printed in a picture's figure or right
 * after its box: "<small>Jane Roe / Getty Images</small>" after the figcaption.
 */
const CREDIT_LINE_TAGS: ReadonlySet<string> = new Set(['small', 'cite', 'span', 'em', 'i', 'p', 'div'])
/** Most words of such a line: a credit names one or two makers ("Jane Roe / Getty Images", "Photo: A. B. / EPA-EFE / Shutterstock"). */
const CREDIT_LINE_MAX_WORDS = 12
/**
 * Tags of small print ending a caption that can be its credit, a name alone or a credit line.
 * Not <span> or <em>: they hold the caption's own words as often (the grammar splits a credit
 * printed in them from the joined text).
 */
const CAPTION_END_CREDIT_TAGS: ReadonlySet<string> = new Set(['small', 'cite'])
/** An <img> whose width or height attribute is below this many pixels is an icon, avatar or tracking pixel, not a picture with a caption. */
const MIN_PICTURE_PIXELS = 100
/**
 * A link's target that is no other page: the picture's own file (a lightbox's full-size image)
 * or a place on this page ("#", a modal's trigger). A picture in such a link is still the
 * article's; a picture linking to another page is a teaser's, a logo's or a profile's.
 */
const NOT_ELSEWHERE = /^#|\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i
/** What a figure of text holds: a code listing, a table or a quotation. */
const TEXT_FIGURE_TAGS: ReadonlySet<string> = new Set(['pre', 'table', 'blockquote'])
/** What a figure of a picture or a player holds besides <img> (checked for size apart: an icon is no picture). */
const MEDIA_TAGS: ReadonlySet<string> = new Set(['picture', 'video', 'audio', 'iframe', 'svg', 'canvas', 'object', 'embed'])

/** What a figure holds itself: the tags of its content, figures nested in it left to themselves. */
interface FigureContent {
  text: boolean
  media: boolean
  pictures: boolean
  images: boolean
}

/**
 * The content of a figure, nested figures not entered: each element is read for its nearest
 * figure only, so figures nested in figures stay linear (a search of every subtree was quadratic).
 */
function figureContent(figure: Element): FigureContent {
  const content: FigureContent = { text: false, media: false, pictures: false, images: false }
  const stack: HtmlNode[] = [...figure.childNodes]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.nodeType !== 1) continue
    const el = node as Element
    const tag = el.tagName
    if (tag === 'figure') continue
    if (TEXT_FIGURE_TAGS.has(tag)) content.text = true
    else if (MEDIA_TAGS.has(tag)) content.media = true
    if (tag === 'img') {
      content.images = true
      if (isPicture(el)) content.pictures = true
    }
    if (tag === 'picture') content.images = true
    for (const child of el.childNodes) stack.push(child)
  }
  return content
}
/** Tags inside a text that make it no caption: headings and lists hold page structure, not a description of a picture. */
const NOT_CAPTION_INNER_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'blockquote', 'button'])

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
export function isPicture(img: Element): boolean {
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
export function linksElsewhere(a: Element): boolean {
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

/** Whether nothing but white space follows an element in its parent (within the box-scan budget): it ends its caption. */
function endsItsCaption(el: Element): boolean {
  let nodes = 0
  for (let node: HtmlNode | null = el.nextSibling; node !== null; node = node.nextSibling) {
    if (++nodes > IMAGE_HOLDER_MAX_NODES || (node.textContent ?? '').trim() !== '') return false
  }
  return true
}

/** Whether an element's text is a credit and nothing else (the credit grammar, credit.ts, finds no caption text in it), and no byline. */
function isCreditLine(el: Element, named: (el: Element) => CaptionClass | null): boolean {
  const text = scanText(el, named)
  if (!text.plain || text.words === 0 || text.words > CREDIT_LINE_MAX_WORDS) return false
  // The byline under a lead picture ("By Jane Doe | The Daily") names the writer, not the maker.
  if (parseByline(text.text) !== null) return false
  const split = splitCredit(text.text, 'html')
  return split.text === '' && split.credit !== null
}

/** The URL of the image a figure shows (its lazy-loading sources first, unsafe ones passed over: url.ts); the figure may be the <img> itself. */
function figureImage(figure: Element): string | null {
  const img = figure.tagName === 'img' ? figure : figure.querySelector('img')
  return img === null ? null : imageSource(img, null)
}

/**
 * Whether a figure's picture sits in a link to another page (a teaser's or a banner's picture),
 * looking from the picture up to the figure, and one level above a figure that is the picture.
 */
function pictureLinksOut(figure: Element): boolean {
  const img = figure.tagName === 'img' ? figure : figure.querySelector('img')
  if (img === null) return false
  const stop = figure === img ? img.parentNode : figure
  for (let el: Element | null = img; el !== null && el.nodeType === ELEMENT_NODE; el = el.parentNode) {
    if (isLink(el) && linksElsewhere(el)) return true
    if (el === stop) break
  }
  return false
}

/** What the walk knows of an element's parent when it enters the element. */
export interface CaptionContext {
  /** The figure the parent sits in (a <figure>, or a box found to hold a picture and its caption). */
  figure: Element | null
  /** The parent is (inside) a caption or credit. */
  inCaption: boolean
  /** The parent is (inside) a link. */
  inLink: boolean
  /** The parent element. */
  parent: Element | null
  /** The parent's last child, when it showed a picture and no text has been read since. */
  beside: Element | null
  /** What the parent ended with so far, when that was a picture: a plain one, or one in a link to another page. */
  pictureEnd: 'plain' | 'linked' | null
}

/** The caption or credit role of an element, and the figure it belongs to. */
export interface CaptionDecision {
  role: BlockRole | null
  figure: Element | null
}

/** `read(key)`, read once per key: the figure scans of later captions ask of the same figures again. */
function once<V>(known: Map<Element, V>, key: Element, read: (key: Element) => V): V {
  if (known.has(key)) return known.get(key)!
  const value = read(key)
  known.set(key, value)
  return value
}

/** Per page: what each element's class says of captions, whether each figure shows a picture, and its image. */
export class CaptionFinder {
  private readonly roles = new Map<Element, CaptionClass | null>()
  /** Each figure's own content (figureContent), read once. */
  private readonly figureContents = new Map<Element, FigureContent>()
  private readonly images = new Map<Element, string | null>()
  private readonly linkedPictures = new Map<Element, boolean>()
  private readonly named = (el: Element): CaptionClass | null => this.roles.get(el) ?? this.classOf(el)

  constructor(private readonly tokensOf: (el: Element, tag: string) => readonly string[]) {}

  /**
   * The role an element plays for captions (`role` is what its tag says: `paragraph`, `caption`
   * for a figcaption, …) and its figure: a caption or credit class, a <cite> in a picture's figure,
   * an attribution in a caption, or plain text right after a picture in a small box.
   */
  decide(el: Element, tag: string, tokens: readonly string[], role: BlockRole | null, context: CaptionContext): CaptionDecision {
    let figure = tag === 'figure' ? el : context.figure
    const named = classRole(el, tag, tokens)
    this.roles.set(el, named) // the image-box scans of later captions read this element again
    // The caption of a code listing, a table or a quotation in a figure with no picture is its
    // label or attribution, text of the article, not an image caption.
    if (tag === 'figcaption' && figure !== null && this.showsText(figure)) return { role: null, figure: null }
    if (named !== null) {
      // Outside <figure>, a caption class describes an image when the box around it holds one,
      // or when it comes right after a small box that shows one.
      const holder =
        figure === null && !context.inCaption
          ? (imageHolder(el, this.named) ?? besideBox(besideHolder(el, named.role, context.beside, context.pictureEnd !== null, this.named)))
          : null
      if (holder?.self === true) return { role, figure: holder.box }
      if (holder !== null) figure = holder.box
      // A whole class word names a caption anywhere; a camelCase one, or a paragraph's class,
      // only beside an image: "<p class="wp-caption-text">".
      if (role === null && (named.exact || figure !== null)) return { role: named.role, figure }
      if (role === 'paragraph' && figure !== null) return { role: named.role, figure }
      return { role, figure }
    }
    if (tag === 'cite' && figure !== null && !context.inCaption && this.showsPicture(figure)) {
      // A <cite> in an image's figure, beside its figcaption, names the picture's source.
      return { role: 'credit', figure }
    }
    if (context.inCaption && tokens.some((token) => CAPTION_CREDIT_TOKENS.has(token))) {
      // An attribution inside a caption names the picture's maker ("© Jane Doe").
      return { role: 'credit', figure }
    }
    if (context.inCaption && figure !== null && CAPTION_END_CREDIT_TAGS.has(tag) && endsItsCaption(el) && this.isEndCredit(el)) {
      // Small print ending a caption that only names a maker, or is only a credit ("… at night.
      // <small>Jane Roe</small>"), is its credit; a name inside the caption's text is not.
      return { role: 'credit', figure }
    }
    if (!context.inCaption && !context.inLink && (role === null || role === 'paragraph') && CREDIT_LINE_TAGS.has(tag)) {
      // A line that is only a credit, in a picture's figure or right after a small box showing
      // one, is the picture's credit ("<small>Jane Roe / Getty Images</small>").
      const box = figure !== null ? (this.showsPicture(figure) ? figure : null) : besideHolder(el, 'credit', context.beside, false, this.named)
      if (box !== null && isCreditLine(el, this.named)) return { role: 'credit', figure: box }
    }
    const parent = context.parent
    if (
      parent !== null &&
      (context.pictureEnd === 'plain' || (context.pictureEnd === 'linked' && figure !== null)) &&
      !context.inCaption &&
      !context.inLink &&
      (role === null || role === 'paragraph') &&
      UNCLASSED_CAPTION_TAGS.has(tag) &&
      isUnclassedCaption(el, tag, parent, figure !== null, this.named)
    ) {
      // Text with no caption class right after a picture in a small box is its caption; after a
      // linked picture (a teaser's, a logo's) only inside a figure or caption box.
      return { role: 'caption', figure: figure ?? parent }
    }
    return { role, figure }
  }

  /** The image of a figure, found once per figure: a figure of many caption blocks stays linear. */
  imageOf(figure: Element | null): string | null {
    return figure === null ? null : once(this.images, figure, figureImage)
  }

  /** Whether small print ending a caption is its credit: a credit line, or a maker's name alone. */
  private isEndCredit(el: Element): boolean {
    if (isCreditLine(el, this.named)) return true
    const text = scanText(el, this.named)
    return text.plain && isMakerName(text.text)
  }

  /** Whether a figure's picture links to another page (a teaser's), found once per figure. */
  pictureLinked(figure: Element | null): boolean {
    return figure !== null && once(this.linkedPictures, figure, pictureLinksOut)
  }

  /** An element's caption class, read once per element: the image-box scans read the same boxes again. */
  private classOf(el: Element): CaptionClass | null {
    const tag = el.tagName
    const named = classRole(el, tag, this.tokensOf(el, tag))
    this.roles.set(el, named)
    return named
  }

  /** Whether a figure shows text (a code listing, a table, a quotation) and no picture, video or embed: its caption is no image's. */
  private showsText(figure: Element): boolean {
    const content = this.contentOf(figure)
    return content.text && !content.media && !content.pictures
  }

  /** Whether a figure shows a picture (a quotation's figure holds a blockquote instead). */
  private showsPicture(figure: Element): boolean {
    return this.contentOf(figure).images
  }

  /** A figure's own content, read once per figure. */
  private contentOf(figure: Element): FigureContent {
    return once(this.figureContents, figure, figureContent)
  }
}
