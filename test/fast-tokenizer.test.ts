/**
 * The run-skipping tokenizer (src/lib/html/fast-tokenizer.ts) must give the parser exactly what
 * htmlparser2's own tokenizer gives it, every event with its text and its source positions,
 * wherever htmlparser2 reads the page as a browser does. Where it does not, the fast tokenizer
 * follows the HTML standard instead, and those inputs are compared with the standard's reading:
 * - a script whose text enters the double-escaped state (`<!--` then `<script` before `-->`);
 * - a self-closing slash on a raw-text element outside SVG and MathML (`<script/>`, `<style/>`).
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

/** Script texts of a page as htmlparser2 reads them (from `<script …>` to the first `</script>`). */
function stockScriptTexts(html: string): string[] {
  const texts: string[] = []
  let inScript = false
  const parser = new Parser(
    {
      onopentag: (name) => (inScript = name === 'script'),
      ontext: (text) => inScript && texts.push(text),
      onclosetag: () => (inScript = false),
    },
    { decodeEntities: true, xmlMode: false },
  )
  parser.write(html)
  parser.end()
  return texts
}

/**
 * Whether a browser is in the double-escaped state at the end of this script text (where
 * htmlparser2 ends the script): then the browser reads on and the two differ. A character-by-
 * character reading of the standard's states, written apart from the tokenizer's own.
 */
function endsDoubleEscaped(text: string): boolean {
  let state: 'data' | 'escaped' | 'double' = 'data'
  for (let i = 0; i < text.length; i++) {
    const ahead = text.slice(i, i + 9).toLowerCase()
    if (state === 'data' && ahead.startsWith('<!--')) {
      state = 'escaped'
      i += 1 // the dashes of `<!--` count towards `-->`
    } else if (state !== 'data' && ahead.startsWith('-->')) {
      state = 'data'
      i += 2
    } else if (state === 'escaped' && /^<script[\t\n\f\r />]/.test(ahead)) {
      state = 'double'
      i += 6
    } else if (state === 'double' && /^<\/script[\t\n\f\r />]/.test(ahead)) {
      state = 'escaped'
      i += 7
    }
  }
  return state === 'double'
}

/** Whether htmlparser2 reads this page differently from a browser, in one of the two ways the fast tokenizer corrects. */
function htmlparser2DiffersFromBrowser(html: string): boolean {
  return /<(?:script|style|title|textarea|xmp)\b[^>]*\/>/i.test(html) || stockScriptTexts(html).some(endsDoubleEscaped)
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
      'text', ' ', '<', '>', '&', '&amp;', '&lt', '&#x3C', '&#', '"', "'", '</', '<!-- c -->', '<!--', '-->', '<!--<script>', '<![CDATA[x]]>', '<?x?>', '<x y=z&amp;>',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const html = pieces.join('')
        fc.pre(!htmlparser2DiffersFromBrowser(html))
        expect(events(html, FastTokenizer)).toEqual(events(html, Tokenizer))
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same events as htmlparser2 on script soup where htmlparser2 reads as a browser does (property)', () => {
    const piece = fc.constantFrom('<script>', '</script>', '</SCRIPT >', '<!--', '-->', '<!--<script>', '<script/>', '<style/>', 'x', '<p>', '</p>', '<svg>', '</svg>', '<', '-')
    let compared = 0
    let differing = 0
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const html = pieces.join('')
        if (htmlparser2DiffersFromBrowser(html)) {
          differing++
          return
        }
        compared++
        expect(events(html, FastTokenizer)).toEqual(events(html, Tokenizer))
      }),
      { numRuns: 400 },
    )
    expect(compared).toBeGreaterThan(50)
    expect(differing).toBeGreaterThan(50)
  })

  it('gives the same events as htmlparser2 on every benchmark page where htmlparser2 reads as a browser does (all of them today)', () => {
    const compared = NAMES.map((name) => [name, gunzipSync(readFileSync(join(PAGES, name))).toString('utf8')] as const).filter(([, html]) => !htmlparser2DiffersFromBrowser(html))
    expect(compared).toHaveLength(NAMES.length)
    for (const [name, html] of compared) {
      const fast = events(html, FastTokenizer)
      const plain = events(html, Tokenizer)
      expect(fast.length, name).toBe(plain.length)
      expect(fast, name).toEqual(plain)
    }
  })
})

describe('FastTokenizer where htmlparser2 differs from a browser', () => {
  /** A page's script texts and the text outside scripts, as our DOM holds them. */
  function read(html: string): { scripts: string[]; outside: string } {
    const scripts: string[] = []
    const outside: string[] = []
    const visit = (element: HtmlElement): void => {
      for (const child of element.childNodes) {
        if (!('tagName' in child)) outside.push(child.textContent)
        else if (child.tagName === 'script') scripts.push(child.textContent)
        else if (child.tagName !== 'style') visit(child)
      }
    }
    visit(parseDocument(html))
    return { scripts, outside: outside.join('') }
  }

  // Expected values follow the HTML standard's script data states (escaped, double-escaped).
  it.each([
    ['the document.write idiom', `<script><!-- document.write('<script src="x"></script>'); //--></script>after`, [`<!-- document.write('<script src="x"></script>'); //-->`], 'after'],
    ['an inner script in a comment', '<script><!--<script></script>--></script>after', ['<!--<script></script>-->'], 'after'],
    ['an end tag in escaped data (it ends the script)', '<script><!--</script>after', ['<!--'], 'after'],
    ['`<!-->` (the escape ends at once)', '<script><!--><script>x</script>after', ['<!--><script>x'], 'after'],
    ['`-->` in double-escaped data (back to script data)', '<script><!--<script>--></script>after', ['<!--<script>-->'], 'after'],
    ['upper case and a slash delimiter', '<SCRIPT><!--<SCRIPT/></Script >-->x</script>after', ['<!--<SCRIPT/></Script >-->x'], 'after'],
    ['`<scripts` (no delimiter, not a script)', '<script><!--<scripts></script>after', ['<!--<scripts>'], 'after'],
    ['a double-escaped script that never ends', '<script><!--<script></script>after', ['<!--<script></script>after'], ''],
    ['two idioms in a row', '<script><!--<script></script>--></script>mid<script><!--<script></script>--></script>end', ['<!--<script></script>-->', '<!--<script></script>-->'], 'midend'],
    ['a self-closing <script/> (browsers ignore the slash)', '<div><script/>x = "</div><p>a</p>"</script></div>after', ['x = "</div><p>a</p>"'], 'after'],
    ['a self-closing <style/>', '<style/>p::after { content: "<b>" }</style>after', [], 'after'],
    ['a self-closing <script/> in SVG (the slash closes it)', '<svg><script/></svg><p>after</p>', [''], 'after'],
  ])('reads %s as a browser does', (_name, html, scripts, outside) => {
    const { scripts: texts, outside: rest } = read(html)
    expect(texts).toEqual(scripts)
    expect(rest).toBe(outside)
  })

  it('is told apart from the cases compared with htmlparser2', () => {
    expect(htmlparser2DiffersFromBrowser('<script><!--<script></script>--></script>')).toBe(true)
    expect(htmlparser2DiffersFromBrowser('<script><!-- x --><script></script>')).toBe(false)
    expect(htmlparser2DiffersFromBrowser('<script><!--<script>x\\x3C/script>--></script>')).toBe(false)
    expect(htmlparser2DiffersFromBrowser('<script src=a.js/>')).toBe(true)
    expect(events('<script><!--<script></script>--></script>', FastTokenizer)).not.toEqual(events('<script><!--<script></script>--></script>', Tokenizer))
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
