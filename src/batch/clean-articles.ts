/**
 * cleanArticles: many pages through a pool of worker threads, results in input order.
 *
 * 1. Options checked in the caller's thread (a wrong type throws before any worker starts).
 * 2. Pages read from the source as workers free up: at most a few per worker are in flight, so
 *    a source of any length (a stream from stdin) runs in bounded memory.
 * 3. Each page becomes one result, in the order the source gave them: the article with the
 *    page's `id` and `ms`, or `{ id, ms, error }` for a page that could not be cleaned (bad input,
 *    over the time limit twice, a crashed worker, an id an earlier page has). A bad page never
 *    stops the batch. Ids come back as given; a page without one gets `#<position>`.
 */
import { availableParallelism } from 'node:os'
import { isPageUrl, rejectUnknownKeys, resolveOptions } from '../lib/options.js'
import type { CleanArticle, CleanArticleOptions } from '../lib/types.js'
import { generatedId, IdRegistry, isPageId, type PageId } from './ids.js'
import { WorkerPool, workerModule, type Outcome, type Task } from './pool.js'

export type { PageId } from './ids.js'

/** One page: give exactly one of `html`, `text` (which front door) or `input` (detected). */
export interface PageInput {
  /** Names the page in its result, kept as given (a string or a finite number); default `#<position>` (from `#1`). Ids must be distinct: a repeat is an error result. */
  id?: PageId
  /** The page's URL, to make image URLs absolute. */
  url?: string
  html?: string | Uint8Array
  text?: string | Uint8Array
  /** A page whose kind is detected (or set by `cleanOptions.format`). */
  input?: string | Uint8Array
}

/**
 * Why a page failed, in words. The type says a message has a space in it, so it is never the empty
 * string: that lets `if (result.error) … else result.headline` narrow a BatchResult.
 */
export type BatchErrorMessage = `${string} ${string}`

/** One page's result: the article with the page's `id` and `ms`, or `{ id, ms, error }`. */
export type BatchResult = (CleanArticle & { id: PageId; ms: number; error?: undefined }) | { id: PageId; ms: number; error: BatchErrorMessage }

export interface BatchOptions {
  /** Worker threads. Default: the machine's available parallelism. */
  jobs?: number
  /**
   * A page taking longer than this many milliseconds on a warm worker (start-up and warm-up never
   * count; CPU time of its thread on Linux, at most 10 times the limit in wall-clock time) has its
   * worker replaced and is tried once more; over the limit again, it becomes an error result.
   * Default 30,000.
   */
  timeoutMs?: number
  /** Options for every page (a page's own `url` wins over `cleanOptions.url`). */
  cleanOptions?: CleanArticleOptions
  /**
   * The worker module, as a path or file URL. Default: the package's own `worker.js`. An app that
   * bundles clean-article (esbuild, …) bundles `clean-article/worker` as a second entry point and
   * passes that file here.
   */
  workerUrl?: string | URL
}

/** A page the source could not even read: it goes straight to the results as an error. */
export interface FailedInput {
  id: PageId
  failed: string
}

/** Default per-page time limit: far above any real page (a 16 MiB page takes seconds). */
export const DEFAULT_TIMEOUT_MS = 30_000
/** Pages in flight per worker: enough to keep every worker busy while results wait for their turn. */
const IN_FLIGHT_PER_JOB = 4
/** A page over the time limit is tried once more on a warm worker: its first try may have met a busy machine. */
const TIMEOUT_RETRIES = 1

/** Every batch option's name, for the unknown-key check. */
const BATCH_OPTION_KEYS = ['jobs', 'timeoutMs', 'cleanOptions', 'workerUrl'] as const satisfies readonly (keyof BatchOptions)[]

function checkOptions(options: BatchOptions): { jobs: number; timeoutMs: number; cleanOptions: CleanArticleOptions; workerUrl: URL | null } {
  if (typeof options !== 'object' || options === null) throw new TypeError('clean-article: batch options must be an object')
  rejectUnknownKeys(options, BATCH_OPTION_KEYS, 'batch option')
  const jobs = options.jobs ?? availableParallelism()
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError('clean-article: batch jobs must be a positive integer')
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0)) throw new RangeError('clean-article: batch timeoutMs must be a positive number')
  const cleanOptions = options.cleanOptions ?? {}
  resolveOptions(cleanOptions)
  return { jobs, timeoutMs, cleanOptions, workerUrl: workerModule(options.workerUrl) }
}

/** A failure as a BatchErrorMessage: every message here is a sentence; a bare word gets a label. */
export function errorMessage(text: string): BatchErrorMessage {
  return text.includes(' ') ? (text as BatchErrorMessage) : `page failed: ${text}`
}

function isBytesOrString(value: unknown): value is string | Uint8Array {
  return typeof value === 'string' || value instanceof Uint8Array
}

/** The worker task for a page, or the reason it cannot be one. */
export function toTask(page: PageInput): Task | string {
  if (typeof page !== 'object' || page === null) return 'page must be an object'
  const given = (['html', 'text', 'input'] as const).filter((field) => page[field] !== undefined)
  if (given.length !== 1) return 'page needs exactly one of html, text or input'
  const field = given[0]!
  const input = page[field]
  if (!isBytesOrString(input)) return `page ${field} must be a string or bytes`
  if (page.url !== undefined && typeof page.url !== 'string') return 'page url must be a string'
  if (page.url !== undefined && !isPageUrl(page.url)) return `page url must be an absolute http(s) URL, not "${page.url}"`
  return { input, format: field === 'input' ? 'auto' : field, url: page.url ?? null }
}

function isFailed(page: PageInput | FailedInput): page is FailedInput {
  return typeof (page as FailedInput).failed === 'string'
}

function resultOf(id: PageId, outcome: Outcome): BatchResult {
  return outcome.error === undefined ? { id, ms: outcome.ms, ...outcome.article } : { id, ms: outcome.ms, error: errorMessage(outcome.error) }
}

async function* toAsync<T>(source: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  yield* source
}

/** The tagged results of a batch, in source order; `timedOut` tells a time-limit error apart. */
export async function* runBatch(
  source: AsyncIterable<PageInput | FailedInput> | Iterable<PageInput | FailedInput>,
  options: BatchOptions = {},
): AsyncGenerator<{ result: BatchResult; timedOut: boolean }> {
  const checked = checkOptions(options)
  const pool = new WorkerPool({ ...checked, timeoutRetries: TIMEOUT_RETRIES })
  const ids = new IdRegistry()
  const iterator = toAsync(source)
  const window: Promise<{ result: BatchResult; timedOut: boolean }>[] = []
  const limit = checked.jobs * IN_FLIGHT_PER_JOB
  let position = 0
  let next: Promise<IteratorResult<PageInput | FailedInput>> | null = null
  let exhausted = false

  const start = (page: PageInput | FailedInput): void => {
    position++
    const rawId = (page as { id?: unknown } | null)?.id
    const id = isPageId(rawId) ? rawId : generatedId(position)
    const failed = (): string | null => {
      if (rawId !== undefined && !isPageId(rawId)) return 'page id must be a string or a finite number'
      const duplicate = ids.claim(id)
      if (duplicate !== null) return duplicate
      return page !== null && typeof page === 'object' && isFailed(page) ? page.failed : null
    }
    const problem = failed()
    const task = problem ?? toTask(page as PageInput)
    if (typeof task === 'string') {
      window.push(Promise.resolve({ result: { id, ms: 0, error: errorMessage(task) }, timedOut: false }))
      return
    }
    window.push(pool.run(task).then((outcome) => ({ result: resultOf(id, outcome), timedOut: outcome.error !== undefined && outcome.timedOut })))
  }

  try {
    for (;;) {
      if (!exhausted && next === null && window.length < limit) next = iterator.next()
      if (window.length === 0) {
        if (next === null) return
        const read = await next
        next = null
        if (read.done) exhausted = true
        else start(read.value)
        continue
      }
      // Yield the oldest page as soon as it is done, but keep reading the source meanwhile: a
      // caller that feeds pages one by one and waits for each answer must not wait forever.
      const head = window[0]!.then((done) => ({ done }))
      const settled = next === null ? await head : await Promise.race([head, next.then((read) => ({ read }))])
      if ('done' in settled) {
        window.shift()
        if (pool.fatal !== null) throw new Error(`clean-article: ${pool.fatal}`)
        yield settled.done
      } else {
        next = null
        if (settled.read.done) exhausted = true
        else start(settled.read.value)
      }
    }
  } finally {
    await pool.close()
    // A read still pending (a quiet stdin) would hold the source's return until it settles.
    if (next === null) await iterator.return(undefined)
    else void iterator.return(undefined)
  }
}

/**
 * Cleans many pages in parallel worker threads; yields one result per page, in source order.
 * Breaking out of the loop stops the workers.
 */
export async function* cleanArticles(
  source: AsyncIterable<PageInput> | Iterable<PageInput>,
  options: BatchOptions = {},
): AsyncGenerator<BatchResult> {
  for await (const { result } of runBatch(source, options)) yield result
}
