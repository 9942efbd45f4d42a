/**
 * A queue worker: takes page jobs from a BullMQ queue and cleans them on worker threads.
 *
 * 1. A pool of worker threads (batch/pool.ts: warmed up, a page over its time limit has its
 *    thread terminated) cleans the pages; this thread only moves jobs, so BullMQ keeps renewing
 *    job locks however long a page takes, and no page can stall the process. No job is taken
 *    before a thread is ready: threads that cannot start fail the start, not every page.
 * 2. Each page's outcome goes to the results stream through a script that adds an entry only for
 *    an id without one yet: a job run twice (its worker killed after writing, or its lock lost)
 *    still gives one result.
 * 3. A page that fails or times out is thrown back to BullMQ, which retries it with the job's
 *    backoff; on its last attempt its error is recorded as its result first, then the job fails
 *    with it. A job that cannot become a page (bad data, bad options) fails at once.
 * 4. A job that BullMQ fails for stalling too often (its workers kept dying) gets its error
 *    recorded from the queue's events, so it has a result too.
 * 5. `close()` drains: no new jobs, the pages in hand are finished and recorded, then the threads
 *    and connections close. `close({ force: true })` drops them (their locks expire and another
 *    worker takes them).
 */
import { availableParallelism } from 'node:os'
import type { Job, QueueEvents, Worker } from 'bullmq'
import { DEFAULT_TIMEOUT_MS, errorMessage, type BatchResult } from '../batch/clean-articles.js'
import { idKey, type PageId } from '../batch/ids.js'
import { WorkerPool, type Outcome } from '../batch/pool.js'
import { readPageFile } from '../batch/sources.js'
import { resolveOptions } from '../lib/options.js'
import type { CleanArticleOptions } from '../lib/types.js'
import { bullConnection, checkConnection, connectRedis, loadBullMQ, type QueueConnection, type ResultsClient } from './connect.js'
import { jobToTask, pageIdOf, resultKeys, type PageJob } from './job.js'

export interface QueueWorkerOptions extends QueueConnection {
  /** Worker threads cleaning pages in this process. Default: the machine's available parallelism. */
  concurrency?: number
  /** Per-page time limit in milliseconds, enforced by terminating the page's thread. Default 30,000. */
  timeoutMs?: number
  /** Options for every page (a job's own `options` win). */
  cleanOptions?: CleanArticleOptions
  /** How long a job's lock lasts without renewal: after a worker dies, its pages wait this long before another worker takes them. Default 30,000. */
  lockMs?: number
  /** How often this worker looks for jobs whose worker died. Default: `lockMs`. */
  stalledCheckMs?: number
}

export interface QueueWorker {
  /** Pages whose result this worker recorded. */
  readonly recorded: number
  /** Pages this worker cleaned whose result was already recorded (a job run twice). */
  readonly duplicates: number
  /** Stops taking jobs; without `force`, finishes and records the pages in hand first. */
  close(options?: { force?: boolean }): Promise<void>
}

/** Jobs taken per thread: the one it cleans and the next, already here when it is done. */
const JOBS_PER_THREAD = 2
const DEFAULT_LOCK_MS = 30_000
/** BullMQ's failed reason for a job whose workers kept dying (moveStalledJobsToWait.lua). */
const STALLED_REASON = 'job stalled more than allowable limit'

/** A page that failed on this attempt: BullMQ retries it, or fails the job on its last attempt. */
class PageFailed extends Error {}

function positive(value: number | undefined, fallback: number, name: string): number {
  const number = value ?? fallback
  if (typeof number !== 'number' || !(number > 0)) throw new RangeError(`clean-article: ${name} must be a positive number`)
  return number
}

/** Starts a worker on the queue; resolves once it is connected and its threads are starting. */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  checkConnection(options)
  const threads = positive(options.concurrency, availableParallelism(), 'concurrency')
  if (!Number.isInteger(threads)) throw new RangeError('clean-article: concurrency must be a positive integer')
  const timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS, 'timeoutMs')
  const lockMs = positive(options.lockMs, DEFAULT_LOCK_MS, 'lockMs')
  const stalledCheckMs = positive(options.stalledCheckMs, lockMs, 'stalledCheckMs')
  const cleanOptions = options.cleanOptions ?? {}
  resolveOptions(cleanOptions)

  const { Worker: BullWorker, QueueEvents: BullQueueEvents, UnrecoverableError } = await loadBullMQ()
  const keys = resultKeys(options.queue)
  // Retries are BullMQ's (with the job's backoff), so the pool does not retry a timed-out page itself.
  const pool = new WorkerPool({ jobs: threads, timeoutMs, timeoutRetries: 0, cleanOptions, workerUrl: null })
  // A worker whose threads cannot start (a broken install) must not take jobs and fail them all.
  try {
    await pool.whenReady()
  } catch (error) {
    await pool.close()
    throw error
  }
  const client = await connectRedis(options.redis)
  let recorded = 0
  let duplicates = 0

  const record = async (client: ResultsClient, id: PageId, result: BatchResult): Promise<void> => {
    const added = await client.recordOnce(keys.ids, keys.stream, idKey(id), JSON.stringify(result))
    if (added === 1) recorded++
    else duplicates++
  }

  const processJob = async (job: Job<PageJob>): Promise<{ ms: number }> => {
    let read
    try {
      read = await jobToTask(job.data, readPageFile)
    } catch (error) {
      // The referenced file could not be read: it may appear later on shared storage, so retry.
      read = { id: job.data.id, error: error instanceof Error ? error.message : String(error), retry: true }
    }
    const id = read.id ?? pageIdOf(job.id ?? '') ?? job.id ?? ''
    const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1)
    if ('error' in read) {
      const retry = 'retry' in read && !final
      if (!retry) await record(client, id, { id, ms: 0, error: errorMessage(read.error) })
      throw retry ? new Error(read.error) : new UnrecoverableError(read.error)
    }
    if (read.task.options !== undefined) {
      try {
        resolveOptions({ ...cleanOptions, ...read.task.options })
      } catch (error) {
        const message = `job options: ${error instanceof Error ? error.message : String(error)}`
        await record(client, id, { id, ms: 0, error: errorMessage(message) })
        throw new UnrecoverableError(message)
      }
    }
    const outcome: Outcome = await pool.run(read.task)
    if (outcome.error === undefined) {
      await record(client, id, { id, ms: outcome.ms, ...outcome.article })
      return { ms: outcome.ms }
    }
    if (final) await record(client, id, { id, ms: outcome.ms, error: errorMessage(outcome.error) })
    throw new PageFailed(outcome.error)
  }

  const worker: Worker<PageJob> = new BullWorker<PageJob>(options.queue, processJob, {
    connection: bullConnection(options.redis),
    concurrency: threads * JOBS_PER_THREAD,
    lockDuration: lockMs,
    stalledInterval: stalledCheckMs,
    autorun: false,
  })
  // Errors of the connection are retried by ioredis; a listener keeps them from being thrown.
  worker.on('error', () => undefined)

  const events: QueueEvents = new BullQueueEvents(options.queue, { connection: bullConnection(options.redis) })
  events.on('error', () => undefined)
  events.on('failed', ({ jobId, failedReason }) => {
    if (failedReason !== STALLED_REASON) return
    const id = pageIdOf(jobId) ?? jobId
    void record(client, id, { id, ms: 0, error: `the workers cleaning this page kept dying (${failedReason})` }).catch(() => undefined)
  })

  await Promise.all([worker.waitUntilReady(), events.waitUntilReady()])
  void worker.run()

  let closing: Promise<void> | null = null
  return {
    get recorded() {
      return recorded
    },
    get duplicates() {
      return duplicates
    },
    close({ force = false } = {}) {
      if (force) return (async () => {
        await Promise.all([worker.close(true), pool.close(), events.close()])
        client.disconnect()
      })()
      closing ??= (async () => {
        await worker.close()
        await Promise.all([pool.close(), events.close()])
        await client.quit()
      })()
      return closing
    },
  }
}
