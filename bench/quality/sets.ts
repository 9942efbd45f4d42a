/**
 * The development sets of the quality benchmark (bench/data/, see its README): which pages each
 * front door reads, their truth, and the blind fifth of each set that is scored on rows of its own
 * and never opened page by page (bench/data/blind.json).
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

export type Door = 'html' | 'text'
export const DOORS: readonly Door[] = ['html', 'text']

/** Readability's test pages have metadata truth only: they are scored by bench/quality/metadata.ts, not for body text. */
export type SetName = 'scrapinghub' | 'modern' | 'readability-pages'
export const SET_NAMES: readonly SetName[] = ['scrapinghub', 'modern', 'readability-pages']

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data')
const BLIND_FILE = join(DATA_DIR, 'blind.json')

/** One front door's pages of one set. */
export interface BenchSet {
  name: SetName
  door: Door
  /** Folder of `<id><suffix>` gzipped pages. */
  dir: string
  suffix: string
  truthFile: string
  /** Key of the set's blind fifth in blind.json (the text version of a set shares its HTML's pages), or null. */
  blindKey: string | null
}

export const SETS: readonly BenchSet[] = [
  { name: 'scrapinghub', door: 'html', dir: join(DATA_DIR, 'scrapinghub'), suffix: '.html.gz', truthFile: join(DATA_DIR, 'scrapinghub', 'truth.jsonl'), blindKey: null },
  { name: 'scrapinghub', door: 'text', dir: join(DATA_DIR, 'scrapinghub-text'), suffix: '.txt.gz', truthFile: join(DATA_DIR, 'scrapinghub', 'truth.jsonl'), blindKey: null },
  { name: 'modern', door: 'html', dir: join(DATA_DIR, 'modern'), suffix: '.html.gz', truthFile: join(DATA_DIR, 'modern', 'truth.jsonl'), blindKey: 'modern' },
  // One modern page did not render to text: the text set's truth lists the 499 that did.
  { name: 'modern', door: 'text', dir: join(DATA_DIR, 'modern-text'), suffix: '.txt.gz', truthFile: join(DATA_DIR, 'modern-text', 'truth.jsonl'), blindKey: 'modern' },
]

/** A page's truth: its body, and where the set annotates them, its headline, author and date. */
export interface TruthRow {
  id: string
  url: string
  body: string
  headline: string | null
  author: string | null
  date: string | null
  /** True for a page of the set's blind fifth. */
  blind: boolean
}

export function loadTruth(set: BenchSet): TruthRow[] {
  const blind = blindIds(set.blindKey)
  return readFileSync(set.truthFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as Partial<TruthRow> & { id: string; url: string; body: string }
      return {
        id: row.id,
        url: row.url,
        body: row.body,
        headline: row.headline ?? null,
        author: row.author ?? null,
        date: row.date ?? null,
        blind: blind.has(row.id),
      }
    })
}

/** The ids of a set's blind fifth (empty for a set without one). */
export function blindIds(key: string | null): ReadonlySet<string> {
  if (key === null) return new Set()
  const lists = JSON.parse(readFileSync(BLIND_FILE, 'utf8')) as Record<string, unknown>
  const ids = lists[key]
  if (!Array.isArray(ids)) throw new Error(`${BLIND_FILE} has no list "${key}"`)
  return new Set(ids as string[])
}

export function readPage(set: BenchSet, id: string): string {
  return readGzippedText(join(set.dir, `${id}${set.suffix}`))
}

export function readGzippedText(path: string): string {
  return new TextDecoder('utf-8').decode(gunzipSync(readFileSync(path)))
}
