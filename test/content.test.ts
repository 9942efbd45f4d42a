/**
 * `content`: the body as typed blocks. Its text is `paragraphs`, block by block, on real pages
 * (benchmark pages, both front doors, and every fixture); headings, lists, tables and quotations
 * come out typed where the page has them; links are absolute and safe; it survives JSON.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { cleanArticle, type ContentBlock } from '../src/index.js'
import { contentParagraphs } from '../src/lib/extract/content.js'
import { loadPages } from './support/bench-pages.js'
import { cleanFixture as fixture, FIXTURE_NAMES } from './support/fixtures.js'

const TEXT_PAGES = join(import.meta.dirname, '..', 'bench', 'data', 'scrapinghub-text')

/** Every block of a content tree, nested lists' items included. */
function types(content: readonly ContentBlock[]): string[] {
  return content.map((block) => block.type)
}

describe('content reads as paragraphs', () => {
  it('on 40 benchmark pages (ScrapingHub and the modern set, blind pages left out), HTML door', () => {
    let typed = 0
    for (const page of loadPages(40, 40)) {
      const article = cleanArticle(page.html)
      expect(contentParagraphs(article.content), page.id).toEqual(article.paragraphs)
      typed += article.content.filter((block) => block.type !== 'paragraph').length
    }
    expect(typed).toBeGreaterThan(0)
  })

  it('on 30 ScrapingHub pages through the text door', () => {
    const names = readdirSync(TEXT_PAGES).filter((name) => name.endsWith('.gz')).sort().slice(0, 30)
    for (const name of names) {
      const article = cleanArticle(gunzipSync(readFileSync(join(TEXT_PAGES, name))).toString('utf8'), { format: 'text' })
      expect(contentParagraphs(article.content), name).toEqual(article.paragraphs)
      expect(article.content.every((block) => block.type === 'paragraph' || block.type === 'heading')).toBe(true)
    }
  })

  it.each(FIXTURE_NAMES)('on fixture %s, and through JSON unchanged', (name) => {
    const article = fixture(name)
    expect(contentParagraphs(article.content)).toEqual(article.paragraphs)
    expect(JSON.parse(JSON.stringify(article.content))).toEqual(article.content)
  })
})

describe('structure from bench pages', () => {
  it('headings, lists and tables with a header row', () => {
    const article = fixture('html--structure-table-header')
    const kinds = types(article.content)
    expect(kinds).toContain('heading')
    expect(kinds).toContain('list')
    const tables = article.content.filter((block) => block.type === 'table')
    expect(tables.length).toBeGreaterThan(1)
    for (const table of tables) {
      expect(table.header?.map((cell) => cell.text)).toEqual(['Pos', 'Player', 'Plays', '%', 'Stats'])
      for (const row of table.rows) expect(row.length).toBe(5)
    }
    const linked = article.content.flatMap((block) => (block.type === 'list' ? block.items.flatMap((item) => item.links) : []))
    expect(linked.length).toBeGreaterThan(3)
    for (const link of linked) expect(link.href).toMatch(/^https:\/\//)
  })

  it('subheadings and lists between paragraphs', () => {
    const article = fixture('html--structure-headings-lists')
    const headings = article.content.filter((block) => block.type === 'heading')
    expect(headings.length).toBeGreaterThanOrEqual(5)
    expect(article.content.filter((block) => block.type === 'list').length).toBeGreaterThanOrEqual(3)
    for (const heading of headings) expect(heading.level).toBeGreaterThanOrEqual(2)
  })

  it('a quotation ending in its credit', () => {
    const article = fixture('html--structure-blockquote-credit')
    const quotes = article.content.filter((block) => block.type === 'blockquote')
    expect(quotes.some((quote) => quote.credit !== null && quote.credit.startsWith('—'))).toBe(true)
  })
})

describe('content from markup written by us', () => {
  const PAGE = `<html><head><title>Notes on a bridge</title></head><body><article><h1>Notes on a bridge</h1>
<p>The council voted on <a href="/votes/12">Tuesday</a> to close the bridge, <em>for a year</em>, and the work <strong>starts now</strong>.</p>
<h2>What changes</h2>
<ol><li>Buses go round by the <a href="javascript:alert(1)">ring road</a>.</li><li>Cyclists keep a lane:<ul><li>north side only</li><li>until March</li></ul></li><li>Boats pass as before.</li></ol>
<hr>
<blockquote><p>We had no choice but to close it for the repairs.</p><p>— Jane Doe, engineer</p></blockquote>
<pre><code>closed:  2026-01-01
  opens: 2027-01-01</code></pre>
<table><thead><tr><th>Day</th><th>Buses</th></tr></thead><tbody><tr><td>Monday</td><td><a href="https://example.com/t">12</a></td></tr><tr><td>Tuesday</td><td>14</td></tr></tbody></table>
<p>The repairs were planned after an inspection found rust on the main girders of the bridge last spring.</p>
</article></body></html>`

  it('gives each kind of block, nested lists, a credit, code as printed, a header row and safe absolute links', () => {
    const article = cleanArticle(PAGE, { url: 'https://news.example/2026/bridge' })
    expect(contentParagraphs(article.content)).toEqual(article.paragraphs)
    expect(types(article.content)).toEqual(['paragraph', 'heading', 'list', 'hr', 'blockquote', 'code', 'table', 'paragraph'])
    const [first, heading, list, , quote, code, table] = article.content
    expect(first).toMatchObject({
      links: [{ text: 'Tuesday', href: 'https://news.example/votes/12' }],
      emphasis: [
        { kind: 'emphasis', start: first!.type === 'paragraph' ? first!.text.indexOf('for a year') : -1 },
        { kind: 'strong' },
      ],
    })
    expect(heading).toMatchObject({ type: 'heading', level: 2, text: 'What changes' })
    expect(list).toMatchObject({ type: 'list', ordered: true })
    if (list?.type !== 'list') throw new Error('not a list')
    expect(list.items.map((item) => item.text)).toEqual(['Buses go round by the ring road.', 'Cyclists keep a lane:', 'Boats pass as before.'])
    expect(list.items[0]!.links).toEqual([])
    expect(list.items[1]!.lists).toEqual([{ type: 'list', ordered: false, items: [expect.objectContaining({ text: 'north side only' }), expect.objectContaining({ text: 'until March' })] }])
    expect(quote).toMatchObject({ type: 'blockquote', credit: '— Jane Doe, engineer', paragraphs: [{ text: 'We had no choice but to close it for the repairs.' }] })
    expect(code).toEqual({ type: 'code', text: 'closed: 2026-01-01 opens: 2027-01-01', code: 'closed:  2026-01-01\n  opens: 2027-01-01' })
    if (table?.type !== 'table') throw new Error('not a table')
    expect(table.header?.map((cell) => cell.text)).toEqual(['Day', 'Buses'])
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([['Monday', '12'], ['Tuesday', '14']])
    expect(table.rows[0]![1]!.links).toEqual([{ start: 0, end: 2, text: '12', href: 'https://example.com/t' }])
  })

  it('the text door recognises a subheading between paragraphs', () => {
    const text = `Bridge closes for a year\n\nThe council voted on Tuesday to close the bridge for repairs, and the work will take a year.\n\nWhat changes for buses\n\nBuses will go round by the ring road from Monday, the council said in a statement on its site.\n`
    const article = cleanArticle(text)
    expect(article.content.map((block) => block.type)).toEqual(['paragraph', 'heading', 'paragraph'])
    expect(article.content[1]).toMatchObject({ type: 'heading', level: 2, text: 'What changes for buses' })
  })
})
