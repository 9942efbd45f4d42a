/**
 * The nesting limit for HTML, applied between htmlparser2's tokenizer and its parser.
 *
 * htmlparser2 keeps its open elements in an array that it grows and shrinks at the front, so
 * every start and end tag costs time in proportion to the current depth: 200,000 nested `div`s
 * take half a minute to parse, and a 16 MiB page of them would take hours. The NestingLimiter
 * takes the tokenizer's tokens (so it splits the page where the parser does), keeps a model of
 * the parser's stack (implied end tags, void elements, self-closing tags in SVG and MathML), and
 * passes a token on to the parser only when it should see it:
 * - every element nested deeper than the limit is left out with all of its content: a browser
 *   shows nothing sensible that deep, and keeping the text would detach it from the hidden or
 *   skipped ancestors it sits in (a deep `<div hidden>` must not leak its text);
 * - end tags that close nothing are dropped (the parser would search its whole stack and then
 *   ignore them), except a stray `</p>` (the parser makes it an empty paragraph) and a stray
 *   `</svg>` (or `</math>`, `</title>`, …) where it still ends an SVG/MathML context.
 * The HTML front door parses a page plainly first and brings the limiter in only when the page
 * turns out to nest deeper than the limit (html/dom.ts), so real pages pay nothing for it.
 * `limitNesting` makes the same changes as edits of the markup, for a parser that takes a string
 * (Readability's second opinion).
 * Every push and pop of the model is O(1) (a count per tag name finds out whether an end tag
 * closes anything), so the pass is linear in the size of the page.
 */
import type { QuoteType, TokenizerCallbacks } from 'htmlparser2'
import { FastTokenizer } from '../html/fast-tokenizer.js'

export interface LimitedMarkup {
  html: string
  /** Elements cut out for being nested deeper than the limit. */
  cut: number
  warnings: string[]
}

/** The parser settings of the HTML front door: the tokenizer must split the page as its parser does. */
const TOKENIZER_OPTIONS = { xmlMode: false, decodeEntities: false } as const
/** Elements without content or end tag: the parser never puts them on its stack. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
])
const PARAGRAPH: ReadonlySet<string> = new Set(['p'])
const FORM_CONTROLS: ReadonlySet<string> = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'])
/** HTML's implied end tags as the parser applies them: a start tag first closes open elements of
 * these kinds while one is the innermost (a new paragraph ends an open one, a cell ends a cell). */
const IMPLIED_END: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((tag) => [tag, FORM_CONTROLS] as const),
  ...[
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
    'table', 'ul',
  ].map((tag) => [tag, PARAGRAPH] as const),
])
/** SVG and MathML: inside them `<x/>` is an element without content. */
const FOREIGN_ELEMENTS: ReadonlySet<string> = new Set(['svg', 'math'])
/** Elements inside SVG or MathML whose content is HTML again. */
const HTML_INTEGRATION_ELEMENTS: ReadonlySet<string> = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title'])
/** Written where markup was removed: an empty processing instruction, one whole token that builds no
 * node, so the text on either side cannot join into a new tag or entity (`a <` + `b>`). */
const SEPARATOR = '<?>'
/** What a stray `</p>` means to the parser: an empty paragraph. */
const EMPTY_PARAGRAPH = '<p></p>'
const LESS_THAN = '<'
const GREATER_THAN = '>'

/** The open tag being read, between its name and its `>`. */
interface PendingTag {
  name: string
  pushed: boolean
  /** Where its `<` is. */
  start: number
}

/** The parser's stack of open elements, with O(1) push, pop and "is a `name` open?". */
class ElementStack {
  private readonly names: string[] = []
  private readonly open = new Map<string, number>()

  get depth(): number {
    return this.names.length
  }

  get top(): string | undefined {
    return this.names[this.names.length - 1]
  }

  has(name: string): boolean {
    return (this.open.get(name) ?? 0) > 0
  }

  push(name: string): void {
    this.names.push(name)
    this.open.set(name, (this.open.get(name) ?? 0) + 1)
  }

  pop(): string | undefined {
    const name = this.names.pop()
    if (name !== undefined) this.open.set(name, (this.open.get(name) ?? 1) - 1)
    return name
  }
}

/** The output: the page's markup with some ranges removed or replaced, copied lazily. */
class Edits {
  private readonly parts: string[] = []
  private copied = 0
  private cutFrom = -1

  constructor(private readonly html: string) {}

  get changed(): boolean {
    return this.parts.length > 0 || this.cutFrom >= 0
  }

  get cutting(): boolean {
    return this.cutFrom >= 0
  }

  replace(from: number, to: number, text: string): void {
    this.copyTo(from)
    this.parts.push(text)
    this.copied = to
  }

  startCut(at: number): void {
    if (this.cutFrom >= 0) return
    this.copyTo(at)
    this.cutFrom = at
  }

  endCut(at: number): void {
    if (this.cutFrom < 0) return
    this.parts.push(SEPARATOR)
    this.copied = at
    this.cutFrom = -1
  }

  /** Takes back a cut that started at `at` and has not ended: the markup from there on stays. */
  uncut(at: number): boolean {
    if (this.cutFrom !== at) return false
    this.cutFrom = -1
    return true
  }

  finish(): string {
    if (!this.changed) return this.html
    if (this.cutFrom < 0) this.copyTo(this.html.length)
    return this.parts.join('')
  }

  private copyTo(at: number): void {
    if (at > this.copied) this.parts.push(this.html.slice(this.copied, at))
    this.copied = Math.max(this.copied, at)
  }
}

/** Where the limiter reports the page's markup changes, for the copy handed to other parsers. */
const NO_TOKENS: TokenizerCallbacks = {
  onattribdata: () => {},
  onattribentity: () => {},
  onattribend: () => {},
  onattribname: () => {},
  oncdata: () => {},
  onclosetag: () => {},
  oncomment: () => {},
  ondeclaration: () => {},
  onend: () => {},
  onopentagend: () => {},
  onopentagname: () => {},
  onprocessinginstruction: () => {},
  onselfclosingtag: () => {},
  ontext: () => {},
  ontextentity: () => {},
}

/**
 * Sits between htmlparser2's tokenizer and whatever reads its tokens (the parser): keeps the
 * model of the parser's stack and passes a token on only when the parser should see it. Tokens
 * of elements nested deeper than `maxDepth` (and their content) and end tags that close nothing
 * are held back. With `edits`, it also records the same changes as edits of the markup.
 */
export class NestingLimiter implements TokenizerCallbacks {
  /** Elements cut out for being nested deeper than the limit. */
  cut = 0
  private readonly stack = new ElementStack()
  /** SVG/MathML context as the parser sees it (only the markup we keep counts), innermost last. */
  private readonly foreign: boolean[] = [false]
  private pending: PendingTag | null = null
  /** Where the cut now going on started (the `<` of its first tag), or -1. */
  private cutFrom = -1

  constructor(
    private readonly html: string,
    private readonly maxDepth: number,
    private readonly next: TokenizerCallbacks = NO_TOKENS,
    private readonly edits: Edits | null = null,
  ) {}

  get warnings(): string[] {
    const cut = this.cut
    return cut > 0 ? [`HTML nested deeper than ${this.maxDepth} elements: ${cut} element${cut === 1 ? '' : 's'} cut out with their content`] : []
  }

  private get cutting(): boolean {
    return this.cutFrom >= 0
  }

  /** Whether the innermost open context is SVG or MathML, where a self-closing slash closes an element (read by the tokenizer too). */
  inForeignContent(): boolean {
    return this.foreign[this.foreign.length - 1] ?? false
  }

  /** Just past the `>` of the end tag whose name ends at `from`, or -1 when the page ends first. */
  private tagEnd(from: number): number {
    const end = this.html.indexOf(GREATER_THAN, from)
    return end === -1 ? -1 : end + 1
  }

  private startCut(at: number): void {
    if (this.cutting) return
    this.cutFrom = at
    this.edits?.startCut(at)
  }

  private endCut(at: number): void {
    if (!this.cutting) return
    this.cutFrom = -1
    this.edits?.endCut(at)
  }

  onopentagname(start: number, end: number): void {
    const { stack, maxDepth } = this
    const name = this.html.slice(start, end).toLowerCase()
    const tagStart = start - 1
    const closes = IMPLIED_END.get(name)
    if (closes) while (stack.top !== undefined && closes.has(stack.top)) stack.pop()
    const pushed = !VOID_ELEMENTS.has(name)
    if (pushed) stack.push(name)
    this.pending = { name, pushed, start: tagStart }
    // A pushed element sits at the new depth; a void one is kept with its parent.
    if (stack.depth > maxDepth) {
      if (pushed) this.cut++
      this.startCut(tagStart)
      return
    }
    this.endCut(tagStart)
    if (FOREIGN_ELEMENTS.has(name)) this.foreign.push(true)
    else if (HTML_INTEGRATION_ELEMENTS.has(name)) this.foreign.push(false)
    this.next.onopentagname(start, end)
  }

  onopentagend(endIndex: number): void {
    this.pending = null
    if (!this.cutting) this.next.onopentagend(endIndex)
  }

  onselfclosingtag(endIndex: number): void {
    const tag = this.pending
    this.pending = null
    if (!this.cutting) {
      if (tag !== null && tag.pushed && this.inForeignContent() && this.stack.top === tag.name) this.stack.pop()
      this.next.onselfclosingtag(endIndex)
      return
    }
    if (tag === null || !tag.pushed || !this.inForeignContent() || this.stack.top !== tag.name) return
    this.stack.pop()
    if (this.stack.depth <= this.maxDepth) this.endCut(endIndex + 1)
  }

  onclosetag(start: number, end: number): void {
    const { stack, maxDepth } = this
    const name = this.html.slice(start, end).toLowerCase()
    if (VOID_ELEMENTS.has(name)) {
      if (!this.cutting) this.next.onclosetag(start, end)
      return
    }
    const tagStart = this.edits === null ? start : this.html.lastIndexOf(LESS_THAN, start)
    if (!stack.has(name)) {
      this.strayEndTag(name, tagStart, start, end)
      return
    }
    let popped: string | undefined
    do popped = stack.pop()
    while (popped !== name)
    if (stack.depth < maxDepth) {
      this.endCut(tagStart)
      if (FOREIGN_ELEMENTS.has(name) || HTML_INTEGRATION_ELEMENTS.has(name)) this.foreign.pop()
      this.next.onclosetag(start, end)
    } else if (this.cutting && stack.depth <= maxDepth && this.tagEnd(end) !== -1) {
      this.endCut(this.tagEnd(end))
    } else if (!this.cutting) {
      this.next.onclosetag(start, end)
    }
  }

  /** An end tag with no open element of its name: the parser ignores it, makes `</p>` an empty
   * paragraph, and lets `</svg>` and its kind end an SVG/MathML context even so (then it stays). */
  private strayEndTag(name: string, tagStart: number, start: number, end: number): void {
    if (this.cutting) return
    if ((FOREIGN_ELEMENTS.has(name) || HTML_INTEGRATION_ELEMENTS.has(name)) && this.foreign.length > 0) {
      this.foreign.pop()
      this.next.onclosetag(start, end)
      return
    }
    const after = this.tagEnd(end)
    if (after === -1) {
      this.next.onclosetag(start, end)
      return
    }
    const paragraph = name === 'p' && this.stack.depth < this.maxDepth
    this.edits?.replace(tagStart, after, paragraph ? EMPTY_PARAGRAPH : SEPARATOR)
    if (paragraph) this.next.onclosetag(start, end)
  }

  onattribdata(start: number, end: number): void {
    if (!this.cutting) this.next.onattribdata(start, end)
  }

  onattribentity(codepoint: number): void {
    if (!this.cutting) this.next.onattribentity(codepoint)
  }

  onattribend(quote: QuoteType, endIndex: number): void {
    if (!this.cutting) this.next.onattribend(quote, endIndex)
  }

  onattribname(start: number, end: number): void {
    if (!this.cutting) this.next.onattribname(start, end)
  }

  oncdata(start: number, end: number, offset: number): void {
    if (!this.cutting) this.next.oncdata(start, end, offset)
  }

  oncomment(start: number, end: number, offset: number): void {
    if (!this.cutting) this.next.oncomment(start, end, offset)
  }

  ondeclaration(start: number, end: number): void {
    if (!this.cutting) this.next.ondeclaration(start, end)
  }

  onprocessinginstruction(start: number, end: number): void {
    if (!this.cutting) this.next.onprocessinginstruction(start, end)
  }

  ontext(start: number, end: number): void {
    if (!this.cutting) this.next.ontext(start, end)
  }

  ontextentity(codepoint: number, endIndex: number): void {
    if (!this.cutting) this.next.ontextentity(codepoint, endIndex)
  }

  // A start tag the page ends in builds no element, whatever its depth: it stays as written.
  onend(): void {
    const tag = this.pending
    if (tag !== null && this.cutFrom === tag.start) {
      this.cutFrom = -1
      if (this.edits?.uncut(tag.start) !== false && tag.pushed) this.cut--
    }
    this.next.onend()
  }
}

/**
 * The markup with every element nested deeper than `maxDepth` cut out (the parser's depth then
 * stays at most `maxDepth`, plus void elements and text inside the deepest kept elements) and
 * end tags that close nothing dropped. Never throws; returns `html` itself when nothing changes.
 * The HTML front door limits its own parse with a NestingLimiter; this copy is for parsers that
 * take markup (Readability's second opinion).
 */
export function limitNesting(html: string, maxDepth: number): LimitedMarkup {
  const edits = new Edits(html)
  const limiter = new NestingLimiter(html, maxDepth, NO_TOKENS, edits)
  // The front door's tokenizer: raw text (escaped scripts, `<script/>`) ends where its parser ends it.
  const tokenizer = new FastTokenizer(TOKENIZER_OPTIONS, limiter)
  tokenizer.write(html)
  tokenizer.end()
  return { html: edits.finish(), cut: limiter.cut, warnings: limiter.warnings }
}
