/**
 * The run-skipping tokenizer (src/lib/html/fast-tokenizer.ts) must give the parser exactly what
 * htmlparser2's own tokenizer gives it: every event, with its text and its source positions.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import fc from 'fast-check'
import { Parser, Tokenizer, parseDocument as parseDomhandler, type Handler } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import type { HtmlElement } from '../src/lib/html/dom.js'
import { parseDocument } from '../src/lib/html/tree-builder.js'
import { FastTokenizer } from '../src/lib/html/fast-tokenizer.js'

/** Every parser event with its arguments and the parser's start and end index, in order. */
function events(html: string, tokenizer: typeof Tokenizer): string[] {
  const out: string[] = []
  const record =
    (name: string) =>
    (...args: unknown[]): void => {
      out.push(`${name} ${parser.startIndex}-${parser.endIndex} ${JSON.stringify(args)}`)
    }
  const handler: Partial<Handler> = {
    onopentag: record('open'),
    onclosetag: record('close'),
    ontext: record('text'),
    oncomment: record('comment'),
    oncdatastart: record('cdatastart'),
    oncdataend: record('cdataend'),
    onprocessinginstruction: record('pi'),
    onattribute: record('attribute'),
    onend: record('end'),
  }
  const parser: Parser = new Parser(handler, { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false, Tokenizer: tokenizer })
  parser.write(html)
  parser.end()
  return out
}

const PAGES = join(import.meta.dirname, '../bench/data/scrapinghub')
const NAMES = readdirSync(PAGES).filter((name) => name.endsWith('.html.gz'))

describe('FastTokenizer', () => {
  it('is the run-skipping tokenizer with the pinned htmlparser2 (its internals are present)', () => {
    expect(FastTokenizer).not.toBe(Tokenizer)
  })

  it.each([
    ['text with entities', '<p>a &amp; b &lt;c&gt; &notin; &notit; &#60;&#x3c; &nbsp tail &</p>'],
    ['quoted attributes with entities and the other quote', `<a title="say 'hi' &amp; &quot;bye&quot;" data-x='a "b" &#62; c' href=x&amp;y>t</a>`],
    ['script holding markup and near-end tags', '<script>var s = "</scr" + "ipt>"; if (a < b && c) {} </SCRIPT >after'],
    ['style, title and textarea', '<style>p > a { x: "</sty" }</style><title>A &amp; B</title><textarea><b>&lt;</b></textarea>'],
    ['comments, CDATA and declarations', '<!-- a -- b --><!doctype html><![CDATA[x]]><?pi x?>text<!-->'],
    ['unclosed constructs at the end', '<p class="open'],
    ['text ending in an entity start', 'a < b & c &am'],
    ['an empty page', ''],
  ])('gives the same events as htmlparser2 on %s', (_name, html) => {
    expect(events(html, FastTokenizer)).toEqual(events(html, Tokenizer))
  })

  it('gives the same events as htmlparser2 on tag soup (property)', () => {
    const piece = fc.constantFrom(
      '<p>', '</p>', '<div class="a b">', '</div>', '<a href="x&amp;y">', '</a>', "<img alt='it&#39;s'>", '<br/>',
      '<script>', '</script>', '<style>', '</style>', '<title>', '</title>', '<textarea>', '</textarea>', '<svg><path d="M0"/></svg>',
      'text', ' ', '<', '>', '&', '&amp;', '&lt', '&#x3C', '&#', '"', "'", '</', '<!-- c -->', '<!--', '-->', '<![CDATA[x]]>', '<?x?>', '<x y=z&amp;>',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const html = pieces.join('')
        expect(events(html, FastTokenizer)).toEqual(events(html, Tokenizer))
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same events as htmlparser2 on every benchmark page', () => {
    for (const name of NAMES) {
      const html = gunzipSync(readFileSync(join(PAGES, name))).toString('utf8')
      const fast = events(html, FastTokenizer)
      const plain = events(html, Tokenizer)
      expect(fast.length, name).toBe(plain.length)
      expect(fast, name).toEqual(plain)
    }
  })
})

/** Every element of a tree with its attributes, in document order, for our DOM and for domhandler's. */
function ourElements(node: HtmlElement, out: string[] = []): string[] {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue
    out.push(`${child.tagName} ${JSON.stringify(child.attributeNames.map((name) => [name, child.getAttribute(name)]))}`)
    ourElements(child, out)
  }
  return out
}

interface DomhandlerNode {
  type: string
  name?: string
  attribs?: Record<string, string>
  children?: DomhandlerNode[]
}

/** A class value as a class list holds it: words de-duplicated, single-spaced. */
const classList = (value: string): string => [...new Set(value.split(/\s+/).filter((word) => word !== ''))].join(' ')

function theirElements(node: DomhandlerNode, out: string[] = []): string[] {
  for (const child of node.children ?? []) {
    if (child.type !== 'tag' && child.type !== 'script' && child.type !== 'style') continue
    const attributes = Object.entries(child.attribs ?? {}).map(([name, value]) => [name, name === 'class' ? classList(value) : value])
    out.push(`${child.name} ${JSON.stringify(attributes)}`)
    theirElements(child, out)
  }
  return out
}

describe('HtmlElement attributes', () => {
  it('are the attributes htmlparser2 gives, on every tenth benchmark page (first of a repeated name kept, class as a class list)', () => {
    for (const name of NAMES.filter((_, i) => i % 10 === 0)) {
      const html = gunzipSync(readFileSync(join(PAGES, name))).toString('utf8')
      const theirs = theirElements(parseDomhandler(html, { lowerCaseAttributeNames: false, decodeEntities: true }) as unknown as DomhandlerNode)
      expect(ourElements(parseDocument(html)), name).toEqual(theirs)
    }
  })

  it('keep the first value of a repeated name, and stay linear with 100,000 of them', () => {
    const element = parseDocument('<body><p id="a" class="x  y x" id="b" data-v="1">t</p></body>').body.querySelector('p')!
    expect(element.attributeNames).toEqual(['id', 'class', 'data-v'])
    expect(element.getAttribute('id')).toBe('a')
    expect(element.getAttribute('class')).toBe('x y')
    const many = Array.from({ length: 100_000 }, (_, i) => `a${i % 50_000}="${i}"`).join(' ')
    const big = parseDocument(`<body><div ${many}>t</div></body>`).body.querySelector('div')!
    expect(big.attributeNames).toHaveLength(50_000)
    expect(big.getAttribute('a49999')).toBe('49999')
  })
})
