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
  /**
   * The smaller size of the work-budget test (test/work-budget.test.ts), when its default 100 KB is
   * too small for the super-linear part of the shape's cost to outweigh the linear part.
   */
  budgetBytes?: number
}

/** A sentence of ordinary news prose, for filler that the classifier treats as text. */
export const SENTENCE = 'The minister said on Tuesday that the new rules would take effect next year, after a long debate. '

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

/**
 * The input built as close to `bytes` long (UTF-16 units of a string, bytes of a Uint8Array) as
 * its shape allows: sizes grow about linearly with the scale, so one probe at scale 1 and one
 * correction find it. Inputs of a fixed size (the empty ones) come back as they are.
 */
export function buildAtSize(input: HostileInput, bytes: number): string | Uint8Array {
  const probe = input.build(1).length
  if (probe === 0) return input.build(1)
  const first = input.build(bytes / probe)
  if (first.length === 0 || Math.abs(first.length - bytes) / bytes < 0.05) return first
  return input.build(((bytes / probe) * bytes) / first.length)
}

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

const page = (body: string, head = ''): string => `<!doctype html><html><head><title>Hostile page</title>${head}</head><body>${body}</body></html>`
/** A JSON-LD script in a page's head. */
const jsonLd = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`
/** schema.org paywall markup naming these selectors. */
const gatedBy = (selectors: string[]): string =>
  jsonLd({ '@type': 'NewsArticle', headline: 'A headline', isAccessibleForFree: false, hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: selectors } })
/** The selectors that made a 4 KB page take 10 s: sibling chains and structural pseudo-classes, which css-select rescans siblings for. */
const SIBLING_SELECTORS = [Array.from({ length: 40 }, () => 'div ~ div + div').join(' ~ '), 'div:nth-last-child(2) div:nth-last-child(3) div:nth-last-child(4)']
/** Simple selectors, as many as fit in the JSON-LD limit: they are run, 16 of them, over every element. */
const SIMPLE_SELECTORS = Array.from({ length: 2_000 }, (_, i) => `div.c${i} > div#i${i} span[data-x="${i}"]`)
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
  // Round two (issue 21): pages that chose our work, hid script in script, or fed a field.
  { name: 'sibling-combinator selectors over many divs', build: (s) => page(`${article}${'<div class="x"><div>text</div></div>'.repeat(n(30_000, s))}`, gatedBy(SIBLING_SELECTORS)) , testScale: 0.25 },
  { name: '2,000 simple selectors over many divs', build: (s) => page(`${article}${'<div class="c1"><div id="i1"><span data-x="1">text</span></div></div>'.repeat(n(15_000, s))}`, gatedBy(SIMPLE_SELECTORS)) , testScale: 0.25 },
  { name: 'gated selectors over deep nesting', build: (s) => page(`${article}${`${'<div class="a">'.repeat(400)}<span>deep</span>${'</div>'.repeat(400)}`.repeat(n(100, s))}`, gatedBy(Array.from({ length: 16 }, () => 'div div div div div div div .a'))) , testScale: 0.25 },
  { name: 'escaped script idiom, repeated', build: (s) => page(`${article}${`<script><!-- document.write('<script src="ad.js"></script>'); var t = "<p>not text</p>"; //--></script>`.repeat(n(20_000, s))}`) , testScale: 0.25 },
  { name: 'escaped script that never ends', build: (s) => page(`${article}<script><!--<script>${'var x = "</script><script><p>not text</p>";'.repeat(n(50_000, s))}`) , testScale: 0.25 },
  { name: 'self-closing scripts, repeated', build: (s) => page(`${article}${'<div><script src="a.js"/>var x = "</div><p>not text</p>";</script></div>'.repeat(n(20_000, s))}`) , testScale: 0.25 },
  { name: 'metadata in nested noscript', build: (s) => page(article, `${'<noscript>'.repeat(400)}${'<meta property="og:title" content="Not the headline"><link rel="canonical" href="javascript:alert(1)">'.repeat(n(10_000, s))}${'</noscript>'.repeat(400)}`) , testScale: 0.25 },
  { name: 'JSON-LD array of 450,000 items', build: (s) => page(article, jsonLd([{ '@type': 'NewsArticle', headline: 'A headline', author: { '@type': 'Person', name: 'Jane Roe' } }, Array.from({ length: n(450_000, s) }, () => 1)])) },
  { name: 'unsafe image URLs in 20,000 figures', build: (s) => page(`${article}${'<figure><img src=" JaVaScRiPt:alert(1)" data-src="data:text/html,x" srcset="java&#x09;script:x 1x, vbscript:y 2x"><figcaption>The old bridge over the river at dawn</figcaption></figure>'.repeat(n(20_000, s))}`) , testScale: 0.1 },
  { name: 'charset declarations hidden in comments', build: (s) => utf8(`<!doctype html><html><head>${'<!-- <meta charset="koi8-r"> -->'.repeat(n(20_000, s))}</head><body>${article}<p>caf\u00e9</p></body></html>`) },
  { name: 'UTF-16LE Chinese without BOM', build: (s) => utf16le('北京市政府周二表示，新规定将于明年生效，此前经过了长时间的辩论。'.repeat(n(20_000, s))) , testScale: 0.25 },
  { name: 'quotations, one paragraph', build: (s) => `${SENTENCE}\n\n${'“We will build the bridge,” the minister said on Tuesday after a long debate. '.repeat(n(12_000, s))}`, options: { format: 'text' } , testScale: 0.25 },
  { name: 'quotations, many paragraphs', build: (s) => `${SENTENCE}\n\n${'“We will build the bridge,” the minister said on Tuesday after a long debate.\n\n'.repeat(n(12_000, s))}`, options: { format: 'text' } , testScale: 0.25 },
  { name: 'comment-classed text nested 500 deep', build: (s) => page(`${`${'<div class="comment"><p>The minister said on Tuesday that the new rules would take effect next year.</p>'.repeat(500)}${'</div>'.repeat(500)}`.repeat(n(2, s))}`) , testScale: 0.5 },
  { name: 'figures nested in figures', build: (s) => page(`${article}${`${'<figure><img src="a.jpg"><figcaption>A caption for the picture</figcaption>'.repeat(500)}${'</figure>'.repeat(500)}`.repeat(n(20, s))}`) , testScale: 0.25 },
  { name: 'one text node of 5 MB with quotes', build: (s) => page(`${article}<p>${'“We will build it,” he said. '.repeat(n(170_000, s))}</p>`) , testScale: 0.1 },
  // Round three (issue 20): shapes of today's long pages whose cost grew faster than the page.
  { name: 'many pull quotes', build: (s) => page(`${article}${Array.from({ length: n(10_000, s) }, (_, i) => `<blockquote>We will build bridge ${i} over the wide river.</blockquote>`).join('')}`), testScale: 0.1, budgetBytes: 500_000 },
]
