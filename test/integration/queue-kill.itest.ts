/**
 * 1,000 bench pages through two `clean-article worker` processes (the built package) on a real
 * Redis; one worker is killed with SIGKILL mid-run and started again. Every page must end with
 * exactly one result line, none lost, none twice; a hostile page fails alone.
 *
 * Run by `npm run test:queue` (and .ci/run), not by `npm test`: it takes tens of seconds.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Queue } from 'bullmq'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOSTILE_INPUTS } from '../../bench/hostile-inputs.js'
import type { BatchResult } from '../../src/node.js'
import { connectRedis } from '../../src/queue/connect.js'
import { resultKeys } from '../../src/queue/job.js'
import { enqueuePages } from '../../src/queue/index.js'
import { loadPages } from '../support/bench-pages.js'
import { startRedis, type RedisServer } from '../support/redis-server.js'

const ROOT = join(import.meta.dirname, '..', '..')
const CLI = join(ROOT, 'dist', 'cli', 'main.js')
const PAGES = 1_000
/** Distinct pages cycled: the smallest seen bench pages, so the run stays in tens of seconds. */
const DISTINCT = 100
/** Kill the first worker once this many results are in. */
const KILL_AFTER = 300
/** A killed worker's pages are taken by another after this long (the job lock). */
const LOCK_MS = 2_000
const QUEUE = 'kill-test'
const RUN_DEADLINE_MS = 240_000

let redis: RedisServer
beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/ is missing: npm run test:queue builds it first')
  redis = await startRedis()
})
afterAll(async () => {
  await redis?.stop()
})

function cli(args: string[]): { child: ChildProcess; stderr: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  return { child, stderr: () => stderr, exit }
}

const worker = (): ReturnType<typeof cli> => cli(['worker', '--redis', redis.url, '--queue', QUEUE, '--concurrency', '1', '--lock-ms', String(LOCK_MS)])

function lineCount(path: string): number {
  if (!existsSync(path)) return 0
  return readFileSync(path, 'utf8').split('\n').length - 1
}

describe('the queue under a killed worker', () => {
  it('gives every page exactly one result, loses none, and fails the hostile page alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clean-article-queue-'))
    const input = join(dir, 'pages.ndjson')
    const out = join(dir, 'results.ndjson')
    const pages = loadPages(PAGES, DISTINCT)
    writeFileSync(input, pages.map((page) => JSON.stringify(page)).join('\n'))
    const started = performance.now()

    const enqueue = cli(['enqueue', input, '--redis', redis.url, '--queue', QUEUE, '--attempts', '2', '--backoff-ms', '200'])
    expect(await enqueue.exit).toBe(0)
    expect(enqueue.stderr()).toMatch(new RegExp(`^clean-article: ${PAGES} pages enqueued to ${QUEUE}, 0 failed`))
    const nested = HOSTILE_INPUTS.find((hostile) => hostile.name === 'nested divs')!
    await enqueuePages([{ id: 'hostile', html: nested.build(1) as string, timeoutMs: 20 }], { redis: redis.url, queue: QUEUE, attempts: 2, backoffMs: 200 })

    const results = cli(['results', '--redis', redis.url, '--queue', QUEUE, '--out', out, '--expect', String(PAGES + 1)])
    const first = worker()
    const second = worker()
    const deadline = performance.now() + RUN_DEADLINE_MS
    while (lineCount(out) < KILL_AFTER && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
    first.child.kill('SIGKILL')
    expect(await first.exit).toBe(null)
    const killedAt = lineCount(out)
    const restarted = worker()

    const timer = setTimeout(() => results.child.kill('SIGKILL'), Math.max(0, deadline - performance.now()))
    expect(await results.exit).toBe(0)
    clearTimeout(timer)
    const seconds = (performance.now() - started) / 1000
    second.child.kill('SIGTERM')
    restarted.child.kill('SIGTERM')
    expect(await second.exit).toBe(0)
    expect(await restarted.exit).toBe(0)

    const lines = readFileSync(out, 'utf8').split('\n')
    expect(lines.pop()).toBe('')
    const parsed = lines.map((line) => JSON.parse(line) as BatchResult)
    const ids = parsed.map((result) => result.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(ids)).toEqual(new Set([...pages.map((page) => page.id), 'hostile']))
    const failed = parsed.filter((result) => result.error !== undefined)
    expect(failed.map((result) => [result.id, result.error])).toEqual([['hostile', 'timed out after 20 ms']])

    const client = await connectRedis(redis.url)
    const bull = new Queue(QUEUE, { connection: { url: redis.url } })
    try {
      expect(await client.xlen(resultKeys(QUEUE).stream)).toBe(PAGES + 1)
      const counts = await bull.getJobCounts('waiting', 'active', 'delayed', 'failed')
      expect(counts).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 1 })
    } finally {
      client.disconnect()
      await bull.close()
    }
    const dropped = [second, restarted].map((run) => Number(/(\d+) duplicates dropped/.exec(run.stderr())?.[1] ?? 0))
    console.log(
      `queue kill test: ${PAGES + 1} pages in ${seconds.toFixed(1)} s, first worker killed after ${killedAt} results; ` +
        `duplicate runs dropped by the surviving workers: ${dropped.join(' + ')}`,
    )
  })
})
