/**
 * Pathological inputs for `cleanArticle`, shared by the hostile-input tests (small sizes: each
 * must give a result with the right warnings) and `npm run bench:hostile` (large sizes: time per
 * MB next to a real page of the same size).
 *
 * Each input is built at a scale: 1 is the size the tests use, the bench multiplies it.
 */

export interface HostileInput {
  name: string
  /** The input at `scale` (1 = the test size). */
  build(scale: number): string | Uint8Array
  /** Options it needs beyond the defaults. */
  options?: { format?: 'html' | 'text'; maxInputBytes?: number }
  /** The scale the tests use, when 1 is more than it takes to prove the point. */
  testScale?: number
}

/** A sentence of ordinary news prose, for filler that the classifier treats as text. */
export const SENTENCE = 'The minister said on Tuesday that the new rules would take effect next year, after a long debate. '

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

/** Deterministic pseudo-random bytes (xorshift32): the same bytes on every run. */
export function randomBytes(length: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(length)
  let x = seed >>> 0
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    out[i] = x & 0xff
  }
  return out
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    out[2 * i] = unit & 0xff
    out[2 * i + 1] = unit >> 8
  }
  return out
}

const page = (body: string): string => `<!doctype html><html><head><title>Hostile page</title></head><body>${body}</body></html>`
const article = `<h1>A headline for the page</h1>${`<p>${SENTENCE.repeat(3)}</p>`.repeat(5)}`
const n = (count: number, scale: number): number => Math.max(1, Math.round(count * scale))

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: 'empty string', build: () => '' },
  { name: 'empty bytes', build: () => new Uint8Array(0) },
  { name: 'whitespace only', build: (s) => ' \t\r\n\u00a0\u2003'.repeat(n(10_000, s)) },
  { name: 'nested divs', build: (s) => page(`${'<div>'.repeat(n(200_000, s))}deep text${'</div>'.repeat(n(200_000, s))}${article}`) },
  { name: 'unclosed tags', build: (s) => page(`${article}${'<div><span><b><i><font><section>'.repeat(n(10_000, s))}the end`) },
  { name: 'unclosed paragraphs in list items', build: (s) => page(`${article}<ul>${'<li><p>item text'.repeat(n(20_000, s))}</ul>`) },
  { name: 'stray end tags at the depth limit', build: (s) => page(`${'<div>'.repeat(500)}${article}${'</span>'.repeat(n(250_000, s))}`) },
  { name: 'single 10 MB line of HTML', build: (s) => page(`<p>${SENTENCE.repeat(n(100_000, s))}</p>`) },
  { name: 'single 10 MB line of text', build: (s) => SENTENCE.repeat(n(100_000, s)), options: { format: 'text' } },
  { name: 'a million quote marks (HTML)', build: (s) => page(`${article}<p>${'"'.repeat(n(1_000_000, s))}</p>`) },
  { name: 'a million quote marks (text)', build: (s) => `${SENTENCE}\n\n${'"'.repeat(n(1_000_000, s))}`, options: { format: 'text' } },
  { name: 'quoted words without end', build: (s) => `${SENTENCE}\n\n${'“He said, “we will ” '.repeat(n(100_000, s))}`, options: { format: 'text' }, testScale: 0.2 },
  { name: 'table of 500,000 cells', build: (s) => page(`${article}<table>${`<tr>${'<td>cell</td>'.repeat(10)}</tr>`.repeat(n(50_000, s))}</table>`) },
  { name: 'one tag with 100,000 attributes', build: (s) => page(`<div ${Array.from({ length: n(100_000, s) }, (_, i) => `a${i}="v"`).join(' ')}>${article}</div>`) },
  { name: 'an attribute value of 5 MB', build: (s) => page(`<div title="${'x'.repeat(n(5_000_000, s))}">${article}</div>`) },
  { name: 'unclosed comment', build: (s) => page(`${article}<!--${SENTENCE.repeat(n(50_000, s))}`) },
  { name: '100,000 comments', build: (s) => page(`<p>${'word <!-- a comment --> '.repeat(n(100_000, s))}</p>${article}`) },
  { name: 'unclosed script', build: (s) => page(`${article}<script>${'var x = "<p>not text</p>";'.repeat(n(100_000, s))}`) },
  { name: 'text full of < and >', build: (s) => `${SENTENCE}\n\n${'a < b > c <<>> </ <x <!-- '.repeat(n(100_000, s))}`, testScale: 0.25 },
  { name: 'HTML full of < and >', build: (s) => page(`<p>${'a < b > c <<>> </ <1 <!'.repeat(n(100_000, s))}</p>`) },
  { name: 'a million entities', build: (s) => page(`<p>${'&amp;&lt;&#x3c;&nbsp;&bogus;'.repeat(n(200_000, s))}</p>`) },
  { name: '200,000 short paragraphs', build: (s) => page(`${article}${'<p>Word.</p>'.repeat(n(200_000, s))}`) },
  { name: 'a million short lines of text', build: (s) => `${SENTENCE}\n\n${'a b\n'.repeat(n(1_000_000, s))}`, options: { format: 'text' }, testScale: 0.25 },
  { name: '100,000 caption classes beside one image', build: (s) => page(`${article}<div>${'<span class="newsCaption">a</span>'.repeat(n(100_000, s))}<img src="a.jpg"></div>`) },
  { name: '20,000 figures of other pictures with one caption', build: (s) => page(`${article}${Array.from({ length: n(20_000, s) }, (_, i) => `<figure><img src="p${i}.jpg"><figcaption>The same caption for every picture</figcaption></figure>`).join('')}`) },
  { name: '100,000 pictures each with a short text after it', build: (s) => page(`${article}<div>${'<img src="a.jpg"><span>the old bridge</span>'.repeat(n(100_000, s))}</div>`) },
  { name: 'pictures and texts nested in each other', build: (s) => page(`${article}${'<div><img src="a.jpg"><span>the old bridge '.repeat(n(100_000, s))}`) },
  { name: 'a figure of 100,000 credits', build: (s) => page(`${article}<figure><img src="a.jpg">${'<cite>a</cite>'.repeat(n(100_000, s))}</figure>`) },
  { name: 'deeply nested JSON-LD', build: (s) => `<html><head><script type="application/ld+json">${'['.repeat(n(400_000, s))}${']'.repeat(n(400_000, s))}</script></head><body>${article}</body></html>` },
  { name: 'binary file (PNG)', build: (s) => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(n(1_000_000, s))]) },
  { name: 'random bytes', build: (s) => randomBytes(n(1_000_000, s)) },
  { name: 'invalid UTF-8', build: (s) => utf8(page(`${article}<p>${'caf\u00e9 '.repeat(n(100_000, s))}</p>`)).map((byte) => (byte === 0xc3 ? 0xff : byte)) },
  { name: 'UTF-16 without BOM', build: (s) => utf16le(page(`${article}${`<p>${SENTENCE}</p>`.repeat(n(10_000, s))}`)) },
  { name: 'NUL bytes everywhere', build: (s) => utf8(`${SENTENCE}\n\n${SENTENCE}`.repeat(n(10_000, s)).replaceAll(' ', '\u0000')) },
]
