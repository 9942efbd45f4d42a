/**
 * Speed benchmark: time per page, throughput and memory of clean-article next to Readability and
 * bare parsers, over two page sets of bench/data/: ScrapingHub's 181 pages of 2019 and 500
 * pages of the 2025–26 web (modern/, HTML and copied text).
 *
 *   npm run bench -- [--set scrapinghub,modern] [--limit N] [--rounds N] [--only html|text] [--core]
 *                    [--jsdom-rounds N] [--no-jsdom] [--no-batch] [--batch-only] [--batch-repeats N]
 *   npm run bench -- --memory [--set modern] [--pages N]
 *   npm run bench -- --sweep [--sizes 0.1,0.4,1,4,16] [--shape-sizes 0.1,1,4] [--only <shape>] [--no-shapes]   (bench/sweep.ts)
 *   npm run bench -- --queue     (through Redis: bench/queue.ts)
 *
 * A quick run (a few minutes on a busy machine): `--rounds 1 --core --no-batch`, or `--limit 100`.
 *
 * 1. Extractors, per set: each alone in a process of its own for each round, the extractors
 *    taking turns round by round (the order rotating), so a busy machine slows them all alike: a
 *    warm-up, then the set's pages; per page the median of its rounds counts. Printed: median,
 *    p90, p99, max and mean (a pipeline's throughput is set by the mean, tail included), pages/s,
 *    CPU time per page and peak RSS. Every set is timed with ours (both doors), Readability on
 *    linkedom and a bare linkedom parse; ScrapingHub also with the other parsers and Readability
 *    on jsdom (slow, about 20× the others, and its 1 GB heap would slow the others' garbage
 *    collection: --jsdom-rounds, default 1), unless --core.
 * 2. Ratios: ours / the linkedom parse (median, mean, p99) and Readability / ours (median, mean)
 *    from those runs, against issue 20's targets on modern pages and issue 6's on ScrapingHub; as
 *    a second figure, ours and the parse (and on ScrapingHub Readability) timed in one process,
 *    page by page in turn.
 * 3. Stages: our pipeline cut where clean-article.ts cuts it (bench/stages.ts), per set and door.
 * 4. Batch: cleanArticles with 1 and with 2 worker threads over each set's HTML pages (the set
 *    over and over, at least 1,400 pages a run), pages per second after the first result (worker
 *    start-up does not count); 1 and 2 workers in turn, three runs each, the median run of each
 *    compared. Beside it, the CPU time per page of each kind of thread (from /proc, Linux only):
 *    with one worker, V8's helper threads (compiling, garbage collection) and the main thread use
 *    part of a second core too. --batch-only runs this check alone.
 * 5. With --memory: 10,000 pages (both front doors, cycling the modern set) through one process;
 *    RSS after a warm-up and at the end, after a full GC (the run restarts itself with --expose-gc).
 * 6. Tables printed; everything written to bench/results/speed.json.
 *
 * Blind pages (bench/data/blind.json) are timed with the others but only ever shown in aggregate.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { gunzipSync } from 'node:zlib'
import type { PageInput } from '../src/node.ts'
import { loadPipeline, runStages, STAGES, type Door, type Stage } from './stages.ts'


const BENCH_DIR = dirname(fileURLToPath(import.meta.url))
const SCRIPT = fileURLToPath(import.meta.url)
const RESULTS_FILE = join(BENCH_DIR, 'results', 'speed.json')
/** The page sets: ScrapingHub's 181 pages of 2019 and 500 pages of the 2025–26 web (bench/data/README.md). */
type SetName = 'scrapinghub' | 'modern'
const SET_NAMES: readonly SetName[] = ['scrapinghub', 'modern']
const HTML_SUFFIX = '.html.gz'
/** What cleanArticle's url option takes. */
const ABSOLUTE_URL = /^https?:\/\//i
const TEXT_SUFFIX = '.txt.gz'
const setDir = (set: SetName, door: Door): string => join(BENCH_DIR, 'data', door === 'html' ? set : `${set}-text`)

/** Rounds over the corpus per extractor: enough for a stable per-page median on a busy machine. */
const DEFAULT_ROUNDS = 5
/** jsdom takes a quarter of a second a page: one round is already a minute. */
const DEFAULT_JSDOM_ROUNDS = 1
/** Pages run once before timing starts, so the JIT has compiled the hot paths (fewer for slow jsdom). */
const WARM_UP_PAGES = 60
const JSDOM_WARM_UP_PAGES = 10
/** The slow tail reported next to the median, and the far tail (issue 20's target is on p99). */
const TAIL_QUANTILE = 0.9
const FAR_TAIL_QUANTILE = 0.99
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
 * Pages in each batch run, at least (the set over and over: 1,448 ScrapingHub pages, 1,500 modern
 * ones). Each worker thread compiles the hot code again (V8's optimised code is per thread: about
 * 2 s of compiling per worker on these pages, on V8's helper threads, mostly over its first 200
 * pages); a run of a few hundred pages measures that start-up more than the batch, and pipelines
 * send thousands.
 */
const BATCH_PAGES = 1_400
/**
 * Batch runs per worker count, 1 and 2 workers in turn: a shared machine's speed drifts by tens
 * of percent over seconds, so one run of each compares two moments, not two set-ups. The median
 * run of each count is reported.
 */
const BATCH_REPEATS = 3
/** Targets of issue 6: Readability at least 3× ours on ScrapingHub, 2 workers 1.7× one. */
const TARGET_VS_READABILITY = 3
const TARGET_TWO_WORKERS = 1.7
/** Issue 20's absolute targets for modern pages, on this machine idle. */
const TARGET_P99_MS = 100
const TARGET_MAX_MS = 400
const MB = 1024 * 1024

interface Page {
  id: string
  /** The page's address, when the truth gives an absolute http(s) one (a few modern rows give a path). */
  url: string | undefined
  html: string
  /** The copied text, or null for the few modern pages that have none (modern-text/README.md). */
  text: string | null
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
      return (page) => void cleanArticle(page.text!, { format: 'text' })
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
interface ExtractorResult {
  name: string
  set: SetName
  door: Door
  pages: number
  rounds: number
  errors: number
  medianMs: number
  p90Ms: number
  p99Ms: number
  maxMs: number
  /** What a pipeline's throughput is set by: the tail counts in full. */
  meanMs: number
  pagesPerSecond: number
  /** CPU time (all threads, GC included) per page, mean over a round: less disturbed by other load than wall time. */
  cpuMsPerPage: number
  peakRssMb: number
  loadedRssMb: number
}

interface Options {
  rounds: number
  jsdomRounds: number
  sets: SetName[]
  /** Only the first N pages of each set: a quick run. */
  limit: number | null
  doors: Door[]
  jsdom: boolean
  /** Only ours, Readability on linkedom and the linkedom parse (not the other parsers). */
  core: boolean
  batchRepeats: number
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
      set: { type: 'string' },
      limit: { type: 'string' },
      core: { type: 'boolean', default: false },
      'batch-repeats': { type: 'string' },
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
  const sets = (values.set ?? SET_NAMES.join(',')).split(',')
  for (const set of sets) if (!SET_NAMES.includes(set as SetName)) throw new Error(`--set must be ${SET_NAMES.join(' or ')} (or both, comma-separated), not ${set}`)
  return {
    rounds: count(values.rounds, DEFAULT_ROUNDS, 'rounds'),
    jsdomRounds: count(values['jsdom-rounds'], DEFAULT_JSDOM_ROUNDS, 'jsdom-rounds'),
    sets: sets as SetName[],
    limit: values.limit === undefined ? null : count(values.limit, 0, 'limit'),
    doors: only === undefined ? ['html', 'text'] : [only],
    jsdom: !values['no-jsdom'],
    core: values.core,
    batchRepeats: count(values['batch-repeats'], BATCH_REPEATS, 'batch-repeats'),
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

/** A set's pages in id order; with `limit`, only the first `limit` of them (a quick run). */
function loadPages(set: SetName, limit: number | null = null): Page[] {
  const urls = new Map(
    readFileSync(join(setDir(set, 'html'), 'truth.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { id: string; url: string })
      .map((row) => [row.id, row.url] as const),
  )
  const read = (door: Door, id: string): string | null => {
    const file = join(setDir(set, door), `${id}${door === 'html' ? HTML_SUFFIX : TEXT_SUFFIX}`)
    return existsSync(file) ? new TextDecoder('utf-8').decode(gunzipSync(readFileSync(file))) : null
  }
  const ids = readdirSync(setDir(set, 'html'))
    .filter((name) => name.endsWith(HTML_SUFFIX))
    .sort()
    .map((name) => name.slice(0, -HTML_SUFFIX.length))
  const absolute = (url: string | undefined): string | undefined => (url !== undefined && ABSOLUTE_URL.test(url) ? url : undefined)
  return ids.slice(0, limit ?? ids.length).map((id) => ({ id, url: absolute(urls.get(id)), html: read('html', id)!, text: read('text', id) }))
}

/** The pages that have an input for this door (every page has HTML; a few modern ones have no text). */
function withInput(pages: readonly Page[], door: Door): Page[] {
  return pages.filter((page) => door === 'html' || page.text !== null)
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

/** The figures of one extractor over a set: per-page times (the median of each page's rounds). */
function summarise(perPage: readonly number[]): Pick<ExtractorResult, 'medianMs' | 'p90Ms' | 'p99Ms' | 'maxMs' | 'meanMs'> {
  return {
    medianMs: median(perPage),
    p90Ms: quantile(perPage, TAIL_QUANTILE),
    p99Ms: quantile(perPage, FAR_TAIL_QUANTILE),
    maxMs: perPage.length === 0 ? 0 : Math.max(...perPage),
    meanMs: perPage.length === 0 ? 0 : perPage.reduce((sum, ms) => sum + ms, 0) / perPage.length,
  }
}

/** Per-page times of several rounds: each page's median round, pages that threw in any round left out. */
function perPageMedians(rounds: readonly (readonly (number | null)[])[]): { perPage: number[]; errors: number } {
  const pages = rounds[0]?.length ?? 0
  const perPage: number[] = []
  let errors = 0
  for (let i = 0; i < pages; i++) {
    const times = rounds.map((round) => round[i])
    if (times.some((ms) => ms === null || ms === undefined)) errors++
    else perPage.push(median(times as number[]))
  }
  return { perPage, errors }
}

type Timed = Omit<ExtractorResult, 'peakRssMb' | 'loadedRssMb'>

/**
 * The same extractors in one process, page by page in turn (the order rotating): printed as a
 * second figure next to the main one, because sharing a heap shifts garbage-collection time
 * between them (see measureTimesAlone). Per page, the median of its rounds.
 */
async function measureTimes(set: SetName, limit: number | null, extractors: readonly Extractor[], rounds: number): Promise<Timed[]> {
  const pages = loadPages(set, limit)
  const runs = await Promise.all(extractors.map((extractor) => extractor.load()))
  const times = extractors.map(() => [] as (number | null)[][])
  const wall = extractors.map(() => [] as number[])
  const cpu = extractors.map(() => [] as number[])
  const attempt = (e: number, page: Page): { ms: number | null; cpuMs: number } => {
    const startedCpu = process.cpuUsage()
    const started = performance.now()
    let ms: number | null
    try {
      runs[e]!(page)
      ms = performance.now() - started
    } catch {
      ms = null
    }
    const used = process.cpuUsage(startedCpu)
    return { ms, cpuMs: (used.user + used.system) / 1000 }
  }
  for (const page of pages.slice(0, WARM_UP_PAGES)) extractors.forEach((_, e) => attempt(e, page))
  for (let round = 0; round < rounds; round++) {
    const roundTimes = extractors.map(() => pages.map(() => null as number | null))
    const wallTotal = extractors.map(() => 0)
    const cpuTotal = extractors.map(() => 0)
    pages.forEach((page, i) => {
      for (let k = 0; k < extractors.length; k++) {
        const e = (k + i + round) % extractors.length
        const { ms, cpuMs } = attempt(e, page)
        roundTimes[e]![i] = ms
        wallTotal[e]! += ms ?? 0
        cpuTotal[e]! += cpuMs
      }
    })
    extractors.forEach((_, e) => {
      times[e]!.push(roundTimes[e]!)
      wall[e]!.push(wallTotal[e]! / 1000)
      cpu[e]!.push(cpuTotal[e]!)
    })
  }
  return extractors.map((extractor, e) => {
    const { perPage, errors } = perPageMedians(times[e]!)
    return {
      name: extractor.name,
      set,
      door: extractor.door,
      pages: pages.length,
      rounds,
      errors,
      ...summarise(perPage),
      pagesPerSecond: pages.length / median(wall[e]!),
      cpuMsPerPage: median(cpu[e]!) / pages.length,
    }
  })
}

/** One extractor's round, timed in a process of its own: per-page ms (null where it threw), wall and CPU totals, memory. */
interface AloneRound {
  name: string
  ms: (number | null)[]
  wallSeconds: number
  cpuMs: number
  /** The process's peak RSS over the round, and its RSS once the pages and the extractor were loaded. */
  peakRssMb: number
  loadedRssMb: number
}

/** One round of one extractor alone in this process, after its own warm-up (this process runs nothing else). */
async function measureAloneRound(set: SetName, limit: number | null, name: string): Promise<AloneRound> {
  const extractor = EXTRACTORS.find((each) => each.name === name)
  if (!extractor) throw new Error(`unknown extractor ${name}`)
  const pages = withInput(loadPages(set, limit), extractor.door)
  const run = await extractor.load()
  const loadedRssMb = rssMb()
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
  return {
    name,
    ms,
    wallSeconds: (performance.now() - started) / 1000,
    cpuMs: (used.user + used.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    loadedRssMb,
  }
}

/**
 * The timing run over one set: each extractor alone in a process of its own for each round, the
 * extractors taking turns round by round (the order rotating), so a machine whose speed drifts
 * slows them all alike. Alone, because extractors sharing one process share one heap: the
 * garbage of one (a whole DOM per page) is collected during another's pages, which charges the
 * lighter one for the heavier one's memory. Per page, the median of its rounds; the memory
 * figures are the median round's.
 */
function measureTimesAlone(set: SetName, options: Options, extractors: readonly Extractor[]): ExtractorResult[] {
  const { rounds, jsdomRounds } = options
  const roundsOf = extractors.map((extractor) => (extractor.name === JSDOM_NAME ? Math.min(jsdomRounds, rounds) : rounds))
  const results = extractors.map(() => [] as AloneRound[])
  for (let round = 0; round < rounds; round++) {
    const active = extractors.map((_, e) => e).filter((e) => round < roundsOf[e]!)
    for (let k = 0; k < active.length; k++) {
      const e = active[(k + round) % active.length]!
      process.stderr.write(`  ${set}, round ${round + 1} of ${roundsOf[e]}: ${extractors[e]!.name}…\n`)
      results[e]!.push(inChild<AloneRound>(['--child', `alone:${extractors[e]!.name}`, ...setArgs(set, options)]))
    }
  }
  return extractors.map((extractor, e) => {
    const mine = results[e]!
    const pages = mine[0]?.ms.length ?? 0
    const { perPage, errors } = perPageMedians(mine.map((result) => result.ms))
    return {
      name: extractor.name,
      set,
      door: extractor.door,
      pages,
      rounds: roundsOf[e]!,
      errors,
      ...summarise(perPage),
      pagesPerSecond: pages / median(mine.map((result) => result.wallSeconds)),
      cpuMsPerPage: median(mine.map((result) => result.cpuMs)) / pages,
      peakRssMb: median(mine.map((result) => result.peakRssMb)),
      loadedRssMb: median(mine.map((result) => result.loadedRssMb)),
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

interface StageResult {
  set: SetName
  door: Door
  /** Mean ms per page of each stage (means add up to the total; medians would not). */
  meanMs: Record<Stage, number>
  medianMs: Record<Stage, number>
  totalMeanMs: number
}

async function measureStages(set: SetName, limit: number | null, door: Door, rounds: number): Promise<StageResult> {
  const pages = withInput(loadPages(set, limit), door)
  const pipeline = await loadPipeline()
  const input = (page: Page): string => (door === 'html' ? page.html : page.text!)
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
  return { set, door, meanMs, medianMs, totalMeanMs: STAGES.reduce((sum, stage) => sum + meanMs[stage], 0) }
}

// ---- Batch --------------------------------------------------------------------------------

interface BatchRun {
  set: SetName
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

async function measureBatch(set: SetName, pages: readonly Page[], jobs: number): Promise<BatchRun> {
  const { cleanArticles } = await import('../src/node.ts')
  const inputs: PageInput[] = []
  const cycles = Math.ceil(BATCH_PAGES / pages.length)
  for (let cycle = 0; cycle < cycles; cycle++) for (const page of pages) inputs.push({ id: `${cycle}/${page.id}`, html: page.html, ...(page.url === undefined ? {} : { url: page.url }) })
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
    set,
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
  set: SetName
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

async function measureMemory(set: SetName, total: number): Promise<MemoryRun> {
  const pages = loadPages(set)
  const { cleanArticle } = await import('../src/index.ts')
  const runPage = (i: number): void => {
    const page = pages[Math.floor(i / 2) % pages.length]!
    if (i % 2 === 0) cleanArticle(page.html, { format: 'html', url: page.url })
    else if (page.text !== null) cleanArticle(page.text, { format: 'text' })
  }
  for (let i = 0; i < MEMORY_WARM_UP_PAGES; i++) runPage(i)
  collect()
  const warm = process.memoryUsage()
  for (let i = MEMORY_WARM_UP_PAGES; i < total; i++) runPage(i)
  collect()
  const end = process.memoryUsage()
  return {
    set,
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
  const header = ['extractor', 'door', 'rounds', 'errors', 'median ms', 'p90 ms', 'p99 ms', 'max ms', 'mean ms', 'pages/s', 'CPU ms/page', 'peak RSS MB', 'RSS after load MB']
  const rows = results.map((result) => [
    result.name,
    result.door,
    String(result.rounds),
    String(result.errors),
    result.medianMs.toFixed(2),
    result.p90Ms.toFixed(2),
    result.p99Ms.toFixed(1),
    result.maxMs.toFixed(0),
    result.meanMs.toFixed(2),
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

/** Targets of issue 20 on modern pages (ours / a bare linkedom parse) and of issue 6 on ScrapingHub (by median). */
const TARGETS: Record<SetName, { meanVsParse: number | null; p99VsParse: number | null; medianVsParse: number | null; readabilityVsOurs: number }> = {
  modern: { meanVsParse: 1.2, p99VsParse: 2, medianVsParse: null, readabilityVsOurs: 4 },
  scrapinghub: { meanVsParse: null, p99VsParse: null, medianVsParse: 1.1, readabilityVsOurs: TARGET_VS_READABILITY },
}

function ratioLines(set: SetName, results: readonly ExtractorResult[], shared: readonly Timed[]): string[] {
  const byName = new Map(results.map((result) => [result.name, result]))
  const ours = byName.get(OURS_HTML)
  const lines: string[] = []
  const check = (ratio: number, target: number | null, atMost: boolean): string =>
    target === null ? '' : ` (target ${atMost ? '≤' : '≥'} ${target}×: ${(atMost ? ratio <= target : ratio >= target) ? 'ok' : 'MISSED'})`
  const targets = TARGETS[set]
  const parse = byName.get(LINKEDOM)
  if (ours && parse) {
    const median = ours.medianMs / parse.medianMs
    const mean = ours.meanMs / parse.meanMs
    const p99 = ours.p99Ms / parse.p99Ms
    lines.push(`clean-article (html) / linkedom parse, each alone: median ${median.toFixed(2)}×${check(median, targets.medianVsParse, true)}`)
    lines.push(`  mean ${mean.toFixed(2)}×${check(mean, targets.meanVsParse, true)}, p99 ${p99.toFixed(2)}×${check(p99, targets.p99VsParse, true)}`)
  }
  const sharedOurs = shared.find((result) => result.name === OURS_HTML)
  const sharedParse = shared.find((result) => result.name === LINKEDOM)
  if (sharedOurs && sharedParse) {
    const mean = sharedOurs.meanMs / sharedParse.meanMs
    const p99 = sharedOurs.p99Ms / sharedParse.p99Ms
    lines.push(
      `  the same two in one process, page by page in turn: median ${(sharedOurs.medianMs / sharedParse.medianMs).toFixed(2)}×, ` +
        `mean ${sharedOurs.meanMs.toFixed(2)} / ${sharedParse.meanMs.toFixed(2)} ms = ${mean.toFixed(2)}×, p99 ${sharedOurs.p99Ms.toFixed(1)} / ${sharedParse.p99Ms.toFixed(1)} ms = ${p99.toFixed(2)}×`,
    )
  }
  const readability = byName.get(READABILITY)
  if (ours && readability) {
    const median = readability.medianMs / ours.medianMs
    const mean = readability.meanMs / ours.meanMs
    lines.push(
      `readability (linkedom) / clean-article (html): median ${median.toFixed(2)}×${check(median, targets.readabilityVsOurs, false)}, ` +
        `mean ${mean.toFixed(2)}×${check(mean, targets.readabilityVsOurs, false)}`,
    )
  }
  const sharedReadability = shared.find((result) => result.name === READABILITY)
  if (sharedOurs && sharedReadability) {
    const ratio = sharedReadability.medianMs / sharedOurs.medianMs
    lines.push(
      `  the same two in one process, page by page in turn: median ${sharedReadability.medianMs.toFixed(2)} / ${sharedOurs.medianMs.toFixed(2)} ms = ${ratio.toFixed(2)}× ` +
        "(one heap: each pays for collecting the other's garbage, the lighter one most)",
    )
  }
  const jsdom = byName.get(JSDOM_NAME)
  if (ours && jsdom) lines.push(`readability (jsdom) / clean-article (html), median: ${(jsdom.medianMs / ours.medianMs).toFixed(1)}×`)
  const text = byName.get(OURS_TEXT)
  if (ours && text) lines.push(`clean-article html / text door, median: ${(ours.medianMs / text.medianMs).toFixed(1)}×`)
  if (ours && set === 'modern') {
    const absolute = `p99 ${ours.p99Ms.toFixed(0)} ms (target ≤ ${TARGET_P99_MS} ms idle: ${ours.p99Ms <= TARGET_P99_MS ? 'ok' : 'MISSED'}), max ${ours.maxMs.toFixed(0)} ms (target ≤ ${TARGET_MAX_MS} ms idle: ${ours.maxMs <= TARGET_MAX_MS ? 'ok' : 'MISSED'})`
    lines.push(`clean-article (html), absolute: ${absolute}`)
  }
  return lines
}

/** The run of median throughput among runs with the same worker count. */
function medianRun(runs: readonly BatchRun[]): BatchRun {
  return [...runs].sort((a, b) => a.pagesPerSecond - b.pagesPerSecond)[Math.floor(runs.length / 2)]!
}

function batchLines(runs: readonly BatchRun[]): string[] {
  const lines: string[] = []
  for (const set of SET_NAMES) {
    const medians: BatchRun[] = []
    for (const jobs of [1, 2]) {
      const mine = runs.filter((run) => run.set === set && run.jobs === jobs)
      if (mine.length === 0) continue
      const median = medianRun(mine)
      medians.push(median)
      const all = mine.map((run) => run.pagesPerSecond.toFixed(1)).join(', ')
      lines.push(`batch, ${set}, ${jobs} worker${jobs === 1 ? ' ' : 's'}: ${median.pagesPerSecond.toFixed(1)} pages/s, median of ${mine.length} runs (${all}; ${median.pages} pages each, ${median.errors} errors)`)
      if (median.cpu !== null) {
        const { workers, helpers, main } = median.cpu
        const cores = ((workers + helpers + main) * median.pages) / (median.wallSeconds * 1000)
        lines.push(`  CPU per page: worker threads ${workers.toFixed(2)} ms, V8/libuv helper threads ${helpers.toFixed(2)} ms, main thread ${main.toFixed(2)} ms (${cores.toFixed(2)} cores busy on average over the run)`)
      }
    }
    const [one, two] = medians
    if (one && two) {
      const speedup = two.pagesPerSecond / one.pagesPerSecond
      lines.push(`2 workers / 1 worker, ${set}: ${speedup.toFixed(2)}× (target ≥ ${TARGET_TWO_WORKERS}×: ${speedup >= TARGET_TWO_WORKERS ? 'ok' : 'MISSED'}; ${availableParallelism()} cores, shared with whatever else runs)`)
    }
  }
  return lines
}

function writeResults(content: object): void {
  mkdirSync(dirname(RESULTS_FILE), { recursive: true })
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ generatedAt: new Date().toISOString(), node: process.version, cores: availableParallelism(), ...content }, null, 2)}\n`)
}

// ---- Main ---------------------------------------------------------------------------------

/** The --set and --limit of a child's job (the set it times). */
function setArgs(set: SetName, options: Options): string[] {
  return ['--set', set, ...(options.limit === null ? [] : ['--limit', String(options.limit)])]
}

/** The one set a child works on (its command line names exactly one). */
function childSet(options: Options): SetName {
  if (options.sets.length !== 1) throw new Error('a child job takes exactly one --set')
  return options.sets[0]!
}

async function runChild(job: string, options: Options): Promise<void> {
  let result: unknown
  const set = childSet(options)
  if (job === 'stages-html' || job === 'stages-text') result = await measureStages(set, options.limit, job === 'stages-html' ? 'html' : 'text', options.rounds)
  else if (job === 'memory') result = await measureMemory(set, options.memoryPages)
  else if (job === 'times-shared') result = await measureTimes(set, options.limit, sharedExtractors(set), options.rounds)
  else if (job.startsWith('alone:')) result = await measureAloneRound(set, options.limit, job.slice('alone:'.length))
  else throw new Error(`unknown child job ${job}`)
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

/** The four extractors every set is timed with; the other parsers and jsdom only on ScrapingHub, unless --core. */
const CORE_EXTRACTORS: ReadonlySet<string> = new Set([OURS_HTML, OURS_TEXT, READABILITY, LINKEDOM])

function selectedExtractors(set: SetName, options: Options): Extractor[] {
  return EXTRACTORS.filter(
    (extractor) =>
      options.doors.includes(extractor.door) &&
      (CORE_EXTRACTORS.has(extractor.name) || (set === 'scrapinghub' && !options.core && (options.jsdom || extractor.name !== JSDOM_NAME))),
  )
}

/**
 * The extractors timed together in one process as a second figure: ours and the linkedom parse
 * (issue 20's ratios, the way it first measured them), and on ScrapingHub Readability too (the
 * figure the README has quoted since issue 6).
 */
function sharedExtractors(set: SetName): Extractor[] {
  const names = set === 'scrapinghub' ? [OURS_HTML, LINKEDOM, READABILITY] : [OURS_HTML, LINKEDOM]
  return EXTRACTORS.filter((extractor) => names.includes(extractor.name))
}

/** The command line of this run, for its children. */
function childArgs(set: SetName, options: Options): string[] {
  const args = ['--rounds', String(options.rounds), '--jsdom-rounds', String(options.jsdomRounds), ...setArgs(set, options)]
  if (options.doors.length === 1) args.push('--only', options.doors[0]!)
  if (!options.jsdom) args.push('--no-jsdom')
  return args
}

/** The batch check over each set: 1 and 2 workers in turn, `repeats` runs each. */
async function runBatches(options: Options): Promise<BatchRun[]> {
  const runs: BatchRun[] = []
  for (const set of options.sets) {
    const pages = loadPages(set, options.limit)
    for (let repeat = 1; repeat <= options.batchRepeats; repeat++) {
      for (const jobs of [1, 2]) {
        process.stderr.write(`batch over ${set} with ${jobs} worker(s), run ${repeat} of ${options.batchRepeats}…\n`)
        runs.push(await measureBatch(set, pages, jobs))
      }
    }
  }
  return runs
}

/** The set the memory run cycles through: modern pages unless only ScrapingHub was asked for. */
const memorySet = (options: Options): SetName => (options.sets.includes('modern') ? 'modern' : 'scrapinghub')

async function main(): Promise<void> {
  if (process.argv.includes('--sweep')) {
    // The sweep has options of its own (bench/sweep.ts).
    const { runSweep } = await import('./sweep.ts')
    await runSweep(process.argv.slice(2).filter((arg) => arg !== '--sweep'))
    return
  }
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
    const set = memorySet(options)
    console.log(`Memory: ${options.memoryPages} ${set} pages (both doors, cycling the set) through one process…`)
    const memory = inChild<MemoryRun>(['--child', 'memory', '--set', set, '--pages', String(options.memoryPages)], ['--expose-gc'])
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
    const batch = await runBatches(options)
    for (const line of batchLines(batch)) console.log(line)
    writeResults({ batch })
    return
  }
  const load = (): string => loadavg().map((value) => value.toFixed(1)).join(' ')
  const loadBefore = load()
  const perSet: { set: SetName; extractors: ExtractorResult[]; shared: Timed[]; stages: StageResult[] }[] = []
  for (const set of options.sets) {
    const extractors = selectedExtractors(set, options)
    process.stderr.write(`${set}: timing ${extractors.map((extractor) => extractor.name).join(', ')}, each alone in a process per round, in turn…\n`)
    const results = measureTimesAlone(set, options, extractors)
    let shared: Timed[] = []
    if (options.doors.includes('html')) {
      process.stderr.write(`${set}: timing ${sharedExtractors(set).map((extractor) => extractor.name).join(', ')} in one process, page by page in turn…\n`)
      shared = inChild<Timed[]>(['--child', 'times-shared', ...childArgs(set, options)])
    }
    const stages: StageResult[] = []
    for (const door of options.doors) {
      process.stderr.write(`${set}: timing the stages, ${door} door…\n`)
      stages.push(inChild<StageResult>(['--child', `stages-${door}`, ...childArgs(set, options)]))
    }
    perSet.push({ set, extractors: results, shared, stages })
    // Printed as soon as the set is timed: a long run's later parts may fail or be stopped.
    console.log(`\n${set}: ${results[0]?.pages ?? 0} pages; ${availableParallelism()} cores, load average ${loadBefore} at the start, ${load()} now; Node ${process.version}; ${options.rounds} rounds, per-page median\n`)
    console.log(extractorTable(results))
    console.log('')
    for (const line of ratioLines(set, results, shared)) console.log(line)
    console.log(`\nStages of clean-article (per page, ${set}):`)
    console.log(stageTable(stages))
  }
  const batch = options.batch && options.doors.includes('html') ? await runBatches(options) : []
  if (batch.length > 0) {
    console.log('')
    for (const line of batchLines(batch)) console.log(line)
  }
  writeResults({ rounds: options.rounds, limit: options.limit, loadAverage: loadavg(), sets: perSet, batch })
  console.log(`\nWritten to ${RESULTS_FILE}`)
}

await main()
