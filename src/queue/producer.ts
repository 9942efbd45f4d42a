/**
 * The producer side: pages into the queue as jobs, many at a time.
 *
 * - A page's job id comes from its id (job.ts), so enqueuing a page again while its job exists
 *   does nothing, and a result is keyed by the same id.
 * - A page that cannot become a job (no html/text/input/ref, an unreadable file from the source)
 *   gets its error recorded as its result at once, so a reader waiting for every page is not
 *   left waiting; a page whose id an earlier page of this run had is counted and skipped.
 * - Jobs are added in chunks (one round trip each) as the source is read: a source of any size
 *   runs in bounded memory.
 */
import type { JobsOptions } from 'bullmq'
import type { FailedInput } from '../batch/clean-articles.js'
import { generatedId, idKey, IdRegistry, isPageId, type PageId } from '../batch/ids.js'
import { bullConnection, checkConnection, connectRedis, loadBullMQ, type QueueConnection } from './connect.js'
import { JOB_NAME, jobIdOf, resultKeys, toJob, type PageJob, type QueuePage } from './job.js'

export interface EnqueueOptions extends QueueConnection {
  /** Tries per page before it is failed with its error. Default 3. */
  attempts?: number
  /** First retry delay in milliseconds, doubled at each retry. Default 1,000. */
  backoffMs?: number
}

export interface EnqueueSummary {
  /** Jobs added (a page whose job already existed counts too: BullMQ keeps the one job). */
  added: number
  /** Pages that could not become a job: their error is their result. */
  failed: number
  /** Pages skipped because an earlier page of this run had their id. */
  duplicates: number
}

const DEFAULT_ATTEMPTS = 3
const DEFAULT_BACKOFF_MS = 1_000
/** Jobs added per round trip to Redis. */
const CHUNK = 100
/** Failed jobs kept for inspection (with their page): the newest this many. */
const KEEP_FAILED = 1_000

function isFailed(page: QueuePage | FailedInput): page is FailedInput {
  return typeof (page as FailedInput).failed === 'string'
}

/** Adds every page of `pages` to the queue; resolves when all are in Redis. */
export async function enqueuePages(pages: AsyncIterable<QueuePage | FailedInput> | Iterable<QueuePage | FailedInput>, options: EnqueueOptions): Promise<EnqueueSummary> {
  checkConnection(options)
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError('clean-article: attempts must be a positive integer')
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS
  if (typeof backoffMs !== 'number' || !(backoffMs >= 0)) throw new RangeError('clean-article: backoffMs must be a number ≥ 0')
  const { Queue } = await loadBullMQ()
  const queue = new Queue<PageJob>(options.queue, { connection: bullConnection(options.redis) })
  const client = await connectRedis(options.redis)
  const keys = resultKeys(options.queue)
  const jobOptions: JobsOptions = {
    attempts,
    backoff: { type: 'exponential', delay: backoffMs },
    removeOnComplete: true,
    removeOnFail: { count: KEEP_FAILED },
  }
  const summary: EnqueueSummary = { added: 0, failed: 0, duplicates: 0 }
  const ids = new IdRegistry()
  let chunk: { name: string; data: PageJob; opts: JobsOptions }[] = []
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return
    await queue.addBulk(chunk)
    summary.added += chunk.length
    chunk = []
  }
  const fail = async (id: PageId, error: string): Promise<void> => {
    await client.recordOnce(keys.ids, keys.stream, idKey(id), JSON.stringify({ id, ms: 0, error }))
    summary.failed++
  }
  try {
    let position = 0
    for await (const page of pages) {
      position++
      const rawId = (page as { id?: unknown } | null)?.id
      const id = isPageId(rawId) ? rawId : generatedId(position)
      if (ids.claim(id) !== null) {
        summary.duplicates++
        continue
      }
      if (rawId !== undefined && !isPageId(rawId)) await fail(id, 'page id must be a string or a finite number')
      else if (typeof page === 'object' && page !== null && isFailed(page)) await fail(id, page.failed)
      else {
        const job = toJob(page, id)
        if (typeof job === 'string') await fail(id, job)
        else chunk.push({ name: JOB_NAME, data: job, opts: { ...jobOptions, jobId: jobIdOf(id) } })
      }
      if (chunk.length >= CHUNK) await flush()
    }
    await flush()
  } finally {
    await queue.close()
    await client.quit()
  }
  return summary
}
