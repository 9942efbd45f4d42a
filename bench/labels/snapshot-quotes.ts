/**
 * The quotations the library finds on every development page, written to one JSON file, so a
 * change meant to keep behaviour (a refactor) can be checked byte for byte: run before and after,
 * then compare the two files (`cmp`).
 *
 * Inputs: every page of bench/data/scrapinghub (HTML door) and bench/data/scrapinghub-text (text
 * door), every fixture in fixtures/, and every hand-made case of quotes.json. Never the modern
 * set, whose blind fifth is not to be read page by page, nor the blind quotation set.
 *
 * Usage: `npx tsx bench/labels/snapshot-quotes.ts <out.json>`
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanArticle } from '../../src/index.ts'
import { extractQuotes } from '../../src/lib/extract/quotes.ts'
import { SETS, readPage } from '../quality/sets.ts'
import { loadQuoteLabels } from './evaluate.ts'

const FIXTURES_DIR = new URL('../../fixtures/', import.meta.url).pathname

const out = process.argv[2]
if (out === undefined) throw new Error('usage: tsx bench/labels/snapshot-quotes.ts <out.json>')

const snapshot: Record<string, unknown> = {}
for (const set of SETS.filter((s) => s.name === 'scrapinghub')) {
  for (const file of readdirSync(set.dir).filter((f) => f.endsWith(set.suffix)).sort()) {
    const id = file.slice(0, -set.suffix.length)
    snapshot[`${set.name}/${set.door}/${id}`] = cleanArticle(readPage(set, id), { format: set.door }).quotes
  }
}
for (const name of readdirSync(FIXTURES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
  const input = ['input.html', 'input.txt'].map((f) => join(FIXTURES_DIR, name, f)).find((f) => existsSync(f))
  if (input !== undefined) snapshot[`fixtures/${name}`] = cleanArticle(readFileSync(input)).quotes
}
for (const c of loadQuoteLabels().cases) {
  snapshot[`cases/${c.name}`] = extractQuotes({ paragraphs: c.paragraphs, blockquotes: new Set(c.blockquotes ?? []) })
}
writeFileSync(out, `${JSON.stringify(snapshot, null, 1)}\n`)
console.log(`${Object.keys(snapshot).length} inputs, ${Object.values(snapshot).flat().length} quotations written to ${out}`)
