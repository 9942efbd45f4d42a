/**
 * What travels through the queue: a page as a job, its BullMQ job id, and where results live.
 *
 * A job's data is `{ id, url?, html? | text? | input? | ref?, options?, timeoutMs? }`: the page
 * itself, or `ref`, the path of a file every worker can read (shared storage) for pages too large
 * to keep in Redis. Gzip-compressed files are decompressed.
 */
import type { CleanArticleOptions } from '../lib/types.js'
import { toTask, type PageInput } from '../batch/clean-articles.js'
import { idKey, isPageId, type PageId } from '../batch/ids.js'
import type { Task } from '../batch/pool.js'

/** A page for the queue: a batch page, or a reference to a file holding it. */
export interface QueuePage extends PageInput {
  /** Path of a file every worker can read, instead of the page in the job (large pages). */
  ref?: string
  /** Options for this page (JSON only: site rules with regexes do not survive the trip). */
  options?: CleanArticleOptions
  /** A time limit for this page tighter than the worker's (never looser). */
  timeoutMs?: number
}

/** A job's data as stored in Redis (JSON). */
export interface PageJob {
  id: PageId
  url?: string
  html?: string
  text?: string
  input?: string
  ref?: string
  options?: CleanArticleOptions
  timeoutMs?: number
}

/** BullMQ's job name for every page. */
export const JOB_NAME = 'page'
/** Characters a BullMQ custom job id cannot hold (`:` separates its Redis keys), and the escape. */
const JOB_ID_UNSAFE = /[%:]/g
const JOB_ID_ESCAPES: Readonly<Record<string, string>> = { '%': '%25', ':': '%3A' }
const JOB_ID_ESCAPED = /%(25|3A)/g
const JOB_ID_UNESCAPES: Readonly<Record<string, string>> = { '25': '%', '3A': ':' }

/**
 * The BullMQ job id of a page: its id key (`s…` for a string, `n…` for a number, never a bare
 * integer, which BullMQ refuses) with `%` and `:` escaped. One id, one job: adding a page whose
 * job still exists does nothing.
 */
export function jobIdOf(id: PageId): string {
  return idKey(id).replace(JOB_ID_UNSAFE, (char) => JOB_ID_ESCAPES[char]!)
}

/** The page id a job id was made from (jobIdOf reversed); null for a job id it did not make. */
export function pageIdOf(jobId: string): PageId | null {
  const key = jobId.replace(JOB_ID_ESCAPED, (_, code: string) => JOB_ID_UNESCAPES[code]!)
  if (key.startsWith('s')) return key.slice(1)
  const number = Number(key.slice(1))
  return key.startsWith('n') && Number.isFinite(number) ? number : null
}

/** Redis keys of a queue's results, beside BullMQ's own (`bull:<queue>:…`). */
export function resultKeys(queue: string): { stream: string; ids: string } {
  return { stream: `clean-article:${queue}:results`, ids: `clean-article:${queue}:result-ids` }
}

/** A page's job data, or the reason it cannot be one. */
export function toJob(page: QueuePage, id: PageId): PageJob | string {
  if (typeof page !== 'object' || page === null) return 'page must be an object'
  if (page.ref !== undefined) {
    if (typeof page.ref !== 'string' || page.ref === '') return 'page ref must be a file path'
    if (page.html !== undefined || page.text !== undefined || page.input !== undefined) return 'page needs exactly one of html, text, input or ref'
  } else {
    const task = toTask(page)
    if (typeof task === 'string') return task
    if (typeof task.input !== 'string') return 'page bytes cannot go through the queue: give a string or a ref'
  }
  if (page.timeoutMs !== undefined && !(typeof page.timeoutMs === 'number' && page.timeoutMs > 0)) return 'page timeoutMs must be a positive number'
  const job: PageJob = { id }
  for (const field of ['url', 'html', 'text', 'input', 'ref', 'options', 'timeoutMs'] as const) {
    if (page[field] !== undefined) (job as unknown as Record<string, unknown>)[field] = page[field]
  }
  return job
}

/** The worker task of a job (with the page read from `ref` by `readRef`), or the reason it cannot be one. */
export async function jobToTask(data: unknown, readRef: (path: string) => Promise<Uint8Array>): Promise<{ id: PageId; task: Task } | { id: PageId | null; error: string }> {
  if (typeof data !== 'object' || data === null) return { id: null, error: 'job data must be an object' }
  const job = data as Partial<PageJob>
  if (!isPageId(job.id)) return { id: null, error: 'job id must be a string or a finite number' }
  const { ref, options, timeoutMs, ...page } = job
  let task: Task | string
  if (typeof ref === 'string') task = { input: await readRef(ref), format: options?.format ?? 'auto', url: typeof page.url === 'string' ? page.url : null }
  else task = toTask(page as PageInput)
  if (typeof task === 'string') return { id: job.id, error: task }
  if (typeof options === 'object' && options !== null) task.options = options
  if (typeof timeoutMs === 'number' && timeoutMs > 0) task.timeoutMs = timeoutMs
  return { id: job.id, task }
}
