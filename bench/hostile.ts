/**
 * Hostile-input benchmark: is the time per MB flat as pages grow, and what do pathological pages
 * cost next to a real page of the same size?
 *
 *   npm run bench:hostile -- [--only <name part>] [--scale <n>] [--sizes 0.1,1,5,20]
 *
 * 1. Scaling: real benchmark content (bench/data/scrapinghub*, see its README) repeated into HTML
 *    and text pages of 100 KB to 20 MB; time per MB for each, through cleanArticle with the input
 *    limit raised so nothing is cut.
 * 2. Pathological inputs (bench/hostile-inputs.ts) at `--scale` times the test size: time, time per
 *    MB, and the ratio to a real page of the same size and kind (1.0 = as fast as a real page).
 * 3. The table, the slowest input per MB, and bench/results/hostile.json.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { cleanArticle, type CleanArticleOptions } from '../src/index.ts'
import { HOSTILE_INPUTS } from './hostile-inputs.ts'

const BENCH_DIR = dirname(fileURLToPath(import.meta.url))
const DATA = join(BENCH_DIR, 'data')
const RESULTS_FILE = join(BENCH_DIR, 'results', 'hostile.json')
const MB = 1_000_000
/** Input limit for the bench: above the largest page, so every page is cleaned whole. */
const NO_LIMIT = 256 * 1024 * 1024
/** Pages up to this size are timed this many times and the fastest run kept (timer noise). */
const SMALL_PAGE_BYTES = 2 * MB
const SMALL_PAGE_RUNS = 3
/** The body of a page: what goes between <body> and </body>. */
const BODY = /<body[^>]*>([\s\S]*)<\/body>/i

type Kind = 'html' | 'text'

function readCorpus(folder: string, suffix: string): string[] {
  const dir = join(DATA, folder)
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => gunzipSync(readFileSync(join(dir, name))).toString('utf8'))
}

const htmlBodies = readCorpus('scrapinghub', '.html.gz').map((page) => BODY.exec(page)?.[1] ?? page)
const texts = readCorpus('scrapinghub-text', '.txt.gz')

/** Real content repeated to `bytes` (UTF-16 units): the benchmark pages one after another. */
function normalPage(kind: Kind, bytes: number): string {
  const pieces = kind === 'html' ? htmlBodies : texts
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < bytes; i = (i + 1) % pieces.length) {
    const piece = pieces[i]!
    parts.push(piece)
    length += piece.length + 2
  }
  const content = parts.join(kind === 'html' ? '\n' : '\n\n').slice(0, bytes)
  return kind === 'html' ? `<!doctype html><html><head><title>Pages</title></head><body>${content}</body></html>` : content
}

const sizeOf = (input: string | Uint8Array): number => input.length

/** Milliseconds for one cleanArticle call, the fastest of a few for small pages. */
function time(input: string | Uint8Array, options: CleanArticleOptions): { ms: number; warnings: string[] } {
  const runs = sizeOf(input) <= SMALL_PAGE_BYTES ? SMALL_PAGE_RUNS : 1
  let best = Number.POSITIVE_INFINITY
  let warnings: string[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    warnings = cleanArticle(input, options).warnings
    best = Math.min(best, performance.now() - start)
  }
  return { ms: best, warnings }
}

const normalTimes = new Map<string, number>()
/** Time of a real page of this kind and size (cached by kind and size). */
function normalTime(kind: Kind, bytes: number): number {
  const key = `${kind}:${bytes}`
  let ms = normalTimes.get(key)
  if (ms === undefined) {
    ms = time(normalPage(kind, bytes), { maxInputBytes: NO_LIMIT, format: kind }).ms
    normalTimes.set(key, ms)
  }
  return ms
}

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    scale: { type: 'string', default: '1' },
    sizes: { type: 'string', default: '0.1,1,5,20' },
  },
})
const scale = Number(values.scale)
const sizes = (values.sizes ?? '').split(',').map((size) => Math.round(Number(size) * MB))

const mb = (bytes: number): string => (bytes / MB).toFixed(2).padStart(7)
const perMb = (ms: number, bytes: number): number => ms / Math.max(bytes / MB, 0.001)

// 1. Scaling.
const scaling: { kind: Kind; bytes: number; ms: number; msPerMb: number }[] = []
if (values.only === undefined) {
  console.log('Scaling: real pages repeated to size\n')
  console.log(`${'kind'.padEnd(6)} ${'MB'.padStart(7)} ${'ms'.padStart(8)} ${'ms/MB'.padStart(7)}`)
  for (const kind of ['html', 'text'] as const) {
    for (const bytes of sizes) {
      const ms = normalTime(kind, bytes)
      scaling.push({ kind, bytes, ms, msPerMb: perMb(ms, bytes) })
      console.log(`${kind.padEnd(6)} ${mb(bytes)} ${ms.toFixed(0).padStart(8)} ${perMb(ms, bytes).toFixed(0).padStart(7)}`)
    }
  }
  console.log()
}

// 2. Pathological inputs.
console.log(`Pathological inputs at scale ${scale} (ratio: time / time of a real page of the same size and kind)\n`)
console.log(`${'input'.padEnd(40)} ${'MB'.padStart(7)} ${'ms'.padStart(8)} ${'ms/MB'.padStart(7)} ${'ratio'.padStart(6)}  warnings`)
const hostile: { name: string; bytes: number; ms: number; msPerMb: number; ratio: number; warnings: string[] }[] = []
for (const input of HOSTILE_INPUTS) {
  if (values.only !== undefined && !input.name.includes(values.only)) continue
  const page = input.build(scale)
  const bytes = sizeOf(page)
  const { ms, warnings } = time(page, { maxInputBytes: NO_LIMIT, ...input.options })
  const kind: Kind = input.options?.format ?? (typeof page === 'string' && page.startsWith('<') ? 'html' : 'text')
  const ratio = bytes === 0 ? 1 : ms / Math.max(normalTime(kind, bytes), 0.001)
  hostile.push({ name: input.name, bytes, ms, msPerMb: perMb(ms, bytes), ratio, warnings })
  console.log(`${input.name.padEnd(40)} ${mb(bytes)} ${ms.toFixed(0).padStart(8)} ${perMb(ms, bytes).toFixed(0).padStart(7)} ${ratio.toFixed(1).padStart(6)}  ${warnings.join('; ').slice(0, 90)}`)
}

// 3. Summary.
const sized = hostile.filter((row) => row.bytes >= MB / 10)
const slowest = sized.reduce<(typeof hostile)[number] | null>((worst, row) => (worst === null || row.msPerMb > worst.msPerMb ? row : worst), null)
if (slowest) console.log(`\nSlowest per MB: ${slowest.name}, ${slowest.msPerMb.toFixed(0)} ms/MB (${slowest.ratio.toFixed(1)}× a real page of ${mb(slowest.bytes).trim()} MB)`)
mkdirSync(dirname(RESULTS_FILE), { recursive: true })
writeFileSync(RESULTS_FILE, `${JSON.stringify({ scale, scaling, hostile }, null, 2)}\n`)
