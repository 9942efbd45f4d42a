/**
 * Turns the caller's input (a string, or the raw bytes of a page) into text: finds the
 * encoding, refuses binary files, removes stray NULs and enforces the size limit.
 * Never throws.
 */
import { encodingForLabel, prescanCharset, type Prescan } from './prescan.js'

export interface Decoded {
  text: string
  /** WHATWG name of the encoding used (`utf-8`, `windows-1252`, …); `utf-16` for a JS string. */
  encoding: string
  /** True when the input is not text (a PDF, an image, an archive, …); `text` is then ''. */
  binary: boolean
  truncated: boolean
  warnings: string[]
}

/** Windows-1252 bytes 0x80–0x9F, from the published code page. The five bytes the code page
 * leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their C1 code point, as WHATWG does. */
const WINDOWS_1252_HIGH: readonly string[] = [
  '\u20ac', // 0x80 euro sign
  '\u0081', // 0x81 undefined
  '\u201a', // 0x82 single low-9 quotation mark
  '\u0192', // 0x83 latin small letter f with hook
  '\u201e', // 0x84 double low-9 quotation mark
  '\u2026', // 0x85 horizontal ellipsis
  '\u2020', // 0x86 dagger
  '\u2021', // 0x87 double dagger
  '\u02c6', // 0x88 modifier letter circumflex accent
  '\u2030', // 0x89 per mille sign
  '\u0160', // 0x8A latin capital letter s with caron
  '\u2039', // 0x8B single left-pointing angle quotation mark
  '\u0152', // 0x8C latin capital ligature oe
  '\u008d', // 0x8D undefined
  '\u017d', // 0x8E latin capital letter z with caron
  '\u008f', // 0x8F undefined
  '\u0090', // 0x90 undefined
  '\u2018', // 0x91 left single quotation mark
  '\u2019', // 0x92 right single quotation mark
  '\u201c', // 0x93 left double quotation mark
  '\u201d', // 0x94 right double quotation mark
  '\u2022', // 0x95 bullet
  '\u2013', // 0x96 en dash
  '\u2014', // 0x97 em dash
  '\u02dc', // 0x98 small tilde
  '\u2122', // 0x99 trade mark sign
  '\u0161', // 0x9A latin small letter s with caron
  '\u203a', // 0x9B single right-pointing angle quotation mark
  '\u0153', // 0x9C latin small ligature oe
  '\u009d', // 0x9D undefined
  '\u017e', // 0x9E latin small letter z with caron
  '\u0178', // 0x9F latin capital letter y with diaeresis
]

/** Code point of every windows-1252 byte. */
const WINDOWS_1252_UNITS: readonly number[] = Array.from({ length: 256 }, (_, byte) =>
  byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? '').charCodeAt(0) : byte,
)

/** A file signature: the bytes a binary format starts with, at a fixed offset. */
interface Magic {
  /** What the input is, for the warning. */
  name: string
  offset: number
  bytes: readonly number[]
}

/** Signatures of the binary files people paste or upload by mistake. */
const MAGIC_NUMBERS: readonly Magic[] = [
  { name: 'PDF', offset: 0, bytes: [0x25, 0x50, 0x44, 0x46] }, // "%PDF"
  { name: 'PNG', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'GIF', offset: 0, bytes: [0x47, 0x49, 0x46, 0x38] }, // "GIF8"
  { name: 'JPEG', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: 'ZIP', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] }, // "PK\3\4", also DOCX/EPUB
  { name: 'ZIP', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] }, // "PK\5\6", an empty archive
  { name: 'gzip', offset: 0, bytes: [0x1f, 0x8b] },
  { name: 'WEBP', offset: 8, bytes: [0x57, 0x45, 0x42, 0x50] }, // "RIFF....WEBP"
  { name: 'RIFF', offset: 0, bytes: [0x52, 0x49, 0x46, 0x46] }, // "RIFF": WAV, AVI
  { name: 'MP3', offset: 0, bytes: [0x49, 0x44, 0x33] }, // "ID3" tag
  { name: 'MP3', offset: 0, bytes: [0xff, 0xfb] }, // MPEG-1 layer III frame sync
  { name: 'MP3', offset: 0, bytes: [0xff, 0xf3] }, // MPEG-2 layer III frame sync
  { name: 'MP3', offset: 0, bytes: [0xff, 0xf2] }, // MPEG-2.5 layer III frame sync
  { name: 'OGG', offset: 0, bytes: [0x4f, 0x67, 0x67, 0x53] }, // "OggS"
  { name: 'MP4', offset: 4, bytes: [0x66, 0x74, 0x79, 0x70] }, // "....ftyp": MP4, MOV, HEIC
]

/** Byte order marks, longest first so UTF-8's three bytes win over nothing. */
const BOMS: readonly { encoding: string; bytes: readonly number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
]

/** How much of the input binary and UTF-16 sniffing look at: enough to be sure, bounded. */
const SNIFF_BYTES = 8192
/** More NUL bytes than this share of the sample means binary: text has none, binaries are
 * full of zero padding. */
const BINARY_NUL_SHARE = 0.01
/** …but a few stray NULs in a short text are debris, removed rather than fatal. */
const MIN_NULS_FOR_BINARY = 3
/** Four NULs in a row never occur in text (UTF-16 is recognised first); they are padding. */
const BINARY_NUL_RUN = 4
/** More control bytes than this share means binary: compressed data has about 11%, text
 * next to none. */
const BINARY_CONTROL_SHARE = 0.05
/** …with at least this many, so one stray control character in a tiny input is not fatal. */
const MIN_CONTROLS_FOR_BINARY = 4
/** UTF-16 without a BOM: in Latin-script text at least this share of code units has a zero
 * high byte… */
const UTF16_ZERO_HALF_SHARE = 0.3
/** …while the other byte of the pair is almost never zero. */
const UTF16_OTHER_HALF_MAX_SHARE = 0.05
/** Fewest bytes on which UTF-16 sniffing is trusted. */
const UTF16_MIN_BYTES = 4

/** How much of invalid UTF-8 is weighed to tell damaged UTF-8 from another encoding. */
const MIXED_SAMPLE_BYTES = 65536

/** `<?xml version="1.0" encoding="x"?>`, only at the very start as XML requires. */
const XML_ENCODING = /^\s{0,64}<\?xml\s[^>]*?\bencoding\s*=\s*["']([\w.:-]{1,40})["']/i
/** Any character outside ASCII: tells real UTF-8 from plain ASCII. */
const NON_ASCII = /[^\u0000-\u007f]/
/** The replacement character a lenient UTF-8 decode puts where bytes were invalid. */
const REPLACEMENT = /\ufffd/g
/** A non-ASCII character other than the replacement character: evidence of real UTF-8. */
const GENUINE_NON_ASCII = /[^\u0000-\u007f\ufffd]/g
/** C1 controls, where Node's windows-1252 decoder leaves bytes 0x80–0x9F. */
const C1_PRESENT = /[\u0080-\u009f]/
/** Characters per String.fromCharCode call: well under engines' argument limits. A table
 * lookup per byte measured 4× faster than a regex replace with a callback on quote-heavy
 * text, and 13× faster in the worst case (every byte in 0x80–0x9F). */
const CHARS_PER_CALL = 8192
/** NUL characters, removed from text. */
const NUL = /\u0000/g

/** How the warning for binary input starts, so the CLI can tell "not a page" from other warnings. */
export const BINARY_WARNING = 'input looks like binary data'
/** Said of an input with nothing but white space in it, so that an empty file is not a silent empty result. */
export const EMPTY_WARNING = 'the input is empty'
/** Any character that is not white space: its absence makes an input empty. */
const NOT_SPACE = /\S/

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true })
const UTF8_LENIENT = new TextDecoder('utf-8')
/** Byte-per-character decoder: Node maps every byte to U+0000–U+00FF under this label. */
const LATIN1 = new TextDecoder('latin1')

export function decodeInput(input: string | Uint8Array, maxInputBytes: number): Decoded {
  return typeof input === 'string'
    ? decodeString(input, maxInputBytes)
    : decodeBytes(input, maxInputBytes)
}

function decodeString(input: string, maxInputBytes: number): Decoded {
  const warnings: string[] = []
  let text = input
  let truncated = false
  if (hasLimit(maxInputBytes) && text.length > maxInputBytes) {
    text = cutString(text, maxInputBytes)
    truncated = true
    warnings.push(`input truncated to ${text.length} characters`)
  }
  return { text: finishText(text, warnings), encoding: 'utf-16', binary: false, truncated, warnings }
}

function decodeBytes(input: Uint8Array, maxInputBytes: number): Decoded {
  const warnings: string[] = []
  const limit = hasLimit(maxInputBytes) ? Math.min(input.length, Math.floor(maxInputBytes)) : input.length
  const truncated = limit < input.length
  const head = input.subarray(0, limit)
  const bom = findBom(head)
  const sniffed = bom ? null : sniff(head)
  if (sniffed?.kind === 'binary') {
    if (truncated) warnings.push(`input truncated to ${limit} bytes`)
    warnings.push(`${BINARY_WARNING} (${sniffed.format}), not a page${sniffed.format === 'gzip' ? ': decompress it first' : ''}`)
    return { text: '', encoding: 'binary', binary: true, truncated, warnings }
  }
  const utf16 = bom?.startsWith('utf-16') ? bom : (sniffed?.encoding ?? null)
  const bytes = utf16 ? cutUtf16(input, limit, utf16 === 'utf-16le') : truncated ? cutUtf8(input, limit) : input
  if (truncated) warnings.push(`input truncated to ${bytes.length} bytes`)
  if (bom) return textResult(decodeWith(bom, bytes), bom, truncated, warnings)
  if (utf16) return textResult(decodeWith(utf16, bytes), utf16, truncated, warnings)
  const chosen = chooseEncoding(bytes, warnings)
  return textResult(chosen.text, chosen.encoding, truncated, warnings)
}

function textResult(text: string, encoding: string, truncated: boolean, warnings: string[]): Decoded {
  return { text: finishText(text, warnings), encoding, binary: false, truncated, warnings }
}

/** A leading BOM dropped and stray NULs removed, with a warning for the NULs, and one for an empty input. */
function finishText(text: string, warnings: string[]): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const finished = withoutBom.includes('\u0000') ? withoutNuls(withoutBom, warnings) : withoutBom
  if (!NOT_SPACE.test(finished)) warnings.push(EMPTY_WARNING)
  return finished
}

function withoutNuls(text: string, warnings: string[]): string {
  const count = text.match(NUL)?.length ?? 0
  warnings.push(`removed ${count} NUL character${count === 1 ? '' : 's'}`)
  return text.replace(NUL, '')
}

function hasLimit(maxInputBytes: number): boolean {
  return Number.isFinite(maxInputBytes) && maxInputBytes >= 0
}

/** The first `max` UTF-16 units, without splitting a surrogate pair. */
function cutString(text: string, max: number): string {
  const end = Math.floor(max)
  const last = text.charCodeAt(end - 1)
  const splitsPair = last >= 0xd800 && last <= 0xdbff
  return text.slice(0, splitsPair ? end - 1 : end)
}

/** The first `max` bytes, backed off to the start of a UTF-8 character. */
function cutUtf8(bytes: Uint8Array, max: number): Uint8Array {
  let end = Math.floor(max)
  const earliest = Math.max(0, end - 3)
  while (end > earliest && isContinuation(bytes[end])) end--
  return bytes.subarray(0, end)
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80
}

/** The first `max` bytes of UTF-16: whole code units, a surrogate pair never split. */
function cutUtf16(bytes: Uint8Array, max: number, littleEndian: boolean): Uint8Array {
  let end = Math.min(max, bytes.length) & ~1
  if (end === bytes.length) return bytes
  const highByte = bytes[littleEndian ? end - 1 : end - 2]
  if (end >= 2 && highByte !== undefined && highByte >= 0xd8 && highByte <= 0xdb) end -= 2
  return bytes.subarray(0, end)
}

function startsWith(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  if (bytes.length < offset + expected.length) return false
  return expected.every((byte, i) => bytes[offset + i] === byte)
}

function findBom(bytes: Uint8Array): string | null {
  return BOMS.find((bom) => startsWith(bytes, 0, bom.bytes))?.encoding ?? null
}

/** What sniffing the first bytes tells: binary data, or BOM-less UTF-16 text. */
type Sniffed = { kind: 'binary'; format: string } | { kind: 'text'; encoding: 'utf-16le' | 'utf-16be' }

/** Binary data, BOM-less UTF-16, or null for ordinary text. Looks at SNIFF_BYTES only. */
function sniff(bytes: Uint8Array): Sniffed | null {
  const magic = MAGIC_NUMBERS.find((m) => startsWith(bytes, m.offset, m.bytes))
  if (magic) return { kind: 'binary', format: magic.name }
  const sample = bytes.subarray(0, SNIFF_BYTES)
  const utf16 = sniffUtf16(sample) ?? (tryUtf8(cutUtf8(bytes, SNIFF_BYTES)) === null ? sniffUtf16Script(sample) : null)
  if (utf16) return { kind: 'text', encoding: utf16 }
  return looksBinary(sample) ? { kind: 'binary', format: 'unknown format' } : null
}

/** UTF-16 without a BOM: one byte of most pairs zero, the other almost never. */
function sniffUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sample.length / 2)
  if (sample.length < UTF16_MIN_BYTES) return null
  let zeroEven = 0
  let zeroOdd = 0
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) zeroEven++
    if (sample[i + 1] === 0) zeroOdd++
  }
  const fits = (zeroHalf: number, otherHalf: number): boolean =>
    zeroHalf / pairs >= UTF16_ZERO_HALF_SHARE && otherHalf / pairs <= UTF16_OTHER_HALF_MAX_SHARE
  if (fits(zeroOdd, zeroEven)) return 'utf-16le'
  if (fits(zeroEven, zeroOdd)) return 'utf-16be'
  return null
}

/**
 * Unicode blocks of the scripts written without many ASCII characters, and of the punctuation and
 * spaces between their words: UTF-16 text in them has no zero bytes for `sniffUtf16` to see.
 * Random bytes land in them about 64% of the time.
 */
const UTF16_SCRIPT_RANGES: readonly (readonly [number, number])[] = [
  [0x0009, 0x000d], // tab, line feed, vertical tab, form feed, carriage return
  [0x0020, 0x007e], // ASCII printable
  [0x00a0, 0x024f], // Latin-1 supplement, Latin extended A and B
  [0x0370, 0x052f], // Greek, Cyrillic
  [0x0590, 0x06ff], // Hebrew, Arabic
  [0x0900, 0x0e7f], // Indic scripts, Thai
  [0x1100, 0x11ff], // Hangul jamo
  [0x2000, 0x206f], // general punctuation
  [0x3000, 0x30ff], // CJK punctuation, hiragana, katakana
  [0x3400, 0x4dbf], // CJK ideographs, extension A
  [0x4e00, 0x9fff], // CJK ideographs
  [0xac00, 0xd7a3], // Hangul syllables
  [0xff00, 0xffef], // full-width and half-width forms
]
/** Code units between words and sentences: ASCII space and punctuation, the ideographic space, comma and full stop, full-width punctuation. */
const UTF16_SEPARATORS: ReadonlySet<number> = new Set([0x0020, 0x000a, 0x000d, 0x002c, 0x002e, 0x0021, 0x003f, 0x3000, 0x3001, 0x3002, 0xff0c, 0xff0e, 0xff01, 0xff1f])
/** Share of code units in UTF16_SCRIPT_RANGES for UTF-16 text (random bytes: about 0.64). */
const UTF16_SCRIPT_SHARE = 0.9
/**
 * Share of code units that are separators: text has one every few words; bytes of an 8-bit or
 * legacy multi-byte encoding read in pairs never do (every separator holds a 0x00, 0x30 or 0xFF
 * byte next to a byte those encodings do not put there).
 */
const UTF16_SEPARATOR_SHARE = 0.01

function inScriptRanges(unit: number): boolean {
  for (const [low, high] of UTF16_SCRIPT_RANGES) if (unit >= low && unit <= high) return true
  return false
}

/**
 * UTF-16 without a BOM and with few ASCII characters (Chinese, Japanese, Korean, …), for a
 * sample that is not UTF-8: nearly every code unit in a script's block, and separators between
 * words. Null when neither byte order reads so.
 */
function sniffUtf16Script(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = Math.floor(sample.length / 2)
  if (units * 2 < UTF16_MIN_BYTES) return null
  for (const littleEndian of [true, false]) {
    let script = 0
    let separators = 0
    for (let i = 0; i + 1 < sample.length; i += 2) {
      const unit = littleEndian ? sample[i]! | (sample[i + 1]! << 8) : (sample[i]! << 8) | sample[i + 1]!
      if (inScriptRanges(unit)) script++
      if (UTF16_SEPARATORS.has(unit)) separators++
    }
    if (script / units >= UTF16_SCRIPT_SHARE && separators / units >= UTF16_SEPARATOR_SHARE) return littleEndian ? 'utf-16le' : 'utf-16be'
  }
  return null
}

/** Control bytes that never appear in text: C0 except tab, LF, VT, FF, CR and ESC (which
 * ISO-2022 encodings use), plus DEL. */
function isBinaryControl(byte: number): boolean {
  if (byte === 0x7f) return true
  if (byte >= 0x20) return false
  return !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b
}

function looksBinary(sample: Uint8Array): boolean {
  let nuls = 0
  let run = 0
  let controls = 0
  for (const byte of sample) {
    if (byte === 0) {
      nuls++
      run++
      if (run >= BINARY_NUL_RUN) return true
    } else {
      run = 0
    }
    if (isBinaryControl(byte)) controls++
  }
  const size = sample.length
  if (nuls >= MIN_NULS_FOR_BINARY && nuls / size > BINARY_NUL_SHARE) return true
  return controls >= MIN_CONTROLS_FOR_BINARY && controls / size > BINARY_CONTROL_SHARE
}

/** The bytes an XML declaration is looked for in: it must open the document. */
const XML_DECLARATION_BYTES = 1024

/**
 * The encoding a page declares (WHATWG name, or null), and whether a declared label was one this
 * runtime cannot decode: an XML declaration at the very start, else the HTML standard's prescan.
 */
function declaredEncoding(bytes: Uint8Array): Prescan {
  const xml = XML_ENCODING.exec(LATIN1.decode(bytes.subarray(0, XML_DECLARATION_BYTES)))?.[1]
  const fromXml = xml === undefined ? null : encodingForLabel(xml)
  if (fromXml !== null) return { encoding: fromXml, unknownLabel: false }
  return prescanCharset(bytes)
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8_FATAL.decode(bytes)
  } catch {
    return null
  }
}

/** Chooses between the declared charset, UTF-8 and windows-1252, as the module doc says. */
function chooseEncoding(bytes: Uint8Array, warnings: string[]): { text: string; encoding: string } {
  const found = declaredEncoding(bytes)
  // Warnings name the encoding by its WHATWG name, never by the page's label: no page text in warnings.
  if (found.encoding === null && found.unknownLabel) warnings.push('unknown declared charset, ignored')
  let declared = found.encoding
  if (declared?.startsWith('utf-16')) declared = 'utf-8' // the bytes were readable as ASCII, so not UTF-16
  const utf8 = tryUtf8(bytes)

  if (utf8 !== null && (declared === null || declared === 'utf-8' || NON_ASCII.test(utf8))) {
    if (declared && declared !== 'utf-8') warnings.push(`declared ${declared}, decoded as utf-8`)
    return { text: utf8, encoding: 'utf-8' }
  }
  if (declared && declared !== 'utf-8') return { text: decodeWith(declared, bytes), encoding: declared }
  return invalidUtf8(bytes, declared === 'utf-8', warnings)
}

/** Bytes that are not valid UTF-8 and declare nothing else: mostly-UTF-8 with a few bad bytes
 * stays UTF-8 (bad bytes become U+FFFD); anything else is read as windows-1252. */
function invalidUtf8(bytes: Uint8Array, declaredUtf8: boolean, warnings: string[]): { text: string; encoding: string } {
  const sample = UTF8_LENIENT.decode(cutUtf8(bytes, MIXED_SAMPLE_BYTES))
  const genuine = sample.match(GENUINE_NON_ASCII)?.length ?? 0
  if (genuine > (sample.match(REPLACEMENT)?.length ?? 0)) {
    const text = UTF8_LENIENT.decode(bytes)
    const invalid = text.match(REPLACEMENT)?.length ?? 0
    warnings.push(`invalid UTF-8: ${invalid} bad sequence${invalid === 1 ? '' : 's'} replaced`)
    return { text, encoding: 'utf-8' }
  }
  warnings.push(
    declaredUtf8
      ? 'declared utf-8 but the bytes are not UTF-8; decoded as windows-1252'
      : 'not valid UTF-8 and no charset declared; decoded as windows-1252',
  )
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
}

/** Decodes with a WHATWG encoding name, patching the decoders this runtime gets wrong. */
function decodeWith(encoding: string, bytes: Uint8Array): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes)
  try {
    return new TextDecoder(encoding).decode(bytes)
  } catch {
    return encoding === 'utf-16be' ? new TextDecoder('utf-16le').decode(swapBytes(bytes)) : decodeWindows1252(bytes)
  }
}

/** Windows-1252: one character per byte, 0x80–0x9F from the code page table. Node's own
 * decoder is right except for those bytes, so its output is kept when none occur. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = LATIN1.decode(bytes)
  if (!C1_PRESENT.test(latin1)) return latin1
  const parts: string[] = []
  const units = new Array<number>(Math.min(bytes.length, CHARS_PER_CALL))
  for (let start = 0; start < bytes.length; start += CHARS_PER_CALL) {
    const chunk = bytes.subarray(start, start + CHARS_PER_CALL)
    units.length = chunk.length
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] ?? 0
      units[i] = WINDOWS_1252_UNITS[byte] ?? byte
    }
    parts.push(String.fromCharCode(...units))
  }
  return parts.join('')
}

/** A copy with each pair of bytes swapped (UTF-16BE → LE) for runtimes without utf-16be. */
function swapBytes(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length & ~1)
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0
    swapped[i + 1] = bytes[i] ?? 0
  }
  return swapped
}
