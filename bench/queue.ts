/**
 * Queue benchmark (`npm run bench -- --queue`): pages per second through Redis with 1 and 2
 * `clean-article worker` processes (one thread each) against the in-process batch with 1 and 2
 * threads, on the same pages, and the cost per page of going through the queue.
 *
 * 1. A redis-server on a free port (test/support/redis-server.ts), nothing saved to disk.
 * 2. The pages: the 181 smallest seen bench pages (test/support/bench-pages.ts), twice over.
 * 3. In-process: cleanArticles with 1 and 2 worker threads; pages/s after the first result.
 * 4. Queue: every page enqueued first (that rate is reported too), then 1 or 2 worker processes
 *    started and the results read as they arrive; pages/s after the first result, so process
 *    start-up and warm-up do not count, as in 3.
 * 5. Overhead per page: the queue's time per page with one worker less the batch's with one
 *    thread; and, measured directly, a tiny page (a line of text: cleaning it costs almost
 *    nothing) through the queue, end to end per page.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { cleanArticles } from '../src/node.ts'
import { enqueuePages, readResults, type QueuePage } from '../src/queue/index.ts'
import { loadPages } from '../test/support/bench-pages.ts'
import { startRedis, type RedisServer } from '../test/support/redis-server.ts'

const ROOT = join(import.meta.dirname, '..')
const DISTINCT = 181
const CYCLES = 2
const TINY_PAGES = 2_000
const TINY_TEXT = 'A line of text that is almost nothing to clean.'

interface Run {
  name: string
  pages: number
  pagesPerSecond: number
  msPerPage: number
}

function rate(name: string, pages: number, first: number, last: number): Run {
  const pagesPerSecond = (pages - 1) / ((last - first) / 1000)
  return { name, pages, pagesPerSecond, msPerPage: 1000 / pagesPerSecond }
}

async function batchRun(pages: readonly QueuePage[], jobs: number): Promise<Run> {
  let first = 0
  let last = 0
  let done = 0
  for await (const result of cleanArticles(pages, { jobs })) {
    last = performance.now()
    if (done === 0) first = last
    done++
    if (result.error !== undefined) throw new Error(`${String(result.id)}: ${result.error}`)
  }
  return rate(`in-process batch, ${jobs} thread${jobs > 1 ? 's' : ''}`, done, first, last)
}

function startWorker(redis: RedisServer, queue: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--redis', redis.url, '--queue', queue, '--concurrency', '1'], { cwd: ROOT, stdio: 'ignore' })
}

async function stopWorkers(workers: readonly ChildProcess[]): Promise<void> {
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          worker.once('close', () => resolve())
          worker.kill('SIGTERM')
        }),
    ),
  )
}

let queues = 0

async function queueRun(redis: RedisServer, pages: readonly QueuePage[], processes: number, name: string): Promise<{ run: Run; enqueuePerSecond: number }> {
  const queue = `bench-${++queues}`
  const enqueueStarted = performance.now()
  await enqueuePages(pages, { redis: redis.url, queue })
  const enqueuePerSecond = pages.length / ((performance.now() - enqueueStarted) / 1000)
  const workers = Array.from({ length: processes }, () => startWorker(redis, queue))
  let first = 0
  let last = 0
  let done = 0
  try {
    for await (const result of readResults({ redis: redis.url, queue, expect: pages.length, trim: true })) {
      last = performance.now()
      if (done === 0) first = last
      done++
      if (result.error !== undefined) throw new Error(`${String(result.id)}: ${result.error}`)
    }
  } finally {
    await stopWorkers(workers)
  }
  return { run: rate(name, done, first, last), enqueuePerSecond }
}

export async function runQueueBench(): Promise<void> {
  const pages: QueuePage[] = loadPages(DISTINCT * CYCLES, DISTINCT)
  const tiny: QueuePage[] = Array.from({ length: TINY_PAGES }, (_, i) => ({ id: i, text: TINY_TEXT }))
  const redis = await startRedis()
  const runs: Run[] = []
  let enqueueRates: number[] = []
  try {
    process.stderr.write(`queue bench: ${pages.length} pages, redis on port ${redis.port}\n`)
    for (const jobs of [1, 2]) {
      process.stderr.write(`in-process batch, ${jobs} thread(s)…\n`)
      runs.push(await batchRun(pages, jobs))
    }
    for (const processes of [1, 2]) {
      process.stderr.write(`queue, ${processes} worker process(es)…\n`)
      const { run, enqueuePerSecond } = await queueRun(redis, pages, processes, `queue, ${processes} worker process${processes > 1 ? 'es' : ''} (1 thread each)`)
      runs.push(run)
      enqueueRates.push(enqueuePerSecond)
    }
    process.stderr.write(`queue, ${TINY_PAGES} tiny pages, 1 worker…\n`)
    const tinyRun = (await queueRun(redis, tiny, 1, `queue, ${TINY_PAGES} one-line pages, 1 worker`)).run
    const tinyBatch = await batchRun(tiny, 1)
    runs.push(tinyRun, { ...tinyBatch, name: `in-process batch, ${TINY_PAGES} one-line pages, 1 thread` })
    enqueueRates = enqueueRates.map((value) => Math.round(value))

    const load = loadavg().map((value) => value.toFixed(1)).join(' ')
    console.log(`\nQueue vs in-process, ${pages.length} pages (${availableParallelism()} cores, load average ${load}; Node ${process.version})\n`)
    console.log('| run | pages | pages/s | ms per page |')
    console.log('| --- | ---: | ---: | ---: |')
    for (const run of runs) console.log(`| ${run.name} | ${run.pages} | ${run.pagesPerSecond.toFixed(1)} | ${run.msPerPage.toFixed(2)} |`)
    const [batch1, batch2, queue1, queue2] = runs
    console.log('')
    console.log(`2 worker processes vs 1: ${(queue2!.pagesPerSecond / queue1!.pagesPerSecond).toFixed(2)}x (in-process, 2 threads vs 1: ${(batch2!.pagesPerSecond / batch1!.pagesPerSecond).toFixed(2)}x)`)
    console.log(`queue overhead per page, 1 worker vs 1 thread on the same pages: ${(queue1!.msPerPage - batch1!.msPerPage).toFixed(2)} ms`)
    console.log(`queue overhead per page, one-line pages end to end: ${tinyRun.msPerPage.toFixed(2)} ms (in-process: ${tinyBatch.msPerPage.toFixed(2)} ms)`)
    console.log(`enqueue rate: ${enqueueRates.join(', ')} pages/s`)
  } finally {
    await redis.stop()
  }
}
