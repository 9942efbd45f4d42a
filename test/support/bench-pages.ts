/**
 * Benchmark pages as anonymous load for throughput and integrity runs: the ScrapingHub pages and
 * the modern set's seen pages (never the blind fifth listed in bench/data/blind.json), smallest
 * first, cycled to the count asked for, each copy with an id of its own.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

const DATA = join(import.meta.dirname, '..', '..', 'bench', 'data')
const SUFFIX = '.html.gz'

export interface LoadPage {
  id: string
  html: string
}

/** `count` pages cycling over the `distinct` smallest seen pages. */
export function loadPages(count: number, distinct: number): LoadPage[] {
  const blind = new Set((JSON.parse(readFileSync(join(DATA, 'blind.json'), 'utf8')) as { modern: string[] }).modern)
  const pages: LoadPage[] = []
  for (const set of ['scrapinghub', 'modern']) {
    for (const name of readdirSync(join(DATA, set))) {
      if (!name.endsWith(SUFFIX)) continue
      const id = name.slice(0, -SUFFIX.length)
      if (set === 'modern' && blind.has(id)) continue
      pages.push({ id: `${set}/${id}`, html: gunzipSync(readFileSync(join(DATA, set, name))).toString('utf8') })
    }
  }
  const smallest = pages.sort((a, b) => a.html.length - b.html.length || (a.id < b.id ? -1 : 1)).slice(0, distinct)
  return Array.from({ length: count }, (_, i) => {
    const page = smallest[i % smallest.length]!
    return { id: `${Math.floor(i / smallest.length)}/${page.id}`, html: page.html }
  })
}
