import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeInput, decodeWindows1252 } from '../src/lib/input/decode.js'

const NO_LIMIT = 16 * 1024 * 1024
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => Array.from(p)))
const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0))
const utf16le = (s: string): number[] => Array.from(s).flatMap((c) => {
  const units = Array.from({ length: c.length }, (_, i) => c.charCodeAt(i))
  return units.flatMap((u) => [u & 0xff, u >> 8])
})
const utf16be = (s: string): number[] => {
  const le = utf16le(s)
  return le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1] ?? 0)
}
/** Deterministic pseudo-random bytes (xorshift), standing in for compressed data. */
function randomBytes(length: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(length)
  let x = seed
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}

describe('decodeInput: strings', () => {
  it('returns a string as is', () => {
    const r = decodeInput('Héllo “world”', NO_LIMIT)
    expect(r).toEqual({ text: 'Héllo “world”', encoding: 'utf-16', binary: false, truncated: false, warnings: [] })
  })

  it('strips a leading U+FEFF', () => {
    expect(decodeInput('\ufeffHello', NO_LIMIT).text).toBe('Hello')
  })

  it('truncates by characters and warns', () => {
    const r = decodeInput('abcdefghij', 4)
    expect(r.text).toBe('abcd')
    expect(r.truncated).toBe(true)
    expect(r.warnings).toContain('input truncated to 4 characters')
  })

  it('does not split a surrogate pair when truncating', () => {
    expect(decodeInput('ab😀cd', 3).text).toBe('ab')
  })

  it('removes NUL characters with a warning', () => {
    const r = decodeInput('Hello\u0000 world', NO_LIMIT)
    expect(r.text).toBe('Hello world')
    expect(r.warnings).toEqual(['removed 1 NUL character'])
  })
})

describe('decodeInput: byte order marks', () => {
  it('UTF-8 BOM', () => {
    const r = decodeInput(bytes([0xef, 0xbb, 0xbf], utf8('Zürich')), NO_LIMIT)
    expect(r.text).toBe('Zürich')
    expect(r.encoding).toBe('utf-8')
  })

  it('UTF-16 LE BOM', () => {
    const r = decodeInput(bytes([0xff, 0xfe], utf16le('Zürich “x” 😀')), NO_LIMIT)
    expect(r.text).toBe('Zürich “x” 😀')
    expect(r.encoding).toBe('utf-16le')
  })

  it('UTF-16 BE BOM', () => {
    const r = decodeInput(bytes([0xfe, 0xff], utf16be('Zürich “x” 😀')), NO_LIMIT)
    expect(r.text).toBe('Zürich “x” 😀')
    expect(r.encoding).toBe('utf-16be')
  })

  it('the BOM wins over a declared charset', () => {
    const page = '<meta charset="windows-1251"><p>Grüße</p>'
    const r = decodeInput(bytes([0xef, 0xbb, 0xbf], utf8(page)), NO_LIMIT)
    expect(r.text).toBe(page)
    expect(r.encoding).toBe('utf-8')
  })
})

describe('decodeInput: declared charsets', () => {
  it('<meta charset>', () => {
    // "Привет" in windows-1251
    const r = decodeInput(bytes(ascii('<meta charset="windows-1251"><p>'), [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), NO_LIMIT)
    expect(r.text).toBe('<meta charset="windows-1251"><p>Привет')
    expect(r.encoding).toBe('windows-1251')
    expect(r.warnings).toEqual([])
  })

  it('<meta http-equiv="Content-Type">', () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>'
    // "мир" in KOI8-R
    const r = decodeInput(bytes(ascii(head), [0xcd, 0xc9, 0xd2]), NO_LIMIT)
    expect(r.text).toBe(`${head}мир`)
    expect(r.encoding).toBe('koi8-r')
  })

  it('<?xml encoding?>', () => {
    const head = '<?xml version="1.0" encoding="ISO-8859-2"?><p>'
    // "Łódź" in ISO-8859-2
    const r = decodeInput(bytes(ascii(head), [0xa3, 0xf3, 0x64, 0xbc]), NO_LIMIT)
    expect(r.text).toBe(`${head}Łódź`)
    expect(r.encoding).toBe('iso-8859-2')
  })

  it('a declaration after the first 16 KB is not read (the prescan window)', () => {
    const filler = `<!-- ${'x'.repeat(17_000)} -->`
    const r = decodeInput(bytes(ascii(`${filler}<meta charset="koi8-r">`), [0xcd]), NO_LIMIT)
    expect(r.encoding).toBe('windows-1252')
  })

  it('prefers UTF-8 when bytes declared iso-8859-1 are valid UTF-8', () => {
    const page = '<meta charset="iso-8859-1"><p>“Grüße” — café</p>'
    const r = decodeInput(utf8(page), NO_LIMIT)
    expect(r.text).toBe(page)
    expect(r.encoding).toBe('utf-8')
    expect(r.warnings).toEqual(['declared windows-1252, decoded as utf-8'])
  })

  it('uses the declared charset for pure-ASCII bytes (ISO-2022-JP is 7-bit)', () => {
    // "日本" in ISO-2022-JP: ESC $ B, 0x46 0x7C 0x4B 0x5C, ESC ( B
    const body = [0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42]
    const r = decodeInput(bytes(ascii('<meta charset="iso-2022-jp">'), body), NO_LIMIT)
    expect(r.text).toBe('<meta charset="iso-2022-jp">日本')
    expect(r.encoding).toBe('iso-2022-jp')
    expect(r.binary).toBe(false)
  })

  it('an unknown label falls back with a warning', () => {
    const r = decodeInput(bytes(ascii('<meta charset="x-klingon"><p>caf'), [0xe9]), NO_LIMIT)
    expect(r.text).toBe('<meta charset="x-klingon"><p>café')
    expect(r.encoding).toBe('windows-1252')
    expect(r.warnings[0]).toBe('unknown declared charset, ignored')
  })

  it('a declared utf-16 on ASCII-readable bytes means UTF-8', () => {
    const page = '<meta charset="utf-16"><p>café</p>'
    const r = decodeInput(utf8(page), NO_LIMIT)
    expect(r.text).toBe(page)
    expect(r.encoding).toBe('utf-8')
  })
})

describe('decodeInput: windows-1252', () => {
  it('decodes 0x80–0x9F as the Windows characters, not C1 controls', () => {
    const r = decodeInput(bytes(ascii('<meta charset="windows-1252"><p>'), [0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x85, 0x20, 0x96, 0x20, 0x97, 0x20, 0x91, 0x92]), NO_LIMIT)
    expect(r.text).toBe('<meta charset="windows-1252"><p>“Hi” €5… – — ‘’')
    expect(r.encoding).toBe('windows-1252')
  })

  it('iso-8859-1 and us-ascii labels decode as windows-1252, as browsers do', () => {
    for (const label of ['iso-8859-1', 'latin1', 'us-ascii']) {
      const r = decodeInput(bytes(ascii(`<meta charset="${label}">`), [0x93, 0x78, 0x94]), NO_LIMIT)
      expect(r.text).toBe(`<meta charset="${label}">“x”`)
      expect(r.encoding).toBe('windows-1252')
    }
  })

  it('maps every byte according to the code page', () => {
    const expected: Record<number, number> = {
      0x80: 0x20ac, 0x81: 0x81, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020,
      0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8d: 0x8d,
      0x8e: 0x017d, 0x8f: 0x8f, 0x90: 0x90, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d,
      0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
      0x9c: 0x0153, 0x9d: 0x9d, 0x9e: 0x017e, 0x9f: 0x0178,
    }
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    const text = decodeWindows1252(all)
    expect(text.length).toBe(256)
    for (let b = 0; b < 256; b++) {
      expect(text.charCodeAt(b), `byte 0x${b.toString(16)}`).toBe(expected[b] ?? b)
    }
  })

  it('invalid UTF-8 with no declaration falls back to windows-1252', () => {
    const r = decodeInput(bytes(ascii('He said '), [0x93], ascii('caf'), [0xe9], [0x94]), NO_LIMIT)
    expect(r.text).toBe('He said “café”')
    expect(r.encoding).toBe('windows-1252')
    expect(r.warnings).toEqual(['not valid UTF-8 and no charset declared; decoded as windows-1252'])
  })

  it('invalid UTF-8 declared as utf-8 falls back to windows-1252 when nothing in it is UTF-8', () => {
    const r = decodeInput(bytes(ascii('<meta charset="utf-8">caf'), [0xe9]), NO_LIMIT)
    expect(r.text).toBe('<meta charset="utf-8">café')
    expect(r.warnings).toEqual(['declared utf-8 but the bytes are not UTF-8; decoded as windows-1252'])
  })

  it('mostly-UTF-8 with one bad byte stays UTF-8', () => {
    const r = decodeInput(bytes(utf8('Grüße aus Zürich, café '), [0xff]), NO_LIMIT)
    expect(r.text).toBe('Grüße aus Zürich, café \ufffd')
    expect(r.encoding).toBe('utf-8')
    expect(r.warnings).toEqual(['invalid UTF-8: 1 bad sequence replaced'])
  })
})

describe('decodeInput: plain UTF-8 and ASCII', () => {
  it('undeclared valid UTF-8', () => {
    const r = decodeInput(utf8('Привет, мир — 日本'), NO_LIMIT)
    expect(r).toEqual({ text: 'Привет, мир — 日本', encoding: 'utf-8', binary: false, truncated: false, warnings: [] })
  })

  it('empty input, warned about', () => {
    expect(decodeInput(new Uint8Array(0), NO_LIMIT)).toEqual({
      text: '', encoding: 'utf-8', binary: false, truncated: false, warnings: ['the input is empty'],
    })
    expect(decodeInput(' \n\t\u00a0\u2003', NO_LIMIT).warnings).toEqual(['the input is empty'])
    expect(decodeInput(' x ', NO_LIMIT).warnings).toEqual([])
  })

  it('a Buffer subarray with an offset', () => {
    const whole = Buffer.from('xxHello', 'utf8')
    expect(decodeInput(whole.subarray(2), NO_LIMIT).text).toBe('Hello')
  })
})

describe('decodeInput: binary', () => {
  const magic: [string, number[]][] = [
    ['PDF', ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]],
    ['GIF', ascii('GIF89a')],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00]],
    ['WEBP', [...ascii('RIFF'), 0x24, 0, 0, 0, ...ascii('WEBPVP8 ')]],
    ['MP3', [...ascii('ID3'), 3, 0, 0]],
    ['OGG', ascii('OggS')],
    ['MP4', [0, 0, 0, 0x20, ...ascii('ftypisom')]],
  ]
  for (const [name, head] of magic) {
    it(`recognises ${name} by its magic number`, () => {
      const r = decodeInput(bytes(head, ascii(' some trailing text')), NO_LIMIT)
      expect(r.binary).toBe(true)
      expect(r.text).toBe('')
      expect(r.warnings).toEqual([`input looks like binary data (${name}), not a page${name === 'gzip' ? ': decompress it first' : ''}`])
    })
  }

  it('random bytes are binary', () => {
    const r = decodeInput(randomBytes(20000), NO_LIMIT)
    expect(r.binary).toBe(true)
    expect(r.warnings).toEqual(['input looks like binary data (unknown format), not a page'])
  })

  it('runs of NULs are binary', () => {
    const r = decodeInput(bytes(ascii('header'), [0, 0, 0, 0, 1, 2], ascii('more text here')), NO_LIMIT)
    expect(r.binary).toBe(true)
  })

  it('many control characters are binary', () => {
    const r = decodeInput(bytes(ascii('ab'), [1, 2, 3, 4, 5, 6], ascii('cd')), NO_LIMIT)
    expect(r.binary).toBe(true)
  })

  it('isolated NULs in text are removed, not fatal', () => {
    const r = decodeInput(bytes(ascii('Hello'), [0], ascii(' world, this is a page.')), NO_LIMIT)
    expect(r.binary).toBe(false)
    expect(r.text).toBe('Hello world, this is a page.')
    expect(r.warnings).toEqual(['removed 1 NUL character'])
  })

  it('UTF-16 LE without a BOM is text', () => {
    const r = decodeInput(Uint8Array.from(utf16le('<p>Hello, “world” — café</p>')), NO_LIMIT)
    expect(r.binary).toBe(false)
    expect(r.text).toBe('<p>Hello, “world” — café</p>')
    expect(r.encoding).toBe('utf-16le')
  })

  it('UTF-16 BE without a BOM is text', () => {
    const r = decodeInput(Uint8Array.from(utf16be('<p>Hello, world</p>')), NO_LIMIT)
    expect(r.text).toBe('<p>Hello, world</p>')
    expect(r.encoding).toBe('utf-16be')
  })

  it('tabs, newlines and form feeds are not control debris', () => {
    const r = decodeInput(utf8('a\tb\nc\r\nd\fe\vf'), NO_LIMIT)
    expect(r.binary).toBe(false)
    expect(r.text).toBe('a\tb\nc\r\nd\fe\vf')
  })
})

describe('decodeInput: truncation', () => {
  it('cuts at a UTF-8 character boundary', () => {
    // "aé€😀": 1 + 2 + 3 + 4 bytes; a 5-byte cut falls inside "€"
    const input = utf8('aé€😀')
    const r = decodeInput(input, 5)
    expect(r.text).toBe('aé')
    expect(r.truncated).toBe(true)
    expect(r.warnings).toEqual(['input truncated to 3 bytes'])
    expect(decodeInput(input, 8).text).toBe('aé€')
    expect(decodeInput(input, 6).text).toBe('aé€')
  })

  it('cuts UTF-16 at a code unit and never splits a surrogate pair', () => {
    const input = bytes([0xff, 0xfe], utf16le('ab😀'))
    expect(decodeInput(input, 7).text).toBe('ab')
    expect(decodeInput(input, 9).text).toBe('ab')
    expect(decodeInput(input, 10).text).toBe('ab😀')
  })

  it('a zero limit yields empty text', () => {
    const r = decodeInput(utf8('hello'), 0)
    expect(r.text).toBe('')
    expect(r.truncated).toBe(true)
  })

  it('an infinite or invalid limit does not truncate', () => {
    expect(decodeInput(utf8('hello'), Infinity).text).toBe('hello')
    expect(decodeInput(utf8('hello'), Number.NaN).text).toBe('hello')
  })

  it('input at exactly the limit is not truncated', () => {
    const r = decodeInput(utf8('hello'), 5)
    expect(r.truncated).toBe(false)
    expect(r.warnings).toEqual([])
  })
})

describe('decodeInput: robustness', () => {
  it('never throws for any bytes and any limit', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.integer({ min: -2, max: 700 }), (input, limit) => {
        const r = decodeInput(input, limit)
        expect(typeof r.text).toBe('string')
        expect(r.text.includes('\u0000')).toBe(false)
        if (r.binary) expect(r.text).toBe('')
      }),
      { numRuns: 2000 },
    )
  })

  it('round-trips any valid UTF-8 text without NULs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const clean = s.replace(/[\u0000-\u0008\u000e-\u001f\u007f\ufeff]/g, '')
        const r = decodeInput(utf8(clean), NO_LIMIT)
        if (!r.binary && r.encoding === 'utf-8') expect(r.text).toBe(clean)
      }),
      { numRuns: 1000 },
    )
  })

  it('decodes 16 MB of UTF-8 (time per MB is shown by npm run bench:hostile)', () => {
    const big = utf8(`<p>${'Grüße aus Zürich — “café”. '.repeat(600_000)}</p>`)
    const r = decodeInput(big, NO_LIMIT)
    expect(r.encoding).toBe('utf-8')
    expect(r.text.startsWith('<p>Grüße aus Zürich — “café”. Grüße')).toBe(true)
  })

  it('decodes 16 MB of windows-1252', () => {
    const unit = bytes(ascii('He said '), [0x93], ascii('caf'), [0xe9], [0x94, 0x20])
    const big = new Uint8Array(unit.length * 1_000_000)
    for (let i = 0; i < 1_000_000; i++) big.set(unit, i * unit.length)
    const r = decodeInput(big, NO_LIMIT)
    expect(r.encoding).toBe('windows-1252')
    expect(r.text.startsWith('He said “café” ')).toBe(true)
  })
})
