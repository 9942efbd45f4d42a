/**
 * The nesting limit for HTML, applied to the markup before it is parsed.
 *
 * htmlparser2 keeps its open elements in an array that it grows and shrinks at the front, so
 * every start and end tag costs time in proportion to the current depth: 200,000 nested `div`s
 * take half a minute to parse, and a 16 MiB page of them would take hours. This pass reads the
 * markup once with htmlparser2's own tokenizer (so it cuts the page where the parser will) and
 * keeps a model of the parser's stack (implied end tags, void elements, self-closing tags in SVG
 * and MathML), then
 * - cuts out every element nested deeper than the limit, with all of its content: a browser
 *   shows nothing sensible that deep, and keeping the text would detach it from the hidden or
 *   skipped ancestors it sits in (a deep `<div hidden>` must not leak its text);
 * - drops end tags that close nothing (the parser would search its whole stack and then ignore
 *   them), writing a stray `</p>` as `<p></p>`, which is what the parser makes of it, and keeping
 *   a stray `</svg>` (or `</math>`, `</title>`, …) where it still ends an SVG/MathML context.
 * Every push and pop of the model is O(1) (a count per tag name finds out whether an end tag
 * closes anything), so the pass is linear in the size of the page.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2'

export interface LimitedMarkup {
  html: string
  /** Elements cut out for being nested deeper than the limit. */
  cut: number
  warnings: string[]
}

/** The parser settings of the HTML front door: the tokenizer must split the page as its parser does. */
const TOKENIZER_OPTIONS = { xmlMode: false, decodeEntities: false } as const
/** Elements without content or end tag: the parser never puts them on its stack. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set([
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

/**
 * The markup with every element nested deeper than `maxDepth` cut out (the parser's depth then
 * stays at most `maxDepth`, plus void elements and text inside the deepest kept elements) and
 * end tags that close nothing dropped. Never throws; returns `html` itself when nothing changes.
 */
export function limitNesting(html: string, maxDepth: number): LimitedMarkup {
  const stack = new ElementStack()
  const edits = new Edits(html)
  /** SVG/MathML context as the parser sees it (only the markup we keep counts), innermost last. */
  const foreign: boolean[] = [false]
  let pending: PendingTag | null = null
  let cut = 0

  const inForeignContent = (): boolean => foreign[foreign.length - 1] ?? false
  /** Just past the `>` of the end tag whose name ends at `from`, or -1 when the page ends first. */
  const tagEnd = (from: number): number => {
    const end = html.indexOf(GREATER_THAN, from)
    return end === -1 ? -1 : end + 1
  }

  function openTag(start: number, end: number): void {
    const name = html.slice(start, end).toLowerCase()
    const tagStart = start - 1
    const closes = IMPLIED_END.get(name)
    if (closes) while (stack.top !== undefined && closes.has(stack.top)) stack.pop()
    const pushed = !VOID_ELEMENTS.has(name)
    if (pushed) stack.push(name)
    pending = { name, pushed, start: tagStart }
    // A pushed element sits at the new depth; a void one is kept with its parent.
    if (stack.depth > maxDepth) {
      if (pushed) cut++
      edits.startCut(tagStart)
      return
    }
    edits.endCut(tagStart)
    if (FOREIGN_ELEMENTS.has(name)) foreign.push(true)
    else if (HTML_INTEGRATION_ELEMENTS.has(name)) foreign.push(false)
  }

  function selfClosingTag(endIndex: number): void {
    const tag = pending
    pending = null
    if (tag === null || !tag.pushed || !inForeignContent() || stack.top !== tag.name) return
    stack.pop()
    if (edits.cutting && stack.depth <= maxDepth) edits.endCut(endIndex + 1)
  }

  function closeTag(start: number, end: number): void {
    const name = html.slice(start, end).toLowerCase()
    const tagStart = html.lastIndexOf(LESS_THAN, start)
    if (VOID_ELEMENTS.has(name)) return
    if (!stack.has(name)) {
      strayEndTag(name, tagStart, end)
      return
    }
    let popped: string | undefined
    do popped = stack.pop()
    while (popped !== name)
    if (stack.depth < maxDepth) {
      edits.endCut(tagStart)
      if (FOREIGN_ELEMENTS.has(name) || HTML_INTEGRATION_ELEMENTS.has(name)) foreign.pop()
    } else if (edits.cutting && stack.depth <= maxDepth && tagEnd(end) !== -1) {
      edits.endCut(tagEnd(end))
    }
  }

  /** An end tag with no open element of its name: the parser ignores it, makes `</p>` an empty
   * paragraph, and lets `</svg>` and its kind end an SVG/MathML context even so (then it stays). */
  function strayEndTag(name: string, tagStart: number, end: number): void {
    if (edits.cutting) return
    if ((FOREIGN_ELEMENTS.has(name) || HTML_INTEGRATION_ELEMENTS.has(name)) && foreign.length > 0) {
      foreign.pop()
      return
    }
    const after = tagEnd(end)
    if (after === -1) return
    edits.replace(tagStart, after, name === 'p' && stack.depth < maxDepth ? EMPTY_PARAGRAPH : SEPARATOR)
  }

  const ignore = (): void => {}
  const callbacks: TokenizerCallbacks = {
    onopentagname: openTag,
    onopentagend: () => {
      pending = null
    },
    onselfclosingtag: selfClosingTag,
    onclosetag: closeTag,
    onattribdata: ignore,
    onattribentity: ignore,
    onattribend: ignore,
    onattribname: ignore,
    oncdata: ignore,
    oncomment: ignore,
    ondeclaration: ignore,
    // A start tag the page ends in builds no element, whatever its depth: it stays as written.
    onend: () => {
      if (pending !== null && edits.uncut(pending.start) && pending.pushed) cut--
    },
    onprocessinginstruction: ignore,
    ontext: ignore,
    ontextentity: ignore,
  }
  const tokenizer = new Tokenizer(TOKENIZER_OPTIONS, callbacks)
  tokenizer.write(html)
  tokenizer.end()
  const warnings = cut > 0 ? [`HTML nested deeper than ${maxDepth} elements: ${cut} element${cut === 1 ? '' : 's'} cut out with their content`] : []
  return { html: edits.finish(), cut, warnings }
}
