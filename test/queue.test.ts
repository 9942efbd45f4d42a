/**
 * clean-article/queue against a real Redis (test/support/redis-server.ts starts one): pages in,
 * one result per page id out, retries with backoff then failure with the error, a page run twice
 * recorded once, and a worker that drains on SIGTERM. The 1,000-page kill test is in
 * test/integration/ (npm run test:queue).
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Queue } from 'bullmq'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOSTILE_INPUTS } from '../bench/hostile-inputs.js'
import { cleanArticle, type BatchResult } from '../src/node.js'
import { connectRedis } from '../src/queue/connect.js'
import { resultKeys } from '../src/queue/job.js'
import * as queueApi from '../src/queue/index.js'
import { enqueuePages, readResults, startQueueWorker, type QueuePage } from '../src/queue/index.js'
import { startRedis, type RedisServer } from './support/redis-server.js'

const ROOT = join(import.meta.dirname, '..')
const FIXTURES = join(ROOT, 'fixtures')
const HTML = readFileSync(join(FIXTURES, 'html--moscow-times-customs-union', 'input.html'), 'utf8')
const TEXT = readFileSync(join(FIXTURES, 'text--moscow-times-customs-union', 'input.txt'), 'utf8')
const TIMEOUT = 90_000

let redis: RedisServer
beforeAll(async () => {
  redis = await startRedis()
}, TIMEOUT)
afterAll(async () => {
  await redis?.stop()
})

async function collect(queue: string, expected: number): Promise<BatchResult[]> {
  const results: BatchResult[] = []
  for await (const result of readResults({ redis: redis.url, queue, expect: expected })) results.push(result)
  return results
}

async function streamLength(queue: string): Promise<number> {
  const client = await connectRedis(redis.url)
  try {
    return await client.xlen(resultKeys(queue).stream)
  } finally {
    client.disconnect()
  }
}

describe('clean-article/queue', () => {
  it('exports exactly the three queue functions', () => {
    expect(Object.keys(queueApi).sort()).toEqual(['enqueuePages', 'readResults', 'startQueueWorker'])
  })

  it('cleans enqueued pages on worker threads: one result per page id, as cleanArticle gives it', async () => {
    const queue = 'round-trip'
    const pages: QueuePage[] = [
      { id: 'mt', html: HTML, url: 'https://www.themoscowtimes.com/' },
      { id: 7, text: TEXT },
      { id: 'no-page' },
      { id: 'mt', html: HTML },
    ]
    const summary = await enqueuePages(pages, { redis: redis.url, queue })
    expect(summary).toEqual({ added: 2, failed: 1, duplicates: 1 })
    const worker = await startQueueWorker({ redis: redis.url, queue, concurrency: 1 })
    try {
      const results = await collect(queue, 3)
      const byId = new Map(results.map((result) => [result.id, result]))
      expect([...byId.keys()].sort()).toEqual([7, 'mt', 'no-page'].sort())
      const { id: _id, ms, ...article } = byId.get('mt') as BatchResult & { error?: undefined }
      expect(ms).toBeGreaterThan(0)
      expect(article).toEqual(cleanArticle(HTML, { format: 'html', url: 'https://www.themoscowtimes.com/' }))
      expect(byId.get(7)).toMatchObject({ id: 7, format: 'text', headline: cleanArticle(TEXT, { format: 'text' }).headline })
      expect(byId.get('no-page')).toEqual({ id: 'no-page', ms: 0, error: 'page needs exactly one of html, text or input' })
    } finally {
      await worker.close()
    }
  }, TIMEOUT)

  it('records a page cleaned twice once (at-least-once delivery, exactly one result per id)', async () => {
    const queue = 'twice'
    const worker = await startQueueWorker({ redis: redis.url, queue, concurrency: 1 })
    try {
      await enqueuePages([{ id: 'again', text: TEXT }], { redis: redis.url, queue })
      expect((await collect(queue, 1)).map((result) => result.id)).toEqual(['again'])
      // Its job is gone once done, so the same page is a new job: cleaned again, not recorded again.
      await enqueuePages([{ id: 'again', text: TEXT }, { id: 'new', text: TEXT }], { redis: redis.url, queue })
      expect((await collect(queue, 2)).map((result) => result.id)).toEqual(['again', 'new'])
      const deadline = Date.now() + 30_000
      while (worker.duplicates < 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
      expect(worker.duplicates).toBe(1)
      expect(await streamLength(queue)).toBe(2)
    } finally {
      await worker.close()
    }
  }, TIMEOUT)

  it('retries a page over its time limit with backoff, then fails it with its error; the other pages go on', async () => {
    const queue = 'hostile'
    const nested = HOSTILE_INPUTS.find((input) => input.name === 'nested divs')!
    const hostile = nested.build(1) as string
    const started = Date.now()
    await enqueuePages(
      [
        { id: 'hostile', html: hostile, timeoutMs: 20 },
        { id: 'fine', text: TEXT },
      ],
      { redis: redis.url, queue, attempts: 2, backoffMs: 300 },
    )
    const worker = await startQueueWorker({ redis: redis.url, queue, concurrency: 1 })
    const bull = new Queue(queue, { connection: { url: redis.url } })
    try {
      const byId = new Map((await collect(queue, 2)).map((result) => [result.id, result]))
      expect(byId.get('hostile')).toEqual({ id: 'hostile', ms: 20, error: 'timed out after 20 ms' })
      expect(byId.get('fine')?.error).toBeUndefined()
      expect(Date.now() - started).toBeGreaterThan(300)
      // The result is recorded just before the job is failed: give BullMQ a moment to move it.
      const deadline = Date.now() + 10_000
      while ((await bull.getFailedCount()) < 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
      const failed = await bull.getFailed()
      expect(failed.map((job) => [job.data.id, job.failedReason, job.attemptsMade])).toEqual([['hostile', 'timed out after 20 ms', 2]])
    } finally {
      await worker.close()
      await bull.close()
    }
  }, TIMEOUT)

  it('clean-article worker drains on SIGTERM: the pages it took are recorded, the rest wait, nothing is lost', async () => {
    const queue = 'drain'
    const pages = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, html: HTML }))
    await enqueuePages(pages, { redis: redis.url, queue })
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--redis', redis.url, '--queue', queue, '--concurrency', '1'], { cwd: ROOT })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve))
    const first = await collect(queue, 1)
    expect(first).toHaveLength(1)
    child.kill('SIGTERM')
    expect(await exit).toBe(0)
    expect(stderr).toMatch(/SIGTERM: finishing the pages in hand\nclean-article: worker stopped: \d+ results recorded, 0 duplicates dropped\n$/)
    const bull = new Queue(queue, { connection: { url: redis.url } })
    try {
      const counts = await bull.getJobCounts('active', 'waiting', 'failed')
      const recorded = await streamLength(queue)
      expect(counts.active).toBe(0)
      expect(counts.failed).toBe(0)
      expect(recorded).toBeGreaterThanOrEqual(1)
      expect(recorded + counts.waiting!).toBe(30)
    } finally {
      await bull.close()
    }
  }, TIMEOUT)
})
