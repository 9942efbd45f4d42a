/**
 * Gated article text: schema.org paywall markup (`hasPart` → `WebPageElement` with
 * `isAccessibleForFree: false` and a `cssSelector`) names the elements a paywall hides. They are
 * the article, so their hiding attributes are removed before the walk.
 *
 * The page chooses these selectors, so they are run under limits no page can push past:
 * - only simple selectors: type (or `*`), `#id`, `.class` and attribute tests (`[a]`, `=`, `~=`,
 *   `^=`, `$=`, `*=`, `|=`, with the `i` flag), joined by descendant and child combinators;
 *   sibling combinators, pseudo-classes, escapes and namespaces are refused, as they are what makes
 *   a selector engine rescan siblings and subtrees;
 * - a few selectors with a few parts each, from JSON-LD that parses and is under the metadata
 *   size limit, only inside `hasPart` (a `speakable` selector names text to read aloud, not
 *   gated text);
 * - all matched together in one pass over the tree: per element and selector, a bit mask of the
 *   selector's compounds matched there (each compound needs the one before it matched at the
 *   parent, or at some ancestor, which a second mask carries down), so the cost is the number of
 *   elements times the selectors' parts, whatever the page.
 */
import type { HtmlDocument, HtmlElement, HtmlNode } from './dom.js'
import { jsonLdScripts, MAX_JSON_LD_CHARS } from './metadata.js'

/** Selectors run per page: real paywall markup names one or two. */
export const MAX_GATED_SELECTORS = 16
/** Compounds in one selector (`a b > c` has three): each is a bit of the pass's masks. */
const MAX_COMPOUNDS = 8
/** Simple tests (type, id, class, attribute) over all of a page's selectors: the pass does at most this many per element. */
const MAX_SELECTOR_PARTS = 64
/** Characters of one `cssSelector` value: real ones are short. */
const MAX_SELECTOR_CHARS = 200
/** The JSON-LD key of gated parts, and the one naming their elements. */
const HAS_PART = 'hasPart'
const CSS_SELECTOR = 'cssSelector'
/** Written in a script's text when it may hold a selector: scripts without it are not parsed here. */
const CSS_SELECTOR_KEY = `"${CSS_SELECTOR}"`
/** Attributes that hide gated text, removed from what the selectors match. */
const HIDING_ATTRIBUTES = ['hidden', 'aria-hidden', 'style'] as const
const ELEMENT_NODE = 1
/** A CSS identifier cannot start with a digit, or a hyphen and a digit. */
const DIGIT_START = /^-?\d/

type Operator = '' | '=' | '~=' | '^=' | '$=' | '*=' | '|='

interface AttributeTest {
  name: string
  operator: Operator
  value: string
  ignoreCase: boolean
}

/** One compound selector: what one element must be. */
interface Compound {
  /** Lower-case type, or null for any. */
  tag: string | null
  ids: string[]
  classes: string[]
  attributes: AttributeTest[]
}

/** A simple complex selector: compounds left to right, and whether each is a child (`>`) of the one before. */
export interface SimpleSelector {
  compounds: Compound[]
  child: boolean[]
  /** Simple tests in all compounds, for the page's budget. */
  parts: number
}

/** Reads simple selectors left to right; any construct outside the subset makes the whole list null. */
class Reader {
  i = 0
  constructor(readonly text: string) {}

  get char(): string {
    return this.text[this.i] ?? ''
  }

  skipBlanks(): boolean {
    const start = this.i
    while (isBlank(this.char)) this.i++
    return this.i > start
  }

  /** A CSS identifier without escapes (letters, digits, `-`, `_`, non-ASCII; not starting with a digit), or null. */
  ident(): string | null {
    const start = this.i
    while (isNameChar(this.char)) this.i++
    const name = this.text.slice(start, this.i)
    return name === '' || DIGIT_START.test(name) ? null : name
  }

  /** A quoted string without escapes, or an identifier, or null. */
  value(): string | null {
    const quote = this.char
    if (quote !== '"' && quote !== "'") return this.ident()
    const end = this.text.indexOf(quote, this.i + 1)
    if (end === -1) return null
    const value = this.text.slice(this.i + 1, end)
    if (value.includes('\\')) return null
    this.i = end + 1
    return value
  }

  attribute(): AttributeTest | null {
    this.i++ // [
    this.skipBlanks()
    const name = this.ident()
    if (name === null) return null
    this.skipBlanks()
    if (this.char === ']') {
      this.i++
      return { name, operator: '', value: '', ignoreCase: false }
    }
    const operator = (this.char === '=' ? '=' : this.text.slice(this.i, this.i + 2)) as Operator
    if (!OPERATORS.has(operator)) return null
    this.i += operator.length
    this.skipBlanks()
    const value = this.value()
    if (value === null) return null
    const blank = this.skipBlanks()
    let ignoreCase = false
    if (blank && (this.char === 'i' || this.char === 'I' || this.char === 's' || this.char === 'S')) {
      ignoreCase = this.char.toLowerCase() === 'i'
      this.i++
      this.skipBlanks()
    }
    if (this.char !== ']') return null
    this.i++
    return { name, operator, value: ignoreCase ? value.toLowerCase() : value, ignoreCase }
  }

  compound(): Compound | null {
    const compound: Compound = { tag: null, ids: [], classes: [], attributes: [] }
    let empty = true
    if (this.char === '*') {
      this.i++
      empty = false
    } else if (isNameChar(this.char)) {
      const tag = this.ident()
      if (tag === null) return null
      compound.tag = tag.toLowerCase()
      empty = false
    }
    for (;;) {
      const c = this.char
      if (c === '#' || c === '.') {
        this.i++
        const name = this.ident()
        if (name === null) return null
        ;(c === '#' ? compound.ids : compound.classes).push(name)
      } else if (c === '[') {
        const attribute = this.attribute()
        if (attribute === null) return null
        compound.attributes.push(attribute)
      } else if (c === '' || c === ',' || c === '>' || isBlank(c)) {
        return empty ? null : compound
      } else {
        return null // pseudo-classes, sibling combinators, namespaces, escapes: not run
      }
      empty = false
    }
  }

  complex(): SimpleSelector | null {
    const compounds: Compound[] = []
    const child: boolean[] = []
    let isChild = false
    this.skipBlanks()
    for (;;) {
      const compound = this.compound()
      if (compound === null || compounds.length === MAX_COMPOUNDS) return null
      compounds.push(compound)
      child.push(isChild)
      const blank = this.skipBlanks()
      if (this.char === '' || this.char === ',') break
      if (this.char === '>') {
        this.i++
        this.skipBlanks()
        isChild = true
      } else if (blank) {
        isChild = false
      } else {
        return null
      }
    }
    const parts = compounds.reduce((sum, c) => sum + (c.tag === null ? 0 : 1) + c.ids.length + c.classes.length + c.attributes.length, 0)
    return { compounds, child, parts }
  }
}

const OPERATORS: ReadonlySet<string> = new Set(['=', '~=', '^=', '$=', '*=', '|='])

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f'
}

function isNameChar(c: string): boolean {
  if (c === '') return false
  const code = c.charCodeAt(0)
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || c === '-' || c === '_' || code >= 0x80
}

/** A comma-separated list of simple selectors, or null when any of it is outside the subset run here. */
export function parseSelectorList(text: string): SimpleSelector[] | null {
  if (text.length > MAX_SELECTOR_CHARS) return null
  const reader = new Reader(text)
  const list: SimpleSelector[] = []
  for (;;) {
    const selector = reader.complex()
    if (selector === null) return null
    list.push(selector)
    if (reader.char === '') return list
    reader.i++ // ,
  }
}

/** Whether `words` (a space-separated list) holds `word` as a whole word. */
function hasWord(words: string, word: string): boolean {
  if (word === '') return false
  for (let at = words.indexOf(word); at !== -1; at = words.indexOf(word, at + 1)) {
    const before = at === 0 || isBlank(words[at - 1]!)
    const after = at + word.length === words.length || isBlank(words[at + word.length]!)
    if (before && after) return true
  }
  return false
}

function attributeMatches(element: HtmlElement, test: AttributeTest): boolean {
  const raw = element.getAttribute(test.name)
  if (raw === null || (test.name === 'class' && !element.hasAttribute('class'))) return false
  const actual = test.ignoreCase ? raw.toLowerCase() : raw
  const wanted = test.value
  switch (test.operator) {
    case '':
      return true
    case '=':
      return actual === wanted
    case '~=':
      return hasWord(actual, wanted)
    case '^=':
      return wanted !== '' && actual.startsWith(wanted)
    case '$=':
      return wanted !== '' && actual.endsWith(wanted)
    case '*=':
      return wanted !== '' && actual.includes(wanted)
    case '|=':
      return actual === wanted || actual.startsWith(`${wanted}-`)
  }
}

function compoundMatches(element: HtmlElement, compound: Compound): boolean {
  if (compound.tag !== null && element.tagName !== compound.tag) return false
  for (const id of compound.ids) if (element.getAttribute('id') !== id) return false
  if (compound.classes.length > 0) {
    const classes = element.getAttribute('class') ?? ''
    for (const name of compound.classes) if (!hasWord(classes, name)) return false
  }
  for (const test of compound.attributes) if (!attributeMatches(element, test)) return false
  return true
}

/**
 * The elements under `root` matched by any of the selectors, in document order, in one pass
 * (a <template>'s contents are not searched, as DOM queries do not search them).
 */
export function selectAll(root: HtmlElement, selectors: readonly SimpleSelector[]): HtmlElement[] {
  const found: HtmlElement[] = []
  const count = selectors.length
  if (count === 0) return found
  // Per depth, per selector: compounds matched at the element (`matched`) and at it or any ancestor (`reached`).
  const matched: Int32Array[] = [new Int32Array(count)]
  const reached: Int32Array[] = [new Int32Array(count)]
  const nodes: HtmlNode[] = []
  const depths: number[] = []
  for (let i = root.childNodes.length - 1; i >= 0; i--) {
    nodes.push(root.childNodes[i]!)
    depths.push(1)
  }
  while (nodes.length > 0) {
    const node = nodes.pop()!
    const depth = depths.pop()!
    if (node.nodeType !== ELEMENT_NODE) continue
    const element = node as HtmlElement
    if (matched.length <= depth) {
      matched.push(new Int32Array(count))
      reached.push(new Int32Array(count))
    }
    const parentMatched = matched[depth - 1]!
    const parentReached = reached[depth - 1]!
    const here = matched[depth]!
    const below = reached[depth]!
    let hit = false
    for (let s = 0; s < count; s++) {
      const { compounds, child } = selectors[s]!
      let mask = 0
      for (let i = 0; i < compounds.length; i++) {
        const before = i === 0 ? 1 : ((child[i] ? parentMatched[s]! : parentReached[s]!) >> (i - 1)) & 1
        if (before === 1 && compoundMatches(element, compounds[i]!)) mask |= 1 << i
      }
      here[s] = mask
      below[s] = parentReached[s]! | mask
      if ((mask >> (compounds.length - 1)) & 1) hit = true
    }
    if (hit) found.push(element)
    if (element.tagName === 'template') continue
    for (let i = element.childNodes.length - 1; i >= 0; i--) {
      nodes.push(element.childNodes[i]!)
      depths.push(depth + 1)
    }
  }
  return found
}

/** The `cssSelector` values of a JSON-LD value's `hasPart` objects, in order (iteratively: JSON-LD may nest deep). */
function hasPartSelectors(root: unknown, out: string[]): void {
  const stack: unknown[] = [root]
  while (stack.length > 0 && out.length <= MAX_GATED_SELECTORS) {
    const value = stack.pop()
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i])
    } else if (typeof value === 'object' && value !== null) {
      const object = value as Record<string, unknown>
      const parts = object[HAS_PART]
      for (const part of Array.isArray(parts) ? parts : [parts]) {
        const selector = typeof part === 'object' && part !== null ? (part as Record<string, unknown>)[CSS_SELECTOR] : undefined
        for (const text of Array.isArray(selector) ? selector : [selector]) if (typeof text === 'string') out.push(text)
      }
      for (const key in object) if (key !== HAS_PART) stack.push(object[key])
    }
  }
}

/** The page's gated-text selectors, within the limits above. */
export function gatedSelectors(document: HtmlDocument): SimpleSelector[] {
  const texts: string[] = []
  for (const script of jsonLdScripts(document)) {
    const json = script.textContent
    if (json.length > MAX_JSON_LD_CHARS || !json.includes(CSS_SELECTOR_KEY)) continue
    try {
      hasPartSelectors(JSON.parse(json), texts)
    } catch {
      // Broken JSON-LD names nothing.
    }
  }
  const selectors: SimpleSelector[] = []
  let parts = 0
  for (const text of texts) {
    for (const selector of parseSelectorList(text) ?? []) {
      if (selectors.length === MAX_GATED_SELECTORS || parts + selector.parts > MAX_SELECTOR_PARTS) return selectors
      selectors.push(selector)
      parts += selector.parts
    }
  }
  return selectors
}

/** schema.org `hasPart.cssSelector` marks gated article text; a reader who pays sees it. */
export function unhideGatedText(document: HtmlDocument): void {
  for (const element of selectAll(document, gatedSelectors(document))) for (const name of HIDING_ATTRIBUTES) element.removeAttribute(name)
}
