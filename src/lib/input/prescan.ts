/**
 * The HTML standard's "prescan a byte stream to determine its encoding"
 * (https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding),
 * the way browsers find `<meta charset>` and `<meta http-equiv="Content-Type">` before they parse.
 *
 * It reads tags as a tokenizer would: comments are skipped whole, every other tag's attributes are
 * read and passed over (so `<p title="<meta charset=x>">` declares nothing), and only a `<meta>`
 * whose attributes declare an encoding counts. Like the standard (and unlike a regex over the page),
 * it does read markup inside `<script>` and `<style>`: html5lib's cases require
 * `<script>document.write('<meta charset=…>')</script>` to declare the encoding.
 *
 * One forward pass over at most PRESCAN_BYTES bytes; every string it builds is bounded by them.
 * Tested on html5lib's encoding cases (test/conformance/html5lib-encoding).
 */

/**
 * Bytes read: the standard asks for at least 1,024; html5lib's cases declare the charset after
 * comments of up to 8 KB, and servers and templates push it past 1,024 in the wild.
 */
export const PRESCAN_BYTES = 16_384

/** What the prescan found. */
export interface Prescan {
  /** The WHATWG name of the declared encoding (UTF-16 labels read as UTF-8, as the standard says), or null. */
  encoding: string | null
  /** True when a declaration named a label this runtime cannot decode (passed over). */
  unknownLabel: boolean
}

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const BANG = 0x21
const QUESTION = 0x3f
const DASH = 0x2d
const EQUALS = 0x3d
const DOUBLE_QUOTE = 0x22
const SINGLE_QUOTE = 0x27
/** `<meta` in lower case, compared byte by byte ignoring ASCII case. */
const META = [0x3c, 0x6d, 0x65, 0x74, 0x61]
/** The `<!--` that opens a comment. */
const COMMENT_OPEN = [0x3c, 0x21, 0x2d, 0x2d]
/** The name searched for in a `content` attribute's value (already lower case). */
const CHARSET = 'charset'
/** Encodings the standard replaces after the prescan: UTF-16 cannot have been read as ASCII; x-user-defined is windows-1252. */
const REPLACED: Readonly<Record<string, string>> = { 'utf-16le': 'utf-8', 'utf-16be': 'utf-8', 'x-user-defined': 'windows-1252' }

/** Tab, line feed, form feed, carriage return, space (the standard's 0x09, 0x0A, 0x0C, 0x0D, 0x20). */
function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d
}

function isLetter(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a))
}

/** The byte as a character, ASCII upper case lowered (the standard lowers only A–Z). */
function lowerChar(byte: number): string {
  return String.fromCharCode(byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte)
}

function startsWithIgnoringCase(bytes: Uint8Array, at: number, expected: readonly number[]): boolean {
  for (let i = 0; i < expected.length; i++) {
    const byte = bytes[at + i]
    if (byte === undefined || (isLetter(byte) ? byte | 0x20 : byte) !== expected[i]) return false
  }
  return true
}

/** The bytes ran out in the middle of a construct: the standard gives up on the whole prescan. */
const OUT_OF_BYTES = 'out of bytes'
/** An attribute as "get an attribute" reads it, with the position after it. */
interface Attribute {
  name: string
  value: string
  next: number
}
/** Where "get an attribute" found the tag's `>` instead of an attribute. */
interface TagEnd {
  end: number
}

/** The standard's "get an attribute", from `at`. */
function getAttribute(bytes: Uint8Array, at: number, end: number): Attribute | TagEnd | typeof OUT_OF_BYTES {
  let p = at
  while (p < end && (isSpace(bytes[p]) || bytes[p] === SLASH)) p++
  if (p >= end) return OUT_OF_BYTES
  if (bytes[p] === GT) return { end: p }
  let name = ''
  let value = ''
  // The name, up to `=`, white space, `/` or `>`.
  for (;;) {
    if (p >= end) return OUT_OF_BYTES
    const byte = bytes[p]!
    if (byte === EQUALS && name !== '') {
      p++
      break
    }
    if (isSpace(byte)) {
      while (p < end && isSpace(bytes[p])) p++
      if (p >= end) return OUT_OF_BYTES
      if (bytes[p] !== EQUALS) return { name, value, next: p }
      p++
      break
    }
    if (byte === SLASH || byte === GT) return { name, value, next: p }
    name += lowerChar(byte)
    p++
  }
  // The value: quoted, or up to white space or `>`.
  while (p < end && isSpace(bytes[p])) p++
  if (p >= end) return OUT_OF_BYTES
  const first = bytes[p]!
  if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
    for (p++; p < end; p++) {
      if (bytes[p] === first) return { name, value, next: p + 1 }
      value += lowerChar(bytes[p]!)
    }
    return OUT_OF_BYTES
  }
  if (first === GT) return { name, value, next: p }
  for (; p < end; p++) {
    const byte = bytes[p]!
    if (isSpace(byte) || byte === GT) return { name, value, next: p }
    value += lowerChar(byte)
  }
  return OUT_OF_BYTES
}

/** The standard's "extract a character encoding from a meta element", on a lower-cased `content` value. */
export function charsetInContent(content: string): string | null {
  let from = 0
  for (;;) {
    const at = content.indexOf(CHARSET, from)
    if (at === -1) return null
    let p = at + CHARSET.length
    while (p < content.length && isSpace(content.charCodeAt(p))) p++
    if (content[p] !== '=') {
      from = p
      continue
    }
    p++
    while (p < content.length && isSpace(content.charCodeAt(p))) p++
    if (p >= content.length) return null
    const quote = content[p]
    if (quote === '"' || quote === "'") {
      const close = content.indexOf(quote, p + 1)
      return close === -1 ? null : content.slice(p + 1, close)
    }
    let stop = p
    while (stop < content.length && !isSpace(content.charCodeAt(stop)) && content[stop] !== ';') stop++
    return content.slice(p, stop)
  }
}

/** The WHATWG name for a label ("get an encoding"), or null when this runtime cannot decode it. */
export function encodingForLabel(label: string): string | null {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return null
  }
}

/** Reads a `<meta>`'s attributes from `at`: the encoding it declares, or where to read on. */
function readMeta(bytes: Uint8Array, at: number, end: number, found: Prescan): string | number | typeof OUT_OF_BYTES {
  const seen = new Set<string>()
  let gotPragma = false
  let needPragma: boolean | null = null
  let charset: string | null = null
  let p = at
  for (;;) {
    const attribute = getAttribute(bytes, p, end)
    if (attribute === OUT_OF_BYTES) return OUT_OF_BYTES
    if ('end' in attribute) {
      p = attribute.end
      break
    }
    p = attribute.next
    const { name, value } = attribute
    if (seen.has(name)) continue
    seen.add(name)
    if (name === 'http-equiv') {
      if (value === 'content-type') gotPragma = true
    } else if (name === 'content') {
      const label: string | null = charset === null ? charsetInContent(value) : null
      if (label !== null) {
        charset = label
        needPragma = true
      }
    } else if (name === 'charset') {
      charset = value
      needPragma = false
    }
  }
  if (needPragma === null || (needPragma && !gotPragma) || charset === null) return p + 1
  const encoding = encodingForLabel(charset)
  if (encoding === null) {
    found.unknownLabel = true
    return p + 1
  }
  return REPLACED[encoding] ?? encoding
}

/** The encoding the first PRESCAN_BYTES bytes of a page declare, as a browser's prescan finds it. */
export function prescanCharset(bytes: Uint8Array): Prescan {
  const end = Math.min(bytes.length, PRESCAN_BYTES)
  const found: Prescan = { encoding: null, unknownLabel: false }
  let p = 0
  while (p < end) {
    if (bytes[p] !== LT) {
      const next = bytes.indexOf(LT, p + 1)
      p = next === -1 || next >= end ? end : next
      continue
    }
    if (startsWithIgnoringCase(bytes, p, COMMENT_OPEN)) {
      // To the first `>` after two dashes; the dashes of `<!--` count, so `<!-->` ends at once.
      let q = p + 2
      while (q + 2 < end && !(bytes[q] === DASH && bytes[q + 1] === DASH && bytes[q + 2] === GT)) q++
      if (q + 2 >= end) return found
      p = q + 3
    } else if (startsWithIgnoringCase(bytes, p, META) && (isSpace(bytes[p + META.length]) || bytes[p + META.length] === SLASH)) {
      const result = readMeta(bytes, p + META.length + 1, end, found)
      if (result === OUT_OF_BYTES) return found
      if (typeof result === 'string') return { ...found, encoding: result }
      p = result
    } else if (isLetter(bytes[p + 1]) || (bytes[p + 1] === SLASH && isLetter(bytes[p + 2]))) {
      // Another tag: its name, then its attributes, passed over.
      let q = p + 1
      while (q < end && !isSpace(bytes[q]) && bytes[q] !== GT) q++
      for (;;) {
        const attribute = getAttribute(bytes, q, end)
        if (attribute === OUT_OF_BYTES) return found
        if ('end' in attribute) {
          q = attribute.end
          break
        }
        q = attribute.next
      }
      p = q + 1
    } else if (bytes[p + 1] === BANG || bytes[p + 1] === SLASH || bytes[p + 1] === QUESTION) {
      const close = bytes.indexOf(GT, p + 1)
      if (close === -1 || close >= end) return found
      p = close + 1
    } else {
      p++
    }
  }
  return found
}
