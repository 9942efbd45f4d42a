/**
 * Speed benchmark: time per page, throughput and memory of clean-article next to Readability and
 * bare parsers, over the 181 pages of the quality benchmark (bench/data/).
 *
 *   npm run bench -- [--rounds N] [--only html|text] [--jsdom-rounds N] [--no-jsdom] [--no-batch] [--batch-only] [--memory] [--pages N]
 *   npm run bench -- --queue     (through Redis: bench/queue.ts)
 *
 * 1. Extractors, timed in one child process page by page in turn (the order rotating), so a busy
 *    machine slows them all alike: a warm-up, then N rounds over every page; per page the median
 *    of its rounds counts. Wall time and CPU time (less disturbed by other load) are both shown.
 *    Readability on jsdom is slow (about 20× the others) and its 1 GB heap would slow the others'
 *    garbage collection, so it is timed in a child of its own, for --jsdom-rounds (default 1).
 *    Peak RSS comes from one more child per extractor that runs it alone over every page.
 * 2. Stages: our pipeline cut where clean-article.ts cuts it, each stage timed by calling the
 *    internal stage functions in the same order.
 * 3. Batch: cleanArticles with 1 and with 2 worker threads over the HTML pages (8 times over),
 *    pages per second after the first result (worker start-up does not count); 1 and 2 workers
 *    in turn, three runs each, the median run of each compared. Beside it, the CPU time per page
 *    of each kind of thread (from /proc, Linux only): with one worker, V8's helper threads
 *    (compiling, garbage collection) and the main thread use part of a second core too.
 *    --batch-only runs this check alone.
 * 4. With --memory: 10,000 pages (both front doors, cycling the corpus) through one process; RSS
 *    after a warm-up and at the end, after a full GC (the run restarts itself with --expose-gc).
 * 5. Table printed; everything written to bench/results/speed.json.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { gunzipSync } from 'node:zlib'
import type { PageInput } from '../src/node.ts'

type Door = 'html' | 'text'

const BENCH_DIR = dirname(fileURLToPath(import.meta.url))
const SCRIPT = fileURLToPath(import.meta.url)
const RESULTS_FILE = join(BENCH_DIR, 'results', 'speed.json')
const PAGE_DIRS: Record<Door, { dir: string; suffix: string }> = {
  html: { dir: join(BENCH_DIR, 'data', 'scrapinghub'), suffix: '.html.gz' },
  text: { dir: join(BENCH_DIR, 'data', 'scrapinghub-text'), suffix: '.txt.gz' },
}
const TRUTH_FILE = join(BENCH_DIR, 'data', 'scrapinghub', 'truth.jsonl')

/** Rounds over the corpus per extractor: enough for a stable per-page median on a busy machine. */
const DEFAULT_ROUNDS = 5
/** jsdom takes a quarter of a second a page: one round is already a minute. */
const DEFAULT_JSDOM_ROUNDS = 1
/** Pages run once before timing starts, so the JIT has compiled the hot paths (fewer for slow jsdom). */
const WARM_UP_PAGES = 60
const JSDOM_WARM_UP_PAGES = 10
/** The slow tail reported next to the median. */
const TAIL_QUANTILE = 0.9
/**
 * Pages through one process in the memory run, and the pages run before its first sample: V8
 * grows the heap to its working size over the first thousand or two pages (heap total 111 → 135
 * MB, RSS +50 MB, flat after; the same before and after the speed work of round 4), so a sample
 * taken earlier counts that growth as a leak.
 */
const DEFAULT_MEMORY_PAGES = 10_000
const MEMORY_WARM_UP_PAGES = 2_000
/** RSS growth over the memory run that counts as a leak. */
const MEMORY_GROWTH_LIMIT_MB = 50
/**
 * Times over the corpus in each batch run (1,448 pages). Each worker thread compiles the hot code
 * again (V8's optimised code is per thread: about 2 s of compiling per worker on these pages, on
 * V8's helper threads, mostly over its first 200 pages); a run of a few hundred pages measures
 * that start-up more than the batch, and pipelines send thousands.
 */
const BATCH_CYCLES = 8
/**
 * Batch runs per worker count, 1 and 2 workers in turn: a shared machine's speed drifts by tens
 * of percent over seconds, so one run of each compares two moments, not two set-ups. The median
 * run of each count is reported.
 */
const BATCH_REPEATS = 3
/** Targets of issue #6: ours at most 2× a bare linkedom parse, Readability at least 3× ours, 2 workers 1.7× one. */
const TARGET_VS_PARSE = 2
const TARGET_VS_READABILITY = 3
const TARGET_TWO_WORKERS = 1.7
const MB = 1024 * 1024

interface Page {
  id: string
  url: string
  html: string
  text: string
}

/** An extractor: `load` imports only what it needs, so each child's memory is its own. */
interface Extractor {
  name: string
  door: Door
  load: () => Promise<(page: Page) => void>
}

const EXTRACTORS: readonly Extractor[] = [
  {
    name: 'clean-article (html)',
    door: 'html',
    load: async () => {
      const { cleanArticle } = await import('../src/index.ts')
      return (page) => void cleanArticle(page.html, { format: 'html', url: page.url })
    },
  },
  {
    name: 'clean-article (text)',
    door: 'text',
    load: async () => {
      const { cleanArticle } = await import('../src/index.ts')
      return (page) => void cleanArticle(page.text, { format: 'text' })
    },
  },
  {
    name: 'readability 0.6 (linkedom)',
    door: 'html',
    load: async () => {
      const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')])
      return (page) => void new Readability(parseHTML(page.html).document).parse()
    },
  },
  {
    name: 'readability 0.6 (jsdom)',
    door: 'html',
    load: async () => {
      const [{ Readability }, { JSDOM, VirtualConsole }] = await Promise.all([import('@mozilla/readability'), import('jsdom')])
      const quiet = new VirtualConsole()
      return (page) => {
        const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet })
        try {
          new Readability(dom.window.document).parse()
        } finally {
          dom.window.close()
        }
      }
    },
  },
  {
    name: 'linkedom parse',
    door: 'html',
    load: async () => {
      const { parseHTML } = await import('linkedom')
      return (page) => void parseHTML(page.html)
    },
  },
  {
    name: 'rehype-parse parse (hast)',
    door: 'html',
    load: async () => {
      const [{ unified }, { default: rehypeParse }] = await Promise.all([import('unified'), import('rehype-parse')])
      const processor = unified().use(rehypeParse)
      return (page) => void processor.parse(page.html)
    },
  },
  {
    name: 'rehype-parse + hast-util-to-text',
    door: 'html',
    load: async () => {
      const [{ unified }, { default: rehypeParse }, { toText }] = await Promise.all([
        import('unified'),
        import('rehype-parse'),
        import('hast-util-to-text'),
      ])
      const processor = unified().use(rehypeParse)
      return (page) => void toText(processor.parse(page.html))
    },
  },
  {
    name: 'htmlparser2 parse (no tree)',
    door: 'html',
    load: async () => {
      const { Parser } = await import('htmlparser2')
      return (page) => new Parser({}, { decodeEntities: true, lowerCaseAttributeNames: false }).end(page.html)
    },
  },
]
const OURS_HTML = EXTRACTORS[0]!.name
const OURS_TEXT = EXTRACTORS[1]!.name
const READABILITY = EXTRACTORS[2]!.name
const JSDOM_NAME = EXTRACTORS[3]!.name
const LINKEDOM = EXTRACTORS[4]!.name

/** What a child process reports for one extractor. */
/** Medians of ours and Readability timed in one process, page by page in turn (measureTimes). */
interface SharedProcessRatio {
  oursMs: number
  readabilityMs: number
}

interface ExtractorResult {
  name: string
  door: Door
  pages: number
  rounds: number
  errors: number
  medianMs: number
  p90Ms: number
  pagesPerSecond: number
  /** CPU time (all threads, GC included) per page, mean over a round: less disturbed by other load than wall time. */
  cpuMsPerPage: number
  peakRssMb: number
  loadedRssMb: number
}

interface Options {
  rounds: number
  jsdomRounds: number
  doors: Door[]
  jsdom: boolean
  batch: boolean
  batchOnly: boolean
  memory: boolean
  queue: boolean
  memoryPages: number
  child: string | null
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      rounds: { type: 'string' },
      'jsdom-rounds': { type: 'string' },
      only: { type: 'string' },
      'no-jsdom': { type: 'boolean', default: false },
      'no-batch': { type: 'boolean', default: false },
      'batch-only': { type: 'boolean', default: false },
      memory: { type: 'boolean', default: false },
      queue: { type: 'boolean', default: false },
      pages: { type: 'string' },
      child: { type: 'string' },
    },
  })
  const only = values.only
  if (only !== undefined && only !== 'html' && only !== 'text') throw new Error(`--only must be html or text, not ${only}`)
  return {
    rounds: count(values.rounds, DEFAULT_ROUNDS, 'rounds'),
    jsdomRounds: count(values['jsdom-rounds'], DEFAULT_JSDOM_ROUNDS, 'jsdom-rounds'),
    doors: only === undefined ? ['html', 'text'] : [only],
    jsdom: !values['no-jsdom'],
    batch: !values['no-batch'],
    batchOnly: values['batch-only'],
    memory: values.memory,
    queue: values.queue,
    memoryPages: count(values.pages, DEFAULT_MEMORY_PAGES, 'pages'),
    child: values.child ?? null,
  }
}

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer, not ${value}`)
  return number
}

function loadPages(): Page[] {
  const urls = new Map(
    readFileSync(TRUTH_FILE, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { id: string; url: string })
      .map((row) => [row.id, row.url] as const),
  )
  const read = (door: Door, id: string): string => {
    const { dir, suffix } = PAGE_DIRS[door]
    return new TextDecoder('utf-8').decode(gunzipSync(readFileSync(join(dir, `${id}${suffix}`))))
  }
  return readdirSync(PAGE_DIRS.html.dir)
    .filter((name) => name.endsWith(PAGE_DIRS.html.suffix))
    .sort()
    .map((name) => name.slice(0, -PAGE_DIRS.html.suffix.length))
    .map((id) => ({ id, url: urls.get(id) ?? '', html: read('html', id), text: read('text', id) }))
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return 0
  const position = (sorted.length - 1) * q
  const low = Math.floor(position)
  const high = Math.ceil(position)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low)
}

const median = (values: readonly number[]): number => quantile(values, 0.5)
const rssMb = (): number => process.memoryUsage().rss / MB

/** What one extractor's own child process reports: its memory. */
interface MemoryOfExtractor {
  name: string
  peakRssMb: number
  loadedRssMb: number
}

/** One extractor alone over every page (after a warm-up): its peak RSS. Run in a child of its own. */
async function measureExtractorMemory(extractor: Extractor): Promise<MemoryOfExtractor> {
  const pages = loadPages()
  const run = await extractor.load()
  const loadedRssMb = rssMb()
  for (const page of pages) {
    try {
      run(page)
    } catch {
      // Counted as an error by the timing run.
    }
  }
  return { name: extractor.name, peakRssMb: process.resourceUsage().maxRSS / 1024, loadedRssMb }
}

/**
 * The same extractors in one process, page by page in turn (the order rotating): printed as a
 * second figure next to the main one, because sharing a heap shifts garbage-collection time
 * between them (see measureTimesAlone). Per page, the median of its rounds.
 */
async function measureTimes(extractors: readonly Extractor[], rounds: number, jsdomRounds: number): Promise<Omit<ExtractorResult, 'peakRssMb' | 'loadedRssMb'>[]> {
  const pages = loadPages()
  const runs = await Promise.all(extractors.map((extractor) => extractor.load()))
  const roundsOf = extractors.map((extractor) => (extractor.name === JSDOM_NAME ? Math.min(jsdomRounds, rounds) : rounds))
  const failed = extractors.map(() => new Set<string>())
  const times = extractors.map(() => pages.map(() => [] as number[]))
  const wall = extractors.map(() => [] as number[])
  const cpu = extractors.map(() => [] as number[])
  const attempt = (e: number, page: Page): { ms: number; cpuMs: number } => {
    const startedCpu = process.cpuUsage()
    const started = performance.now()
    try {
      runs[e]!(page)
    } catch {
      failed[e]!.add(page.id)
    }
    const ms = performance.now() - started
    const used = process.cpuUsage(startedCpu)
    return { ms, cpuMs: (used.user + used.system) / 1000 }
  }
  pages.slice(0, WARM_UP_PAGES).forEach((page, i) =>
    extractors.forEach((extractor, e) => {
      if (extractor.name !== JSDOM_NAME || i < JSDOM_WARM_UP_PAGES) attempt(e, page)
    }),
  )
  for (let round = 0; round < rounds; round++) {
    const active = extractors.map((_, e) => e).filter((e) => round < roundsOf[e]!)
    const wallTotal = active.map(() => 0)
    const cpuTotal = active.map(() => 0)
    pages.forEach((page, i) => {
      for (let k = 0; k < active.length; k++) {
        const slot = (k + i + round) % active.length
        const e = active[slot]!
        const { ms, cpuMs } = attempt(e, page)
        times[e]![i]!.push(ms)
        wallTotal[slot]! += ms
        cpuTotal[slot]! += cpuMs
      }
    })
    active.forEach((e, slot) => {
      wall[e]!.push(wallTotal[slot]! / 1000)
      cpu[e]!.push(cpuTotal[slot]!)
    })
  }
  return extractors.map((extractor, e) => {
    const perPage = times[e]!.filter((_, i) => !failed[e]!.has(pages[i]!.id)).map(median)
    return {
      name: extractor.name,
      door: extractor.door,
      pages: pages.length,
      rounds: roundsOf[e]!,
      errors: failed[e]!.size,
      medianMs: median(perPage),
      p90Ms: quantile(perPage, TAIL_QUANTILE),
      pagesPerSecond: pages.length / median(wall[e]!),
      cpuMsPerPage: median(cpu[e]!) / pages.length,
    }
  })
}

/** One extractor's round, timed in a process of its own: per-page ms (null where it threw), wall and CPU totals. */
interface AloneRound {
  name: string
  ms: (number | null)[]
  wallSeconds: number
  cpuMs: number
}

/** One round of one extractor alone in this process, after its own warm-up (this process runs nothing else). */
async function measureAloneRound(name: string): Promise<AloneRound> {
  const extractor = EXTRACTORS.find((each) => each.name === name)
  if (!extractor) throw new Error(`unknown extractor ${name}`)
  const pages = loadPages()
  const run = await extractor.load()
  const attempt = (page: Page): number | null => {
    const started = performance.now()
    try {
      run(page)
    } catch {
      return null
    }
    return performance.now() - started
  }
  for (const page of pages.slice(0, name === JSDOM_NAME ? JSDOM_WARM_UP_PAGES : WARM_UP_PAGES)) attempt(page)
  const startedCpu = process.cpuUsage()
  const started = performance.now()
  const ms = pages.map(attempt)
  const used = process.cpuUsage(startedCpu)
  return { name, ms, wallSeconds: (performance.now() - started) / 1000, cpuMs: (used.user + used.system) / 1000 }
}

/**
 * The timing run: each extractor alone in a process of its own for each round, the extractors
 * taking turns round by round (the order rotating), so a machine whose speed drifts slows them
 * all alike. Alone, because extractors sharing one process share one heap: the garbage of one
 * (a whole DOM per page) is collected during another's pages, which charges the lighter one
 * for the heavier one's memory. Per page, the median of its rounds.
 */
function measureTimesAlone(extractors: readonly Extractor[], rounds: number, jsdomRounds: number): Omit<ExtractorResult, 'peakRssMb' | 'loadedRssMb'>[] {
  const roundsOf = extractors.map((extractor) => (extractor.name === JSDOM_NAME ? Math.min(jsdomRounds, rounds) : rounds))
  const results = extractors.map(() => [] as AloneRound[])
  for (let round = 0; round < rounds; round++) {
    const active = extractors.map((_, e) => e).filter((e) => round < roundsOf[e]!)
    for (let k = 0; k < active.length; k++) {
      const e = active[(k + round) % active.length]!
      process.stderr.write(`  round ${round + 1} of ${roundsOf[e]}: ${extractors[e]!.name}…\n`)
      results[e]!.push(inChild<AloneRound>(['--child', `alone:${extractors[e]!.name}`]))
    }
  }
  return extractors.map((extractor, e) => {
    const mine = results[e]!
    const pages = mine[0]?.ms.length ?? 0
    const failed = new Set<number>()
    for (const result of mine) result.ms.forEach((ms, i) => ms === null && failed.add(i))
    const perPage: number[] = []
    for (let i = 0; i < pages; i++) if (!failed.has(i)) perPage.push(median(mine.map((result) => result.ms[i]!)))
    return {
      name: extractor.name,
      door: extractor.door,
      pages,
      rounds: roundsOf[e]!,
      errors: failed.size,
      medianMs: median(perPage),
      p90Ms: quantile(perPage, TAIL_QUANTILE),
      pagesPerSecond: pages / median(mine.map((result) => result.wallSeconds)),
      cpuMsPerPage: median(mine.map((result) => result.cpuMs)) / pages,
    }
  })
}

/** Runs this script again as a child for one job and returns the JSON it prints last. */
function inChild<T>(args: string[], extraNodeArgs: string[] = []): T {
  const child = spawnSync(process.execPath, [...extraNodeArgs, ...process.execArgv, SCRIPT, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * MB,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  if (child.status !== 0) throw new Error(`child ${args.join(' ')} failed with ${child.status ?? child.signal}`)
  const lines = child.stdout.trim().split('\n')
  return JSON.parse(lines[lines.length - 1]!) as T
}

// ---- Stages -------------------------------------------------------------------------------

const STAGES = ['decode', 'parse', 'blocks', 'classify', 'second opinion', 'extract', 'quotes'] as const
type Stage = (typeof STAGES)[number]

interface StageResult {
  door: Door
  /** Mean ms per page of each stage (means add up to the total; medians would not). */
  meanMs: Record<Stage, number>
  medianMs: Record<Stage, number>
  totalMeanMs: number
}

/** The internal stage functions, in the order clean-article.ts calls them. */
async function loadPipeline() {
  const [options, decode, detect, toPage, textPage, classifier, secondOpinion, article, quotes] = await Promise.all([
    import('../src/lib/options.ts'),
    import('../src/lib/input/decode.ts'),
    import('../src/lib/detect.ts'),
    import('../src/lib/html/to-page.ts'),
    import('../src/lib/text/to-page.ts'),
    import('../src/lib/classify/classify.ts'),
    import('../src/lib/classify/second-opinion.ts'),
    import('../src/lib/extract/article.ts'),
    import('../src/lib/extract/quotes.ts'),
  ])
  return {
    resolveOptions: options.resolveOptions,
    decodeInput: decode.decodeInput,
    looksLikeHtml: detect.looksLikeHtml,
    parseHtml: toPage.parseHtml,
    pageFromDocument: toPage.pageFromDocument,
    textToPage: textPage.textToPage,
    classify: classifier.classify,
    doubt: secondOpinion.doubt,
    secondOpinion: secondOpinion.secondOpinion,
    extractArticle: article.extractArticle,
    extractQuotes: quotes.extractQuotes,
  }
}
type Pipeline = Awaited<ReturnType<typeof loadPipeline>>

/** One page through the pipeline, stage by stage, in clean-article.ts's order; adds each stage's ms. */
function runStages(pipeline: Pipeline, input: string, door: Door, url: string, times: Record<Stage, number[]>): void {
  const { resolveOptions, decodeInput, looksLikeHtml, parseHtml, pageFromDocument, textToPage, classify, doubt, secondOpinion, extractArticle, extractQuotes } = pipeline
  const took: Record<Stage, number> = { decode: 0, parse: 0, blocks: 0, classify: 0, 'second opinion': 0, extract: 0, quotes: 0 }
  let mark = performance.now()
  const lap = (stage: Stage): void => {
    const now = performance.now()
    took[stage] += now - mark
    mark = now
  }
  const resolved = resolveOptions({ format: door, url })
  const decoded = decodeInput(input, resolved.maxInputBytes)
  const html = resolved.format === 'auto' ? looksLikeHtml(decoded.text) : resolved.format === 'html'
  lap('decode')
  let page
  if (html) {
    const document = parseHtml(decoded.text, resolved.maxDepth)
    lap('parse')
    page = pageFromDocument(document, { url: resolved.url, maxDepth: resolved.maxDepth })
  } else {
    page = textToPage(decoded.text)
  }
  lap('blocks')
  const first = classify(page.blocks, resolved.rules, page.languageKnown)
  lap('classify')
  const why = html ? doubt(page.blocks, first, resolved.rules) : null
  const classification = (why !== null ? secondOpinion(page.blocks, first, resolved.rules, why) : null) ?? first
  lap('second opinion')
  const fields = extractArticle(page, classification)
  lap('extract')
  extractQuotes({ paragraphs: fields.paragraphs, blockquotes: fields.blockquotes })
  lap('quotes')
  for (const stage of STAGES) times[stage].push(took[stage])
}

async function measureStages(door: Door, rounds: number): Promise<StageResult> {
  const pages = loadPages()
  const pipeline = await loadPipeline()
  const input = (page: Page): string => (door === 'html' ? page.html : page.text)
  const scratch = Object.fromEntries(STAGES.map((stage) => [stage, [] as number[]])) as Record<Stage, number[]>
  for (const page of pages.slice(0, WARM_UP_PAGES)) runStages(pipeline, input(page), door, page.url, scratch)
  const perPage = pages.map(() => Object.fromEntries(STAGES.map((stage) => [stage, [] as number[]])) as Record<Stage, number[]>)
  for (let round = 0; round < rounds; round++) pages.forEach((page, i) => runStages(pipeline, input(page), door, page.url, perPage[i]!))
  const meanMs = {} as Record<Stage, number>
  const medianMs = {} as Record<Stage, number>
  for (const stage of STAGES) {
    const pageMedians = perPage.map((times) => median(times[stage]))
    meanMs[stage] = pageMedians.reduce((sum, ms) => sum + ms, 0) / pageMedians.length
    medianMs[stage] = median(pageMedians)
  }
  return { door, meanMs, medianMs, totalMeanMs: STAGES.reduce((sum, stage) => sum + meanMs[stage], 0) }
}

// ---- Batch --------------------------------------------------------------------------------

interface BatchRun {
  jobs: number
  pages: number
  errors: number
  /** Pages per second between the first and the last result. */
  pagesPerSecond: number
  wallSeconds: number
  /** CPU time per page by thread kind over the run (Linux only, else null). */
  cpu: ThreadCpu | null
}

/** CPU milliseconds per page spent by each kind of thread of this process. */
interface ThreadCpu {
  /** The worker threads cleaning pages (the threads that appeared during the run). */
  workers: number
  /** V8's and libuv's helper threads (JIT compiling, garbage collection): present before the run. */
  helpers: number
  /** This thread: handing out pages, receiving results. */
  main: number
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const PROC_TICKS_PER_SECOND = 100
/** Fields of /proc/<pid>/task/<tid>/stat after the command name: utime and stime. */
const STAT_UTIME_FIELD = 11
const STAT_STIME_FIELD = 12

/** CPU milliseconds so far of each thread of this process, by thread id; null where /proc is missing. */
function threadCpuMs(): Map<string, number> | null {
  const taskDir = '/proc/self/task'
  let tids: string[]
  try {
    tids = readdirSync(taskDir)
  } catch {
    return null
  }
  const times = new Map<string, number>()
  for (const tid of tids) {
    try {
      const stat = readFileSync(join(taskDir, tid, 'stat'), 'utf8')
      // The command name may hold spaces; the fields after its closing parenthesis do not.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const ticks = Number(fields[STAT_UTIME_FIELD]) + Number(fields[STAT_STIME_FIELD])
      times.set(tid, (ticks * 1000) / PROC_TICKS_PER_SECOND)
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return times
}

function splitCpu(before: Map<string, number> | null, after: Map<string, number> | null, pages: number): ThreadCpu | null {
  if (before === null || after === null || pages === 0) return null
  const mainTid = String(process.pid)
  const split = { workers: 0, helpers: 0, main: 0 }
  for (const [tid, ms] of after) {
    const spent = ms - (before.get(tid) ?? 0)
    if (tid === mainTid) split.main += spent
    else if (before.has(tid)) split.helpers += spent
    else split.workers += spent
  }
  return { workers: split.workers / pages, helpers: split.helpers / pages, main: split.main / pages }
}

async function measureBatch(pages: readonly Page[], jobs: number): Promise<BatchRun> {
  const { cleanArticles } = await import('../src/node.ts')
  const inputs: PageInput[] = []
  for (let cycle = 0; cycle < BATCH_CYCLES; cycle++) for (const page of pages) inputs.push({ id: `${cycle}/${page.id}`, html: page.html, url: page.url })
  const cpuBefore = threadCpuMs()
  let cpuAfter: Map<string, number> | null = null
  const started = performance.now()
  let first = 0
  let last = 0
  let done = 0
  let errors = 0
  for await (const result of cleanArticles(inputs, { jobs })) {
    last = performance.now()
    if (done === 0) first = last
    done++
    if (result.error !== undefined) errors++
    // Read while the workers still run: their threads are gone once the batch closes.
    if (done === inputs.length) cpuAfter = threadCpuMs()
  }
  return {
    jobs,
    pages: done,
    errors,
    pagesPerSecond: (done - 1) / ((last - first) / 1000),
    wallSeconds: (last - started) / 1000,
    cpu: splitCpu(cpuBefore, cpuAfter, done),
  }
}

// ---- Memory -------------------------------------------------------------------------------

interface MemoryRun {
  pages: number
  gc: boolean
  warmRssMb: number
  endRssMb: number
  growthMb: number
  warmHeapMb: number
  endHeapMb: number
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) {
    gc()
    gc()
  }
}

async function measureMemory(total: number): Promise<MemoryRun> {
  const pages = loadPages()
  const { cleanArticle } = await import('../src/index.ts')
  const runPage = (i: number): void => {
    const page = pages[Math.floor(i / 2) % pages.length]!
    if (i % 2 === 0) cleanArticle(page.html, { format: 'html', url: page.url })
    else cleanArticle(page.text, { format: 'text' })
  }
  for (let i = 0; i < MEMORY_WARM_UP_PAGES; i++) runPage(i)
  collect()
  const warm = process.memoryUsage()
  for (let i = MEMORY_WARM_UP_PAGES; i < total; i++) runPage(i)
  collect()
  const end = process.memoryUsage()
  return {
    pages: total,
    gc: typeof (globalThis as { gc?: unknown }).gc === 'function',
    warmRssMb: warm.rss / MB,
    endRssMb: end.rss / MB,
    growthMb: (end.rss - warm.rss) / MB,
    warmHeapMb: warm.heapUsed / MB,
    endHeapMb: end.heapUsed / MB,
  }
}

// ---- Report -------------------------------------------------------------------------------

function alignColumns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd()).join('\n')
}

function extractorTable(results: readonly ExtractorResult[]): string {
  const header = ['extractor', 'door', 'rounds', 'errors', 'median ms', 'p90 ms', 'pages/s', 'CPU ms/page', 'peak RSS MB', 'RSS after load MB']
  const rows = results.map((result) => [
    result.name,
    result.door,
    String(result.rounds),
    String(result.errors),
    result.medianMs.toFixed(2),
    result.p90Ms.toFixed(2),
    result.pagesPerSecond.toFixed(1),
    result.cpuMsPerPage.toFixed(2),
    result.peakRssMb.toFixed(0),
    result.loadedRssMb.toFixed(0),
  ])
  return alignColumns([header, ...rows])
}

function stageTable(results: readonly StageResult[]): string {
  const header = ['door', 'stage', 'mean ms', 'share', 'median ms']
  const rows = results.flatMap((result) =>
    STAGES.filter((stage) => result.door === 'html' || !['parse', 'second opinion'].includes(stage)).map((stage) => [
      result.door,
      stage,
      result.meanMs[stage].toFixed(2),
      `${((100 * result.meanMs[stage]) / result.totalMeanMs).toFixed(0)}%`,
      result.medianMs[stage].toFixed(2),
    ]),
  )
  return alignColumns([header, ...rows])
}

function ratioLines(results: readonly ExtractorResult[], shared: SharedProcessRatio | null): string[] {
  const byName = new Map(results.map((result) => [result.name, result]))
  const ours = byName.get(OURS_HTML)
  const lines: string[] = []
  const check = (ok: boolean): string => (ok ? 'ok' : 'MISSED')
  const parse = byName.get(LINKEDOM)
  if (ours && parse) {
    const ratio = ours.medianMs / parse.medianMs
    lines.push(`clean-article (html) / linkedom parse, median: ${ratio.toFixed(2)}× (target ≤ ${TARGET_VS_PARSE}×: ${check(ratio <= TARGET_VS_PARSE)})`)
  }
  const readability = byName.get(READABILITY)
  if (ours && readability) {
    const ratio = readability.medianMs / ours.medianMs
    lines.push(`readability (linkedom) / clean-article (html), median: ${ratio.toFixed(2)}× (target ≥ ${TARGET_VS_READABILITY}×: ${check(ratio >= TARGET_VS_READABILITY)})`)
  }
  if (shared) {
    const ratio = shared.readabilityMs / shared.oursMs
    lines.push(
      `  the same two in one process, page by page in turn: ${shared.readabilityMs.toFixed(2)} / ${shared.oursMs.toFixed(2)} ms = ${ratio.toFixed(2)}× ` +
        '(one heap: each pays for collecting the other\'s garbage, the lighter one most)',
    )
  }
  const jsdom = byName.get(JSDOM_NAME)
  if (ours && jsdom) lines.push(`readability (jsdom) / clean-article (html), median: ${(jsdom.medianMs / ours.medianMs).toFixed(1)}×`)
  const text = byName.get(OURS_TEXT)
  if (ours && text) lines.push(`clean-article html / text door, median: ${(ours.medianMs / text.medianMs).toFixed(1)}×`)
  return lines
}

/** The run of median throughput among runs with the same worker count. */
function medianRun(runs: readonly BatchRun[]): BatchRun {
  return [...runs].sort((a, b) => a.pagesPerSecond - b.pagesPerSecond)[Math.floor(runs.length / 2)]!
}

function batchLines(runs: readonly BatchRun[]): string[] {
  const lines: string[] = []
  const medians: BatchRun[] = []
  for (const jobs of [1, 2]) {
    const mine = runs.filter((run) => run.jobs === jobs)
    if (mine.length === 0) continue
    const median = medianRun(mine)
    medians.push(median)
    const all = mine.map((run) => run.pagesPerSecond.toFixed(1)).join(', ')
    lines.push(`batch, ${jobs} worker${jobs === 1 ? ' ' : 's'}: ${median.pagesPerSecond.toFixed(1)} pages/s, median of ${mine.length} runs (${all}; ${median.pages} pages each, ${median.errors} errors)`)
    if (median.cpu !== null) {
      const { workers, helpers, main } = median.cpu
      const cores = ((workers + helpers + main) * median.pages) / (median.wallSeconds * 1000)
      lines.push(`  CPU per page: worker threads ${workers.toFixed(2)} ms, V8/libuv helper threads ${helpers.toFixed(2)} ms, main thread ${main.toFixed(2)} ms (${cores.toFixed(2)} cores busy on average over the run)`)
    }
  }
  const [one, two] = medians
  if (one && two) {
    const speedup = two.pagesPerSecond / one.pagesPerSecond
    lines.push(`2 workers / 1 worker: ${speedup.toFixed(2)}× (target ≥ ${TARGET_TWO_WORKERS}×: ${speedup >= TARGET_TWO_WORKERS ? 'ok' : 'MISSED'}; ${availableParallelism()} cores, shared with whatever else runs)`)
  }
  return lines
}

function writeResults(content: object): void {
  mkdirSync(dirname(RESULTS_FILE), { recursive: true })
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, cores: availableParallelism(), ...content }, null, 2)}\n`)
}

// ---- Main ---------------------------------------------------------------------------------

async function runChild(job: string, options: Options): Promise<void> {
  let result: unknown
  if (job === 'stages-html' || job === 'stages-text') result = await measureStages(job === 'stages-html' ? 'html' : 'text', options.rounds)
  else if (job === 'memory') result = await measureMemory(options.memoryPages)
  else if (job === 'times-shared') result = await measureTimes(EXTRACTORS.filter((extractor) => extractor.name === OURS_HTML || extractor.name === READABILITY), options.rounds, options.jsdomRounds)
  else if (job.startsWith('alone:')) result = await measureAloneRound(job.slice('alone:'.length))
  else {
    const extractor = EXTRACTORS.find((each) => each.name === job)
    if (!extractor) throw new Error(`unknown child job ${job}`)
    result = await measureExtractorMemory(extractor)
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

function selectedExtractors(options: Options): Extractor[] {
  return EXTRACTORS.filter((extractor) => options.doors.includes(extractor.door) && (options.jsdom || extractor.name !== JSDOM_NAME))
}

/** The command line of this run, for its children. */
function childArgs(options: Options): string[] {
  const args = ['--rounds', String(options.rounds), '--jsdom-rounds', String(options.jsdomRounds)]
  if (options.doors.length === 1) args.push('--only', options.doors[0]!)
  if (!options.jsdom) args.push('--no-jsdom')
  return args
}

/** The batch check: 1 and 2 workers in turn, BATCH_REPEATS runs each. */
async function runBatches(): Promise<BatchRun[]> {
  const pages = loadPages()
  const runs: BatchRun[] = []
  for (let repeat = 1; repeat <= BATCH_REPEATS; repeat++) {
    for (const jobs of [1, 2]) {
      process.stderr.write(`batch with ${jobs} worker(s), run ${repeat} of ${BATCH_REPEATS}…\n`)
      runs.push(await measureBatch(pages, jobs))
    }
  }
  return runs
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2))
  if (options.child !== null) {
    await runChild(options.child, options)
    return
  }
  if (options.queue) {
    const { runQueueBench } = await import('./queue.ts')
    await runQueueBench()
    return
  }
  if (options.memory) {
    console.log(`Memory: ${options.memoryPages} pages (both doors, cycling the corpus) through one process…`)
    const memory = inChild<MemoryRun>(['--child', 'memory', '--pages', String(options.memoryPages)], ['--expose-gc'])
    const ok = memory.growthMb < MEMORY_GROWTH_LIMIT_MB
    console.log(
      `RSS after ${MEMORY_WARM_UP_PAGES} pages ${memory.warmRssMb.toFixed(0)} MB, after ${memory.pages} ${memory.endRssMb.toFixed(0)} MB: ` +
        `growth ${memory.growthMb.toFixed(1)} MB (target < ${MEMORY_GROWTH_LIMIT_MB} MB: ${ok ? 'ok' : 'MISSED'}); ` +
        `heap used ${memory.warmHeapMb.toFixed(0)} → ${memory.endHeapMb.toFixed(0)} MB${memory.gc ? '' : ' (no --expose-gc)'}`,
    )
    writeResults({ memory })
    return
  }
  if (options.batchOnly) {
    const batch = await runBatches()
    for (const line of batchLines(batch)) console.log(line)
    writeResults({ batch })
    return
  }
  const extractors = selectedExtractors(options)
  process.stderr.write(`timing ${extractors.map((extractor) => extractor.name).join(', ')}, each alone in a process per round, in turn…\n`)
  const times = measureTimesAlone(extractors, options.rounds, options.jsdomRounds)
  let shared: SharedProcessRatio | null = null
  if (options.doors.includes('html')) {
    process.stderr.write(`timing ${OURS_HTML} and ${READABILITY} in one process, page by page in turn…\n`)
    const both = inChild<Omit<ExtractorResult, 'peakRssMb' | 'loadedRssMb'>[]>(['--child', 'times-shared', ...childArgs(options)])
    const ours = both.find((result) => result.name === OURS_HTML)
    const readability = both.find((result) => result.name === READABILITY)
    if (ours && readability) shared = { oursMs: ours.medianMs, readabilityMs: readability.medianMs }
  }
  const results: ExtractorResult[] = []
  for (const timing of times) {
    process.stderr.write(`peak memory of ${timing.name}…\n`)
    const memory = inChild<MemoryOfExtractor>(['--child', timing.name])
    results.push({ ...timing, peakRssMb: memory.peakRssMb, loadedRssMb: memory.loadedRssMb })
  }
  const stages: StageResult[] = []
  for (const door of options.doors) {
    process.stderr.write(`timing the stages, ${door} door…\n`)
    stages.push(inChild<StageResult>(['--child', `stages-${door}`, ...childArgs(options)]))
  }
  const batch = options.batch && options.doors.includes('html') ? await runBatches() : []
  const pagesCount = results[0]?.pages ?? 0
  const load = loadavg().map((value) => value.toFixed(1)).join(' ')
  console.log(`\nSpeed over ${pagesCount} pages (${options.rounds} rounds, per-page median; ${availableParallelism()} cores, load average ${load}; Node ${process.version})\n`)
  console.log(extractorTable(results))
  console.log('')
  for (const line of ratioLines(results, shared)) console.log(line)
  console.log('\nStages of clean-article (per page):')
  console.log(stageTable(stages))
  if (batch.length > 0) {
    console.log('')
    for (const line of batchLines(batch)) console.log(line)
  }
  writeResults({ rounds: options.rounds, loadAverage: loadavg(), extractors: results, sharedProcess: shared, stages, batch })
  console.log(`\nWritten to ${RESULTS_FILE}`)
}

await main()
