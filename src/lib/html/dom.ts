/**
 * A small DOM built straight from htmlparser2's events: the HTML front door reads pages through
 * it instead of a full DOM library, which spends most of its time on features we never use.
 *
 * The tree is the one linkedom (the DOM the front door used before) builds from the same events:
 * same parser options, one text node per text event, class values normalised as a class list
 * does. The DOM calls the front door makes answer as linkedom's did, so pages read as before:
 * - `getAttribute('class')` is the de-duplicated class list, '' when there is none;
 * - `querySelector(All)` test each element in document order with css-select and do not look
 *   inside <template>.
 * One difference, on purpose: `document.head` and `document.body` are found wherever the page
 * puts them (the tags are optional in HTML) and a page without a <body> reads from its root
 * element; linkedom gave an empty body unless <body> came right after <head> inside <html>.
 * Comments are not kept: no DOM call the front door makes can see them.
 */
import { compile, type Options } from 'css-select'
import { Parser, Tokenizer, type ParserOptions, type TokenizerCallbacks } from 'htmlparser2'
import { NestingLimiter, VOID_ELEMENTS } from '../input/nesting.js'
import { FastTokenizer } from './fast-tokenizer.js'

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const DOCUMENT_NODE = 9

/** How class values are split into a class list. */
const CLASS_SPLIT = /\s+/
/** A class value without white space is one word: its class list is itself. */
const ANY_SPACE = /\s/
/** Attributes an element may have before a repeated name is looked up in a set instead of the list (100,000 attributes stay linear). */
const MANY_ATTRIBUTES = 16
/** Compiled selectors kept for reuse; selectors come from pages too, so the cache is bounded. */
const MAX_CACHED_SELECTORS = 64
/** Parser settings of the DOM the front door was written against: attribute names kept as written. */
const PARSER_OPTIONS: ParserOptions = { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false, Tokenizer: FastTokenizer }

export type HtmlNode = HtmlElement | HtmlText

export class HtmlText {
  readonly nodeType = TEXT_NODE
  readonly firstChild = null
  nextSibling: HtmlNode | null = null
  constructor(
    readonly textContent: string,
    readonly parentNode: HtmlElement,
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
    readonly parentNode: HtmlElement | null,
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
export type IndexedTag = 'script' | 'meta' | 'link' | 'base'
const INDEXED_TAGS: ReadonlySet<string> = new Set<IndexedTag>(['script', 'meta', 'link', 'base'])

/** The document node: its children are the page's top-level nodes. */
export class HtmlDocument extends HtmlElement {
  override readonly nodeType: number = DOCUMENT_NODE
  private readonly index = new Map<string, HtmlElement[]>()
  /** Elements the parse left out for being nested deeper than its limit, and the warning saying so. */
  cut = 0
  warnings: string[] = []

  constructor() {
    super('#document', [], null)
  }

  /** The page's elements with this tag in document order, outside <template> (what `querySelectorAll(tag)` gives). */
  elementsByTag(tag: IndexedTag): readonly HtmlElement[] {
    return this.index.get(tag) ?? []
  }

  /** Called by the parser for each element outside <template>, in document order. */
  indexElement(element: HtmlElement): void {
    if (!INDEXED_TAGS.has(element.tagName)) return
    const list = this.index.get(element.tagName)
    if (list === undefined) this.index.set(element.tagName, [element])
    else list.push(element)
  }

  /** The first element of the document, usually <html>. */
  get documentElement(): HtmlElement | null {
    return firstElement(this.childNodes)
  }

  /** The <head>: the root element, or a child of the document or of the root; an empty one when there is none. */
  get head(): HtmlElement {
    return this.section('head')
  }

  /**
   * The <body>: the root element, or a child of the document or of the root (HTML makes the
   * <html>, <head> and <body> tags optional); without one, the root element itself; an empty
   * one for a page without elements.
   */
  get body(): HtmlElement {
    const root = this.documentElement
    if (root === null) return new HtmlElement('body', [], this)
    return this.section('body', root)
  }

  /** The document's <head> or <body> element, or `fallback` (an empty element by default). */
  private section(tag: 'head' | 'body', fallback: HtmlElement | null = null): HtmlElement {
    const root = this.documentElement
    if (root !== null && root.tagName === tag) return root
    const isSection = (node: HtmlNode): boolean => isElement(node) && node.tagName === tag
    const found = this.childNodes.find(isSection) ?? root?.childNodes.find(isSection)
    return (found as HtmlElement | undefined) ?? fallback ?? new HtmlElement(tag, [], root ?? this)
  }

  /** The text of the first <title> in the head, or ''. */
  get title(): string {
    let title: HtmlElement | null = null
    eachElement(this.head, (element) => {
      if (element.tagName === 'title') title = element
      return title === null
    }, false)
    return (title as HtmlElement | null)?.textContent || ''
  }
}

function isElement(node: HtmlNode): node is HtmlElement {
  return node.nodeType === ELEMENT_NODE
}

function firstElement(nodes: readonly HtmlNode[]): HtmlElement | null {
  return (nodes.find(isElement) as HtmlElement | undefined) ?? null
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

/** Parser options carrying the nesting limit to the tokenizer the parser builds for itself. */
interface LimitedParserOptions extends ParserOptions {
  nesting: { html: string; maxDepth: number; limiter: NestingLimiter | null }
}

/**
 * The parser's tokenizer, with the nesting limiter between it and the parser: the page is
 * tokenized once, and the parser never sees elements nested deeper than the limit.
 */
class LimitedTokenizer extends FastTokenizer {
  constructor(options: LimitedParserOptions, parser: TokenizerCallbacks) {
    const limiter = new NestingLimiter(options.nesting.html, options.nesting.maxDepth, parser)
    super(options, limiter)
    options.nesting.limiter = limiter
  }
}

/** Thrown by a plain parse that meets an element nested deeper than the limit. */
class TooDeep extends Error {}
const TOO_DEEP = new TooDeep('nested deeper than the limit')

/**
 * Parses a page into an HtmlDocument; elements nested deeper than `maxDepth` are left out with
 * their content (input/nesting.ts says why), and `document.cut` counts them. Pages are parsed
 * plainly first (real pages nest far less deep): the parse gives up at the first element past
 * the limit, having cost at most the limit per tag, and the page is parsed again with the
 * nesting limiter between tokenizer and parser.
 */
export function parseDocument(html: string, maxDepth = Number.POSITIVE_INFINITY): HtmlDocument {
  try {
    return buildDocument(html, maxDepth, false)
  } catch (error) {
    if (error !== TOO_DEEP) throw error
    return buildDocument(html, maxDepth, true)
  }
}

function buildDocument(html: string, maxDepth: number, limited: boolean): HtmlDocument {
  const document = new HtmlDocument()
  let current: HtmlElement = document
  let depth = 0
  /** Open <template> elements: what is inside one is not indexed. */
  let templates = 0
  /** Attributes of the element being read, and their names once there are many. */
  let attributeCount = 0
  let attributeNames: Set<string> | null = null
  const append = (node: HtmlNode): void => {
    const siblings = current.childNodes
    const last = siblings[siblings.length - 1]
    if (last !== undefined) last.nextSibling = node
    siblings.push(node)
  }
  const nesting = { html, maxDepth, limiter: null }
  const options: ParserOptions = limited ? ({ ...PARSER_OPTIONS, Tokenizer: LimitedTokenizer as typeof Tokenizer, nesting } as LimitedParserOptions) : PARSER_OPTIONS
  const parser = new Parser(
    {
      // Elements are made when their name is read and get their attributes as they come: the
      // parser's record of attributes (built for `onopentag`) is never asked for.
      onopentagname(name) {
        // A void element past the limit is kept with its parent, as the limiter keeps it.
        if (++depth > maxDepth && !limited && !VOID_ELEMENTS.has(name)) throw TOO_DEEP
        const element = new HtmlElement(name, [], current)
        append(element)
        if (templates === 0) document.indexElement(element)
        if (name === 'template') templates++
        current = element
        attributeCount = 0
        attributeNames = null
      },
      onattribute(name, value) {
        if (++attributeCount > MANY_ATTRIBUTES) attributeNames ??= new Set(current.attributeNames)
        current.addAttribute(name, value, attributeNames)
      },
      ontext(text) {
        append(new HtmlText(text, current))
      },
      onclosetag() {
        depth--
        if (current.tagName === 'template') templates--
        current = current.parentNode ?? document
      },
    },
    options,
  )
  parser.write(html)
  parser.end()
  const limiter = (nesting as LimitedParserOptions['nesting']).limiter
  document.cut = limiter?.cut ?? 0
  document.warnings = limiter?.warnings ?? []
  return document
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
