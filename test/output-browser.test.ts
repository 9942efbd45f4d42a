/**
 * `toHtml`'s output shown in a real browser (headless Chromium, support/chromium.ts): for the
 * hostile corpus (support/hostile-corpus.ts, whose payloads call `alert`) and a benchmark
 * fixture, no script runs (no dialog, no page error, no `<script>`, no `on…` attribute), and the
 * text the browser shows, block by block, is the article's `text`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanArticle, type CleanArticle } from '../src/index.js'
import { toHtml } from '../src/output.js'
import { CHROMIUM_TIMEOUT, launchChromium } from './support/chromium.js'
import { CORPUS, hostileArticle } from './support/hostile-corpus.js'

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'html--structure-table-header', 'input.html')

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
}, CHROMIUM_TIMEOUT)

afterAll(async () => {
  await browser?.close()
})

/** The text a reader sees, block by block as `paragraphs` has it: list items apart from their nested lists, a row's cells joined by " | ", figures left out. */
function shownBlocks(): string[] {
  const norm = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim()
  const out: string[] = []
  const list = (element: Element): void => {
    for (const item of Array.from(element.children) as HTMLElement[]) {
      const nested = Array.from(item.children).filter((child) => child.tagName === 'UL' || child.tagName === 'OL') as HTMLElement[]
      let own = item.innerText
      for (const sub of nested) own = own.replace(sub.innerText, '')
      out.push(norm(own))
      for (const sub of nested) list(sub)
    }
  }
  for (const element of Array.from(document.body.children) as HTMLElement[]) {
    if (element.tagName === 'FIGURE' || element.tagName === 'HR') continue
    if (element.tagName === 'UL' || element.tagName === 'OL') list(element)
    else if (element.tagName === 'BLOCKQUOTE') for (const child of Array.from(element.children) as HTMLElement[]) out.push(norm(child.innerText))
    else if (element.tagName === 'TABLE') for (const row of Array.from((element as HTMLTableElement).rows)) out.push(norm(Array.from(row.cells, (cell) => cell.innerText).join(' | ')))
    else out.push(norm(element.innerText))
  }
  return out
}

describe("toHtml's output in Chromium", () => {
  it('runs no script and shows the article text', async () => {
    const articles: [string, CleanArticle][] = [
      ...Object.entries(CORPUS).map(([name, body]): [string, CleanArticle] => [name, hostileArticle(body, 'https://news.example/2026/page')]),
      ['fixture html--structure-table-header', cleanArticle(readFileSync(FIXTURE))],
    ]
    const page = await browser.newPage()
    const events: string[] = []
    page.on('dialog', (dialog) => {
      events.push(`dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    page.on('pageerror', (error) => events.push(`page error: ${error.message}`))
    // A closed network: images and links load nothing, and a page asking for anything is noted.
    await page.route('**/*', (route) => route.abort())
    for (const [name, article] of articles) {
      await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>${toHtml(article, { header: false })}</body></html>`, { waitUntil: 'load' })
      // Give timers and load or error events (an <img onerror>) a moment to fire if any were set.
      await page.waitForTimeout(50)
      const found = await page.evaluate(() => ({
        scripts: document.scripts.length,
        handlers: Array.from(document.querySelectorAll('*')).flatMap((el) => el.getAttributeNames().filter((attr) => attr.startsWith('on'))),
      }))
      expect(found, name).toEqual({ scripts: 0, handlers: [] })
      expect((await page.evaluate(shownBlocks)).join('\n\n'), name).toBe(article.text)
    }
    expect(events).toEqual([])
    await page.close()
  }, CHROMIUM_TIMEOUT)
})
