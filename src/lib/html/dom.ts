/**
 * A small DOM, built from htmlparser2's events by the tree builder (tree-builder.ts): the HTML
 * front door reads pages through it instead of a full DOM library, which spends most of its time
 * on features we never use. One text node per text event; the DOM calls the front door makes
 * answer as a DOM's would:
 * - `getAttribute('class')` is the de-duplicated class list, '' when there is none;
 * - `querySelector(All)` test each element in document order with css-select and do not look
 *   inside <template>.
 * Comments are not kept: no DOM call the front door makes can see them.
 */
import { compile, type Options } from 'css-select'

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const DOCUMENT_NODE = 9

/** How class values are split into a class list. */
const CLASS_SPLIT = /\s+/
/** A class value without white space is one word: its class list is itself. */
const ANY_SPACE = /\s/
/** Compiled selectors kept for reuse; selectors come from pages too, so the cache is bounded. */
const MAX_CACHED_SELECTORS = 64

export type HtmlNode = HtmlElement | HtmlText

export class HtmlText {
  readonly nodeType = TEXT_NODE
  readonly firstChild = null
  nextSibling: HtmlNode | null = null
  constructor(
    readonly textContent: string,
    /** Set again when a streamed part is moved into its place (streamed-segments.ts). */
    public parentNode: HtmlElement,
  ) {}
}

export class HtmlElement {
  readonly nodeType: number = ELEMENT_NODE
  readonly childNodes: HtmlNode[] = []
  nextSibling: HtmlNode | null = null
  constructor(
    /** Lower-case tag name (the parser lowers them). */
    readonly tagName: string,
    /**
     * Names and values in turns, as written (a name given twice keeps its first value, as
     * parsers do): elements have a handful of attributes, and a flat list is read faster than
     * a record is built.
     */
    private readonly attributes: string[],
    /** Set again when a streamed part is moved into its place (streamed-segments.ts). */
    public parentNode: HtmlElement | null,
  ) {}

  get firstChild(): HtmlNode | null {
    return this.childNodes[0] ?? null
  }

  /** True when the element has no attributes (most inline elements): nothing to look up. */
  get bare(): boolean {
    return this.attributes.length === 0
  }

  /** The attribute names, in source order. */
  get attributeNames(): string[] {
    return this.attributes.filter((_, i) => i % 2 === 0)
  }

  getAttribute(name: string): string | null {
    const attributes = this.attributes
    for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === name) return attributes[i + 1]!
    return name === 'class' ? '' : null
  }

  hasAttribute(name: string): boolean {
    const attributes = this.attributes
    for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === name) return true
    return false
  }

  /** Adds an attribute while the element is parsed; `seen` holds the names so far once there are many. */
  addAttribute(name: string, value: string, seen: Set<string> | null): void {
    if (seen !== null ? seen.has(name) : this.hasAttribute(name)) return
    seen?.add(name)
    this.attributes.push(name, name === 'class' ? classList(value) : value)
  }

  removeAttribute(name: string): void {
    for (let i = 0; i < this.attributes.length; i += 2) {
      if (this.attributes[i] === name) {
        this.attributes.splice(i, 2)
        return
      }
    }
  }

  get textContent(): string {
    const parts: string[] = []
    collectText(this, parts)
    return parts.join('')
  }

  querySelector(selector: string): HtmlElement | null {
    const matches = matcher(selector, this)
    let found: HtmlElement | null = null
    eachElement(this, (element) => {
      if (found === null && matches(element)) found = element
      return found === null
    })
    return found
  }

  querySelectorAll(selector: string): HtmlElement[] {
    const matches = matcher(selector, this)
    const found: HtmlElement[] = []
    eachElement(this, (element) => {
      if (matches(element)) found.push(element)
      return true
    })
    return found
  }
}

/** Tags the document lists as it parses, for the metadata reader. */
export type IndexedTag = 'script' | 'meta' | 'link' | 'base' | 'title'
const INDEXED_TAGS: ReadonlySet<string> = new Set<IndexedTag>(['script', 'meta', 'link', 'base', 'title'])

/**
 * The document node: its one child is the <html> element, which holds the <head> and the
 * <body> (tree-builder.ts makes them as a browser does, whether the page writes the tags or not).
 */
export class HtmlDocument extends HtmlElement {
  override readonly nodeType: number = DOCUMENT_NODE
  private readonly index = new Map<string, HtmlElement[]>()
  /** Elements the parse left out for being nested deeper than its limit, and the warning saying so. */
  cut = 0
  warnings: string[] = []
  /** The <html>, <head> and <body> elements, set by the tree builder. */
  html: HtmlElement | null = null
  headElement: HtmlElement | null = null
  bodyElement: HtmlElement | null = null

  constructor() {
    super('#document', [], null)
  }

  /** The page's elements with this tag in document order, outside <template> (what `querySelectorAll(tag)` gives). */
  elementsByTag(tag: IndexedTag): readonly HtmlElement[] {
    return this.index.get(tag) ?? []
  }

  /**
   * Called by the tree builder for each element outside <template>, in document order; `foreign`
   * when it sits in <svg> or <math>, where a <title> names a picture, not the page.
   */
  indexElement(element: HtmlElement, foreign: boolean): void {
    if (!INDEXED_TAGS.has(element.tagName) || (foreign && element.tagName === 'title')) return
    const list = this.index.get(element.tagName)
    if (list === undefined) this.index.set(element.tagName, [element])
    else list.push(element)
  }

  /** The <html> element. */
  get documentElement(): HtmlElement | null {
    return this.html
  }

  /** The <head>, or an empty one before the tree builder made it. */
  get head(): HtmlElement {
    return this.headElement ?? new HtmlElement('head', [], this.html ?? this)
  }

  /** The <body>, or an empty one before the tree builder made it. */
  get body(): HtmlElement {
    return this.bodyElement ?? new HtmlElement('body', [], this.html ?? this)
  }

  /** The text of the page's first <title> (outside SVG and MathML, wherever the page put it, as `document.title` reads it), or ''. */
  get title(): string {
    return this.elementsByTag('title')[0]?.textContent ?? ''
  }
}

function isElement(node: HtmlNode): node is HtmlElement {
  return node.nodeType === ELEMENT_NODE
}

function collectText(element: HtmlElement, parts: string[]): void {
  for (const child of element.childNodes) {
    if (child.nodeType === TEXT_NODE) parts.push(child.textContent)
    else collectText(child as HtmlElement, parts)
  }
}

/**
 * Calls `visit` on every element under `root` in document order until it returns false;
 * a <template>'s contents are skipped (as DOM queries skip them) unless `skipTemplates` is false.
 */
function eachElement(root: HtmlElement, visit: (element: HtmlElement) => boolean, skipTemplates = true): void {
  const stack: HtmlNode[] = [...root.childNodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!isElement(node)) continue
    if (!visit(node)) return
    if (skipTemplates && node.tagName === 'template') continue
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!)
  }
}

/** The de-duplicated words of a class value, as a class list holds them. */
function classList(value: string): string {
  if (!ANY_SPACE.test(value)) return value
  const words = new Set<string>()
  for (const word of value.split(CLASS_SPLIT)) if (word !== '') words.add(word)
  return [...words].join(' ')
}

const adapter: NonNullable<Options<HtmlNode, HtmlElement>['adapter']> = {
  isTag: (node): node is HtmlElement => node.nodeType === ELEMENT_NODE,
  getAttributeValue: (element, name) => (element.hasAttribute(name) ? element.getAttribute(name)! : undefined),
  getChildren: (node) => (node.nodeType === TEXT_NODE ? [] : (node as HtmlElement).childNodes),
  getName: (element) => element.tagName,
  getParent: (element) => element.parentNode,
  getSiblings: (node) => node.parentNode?.childNodes ?? [node],
  getText: (node) => node.textContent,
  hasAttrib: (element, name) => element.hasAttribute(name),
  removeSubsets: (nodes) => nodes.filter((node, i) => {
    if (nodes.indexOf(node) !== i) return false
    for (let parent = node.parentNode; parent !== null; parent = parent.parentNode) if (nodes.includes(parent)) return false
    return true
  }),
}

const compiled = new Map<string, (node: HtmlNode) => boolean>()

/** The css-select test for a selector, compiled as a DOM query compiles it (HTML rules: some attribute values ignore case). */
function matcher(selector: string, scope: HtmlElement): (node: HtmlNode) => boolean {
  if (selector.includes(':scope')) return compile<HtmlNode, HtmlElement>(selector, { context: scope, xmlMode: false, adapter })
  let test = compiled.get(selector)
  if (test === undefined) {
    test = compile<HtmlNode, HtmlElement>(selector, { xmlMode: false, adapter })
    if (compiled.size >= MAX_CACHED_SELECTORS) compiled.clear()
    compiled.set(selector, test)
  }
  return test
}
