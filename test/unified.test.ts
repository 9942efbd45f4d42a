/**
 * clean-article/unified: `rehypeCleanArticle` in a unified pipeline. rehype-parse's tree of a page
 * is replaced by the cleaned article's; the rest of the result goes on `file.data.cleanArticle`;
 * rehype-remark and remark-stringify (with remark-gfm for tables) then print it as Markdown.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import { toHtml as hastToHtml } from 'hast-util-to-html'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { cleanArticle, type CleanArticle } from '../src/index.js'
import { toHtml } from '../src/output.js'
import { rehypeCleanArticle } from '../src/unified.js'

const SMALL_PAGE = '<html><head><title>Bridge closes for a year</title></head><body><article><h1>Bridge closes for a year</h1><p>The council voted on Tuesday to close the bridge for repairs, the work taking a year.</p></article></body></html>'
const PAGE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'html--structure-table-header', 'input.html'), 'utf8')

describe('rehypeCleanArticle', () => {
  it('turns a page into the cleaned article: rehype-parse → plugin → rehype-remark → remark-gfm + remark-stringify', async () => {
    const file = await unified().use(rehypeParse).use(rehypeCleanArticle).use(rehypeRemark).use(remarkGfm).use(remarkStringify).process(PAGE)
    const article = file.data['cleanArticle'] as CleanArticle
    expect(article).toEqual(cleanArticle(PAGE, { format: 'html' }))
    const markdown = String(file)
    expect(markdown.startsWith(`# ${article.headline}\n`)).toBe(true)
    // The article's structure comes through: its subheadings, a GFM table, list items with links.
    const heading = article.content.find((block) => block.type === 'heading')!
    expect(markdown).toContain(`### ${heading.type === 'heading' ? heading.text : ''}\n`)
    expect(markdown).toMatch(/\n\| Pos +\| Player +\| Plays +\| % +\| Stats +\|\n/)
    expect(markdown).toMatch(/\n\* .*\[[^\]]+\]\(https:\/\/www\.sbnation\.com\//)
    // Nothing of the page around the article: its removed blocks are not in the output.
    const removed = article.removed.map((block) => block.text).filter((text) => text.length > 40 && !article.text.includes(text))
    expect(removed.length).toBeGreaterThan(0)
    for (const text of removed) expect(markdown).not.toContain(text)
  })

  it('hands on the tree toHtml prints, and passes its options to cleanArticle', () => {
    const processor = unified().use(rehypeParse).use(rehypeCleanArticle, { url: 'https://news.example/a', header: false })
    const file = { value: SMALL_PAGE.replace('Tuesday', '<a href="/v">Tuesday</a>'), data: {} }
    const tree = processor.runSync(processor.parse(file.value), file as never)
    const article = cleanArticle(file.value, { url: 'https://news.example/a' })
    expect(article.headline).toBe('Bridge closes for a year')
    expect(hastToHtml(tree)).toBe(toHtml(article, { header: false }).trimEnd())
    expect(JSON.stringify(tree)).toContain('https://news.example/v')
  })

  it('cleans the tree printed back to HTML when the file has no text of its own', () => {
    const source = SMALL_PAGE
    const processor = unified().use(rehypeCleanArticle)
    const parsed = unified().use(rehypeParse).parse(source)
    const file = { data: {} as Record<string, unknown> }
    const tree = processor.runSync(parsed, file as never)
    expect((file.data['cleanArticle'] as CleanArticle).paragraphs).toEqual(['The council voted on Tuesday to close the bridge for repairs, the work taking a year.'])
    expect(tree.children.some((child) => child.type === 'element' && child.tagName === 'p')).toBe(true)
  })
})
