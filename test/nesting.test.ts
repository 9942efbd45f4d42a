import { readdirSync, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { join } from 'node:path'
import fc from 'fast-check'
import { parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import type { HtmlNode } from '../src/lib/html/dom.js'
import { FastTokenizer } from '../src/lib/html/fast-tokenizer.js'
import { parseDocument as parseLimited } from '../src/lib/html/tree-builder.js'
import { limitNesting } from '../src/lib/input/nesting.js'

/** A parsed node reduced to what the HTML front door reads: tags, attributes, text. */
type Tree = { tag: string; attributes: Record<string, string>; children: Tree[] } | string

interface ParsedNode {
  type: string
  name?: string
  attribs?: Record<string, string>
  data?: string
  children?: ParsedNode[]
}

/** The parse of `html` as the front door's parser builds it (with its tokenizer), comments and
 * processing instructions dropped and adjacent text joined (the separator `<?>` is a processing instruction). */
function tree(html: string): Tree[] {
  return children(parseDocument(html, { lowerCaseAttributeNames: false, decodeEntities: true, Tokenizer: FastTokenizer }) as unknown as ParsedNode)
}

function children(node: ParsedNode): Tree[] {
  const out: Tree[] = []
  for (const child of node.children ?? []) {
    if (child.type === 'text') {
      const last = out[out.length - 1]
      if (typeof last === 'string') out[out.length - 1] = last + (child.data ?? '')
      else out.push(child.data ?? '')
    } else if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
      out.push({ tag: child.name ?? '', attributes: child.attribs ?? {}, children: children(child) })
    }
  }
  return out
}

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

/** The tree with every non-void element deeper than `max` removed with its content. */
function prune(nodes: Tree[], max: number, depth = 1): Tree[] {
  const out: Tree[] = []
  for (const node of nodes) {
    if (typeof node === 'string') {
      const last = out[out.length - 1]
      if (typeof last === 'string') out[out.length - 1] = last + node
      else out.push(node)
    } else if (depth <= max || VOID.has(node.tag)) {
      out.push({ ...node, children: prune(node.children, max, depth + 1) })
    }
  }
  return out
}

function maxDepth(nodes: Tree[], depth = 1): number {
  let deepest = 0
  for (const node of nodes) if (typeof node !== 'string') deepest = Math.max(deepest, depth, maxDepth(node.children, depth + 1))
  return deepest
}

const PAGES = join(import.meta.dirname, '../bench/data/scrapinghub')
/** Every tenth benchmark page (PAGE_STEP=1 for all of them): real markup with all its sloppiness. */
const PAGE_STEP = Number(process.env.PAGE_STEP ?? 10)
const SAMPLE = readdirSync(PAGES).filter((name) => name.endsWith('.html.gz')).filter((_, i) => i % PAGE_STEP === 0)
const page = (name: string): string => gunzipSync(readFileSync(join(PAGES, name))).toString('utf8')

  /** Tag soup from these tags: every kind of tag, broken markup, comments, entities. */
const soup = (tags: string[]): fc.Arbitrary<string> => {
    const tag = fc.constantFrom(...tags)
    const piece = fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      tag.map((t) => `<${t}/>`),
      tag.map((t) => `<${t} class="a>b">`),
      tag.map((t) => `<${t} title="&quot;>&lt;b&gt;" data-x='&#62;'>`),
      fc.constantFrom('text', ' ', '<', '>', '&', '</', '<!-- c -->', '<!--', '"', "'", '<?x?>', '<!doctype html>', ']]>', '<![CDATA[x]]>'),
      fc.constantFrom('&amp;', '&lt;', '&lt', '&#60;', '&#x3c;', '&#x3C', '&#', '&#x', '&notin;', '&notit;', '&nbsp', '&gt;'),
    )
    return fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''))
  }

describe('limitNesting', () => {
  it('leaves markup within the limit as it is', () => {
    const html = '<html><body><div><p>One <b>two</b></p></div></body></html>'
    expect(limitNesting(html, 512)).toEqual({ html, cut: 0, warnings: [] })
  })

  it('cuts out elements deeper than the limit with their content, and warns', () => {
    const html = `<div>${'<div>'.repeat(10)}deep${'</div>'.repeat(10)}</div><p>after</p>`
    const limited = limitNesting(html, 3)
    expect(limited.cut).toBe(8)
    expect(limited.warnings).toEqual(['HTML nested deeper than 3 elements: 8 elements cut out with their content'])
    expect(tree(limited.html)).toEqual(tree('<div><div><div></div></div></div><p>after</p>'))
  })

  it('cuts 200,000 nested elements down to the limit, in linear time', () => {
    const n = 200_000
    const html = `<body>${'<div>'.repeat(n)}deep${'</div>'.repeat(n)}<p>after</p></body>`
    const limited = limitNesting(html, 512)
    expect(limited.cut).toBe(n - 511)
    expect(maxDepth(tree(limited.html))).toBe(512)
    expect(limited.html).toContain('<p>after</p>')
  })

  it('follows implied end tags: unclosed paragraphs, list items and cells are not nesting', () => {
    const html = `<body>${'<p>para'.repeat(2000)}<ul>${'<li>item'.repeat(2000)}</ul><table>${'<tr><td>a<td>b'.repeat(2000)}</table></body>`
    expect(limitNesting(html, 8)).toEqual({ html, cut: 0, warnings: [] })
  })

  it('counts self-closing tags inside SVG as closed, and in HTML as open', () => {
    const svg = `<body><svg>${'<path d="M0"/>'.repeat(1000)}</svg><p>after</p></body>`
    expect(limitNesting(svg, 8).cut).toBe(0)
    const html = `<body>${'<div/>'.repeat(20)}</body>`
    expect(limitNesting(html, 8).cut).toBe(20 - 7)
  })

  it('drops end tags that close nothing, and makes a stray </p> an empty paragraph as the parser does', () => {
    const html = '<div>a</span>b</font></p>c</div>'
    const limited = limitNesting(html, 512)
    expect(limited.html).toBe('<div>a<?>b<?><p></p>c</div>')
    expect(tree(limited.html)).toEqual(tree(html))
  })

  it('never joins the text around removed markup into a tag', () => {
    const html = `<body>x <${'<i>'.repeat(5)}y${'</i>'.repeat(5)}b onclick=1>z</body>`
    const limited = limitNesting(html, 2)
    expect(tree(limited.html)).toEqual([{ tag: 'body', attributes: {}, children: ['x <', { tag: 'i', attributes: {}, children: [] }, 'b onclick=1>z'] }])
  })

  it('keeps the content of script and style out of the page when it cuts them', () => {
    const html = `<body><div><div><script>var x = "<p>not text</p>"</script><style>p{}</style></div></div>ok</body>`
    const limited = limitNesting(html, 2)
    expect(limited.html).not.toContain('not text')
    expect(tree(limited.html)).toEqual(prune(tree(html), 2))
  })

  it.each(SAMPLE)('changes nothing the parser builds from benchmark page %s, and cuts it as pruning would', (name) => {
    const html = page(name)
    const original = tree(html)
    expect(tree(limitNesting(html, 10_000).html)).toEqual(original)
    for (const max of [12, 6]) {
      const limited = tree(limitNesting(html, max).html)
      expect(limited).toEqual(prune(original, max))
    }
  })

  describe('on arbitrary tag soup', () => {
    const HTML_TAGS = ['div', 'p', 'li', 'ul', 'td', 'tr', 'table', 'tbody', 'b', 'i', 'script', 'br', 'img', 'option', 'select', 'dd', 'dt', 'h1']
    /** SVG/MathML and their HTML islands: htmlparser2 keeps their context on a stack of its own, which
     * a cut can leave unbalanced (a cut `<svg>` closed by an ancestor's end tag), so pruning is not
     * exact there; the depth bound still is. */
    const FOREIGN_TAGS = ['svg', 'path', 'math', 'mi', 'title', 'foreignObject']
    /** Enough to meet every tag pairing; RUNS=100000 for a long hunt. */
    const runs = { numRuns: Number(process.env.RUNS ?? 200) }

    it('changes nothing the parser builds when nothing is too deep', () => {
      fc.assert(fc.property(soup([...HTML_TAGS, ...FOREIGN_TAGS]), (html) => {
        expect(tree(limitNesting(html, 10_000).html)).toEqual(tree(html))
      }), runs)
    })

    it('cuts exactly what pruning the parse at the limit removes', () => {
      fc.assert(fc.property(soup(HTML_TAGS), fc.integer({ min: 1, max: 6 }), (html, max) => {
        expect(tree(limitNesting(html, max).html)).toEqual(prune(tree(html), max))
      }), runs)
    })

    it('keeps the parse within the limit, SVG and MathML included', () => {
      fc.assert(fc.property(soup([...HTML_TAGS, ...FOREIGN_TAGS]), fc.integer({ min: 1, max: 6 }), (html, max) => {
        const parsed = tree(limitNesting(html, max).html)
        expect(maxDepth(parsed)).toBeLessThanOrEqual(max + 1)
        expect(prune(parsed, max)).toEqual(parsed)
      }), runs)
    })
  })
})

/** Our DOM reduced to tags and text (adjacent text joined; it keeps no comments). */
type Shape = { tag: string; children: Shape[] } | string

function shape(nodes: readonly HtmlNode[]): Shape[] {
  const out: Shape[] = []
  for (const node of nodes) {
    if (node.nodeType === 3) {
      const last = out[out.length - 1]
      if (typeof last === 'string') out[out.length - 1] = last + node.textContent
      else out.push(node.textContent)
    } else if ('tagName' in node) {
      out.push({ tag: node.tagName, children: shape(node.childNodes) })
    }
  }
  return out
}

/** The one-pass parse of the front door next to the two-pass reference: markup cut, then parsed. */
const limitedParse = (html: string, max: number): Shape[] => shape(parseLimited(html, max).childNodes)
const cutThenParsed = (html: string, max: number): Shape[] => shape(parseLimited(limitNesting(html, max).html).childNodes)

describe('the parse with a nesting limit (one tokenizer pass)', () => {
  it.each(SAMPLE)('builds from benchmark page %s what parsing the cut markup builds', (name) => {
    const html = page(name)
    expect(limitedParse(html, 10_000)).toEqual(shape(parseLimited(html).childNodes))
    for (const max of [12, 6]) expect(limitedParse(html, max)).toEqual(cutThenParsed(html, max))
  })

  it('counts and reports the elements it leaves out, in linear time', () => {
    const n = 200_000
    const document = parseLimited(`<body>${'<div>'.repeat(n)}deep${'</div>'.repeat(n)}<p>after</p></body>`, 512)
    expect(document.cut).toBe(n - 511)
    expect(document.warnings).toEqual([`HTML nested deeper than 512 elements: ${n - 511} elements cut out with their content`])
    expect(document.body.textContent).toBe('after')
  })

  it('agrees with the cut markup on arbitrary tag soup, SVG and MathML included', () => {
    const tags = ['div', 'p', 'li', 'td', 'tr', 'table', 'b', 'script', 'br', 'img', 'option', 'dd', 'svg', 'path', 'math', 'mi', 'title']
    fc.assert(fc.property(soup(tags), fc.integer({ min: 1, max: 6 }), (html, max) => {
      expect(limitedParse(html, max)).toEqual(cutThenParsed(html, max))
    }), { numRuns: Number(process.env.RUNS ?? 300) })
  })
})

