/**
 * The core in a real browser: the built package bundled for the browser as an app would bundle it
 * (esbuild, `clean-article` resolved through `exports` with the browser's conditions), loaded into
 * headless Chromium, run on the seed page and three benchmark pages (bytes in, so the browser's
 * decoder is used), and its articles compared with Node's for the same bytes.
 *
 * Chromium is Debian's, driven by playwright-core (support/chromium.ts).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { bundle, ROOT } from './support/bundle.js'
import { CHROMIUM_TIMEOUT, launchChromium } from './support/chromium.js'

/** Starting Chromium and bundling take a few seconds; a busy machine needs more. */
const TIMEOUT = CHROMIUM_TIMEOUT

interface Page {
  name: string
  bytes: Uint8Array
}

/** The first `count` pages of a benchmark folder, in name order (the ScrapingHub sets have no blind fifth). */
function benchPages(folder: string, suffix: string, count: number): Page[] {
  const dir = join(ROOT, 'bench', 'data', folder)
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .slice(0, count)
    .map((name) => ({ name: `${folder}/${name}`, bytes: gunzipSync(readFileSync(join(dir, name))) }))
}

const PAGES: Page[] = [
  { name: 'examples/moscow-times.txt', bytes: readFileSync(join(ROOT, 'examples', 'moscow-times.txt')) },
  ...benchPages('scrapinghub', '.html.gz', 2),
  ...benchPages('scrapinghub-text', '.txt.gz', 1),
]

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
}, TIMEOUT)

afterAll(async () => {
  await browser?.close()
})

describe('in Chromium', () => {
  it('the browser bundle cleans the seed page and three benchmark pages as Node does', async () => {
    const app = await bundle({ source: "import { cleanArticle } from 'clean-article'; globalThis.cleanArticle = cleanArticle", platform: 'browser', format: 'iife' })
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.addScriptTag({ content: app.code })
    const inBrowser = await page.evaluate((inputs) => {
      const clean = (globalThis as unknown as { cleanArticle: (input: Uint8Array) => unknown }).cleanArticle
      return inputs.map((base64) => JSON.stringify(clean(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)))))
    }, PAGES.map((input) => Buffer.from(input.bytes).toString('base64')))
    expect(errors).toEqual([])
    expect(await page.evaluate(() => navigator.userAgent)).toMatch(/Chrome\//)
    for (const [i, input] of PAGES.entries()) {
      const inNode = cleanArticle(input.bytes)
      expect(inNode.paragraphs.length, `${input.name} has an article`).toBeGreaterThan(0)
      expect(JSON.parse(inBrowser[i]!), input.name).toEqual(JSON.parse(JSON.stringify(inNode)))
    }
  }, TIMEOUT)
})
