/**
 * The charset pre-scan is the HTML standard's "prescan a byte stream to determine its encoding":
 * tested on html5lib's encoding cases (test/conformance/html5lib-encoding, MIT, see its README),
 * then on what the standard's reading means for hostile pages (declarations in comments and in
 * attribute values are not declarations; no page text in warnings).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { decodeInput } from '../src/lib/input/decode.js'
import { prescanCharset } from '../src/lib/input/prescan.js'

const DATA = join(import.meta.dirname, 'conformance/html5lib-encoding')
/** The encoding the standard falls back to when nothing is declared (html5lib's expectation). */
const DEFAULT = 'windows-1252'
const UTF8_BOM = [0xef, 0xbb, 0xbf]

/** The cases of one .dat file: the data as bytes and the encoding's WHATWG name. */
function cases(file: string): [string, Uint8Array, string][] {
  const bytes = readFileSync(join(DATA, file))
  const text = bytes.toString('latin1')
  return text
    .split('#data\n')
    .slice(1)
    .map((section, i) => {
      const [data, encoding] = section.split('#encoding\n') as [string, string]
      const body = data.endsWith('\n') ? data.slice(0, -1) : data
      const name = new TextDecoder(encoding.trim()).encoding
      return [`${file} #${i + 1}: ${JSON.stringify(body.slice(0, 60))}`, new Uint8Array(Buffer.from(body, 'latin1')), name]
    })
}

const ALL = ['tests1.dat', 'tests2.dat', 'test-yahoo-jp.dat'].flatMap(cases)

describe('prescanCharset on html5lib encoding cases', () => {
  it('reads every case of the three files', () => {
    expect(ALL.length).toBe(82)
  })

  it.each(ALL)('%s', (_name, bytes, expected) => {
    const startsWithBom = UTF8_BOM.every((byte, i) => bytes[i] === byte)
    if (startsWithBom) expect(decodeInput(bytes, Number.POSITIVE_INFINITY).encoding).toBe(expected)
    else expect(prescanCharset(bytes).encoding ?? DEFAULT).toBe(expected)
  })
})

describe('the pre-scan on hostile pages', () => {
  const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'))

  it.each([
    ['a comment', '<!-- <meta charset="koi8-r"> --><p>x</p>'],
    ['an attribute value', '<p title="<meta charset=koi8-r>">x</p>'],
    ['an unclosed comment', '<!-- <meta charset="koi8-r">'],
    ['a <metacharset> tag', '<metacharset=koi8-r>'],
    ['a content attribute without http-equiv', '<meta content="text/html; charset=koi8-r">'],
  ])('finds no declaration in %s', (_name, html) => {
    expect(prescanCharset(bytes(html)).encoding).toBeNull()
  })

  it('reads past an unknown label to the next declaration, and says a label was unknown', () => {
    expect(prescanCharset(bytes('<meta charset="x-klingon"><meta charset="koi8-r">'))).toEqual({ encoding: 'koi8-r', unknownLabel: true })
    expect(prescanCharset(bytes('<meta charset="x-klingon">'))).toEqual({ encoding: null, unknownLabel: true })
  })

  it('costs one pass over its window whatever the page (100,000 unclosed tags and comments)', () => {
    const start = performance.now()
    prescanCharset(bytes('<a b="'.repeat(100_000)))
    prescanCharset(bytes('<!--<meta'.repeat(100_000)))
    prescanCharset(bytes('<meta content="charset charset charset'.repeat(50_000)))
    expect(performance.now() - start).toBeLessThan(1000)
  })

  it('echoes no page text into warnings', () => {
    const label = 'x-<script>alert(1)</script>'
    const article = cleanArticle(new TextEncoder().encode(`<html><head><meta charset="${label}"></head><body><p>Plain words here.</p></body></html>`))
    expect(article.warnings).toEqual(['unknown declared charset, ignored'])
    const declared = cleanArticle(new TextEncoder().encode('<html><head><meta charset="ISO_8859-1:1987"></head><body><p>Café crème in Zürich.</p></body></html>'))
    expect(declared.warnings).toEqual(['declared windows-1252, decoded as utf-8'])
  })
})
