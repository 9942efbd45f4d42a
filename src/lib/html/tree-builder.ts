/**
 * The document's tree as a browser builds it, where that decides which text is read.
 *
 * htmlparser2 tokenizes the page and keeps the stack of open elements inside the body (implied
 * end tags of paragraphs, list items and cells; void elements); it knows nothing of the document
 * around them. Browsers do (the HTML standard's tree construction, "insertion modes"), and pages
 * lean on it all the time:
 * - the `<html>`, `<head>` and `<body>` tags are optional: a page that starts with its text, or
 *   prints a PHP notice, a `<script>` or a `<meta>` before `<html>`, still has one html element,
 *   a head and a body, and a later `<html>` or `<body>` tag only adds its attributes to them;
 * - the head ends at the first thing that is not head content (a `<div>`, a `<p>`, text), whether
 *   `</head>` and `<body>` are written or not; head content met later (a `<title>` or `<meta>`
 *   after the body started) stays where it is, in the body;
 * - content after `</body>` or `</html>` still goes into the body.
 * The builder takes the parser's events in the insertion modes that decide those (before html,
 * before head, in head, after head, in body, after body) and puts each element where a browser
 * would. Inside the body the parser's own nesting is kept. test/tree-builder.test.ts checks the
 * resulting text against parse5, a parser that implements the whole standard, on every
 * benchmark page and on hand-written malformed shapes.
 */
import { Parser, type ParserOptions, type Tokenizer, type TokenizerCallbacks } from 'htmlparser2'
import { NestingLimiter, VOID_ELEMENTS } from '../input/nesting.js'
import { HtmlDocument, HtmlElement, HtmlText, type HtmlNode } from './dom.js'
import { FastTokenizer } from './fast-tokenizer.js'

/** The elements the head holds; any other start tag (or text) in the head ends it and opens the body. */
const HEAD_CONTENT: ReadonlySet<string> = new Set([
  'base', 'basefont', 'bgsound', 'link', 'meta', 'title', 'noscript', 'noframes', 'style', 'script', 'template',
])
/** Text of nothing but the white space HTML skips between tags: it opens no body. */
const WHITESPACE_ONLY = /^[ \t\n\f\r]*$/
/** Attributes an element may have before a repeated name is looked up in a set instead of the list (100,000 attributes stay linear). */
const MANY_ATTRIBUTES = 16
/** Parser settings: attribute names kept as written, entities decoded, the run-skipping tokenizer. */
const PARSER_OPTIONS: ParserOptions = { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false, Tokenizer: FastTokenizer }

type Mode = 'before-html' | 'before-head' | 'in-head' | 'after-head' | 'in-body' | 'after-body'

/**
 * One entry of the parser's stack of open elements: the element the builder made for it, or for
 * a start tag a browser folds into an element it already has (a second `<html>` or `<body>`, a
 * `<head>` in the body), that element, `merged`: it takes the tag's attributes it lacks and no children.
 */
interface Open {
  element: HtmlElement
  merged: boolean
  /** The element is the head or sits in it (a <noscript> of the head, say). */
  inHead: boolean
}

/** Builds the document from the parser's events; see the module comment. */
class TreeBuilder {
  readonly document = new HtmlDocument()
  private mode: Mode = 'before-html'
  private readonly open: Open[] = []
  /** Open <template> elements: what is inside one is not indexed. */
  private templates = 0
  /** Open <svg> and <math> elements: a <title> inside one is an image's, not the page's. */
  private foreign = 0

  /** A start tag: the element that takes its attributes. */
  startTag(name: string): HtmlElement {
    for (;;) {
      switch (this.mode) {
        case 'before-html':
          if (name === 'html') return this.push(this.makeHtml(), false, false)
          this.makeHtml()
          continue
        case 'before-head':
          if (name === 'html') return this.push(this.document.html!, true, false)
          if (name === 'head') return this.push(this.makeHead(), false, true)
          this.makeHead()
          continue
        case 'in-head':
          if (name === 'html') return this.push(this.document.html!, true, false)
          if (name === 'head') return this.push(this.document.head, true, false)
          // Inside a head element that holds markup (<noscript>, <template>) everything is its content.
          if (HEAD_CONTENT.has(name) || this.insideHeadElement()) return this.insert(name, this.headParent(), true)
          this.mode = 'after-head'
          continue
        case 'after-head':
          if (name === 'html') return this.push(this.document.html!, true, false)
          if (name === 'head') return this.push(this.document.head, true, false)
          if (name === 'body' || name === 'frameset') return this.push(this.makeBody(), false, false)
          if (HEAD_CONTENT.has(name)) return this.insert(name, this.document.head, true)
          this.makeBody()
          continue
        case 'after-body':
          this.mode = 'in-body'
          continue
        case 'in-body':
          if (name === 'html') return this.push(this.document.html!, true, false)
          if (name === 'body' || name === 'frameset') return this.push(this.document.body, true, false)
          // A <head> in the body is ignored, its attributes with it.
          if (name === 'head') return this.push(new HtmlElement('head', [], null), true, false)
          return this.insert(name, this.bodyParent(), false)
      }
    }
  }

  /** An end tag (the parser's, or one it implies): the innermost open element is closed. */
  endTag(): void {
    const closed = this.open.pop()
    if (closed === undefined) return
    const tag = closed.element.tagName
    if (!closed.merged) {
      if (tag === 'template') this.templates--
      else if (tag === 'svg' || tag === 'math') this.foreign--
    }
    if (tag === 'head' && this.mode === 'in-head') this.mode = 'after-head'
    else if ((tag === 'body' || tag === 'html') && this.mode === 'in-body') this.mode = 'after-body'
  }

  text(text: string): void {
    if (this.mode === 'in-body' || this.mode === 'after-body') {
      if (this.mode === 'after-body' && !WHITESPACE_ONLY.test(text)) this.mode = 'in-body'
      append(this.bodyParent(), new HtmlText(text, this.bodyParent()))
      return
    }
    if ((this.mode === 'in-head' || this.mode === 'after-head') && this.insideHeadElement()) {
      // Text inside a head element (a <title>'s, a <style>'s) is its content.
      const parent = this.headParent()
      append(parent, new HtmlText(text, parent))
      return
    }
    if (WHITESPACE_ONLY.test(text)) return
    // Text before the body: it opens the body, as in a browser.
    if (this.mode === 'before-html') this.makeHtml()
    if (this.mode === 'before-head') this.makeHead()
    if (this.mode === 'in-head') this.mode = 'after-head'
    this.makeBody()
    this.text(text)
  }

  /** The finished document: html, head and body exist, made empty where the page had nothing. */
  finish(): HtmlDocument {
    if (this.document.html === null) this.makeHtml()
    if (this.mode === 'before-head') this.makeHead()
    if (this.document.bodyElement === null) {
      this.mode = 'after-head'
      this.makeBody()
    }
    return this.document
  }

  private makeHtml(): HtmlElement {
    const html = new HtmlElement('html', [], this.document)
    append(this.document, html)
    this.document.html = html
    this.mode = 'before-head'
    return html
  }

  private makeHead(): HtmlElement {
    const head = new HtmlElement('head', [], this.document.html)
    append(this.document.html!, head)
    this.document.headElement = head
    this.mode = 'in-head'
    return head
  }

  private makeBody(): HtmlElement {
    const body = new HtmlElement('body', [], this.document.html)
    append(this.document.html!, body)
    this.document.bodyElement = body
    this.mode = 'in-body'
    return body
  }

  /** Whether the innermost open element is an element of the head (not the head itself). */
  private insideHeadElement(): boolean {
    const top = this.open[this.open.length - 1]
    return top !== undefined && !top.merged && top.inHead && top.element !== this.document.headElement
  }

  /** Where head content goes: inside the open head element it is nested in (a <noscript>'s <meta>), else the head. */
  private headParent(): HtmlElement {
    return this.insideHeadElement() ? this.open[this.open.length - 1]!.element : this.document.head
  }

  /**
   * Where body content goes: the innermost open element of the body. The parser may still hold
   * the head or html element open (the head was never closed, `</body>` came early): what
   * follows goes into the body all the same.
   */
  private bodyParent(): HtmlElement {
    for (let i = this.open.length - 1; i >= 0; i--) {
      const entry = this.open[i]!
      if (entry.merged) continue
      if (entry.inHead || entry.element === this.document.html) break
      return entry.element
    }
    return this.document.body
  }

  private insert(name: string, parent: HtmlElement, inHead: boolean): HtmlElement {
    const element = new HtmlElement(name, [], parent)
    append(parent, element)
    if (this.templates === 0) this.document.indexElement(element, this.foreign > 0)
    if (name === 'template') this.templates++
    else if (name === 'svg' || name === 'math') this.foreign++
    return this.push(element, false, inHead)
  }

  private push(element: HtmlElement, merged: boolean, inHead: boolean): HtmlElement {
    this.open.push({ element, merged, inHead })
    return element
  }
}

function append(parent: HtmlElement, node: HtmlNode): void {
  const siblings = parent.childNodes
  const last = siblings[siblings.length - 1]
  if (last !== undefined) last.nextSibling = node
  siblings.push(node)
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
  const builder = new TreeBuilder()
  let depth = 0
  /** The element receiving attributes, and their names once there are many. */
  let current: HtmlElement = builder.document
  let attributeCount = 0
  let attributeNames: Set<string> | null = null
  const nesting = { html, maxDepth, limiter: null }
  const options: ParserOptions = limited ? ({ ...PARSER_OPTIONS, Tokenizer: LimitedTokenizer as typeof Tokenizer, nesting } as LimitedParserOptions) : PARSER_OPTIONS
  const parser = new Parser(
    {
      // Elements are made when their name is read and get their attributes as they come: the
      // parser's record of attributes (built for `onopentag`) is never asked for.
      onopentagname(name) {
        // A void element past the limit is kept with its parent, as the limiter keeps it.
        if (++depth > maxDepth && !limited && !VOID_ELEMENTS.has(name)) throw TOO_DEEP
        current = builder.startTag(name)
        attributeCount = 0
        attributeNames = null
      },
      onattribute(name, value) {
        if (++attributeCount > MANY_ATTRIBUTES) attributeNames ??= new Set(current.attributeNames)
        current.addAttribute(name, value, attributeNames)
      },
      ontext(text) {
        builder.text(text)
      },
      onclosetag() {
        depth--
        builder.endTag()
      },
    },
    options,
  )
  parser.write(html)
  parser.end()
  const document = builder.finish()
  const limiter = (nesting as LimitedParserOptions['nesting']).limiter
  document.cut = limiter?.cut ?? 0
  document.warnings = limiter?.warnings ?? []
  return document
}
