/**
 * Size sweep: is our cost linear in a page's size? Run by `npm run bench -- --sweep`:
 *
 *   npm run bench -- --sweep [--sizes 0.1,0.4,1,4,16] [--shape-sizes 0.1,1,4] [--only <shape name part>] [--no-shapes] [--deadline <seconds>]
 *
 * 1. A realistic article (built here: the prose of examples/moscow-times.txt in sections, each
 *    with a subheading, paragraphs, a figure with caption and credit, a pull quote, and between
 *    sections the boilerplate of today's pages: related-story lists, newsletter boxes, share
 *    bars) grown from 100 KB to 16 MB by adding sections, so paragraphs, boilerplate and figures
 *    all grow with it. Timed in a child process of its own at every size (CPU time: other
 *    processes on a busy machine do not inflate it; the fastest of three runs up to 1 MB), and
 *    cut into our stages (bench/stages.ts, CPU time too), each printed as ms per MB: a column that rises with
 *    the size is a stage whose cost grows faster than the page.
 * 2. The pathological shapes of bench/hostile-inputs.ts at `--shape-sizes` (bench/hostile.ts,
 *    which prints CPU ms per MB per size and the rise); `--shape-sizes 0.1,1,4,16.78` includes
 *    the 16 MiB input limit.
 */
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { cpuClock, loadPipeline, runStages, STAGES, type Stage } from './stages.ts'

const BENCH_DIR = dirname(fileURLToPath(import.meta.url))
const SCRIPT = fileURLToPath(import.meta.url)
const MB = 1_000_000
/** Input limit for the sweep: above the largest size, so every page is cleaned whole. */
const NO_LIMIT = 256 * 1024 * 1024
/** Up to this size a page is timed this many times and the fastest run kept (timer noise); above it once. */
const SMALL_PAGE_BYTES = MB
const SMALL_PAGE_RUNS = 3
/** The size the child warms up on, three times, before timing (the first calls compile the hot paths). */
const WARM_UP_BYTES = 100_000
const WARM_UP_RUNS = 3
/** How far ms per MB may rise from the smallest size to a larger one for the cost to count as linear (issue 20). */
const FLAT_RISE = 1.5
/** No input up to the 16 MiB limit may take longer than this (issue 20). */
const MAX_PAGE_MS = 5000

/** The example's prose: its paragraphs of more than a few words (the copied page's chrome left out). */
const PROSE = readFileSync(join(BENCH_DIR, '..', 'examples', 'moscow-times.txt'), 'utf8')
  .split(/\n+/)
  .map((line) => line.trim())
  .filter((line) => line.split(' ').length >= 20)
const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** Section `i` of the article: a subheading, four paragraphs, a figure with a credit, a pull quote, then boilerplate. */
function section(i: number): string {
  const paragraph = (k: number): string => `<p>${escape(PROSE[(i * 4 + k) % PROSE.length]!)}</p>`
  const related = Array.from({ length: 4 }, (_, k) => `<li><a href="/news/story-${i}-${k}">Related story number ${i * 4 + k} about trade and energy</a></li>`).join('')
  const boilerplate = [
    `<aside class="related-stories"><h3>Read more</h3><ul>${related}</ul></aside>`,
    '<div class="newsletter-signup"><h3>Get our newsletter</h3><p>The day\'s top stories in your inbox every morning.</p><form><input type="email" placeholder="Email"><button>Subscribe</button></form></div>',
    `<div class="share-bar"><a href="https://facebook.com/share?u=/news/${i}">Share</a><a href="https://x.com/intent?u=/news/${i}">Post</a><a href="mailto:?subject=${i}">Email</a></div>`,
  ][i % 3]
  return (
    `<h2>Part ${i + 1} of the story</h2>${paragraph(0)}${paragraph(1)}` +
    `<figure class="article-image"><img src="/images/photo-${i}.jpg" srcset="/images/photo-${i}-640.jpg 640w, /images/photo-${i}-1280.jpg 1280w" alt="A photo of the scene" width="1280" height="720">` +
    `<figcaption>President Atambayev speaking at an interview in Bishkek, section ${i + 1}. <span class="credit">Sergei Porter / The Moscow Times</span></figcaption></figure>` +
    `${paragraph(2)}<blockquote><p>"We will only take a route that suits us," he said.</p></blockquote>${paragraph(3)}${boilerplate}`
  )
}

/** The article grown to about `bytes` (UTF-16 units) by adding sections. */
export function realisticArticle(bytes: number): string {
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kyrgyzstan Won\'t Join Customs Union on \'Someone Else\'s\' Roadmap - The Moscow Times</title>' +
    '<meta property="og:title" content="Kyrgyzstan Won\'t Join Customs Union on \'Someone Else\'s\' Roadmap"><meta name="author" content="Jane Roe">' +
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kyrgyzstan Won\'t Join Customs Union","datePublished":"2013-12-02T10:00:00Z","author":{"@type":"Person","name":"Jane Roe"}}</script></head><body>' +
    '<header><nav><ul>' +
    ['News', 'Business', 'Opinion', 'Arts', 'Sport', 'Video', 'Podcasts', 'Newsletters'].map((name) => `<li><a href="/${name.toLowerCase()}">${name}</a></li>`).join('') +
    '</ul></nav><div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button></div></header>' +
    '<main><article><h1>Kyrgyzstan Won\'t Join Customs Union on \'Someone Else\'s\' Roadmap</h1><p class="byline">By Jane Roe</p><time datetime="2013-12-02">Dec. 2, 2013</time>'
  const tail = '</article></main><footer><p>© The Moscow Times, all rights reserved.</p><ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li></ul></footer></body></html>'
  const parts = [head]
  let length = head.length + tail.length
  for (let i = 0; length < bytes; i++) {
    const next = section(i)
    parts.push(next)
    length += next.length
  }
  parts.push(tail)
  return parts.join('')
}

/** What the child reports for one size. */
interface ArticleTiming {
  bytes: number
  /** cleanArticle, wall clock and CPU time. */
  ms: number
  cpuMs: number
  /** Our stages (bench/stages.ts), CPU time, the run with the fastest total. */
  stages: Record<Stage, number>
}

/** In the child: the article at every size, through cleanArticle and then stage by stage. */
async function timeArticle(sizes: readonly number[]): Promise<void> {
  const { cleanArticle } = await import('../src/index.ts')
  const pipeline = await loadPipeline()
  const options = { format: 'html' as const, maxInputBytes: NO_LIMIT }
  const warm = realisticArticle(WARM_UP_BYTES)
  for (let run = 0; run < WARM_UP_RUNS; run++) cleanArticle(warm, options)
  for (const bytes of sizes) {
    const html = realisticArticle(bytes)
    const runs = html.length <= SMALL_PAGE_BYTES ? SMALL_PAGE_RUNS : 1
    let ms = Number.POSITIVE_INFINITY
    let cpuMs = Number.POSITIVE_INFINITY
    let stages: Record<Stage, number> | null = null
    for (let run = 0; run < runs; run++) {
      const cpu = process.cpuUsage()
      const start = performance.now()
      cleanArticle(html, options)
      ms = Math.min(ms, performance.now() - start)
      const used = process.cpuUsage(cpu)
      cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000)
      const times = Object.fromEntries(STAGES.map((stage) => [stage, [] as number[]])) as Record<Stage, number[]>
      runStages(pipeline, html, 'html', 'https://www.themoscowtimes.com/2013/12/02/kyrgyzstan', times, NO_LIMIT, cpuClock)
      const took = Object.fromEntries(STAGES.map((stage) => [stage, times[stage][0]!])) as Record<Stage, number>
      const total = (record: Record<Stage, number>): number => STAGES.reduce((sum, stage) => sum + record[stage], 0)
      if (stages === null || total(took) < total(stages)) stages = took
    }
    process.stdout.write(`${JSON.stringify({ bytes: html.length, ms, cpuMs, stages: stages! } satisfies ArticleTiming)}\n`)
  }
}

/** Runs the article child at every size; sizes it did not reach by the deadline are missing. */
function measureArticle(sizes: readonly number[], deadlineMs: number): ArticleTiming[] {
  const child = spawnSync(process.execPath, [...process.execArgv, SCRIPT, '--child-article', sizes.join(',')], {
    encoding: 'utf8',
    maxBuffer: 16 * MB,
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: deadlineMs,
  })
  return child.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ArticleTiming)
}

const perMb = (ms: number, bytes: number): number => ms / Math.max(bytes / MB, 0.001)

/** The largest growth of ms per MB from a smaller size to a larger one (1.0 or less: linear or better). */
function rise(perMbs: readonly number[]): number {
  let largest = perMbs.length < 2 ? 1 : 0
  perMbs.forEach((later, j) => {
    for (let i = 0; i < j; i++) largest = Math.max(largest, later / perMbs[i]!)
  })
  return largest
}

function printArticle(timings: readonly ArticleTiming[], sizes: readonly number[]): void {
  console.log('Realistic article grown by sections (paragraphs, figures with credits, quotes, boilerplate between): ms per MB\n')
  const header = ['MB', 'sections', 'ms', 'CPU ms', 'CPU ms/MB', ...STAGES.map((stage) => `${stage} /MB`)]
  const rows = timings.map((timing) => [
    (timing.bytes / MB).toFixed(2),
    String(Math.round(timing.bytes / section(0).length)),
    timing.ms.toFixed(0),
    timing.cpuMs.toFixed(0),
    perMb(timing.cpuMs, timing.bytes).toFixed(0),
    ...STAGES.map((stage) => perMb(timing.stages[stage], timing.bytes).toFixed(1)),
  ])
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)))
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padStart(widths[column]!)).join('  '))
  if (timings.length < sizes.length) console.log(`(stopped at the deadline before ${(sizes[timings.length]! / MB).toFixed(2)} MB)`)
  const total = rise(timings.map((timing) => perMb(timing.cpuMs, timing.bytes)))
  const stageRises = STAGES.map((stage) => `${stage} ${rise(timings.map((timing) => perMb(Math.max(timing.stages[stage], 1), timing.bytes))).toFixed(1)}×`)
  console.log(`\nrise of CPU ms per MB: ${total.toFixed(2)}× (target ≤ ${FLAT_RISE}×: ${total <= FLAT_RISE ? 'ok' : 'MISSED'}); by stage (runs under 1 ms counted as 1 ms): ${stageRises.join(', ')}`)
  const slow = timings.filter((timing) => timing.ms > MAX_PAGE_MS)
  console.log(`over ${MAX_PAGE_MS / 1000} s: ${slow.length === 0 ? 'none' : slow.map((timing) => `${(timing.bytes / MB).toFixed(1)} MB (${(timing.ms / 1000).toFixed(1)} s)`).join(', ')}`)
}

export async function runSweep(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    options: {
      sizes: { type: 'string', default: '0.1,0.4,1,4,16' },
      'shape-sizes': { type: 'string', default: '0.1,1,4' },
      only: { type: 'string' },
      'no-shapes': { type: 'boolean', default: false },
      deadline: { type: 'string', default: '120' },
    },
  })
  const sizes = String(values.sizes).split(',').map((size) => Math.round(Number(size) * MB))
  const deadline = String(values.deadline)
  if (values.only === undefined) {
    const timings = measureArticle(sizes, Number(deadline) * 1000 * sizes.length)
    printArticle(timings, sizes)
  }
  if (values['no-shapes'] === true) return
  console.log('\nPathological shapes (bench/hostile.ts):\n')
  const args = ['--import', 'tsx', join(BENCH_DIR, 'hostile.ts'), '--sizes', String(values['shape-sizes']), '--deadline', deadline, '--no-scaling']
  if (typeof values.only === 'string') args.push('--only', values.only)
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: join(BENCH_DIR, '..'), stdio: 'inherit' })
    child.on('close', (status) => (status === 0 ? resolve() : reject(new Error(`bench/hostile.ts exited with ${status}`))))
  })
}

if (process.argv[1] === SCRIPT) {
  const at = process.argv.indexOf('--child-article')
  if (at >= 0) await timeArticle(process.argv[at + 1]!.split(',').map(Number))
  else await runSweep(process.argv.slice(2))
}
