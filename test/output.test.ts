/**
 * clean-article/output: `toHtml` and `toMarkdown` show `content` as it is. Markdown read back by
 * a CommonMark parser (mdast-util-from-markdown with GFM tables) gives the same blocks, in the
 * same order, with the same texts, on every fixture; the HTML holds only the elements of content.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Nodes as MdastNodes, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import { parseFragment } from 'parse5'
import { describe, expect, it } from 'vitest'
import { cleanArticle, type CleanArticle, type ContentBlock, type ContentList } from '../src/index.js'
import { normaliseLine } from '../src/lib/text/normalise.js'
import { toHast, toHtml, toMarkdown } from '../src/output.js'
import { loadPages } from './support/bench-pages.js'
import { cleanFixture as fixture, FIXTURE_NAMES } from './support/fixtures.js'

const ROOT = join(import.meta.dirname, '..')
/** One entry per block of text: its kind and its text. */
type Entry = [kind: string, text: string]

/** What content says, block by block (a table row's cells joined as in `paragraphs`). */
function fromContent(content: readonly ContentBlock[]): Entry[] {
  const out: Entry[] = []
  const list = (block: ContentList): void => {
    for (const item of block.items) {
      out.push([block.ordered ? 'ordered-item' : 'item', item.text])
      for (const nested of item.lists) list(nested)
    }
  }
  for (const block of content) {
    if (block.type === 'paragraph') out.push(['paragraph', block.text])
    else if (block.type === 'heading') out.push([`h${block.level}`, block.text])
    else if (block.type === 'list') list(block)
    else if (block.type === 'blockquote') for (const text of [...block.paragraphs.map((p) => p.text), ...(block.credit === null ? [] : [block.credit])]) out.push(['quote', text])
    else if (block.type === 'code') out.push(['code', block.text])
    else if (block.type === 'table') for (const row of block.header === null ? block.rows : [block.header, ...block.rows]) out.push(['row', rowText(row.map((cell) => cell.text))])
    else if (block.type === 'figure') out.push(block.image === null ? ['paragraph', block.credit === null ? block.caption : `${block.caption} (${block.credit})`] : ['figure', block.caption])
    else out.push(['hr', ''])
  }
  return out
}

/** A row's cells as one line; a GFM table pads short rows with empty cells, so trailing empty cells are left out on both sides. */
function rowText(cells: string[]): string {
  let end = cells.length
  while (end > 1 && cells[end - 1] === '') end--
  return normaliseLine(cells.slice(0, end).join(' | '))
}

/** The text of an mdast node as a reader sees it. */
function textOf(node: MdastNodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'break') return ' '
  if ('children' in node) return node.children.map((child) => textOf(child as MdastNodes)).join('')
  return ''
}

/** What the Markdown says when read back, block by block. */
function fromMdast(nodes: readonly RootContent[], inQuote = false, ordered: boolean | null = null): Entry[] {
  const out: Entry[] = []
  for (const node of nodes) {
    if (node.type === 'heading') out.push([`h${node.depth}`, textOf(node)])
    else if (node.type === 'paragraph') {
      const first = node.children[0]
      if (first?.type === 'image' && !inQuote && ordered === null) out.push(['figure', first.alt ?? ''])
      else out.push([inQuote ? 'quote' : ordered === null ? 'paragraph' : ordered ? 'ordered-item' : 'item', textOf(node)])
    } else if (node.type === 'list') for (const item of node.children) out.push(...fromMdast(item.children, false, node.ordered === true))
    else if (node.type === 'blockquote') out.push(...fromMdast(node.children, true))
    else if (node.type === 'code') out.push(['code', normaliseLine(node.value)])
    else if (node.type === 'table') {
      // A GFM table always has a header row: a table without one is written with an empty one.
      const rows = node.children.map((row) => row.children.map((cell) => textOf(cell)))
      if (rows[0]?.every((cell) => cell === '')) rows.shift()
      for (const row of rows) out.push(['row', rowText(row)])
    }
    else if (node.type === 'thematicBreak') out.push(['hr', ''])
    else out.push([node.type, ''])
  }
  return out
}

function readBack(markdown: string): Entry[] {
  return fromMdast(fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }).children)
}

describe('toMarkdown reads back as content', () => {
  it.each(FIXTURE_NAMES)('%s', (name) => {
    const article = fixture(name)
    expect(readBack(toMarkdown(article, { header: false }))).toEqual(fromContent(article.content))
  })

  it('on 40 benchmark pages (ScrapingHub and the modern set, blind pages left out)', () => {
    for (const page of loadPages(40, 40)) {
      const article = cleanArticle(page.html)
      expect(readBack(toMarkdown(article, { header: false })), page.id).toEqual(fromContent(article.content))
    }
  })

  it('touching code spans are one: Markdown cannot write two side by side', () => {
    const article = cleanArticle('<article><h1>Title of the page</h1><p>Run <code>root #</code><code>emerge --sync</code> and then <code>a</code><em><code>b</code></em><code>c</code> to update the whole system.</p></article>')
    expect(readBack(toMarkdown(article, { header: false }))).toEqual(fromContent(article.content))
  })

  it('puts the headline and the byline line first unless header is false', () => {
    const article = cleanArticle(readFileSync(join(ROOT, 'examples', 'moscow-times.txt')))
    const markdown = toMarkdown(article)
    expect(markdown.startsWith(`# ${article.headline}\n`)).toBe(true)
    const headerLines = article.byline === null && article.publishedAt === null ? 1 : 2
    expect(readBack(markdown).slice(headerLines)).toEqual(fromContent(article.content))
  })
})

const PAGE = `<html><head><title>Notes on a bridge</title></head><body><article><h1>Notes on a bridge</h1>
<figure><img src="/img/bridge.jpg"><figcaption>The bridge at dusk. Photo: John Smith/AP</figcaption></figure>
<p>The council voted on <a href="/votes/12">Tuesday</a> to close the bridge, <em>for a year</em>, and the work <strong>starts <em>now</em></strong>.</p>
<h2>What changes</h2>
<ol><li>Buses go round by the ring road.</li><li>Cyclists keep a lane:<ul><li>north side only</li><li>until March</li></ul></li></ol>
<hr>
<blockquote><p>We had no choice but to close it for the repairs.</p><p>— Jane Doe, engineer</p></blockquote>
<pre><code>closed:  2026-01-01
  opens: 2027-01-01</code></pre>
<table><thead><tr><th>Day</th><th>Buses</th></tr></thead><tbody><tr><td>Monday</td><td><a href="https://example.com/t">12</a></td></tr></tbody></table>
<p>The repairs were planned after an inspection found rust on the main girders of the bridge last spring.</p>
</article></body></html>`

describe('toHtml', () => {
  const article = cleanArticle(PAGE, { url: 'https://news.example/2026/bridge' })

  it('writes each block as its element, links absolute, code as printed, the table with its header', () => {
    const html = toHtml(article, { header: false })
    expect(html).toContain('<figure><img src="https://news.example/img/bridge.jpg" alt="The bridge at dusk."><figcaption>The bridge at dusk. (John Smith/AP)</figcaption></figure>')
    expect(html).toContain('<p>The council voted on <a href="https://news.example/votes/12">Tuesday</a> to close the bridge, <em>for a year</em>, and the work <strong>starts <em>now</em></strong>.</p>')
    expect(html).toContain('<ol><li>Buses go round by the ring road.</li><li>Cyclists keep a lane:<ul><li>north side only</li><li>until March</li></ul></li></ol>')
    expect(html).toContain('<blockquote><p>We had no choice but to close it for the repairs.</p><p>— Jane Doe, engineer</p></blockquote>')
    expect(html).toContain('<pre><code>closed:  2026-01-01\n  opens: 2027-01-01</code></pre>')
    expect(html).toContain('<table><thead><tr><th>Day</th><th>Buses</th></tr></thead><tbody><tr><td>Monday</td><td><a href="https://example.com/t">12</a></td></tr></tbody></table>')
    expect(html).toContain('<hr>')
    expect(html).not.toContain('<h1>')
  })

  it('uses only the elements content is written with', () => {
    const names = new Set<string>()
    const visit = (node: { nodeName: string; childNodes?: unknown[] }): void => {
      names.add(node.nodeName)
      for (const child of node.childNodes ?? []) visit(child as { nodeName: string; childNodes?: unknown[] })
    }
    for (const name of FIXTURE_NAMES) visit(parseFragment(toHtml(fixture(name))) as unknown as { nodeName: string })
    names.delete('#document-fragment')
    names.delete('#text')
    expect([...names].filter((tag) => !['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'em', 'strong', 'code', 'a', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'img', 'figcaption', 'hr'].includes(tag))).toEqual([])
  })

  it('builds the hast tree only when asked: toHast gives the tree toHtml prints', () => {
    const tree = toHast(article)
    expect(tree.type).toBe('root')
    expect(tree.children.filter((child) => child.type === 'element').map((child) => (child.type === 'element' ? child.tagName : ''))).toEqual(['h1', 'figure', 'p', 'h2', 'ol', 'hr', 'blockquote', 'pre', 'table', 'p'])
  })
})

describe('CLI --format html and markdown', () => {
  it('prints the article as HTML and as Markdown', () => {
    const cli = join(ROOT, 'dist', 'cli', 'main.js')
    const html = execFileSync(process.execPath, [cli, '-', '--format', 'html', '--url', 'https://news.example/2026/bridge'], { input: PAGE, encoding: 'utf8' })
    expect(html).toBe(toHtml(article()))
    const markdown = execFileSync(process.execPath, [cli, '-', '--format', 'markdown', '--url', 'https://news.example/2026/bridge'], { input: PAGE, encoding: 'utf8' })
    expect(markdown).toBe(toMarkdown(article()))
    expect(markdown).toContain('| Day    | Buses                       |')
  })

  function article(): CleanArticle {
    return cleanArticle(PAGE, { url: 'https://news.example/2026/bridge' })
  }
})
