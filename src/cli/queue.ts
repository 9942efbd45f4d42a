/**
 * The queue commands: `clean-article worker`, `enqueue` and `results` (see QUEUE_USAGE), thin
 * wrappers over `clean-article/queue`. Exit codes: 0 done, 1 the output or Redis failed, 2 a
 * usage mistake.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { FailedInput } from '../batch/clean-articles.js'
import { readResultIds, truncateTornLine } from '../batch/ndjson.js'
import { pagesOf, resolveSources, type Source } from '../batch/sources.js'
import { enqueuePages } from '../queue/producer.js'
import type { QueuePage } from '../queue/job.js'
import { readResults } from '../queue/results.js'
import { startQueueWorker } from '../queue/worker.js'
import { OutputError, ResultsOutput } from './results-output.js'

export const QUEUE_USAGE = `usage: clean-article worker  --redis URL --queue NAME [--concurrency N] [--timeout-ms N] [--lock-ms N] [--input auto|html|text]
       clean-article enqueue <folder|glob|file...|pages.ndjson|-> --redis URL --queue NAME [--attempts N] [--backoff-ms N] [--ref]
       clean-article results --redis URL --queue NAME [--out results.ndjson] [--expect N] [--trim]

Cleans pages on any number of machines through a BullMQ queue on Redis (needs the packages
bullmq and ioredis). Results are the lines clean-article batch writes, one per page id.
  worker          takes pages from the queue and cleans them on worker threads until SIGTERM
                  or SIGINT (which finish the pages in hand first; a second one stops at once)
    --concurrency   worker threads (default: all cores)
    --timeout-ms    per-page limit, enforced by terminating the page's thread (default 30000)
    --lock-ms       how long a dead worker's pages wait before another worker takes them (default 30000)
  enqueue         adds pages as jobs (the same inputs as clean-article batch)
    --attempts      tries per page before it fails with its error (default 3)
    --backoff-ms    first retry delay, doubled each retry (default 1000)
    --ref           enqueue the files' paths, not their contents (workers must see the same files)
  results         writes results as they arrive; appends to --out, skipping ids already there
    --expect N      exit once N distinct pages have a result
    --trim          delete results from Redis once written`

class UsageError extends Error {}

/** A value for a flag that must be a whole number ≥ `min`. */
function integer(value: string | undefined, name: string, min = 1): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < min) throw new UsageError(`--${name} must be an integer ≥ ${min}, not "${value}"`)
  return number
}

const CONNECTION_OPTIONS = {
  redis: { type: 'string' },
  queue: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const

function connection(values: { redis?: string; queue?: string }): { redis: string; queue: string } {
  if (values.redis === undefined) throw new UsageError('--redis is required (redis://host:port)')
  if (values.queue === undefined) throw new UsageError('--queue is required')
  return { redis: values.redis, queue: values.queue }
}

type Flags = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>

function parse(argv: string[], options: Flags, positionals = false): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: argv, options: { ...CONNECTION_OPTIONS, ...options }, allowPositionals: positionals })
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals }
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

async function runWorker(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    concurrency: { type: 'string' },
    'timeout-ms': { type: 'string' },
    'lock-ms': { type: 'string' },
    input: { type: 'string', short: 'i', default: 'auto' },
  })
  if (values.help) return usage()
  const input = values.input as string
  if (!['auto', 'html', 'text'].includes(input)) throw new UsageError(`--input must be one of auto, html, text, not "${input}"`)
  const concurrency = integer(values.concurrency as string | undefined, 'concurrency')
  const timeoutMs = integer(values['timeout-ms'] as string | undefined, 'timeout-ms')
  const lockMs = integer(values['lock-ms'] as string | undefined, 'lock-ms')
  const worker = await startQueueWorker({
    ...connection(values as { redis?: string; queue?: string }),
    ...(concurrency === undefined ? {} : { concurrency }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(lockMs === undefined ? {} : { lockMs }),
    cleanOptions: { format: input as 'auto' | 'html' | 'text' },
  })
  process.stderr.write(`clean-article: worker on queue ${String(values.queue)} (pid ${process.pid})\n`)
  await new Promise<void>((done) => {
    let signals = 0
    const stop = (signal: NodeJS.Signals): void => {
      signals++
      const force = signals > 1
      process.stderr.write(`clean-article: ${signal}: ${force ? 'stopping now' : 'finishing the pages in hand'}\n`)
      void worker.close({ force }).then(done, done)
    }
    process.on('SIGTERM', stop)
    process.on('SIGINT', stop)
  })
  process.stderr.write(`clean-article: worker stopped: ${worker.recorded} results recorded, ${worker.duplicates} duplicates dropped\n`)
  return 0
}

/** The pages of a source; with `ref`, files as paths for the workers to read instead of their contents. */
async function* queuePages(source: Source, ref: boolean): AsyncGenerator<QueuePage | FailedInput> {
  if (!ref || source.kind !== 'files') {
    yield* pagesOf(source, new Set())
    return
  }
  for (const file of source.files) yield file.failed === undefined ? { id: file.id, ref: resolve(file.path) } : { id: file.id, failed: file.failed }
}

async function runEnqueue(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      attempts: { type: 'string' },
      'backoff-ms': { type: 'string' },
      ref: { type: 'boolean', default: false },
    },
    true,
  )
  if (values.help) return usage()
  const target = connection(values as { redis?: string; queue?: string })
  const attempts = integer(values.attempts as string | undefined, 'attempts')
  const backoffMs = integer(values['backoff-ms'] as string | undefined, 'backoff-ms', 0)
  let source: Source
  try {
    source = resolveSources(positionals)
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const started = performance.now()
  const summary = await enqueuePages(queuePages(source, values.ref === true), {
    ...target,
    ...(attempts === undefined ? {} : { attempts }),
    ...(backoffMs === undefined ? {} : { backoffMs }),
  })
  const seconds = (performance.now() - started) / 1000
  process.stderr.write(
    `clean-article: ${summary.added} pages enqueued to ${target.queue}, ${summary.failed} failed (their error is their result), ${summary.duplicates} duplicate ids skipped, ${seconds.toFixed(1)} s\n`,
  )
  return 0
}

async function runResults(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    out: { type: 'string', short: 'o' },
    expect: { type: 'string' },
    trim: { type: 'boolean', default: false },
  })
  if (values.help) return usage()
  const target = connection(values as { redis?: string; queue?: string })
  const expect = integer(values.expect as string | undefined, 'expect', 0)
  const path = (values.out as string | undefined) ?? null
  let skip = new Set<string>()
  if (path !== null && existsSync(path)) {
    const removed = truncateTornLine(path)
    if (removed > 0) process.stderr.write(`clean-article: removed a torn last line (${removed} bytes) from ${path}\n`)
    skip = await readResultIds(path)
  }
  let out: ResultsOutput
  try {
    out = ResultsOutput.open(path, { append: true })
  } catch (error) {
    process.stderr.write(`clean-article: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  const results = readResults({ ...target, ...(expect === undefined ? {} : { expect }), skip, trim: values.trim === true })
  // Stopped by a signal (no --expect: it reads on until then): the lines written stay whole.
  const interrupt = (signal: NodeJS.Signals): void => {
    process.stderr.write(`clean-article: ${signal}: ${out.linesWritten} results written\n`)
    void out.close().finally(() => process.exit(0))
  }
  process.once('SIGINT', interrupt)
  process.once('SIGTERM', interrupt)
  try {
    for await (const result of results) await out.write(`${JSON.stringify(result)}\n`)
    await out.close()
  } catch (error) {
    const stopped = error instanceof OutputError ? `; stopped after ${out.linesWritten} results` : ''
    process.stderr.write(`clean-article: ${error instanceof Error ? error.message : String(error)}${stopped}\n`)
    return 1
  } finally {
    process.off('SIGINT', interrupt)
    process.off('SIGTERM', interrupt)
  }
  process.stderr.write(`clean-article: ${out.linesWritten} results written${skip.size > 0 ? `, ${skip.size} already in ${path}` : ''}\n`)
  return 0
}

function usage(): number {
  process.stdout.write(`${QUEUE_USAGE}\n`)
  return 0
}

const COMMANDS: Readonly<Record<string, (argv: string[]) => Promise<number>>> = { worker: runWorker, enqueue: runEnqueue, results: runResults }

/** Runs `clean-article <worker|enqueue|results> …`; resolves with the exit code. */
export async function runQueueCommand(name: string, argv: string[]): Promise<number> {
  try {
    return await COMMANDS[name]!(argv)
  } catch (error) {
    const usageMistake = error instanceof UsageError || error instanceof TypeError || error instanceof RangeError
    process.stderr.write(`clean-article: ${error instanceof Error ? error.message : String(error)}\n${usageMistake ? `${QUEUE_USAGE}\n` : ''}`)
    return usageMistake ? 2 : 1
  }
}
