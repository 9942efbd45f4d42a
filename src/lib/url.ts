/**
 * URLs out are safe. Every URL the library puts in a result (caption images, the canonical URL,
 * and any later URL field) goes through this module, so a consumer that writes one into `href` or
 * `src` never runs script or loads an inline document.
 *
 * `safeUrl` gives, for what a page wrote where a URL goes:
 * - an `http:`/`https:` URL, resolved against the base when one is known and serialised by the
 *   WHATWG URL parser (case of scheme and host folded, spaces percent-encoded);
 * - a relative reference (no scheme, so nothing to run) kept as written when no base is known;
 * - null for anything else: `javascript:`, `data:`, `vbscript:`, `file:`, `blob:`, … whatever
 *   their case and whatever blanks or control characters hide them, and for what is no URL.
 * The checks follow the URL parser browsers use: leading and trailing C0 controls and spaces are
 * dropped and tabs and newlines removed anywhere before the scheme is read, so `java\tscript:`
 * is `javascript:` here as it is there.
 *
 * Helpers read the places pages put image URLs: `imageSource` (lazy-loading attributes, `src`,
 * `srcset`), `srcsetUrls`, `srcsetFirst` and `jsonLdUrl` (schema.org values: a string, an ImageObject, a list).
 */
import { decodeHTML } from 'entities/decode'

/** A URL scheme at the start of a reference (`javascript:`, `http:`): letters, digits, `+`, `-`, `.`, then a colon. */
const SCHEME = /^[a-z][a-z\d+.-]*:/i
/** Removed anywhere in a URL by the URL parser before it reads it: ASCII tab, line feed, carriage return. */
const TAB_OR_NEWLINE = /[\t\n\r]/g
/** The protocols a URL field may have: pages, not scripts or inline documents. */
const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:'])
/** Code units the URL parser strips from both ends: C0 controls and space (U+0000–U+0020). */
const LAST_EDGE_BLANK = 0x20
/** Attributes holding an image's URL, in the order they are tried: lazy-loading sources first (the `src` beside them is often a placeholder). */
const IMAGE_URL_ATTRIBUTES = ['data-src', 'data-lazy-src', 'src'] as const
/** Attributes holding a srcset list, tried after the single URLs. */
const IMAGE_SRCSET_ATTRIBUTES = ['srcset', 'data-srcset'] as const
/** schema.org properties of an ImageObject (or MediaObject) holding its file's URL. */
const JSON_LD_URL_KEYS = ['url', 'contentUrl'] as const
/** Levels of lists and objects a JSON-LD URL value is looked into: real values use two. */
const MAX_JSON_LD_URL_DEPTH = 4

/** Options of `safeUrl`. */
export interface SafeUrlOptions {
  /**
   * Decode HTML character references first (default false). For values no HTML parser has
   * decoded, such as JSON-LD strings, which templates often write HTML-escaped: `&amp;` in a
   * query, or `&#106;avascript:` to slip past a filter.
   */
  entities?: boolean
}

/** The value without the C0 controls and spaces the URL parser drops at both ends. */
function stripEdges(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && value.charCodeAt(start) <= LAST_EDGE_BLANK) start++
  while (end > start && value.charCodeAt(end - 1) <= LAST_EDGE_BLANK) end--
  return value.slice(start, end)
}

/** The serialised URL when it parses and is http(s), else null. */
function parseHttp(reference: string, base: string | undefined): string | null {
  try {
    const url = new URL(reference, base)
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null
  } catch {
    return null
  }
}

/** The last base checked, and what it gave: pages resolve many URLs against one base. */
let lastBase: string | null = null
let lastAbsolute: string | null = null

/**
 * `value` as an absolute http(s) URL, or null (relative references included): what may serve
 * as a base, or as the page's own URL.
 */
export function absoluteUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null
  if (value !== lastBase) {
    lastBase = value
    const cleaned = stripEdges(value).replace(TAB_OR_NEWLINE, '')
    lastAbsolute = SCHEME.test(cleaned) ? parseHttp(cleaned, undefined) : null
  }
  return lastAbsolute
}

/**
 * A URL a page wrote, made safe to hand out: an http(s) URL (resolved against `base` when that is
 * an absolute http(s) URL), a relative reference when there is no such base, or null. Anything
 * that is not a string gives null.
 */
export function safeUrl(value: unknown, base: string | null, options: SafeUrlOptions = {}): string | null {
  if (typeof value !== 'string') return null
  const raw = options.entities === true && value.includes('&') ? decodeHTML(value) : value
  const cleaned = stripEdges(raw).replace(TAB_OR_NEWLINE, '')
  if (cleaned === '') return null
  const resolvedBase = absoluteUrl(base) ?? undefined
  if (SCHEME.test(cleaned) || resolvedBase !== undefined) return parseHttp(cleaned, resolvedBase)
  return cleaned
}

/** A width or height descriptor: a positive integer and `w` or `h` (`640w`). */
const SIZE_DESCRIPTOR = /^\d+[wh]$/
/** A pixel-density descriptor: a non-negative floating-point number and `x` (`2x`, `1.5x`, `.5x`, `1e0x`). */
const DENSITY_DESCRIPTOR = /^(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?x$/

/** Whether a candidate's descriptors are ones the HTML standard accepts (at most one of each kind; `h` only beside `w`). */
function validDescriptors(descriptors: readonly string[]): boolean {
  const kinds = new Set<string>()
  for (const descriptor of descriptors) {
    const kind = descriptor[descriptor.length - 1]!
    if (kinds.has(kind)) return false
    if (kind === 'x' ? !DENSITY_DESCRIPTOR.test(descriptor) : !SIZE_DESCRIPTOR.test(descriptor) || Number.parseInt(descriptor, 10) === 0) return false
    kinds.add(kind)
  }
  return !(kinds.has('x') && (kinds.has('w') || kinds.has('h'))) && !(kinds.has('h') && !kinds.has('w'))
}

/**
 * The URLs of a srcset list's image candidates, in order, read as the HTML standard reads them:
 * URLs may hold commas; a candidate whose descriptors are invalid (`java\tscript:x 1x` is the URL
 * `java` with descriptors `script:x 1x`) is dropped.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = []
  let at = 0
  while (at < srcset.length) {
    while (at < srcset.length && isSrcsetSeparator(srcset.charCodeAt(at))) at++
    if (at >= srcset.length) break
    const start = at
    while (at < srcset.length && !isBlank(srcset.charCodeAt(at))) at++
    let end = at
    const descriptors: string[] = []
    if (srcset.charCodeAt(end - 1) === COMMA) {
      // A URL ending in commas ends its candidate there (no descriptors): the commas separate.
      while (end > start && srcset.charCodeAt(end - 1) === COMMA) end--
    } else {
      at = readDescriptors(srcset, at, descriptors)
    }
    if (end > start && validDescriptors(descriptors)) urls.push(srcset.slice(start, end))
  }
  return urls
}

/** Reads the descriptors after a candidate's URL up to the comma that ends it (not one inside parentheses); gives the position after it. */
function readDescriptors(srcset: string, from: number, out: string[]): number {
  let at = from
  let token = ''
  let depth = 0
  for (; at < srcset.length; at++) {
    const code = srcset.charCodeAt(at)
    if (depth === 0 && code === COMMA) {
      at++
      break
    }
    if (depth === 0 && isBlank(code)) {
      if (token !== '') out.push(token)
      token = ''
      continue
    }
    if (code === OPEN_PAREN) depth++
    else if (code === CLOSE_PAREN && depth > 0) depth--
    token += srcset[at]
  }
  if (token !== '') out.push(token)
  return at
}

/** The URL of a srcset list's first valid image candidate (see `srcsetUrls`), or null. */
export function srcsetFirst(srcset: string): string | null {
  return srcsetUrls(srcset)[0] ?? null
}

const COMMA = 0x2c
const OPEN_PAREN = 0x28
const CLOSE_PAREN = 0x29
/** ASCII whitespace as the HTML standard defines it: tab, line feed, form feed, carriage return, space. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d
}
function isSrcsetSeparator(code: number): boolean {
  return code === COMMA || isBlank(code)
}

/** What `imageSource` reads from an <img>. */
export interface ImageElement {
  getAttribute(name: string): string | null
}

/**
 * The safe URL of the picture an <img> shows: the first of its lazy-loading sources, `src`,
 * `srcset` and `data-srcset` that gives one (a `data:` placeholder or a `javascript:` source is
 * passed over), or null.
 */
export function imageSource(img: ImageElement, base: string | null): string | null {
  for (const name of IMAGE_URL_ATTRIBUTES) {
    const url = safeUrl(img.getAttribute(name), base)
    if (url !== null) return url
  }
  for (const name of IMAGE_SRCSET_ATTRIBUTES) {
    for (const candidate of srcsetUrls(img.getAttribute(name) ?? '')) {
      const url = safeUrl(candidate, base)
      if (url !== null) return url
    }
  }
  return null
}

/**
 * The safe URL in a JSON-LD value that names a file: a string, an ImageObject's `url` or
 * `contentUrl`, or the first item of a list that gives one; entities decoded first. An `@id`
 * alone names the node, not the file, so it gives null.
 */
export function jsonLdUrl(value: unknown, base: string | null, depth = 0): string | null {
  if (typeof value === 'string') return safeUrl(value, base, { entities: true })
  if (depth >= MAX_JSON_LD_URL_DEPTH || typeof value !== 'object' || value === null) return null
  if (Array.isArray(value)) {
    for (const item of value) {
      const url = jsonLdUrl(item, base, depth + 1)
      if (url !== null) return url
    }
    return null
  }
  for (const key of JSON_LD_URL_KEYS) {
    const url = jsonLdUrl((value as Record<string, unknown>)[key], base, depth + 1)
    if (url !== null) return url
  }
  return null
}
