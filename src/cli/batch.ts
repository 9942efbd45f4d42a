/**
 * `clean-article batch`: many pages in parallel worker threads, NDJSON results.
 *
 * 1. Arguments read; the inputs resolved to files or an NDJSON stream (batch/sources.ts).
 * 2. With --resume, the ids already in --out are skipped and new results appended.
 * 3. Pages cleaned by cleanArticles' worker pool; each result written as one line, in input order.
 * 4. A progress line on stderr while it runs (only when stderr is a terminal) and a summary at the end.
 */
import { createWriteStream, existsSync, readFileSync, type WriteStream } from 'node:fs'
import { parseArgs } from 'node:util'
import { DEFAULT_TIMEOUT_MS, runBatch } from '../batch/clean-articles.js'
import { readResultIds } from '../batch/ndjson.js'
import { pagesOf, resolveSources, totalOf } from '../batch/sources.js'

export const BATCH_USAGE = `usage: clean-article batch <folder|glob|file...|pages.ndjson|-> [--out results.ndjson] [--jobs N] [--timeout-ms N] [--resume] [--input auto|html|text]

Cleans many pages in parallel and writes one JSON result per line (NDJSON): the article plus
"id" and "ms", or {"id", "ms", "error"} for a page that could not be cleaned.
  folder          every file under it; id = the path inside the folder
  glob            the matching files ("pages/**/*.html"); id = the path
  pages.ndjson    one page a line: {"id", "url", "html" | "text"} (also .jsonl)
  -               NDJSON pages on standard input
  --out, -o       write results to this file instead of standard output
  --jobs, -j      worker threads (default: all cores)
  --timeout-ms    a page taking longer becomes an error result (default ${DEFAULT_TIMEOUT_MS})
  --resume        skip pages whose id is already in --out and append the rest
  --input, -i     auto (default), html or text: front door for files`

/** Redraw the progress line at most this often. */
const PROGRESS_INTERVAL_MS = 200
const INPUT_FORMATS = ['auto', 'html', 'text'] as const

class UsageError extends Error {}

interface BatchArgs {
  inputs: string[]
  out: string | null
  jobs: number | undefined
  timeoutMs: number
  resume: boolean
  input: 'auto' | 'html' | 'text'
}

function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`--${name} must be a positive integer, not "${value}"`)
  return number
}

function readArgs(argv: string[]): BatchArgs | null {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        jobs: { type: 'string', short: 'j' },
        'timeout-ms': { type: 'string' },
        resume: { type: 'boolean', default: false },
        input: { type: 'string', short: 'i', default: 'auto' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  if (values.help) return null
  const input = values.input ?? 'auto'
  if (!(INPUT_FORMATS as readonly string[]).includes(input)) throw new UsageError(`--input must be one of ${INPUT_FORMATS.join(', ')}, not "${input}"`)
  if (values.resume && values.out === undefined) throw new UsageError('--resume needs --out: the file to resume')
  return {
    inputs: positionals,
    out: values.out ?? null,
    jobs: positiveInteger(values.jobs, 'jobs'),
    timeoutMs: positiveInteger(values['timeout-ms'], 'timeout-ms') ?? DEFAULT_TIMEOUT_MS,
    resume: values.resume,
    input: input as BatchArgs['input'],
  }
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--'
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}

/** The progress line: done of total, rate and time left (or just done and rate when the total is unknown). */
export function progressLine(done: number, total: number | null, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0
  const rateText = `${rate.toFixed(1)} pages/s`
  if (total === null) return `${done} pages · ${rateText}`
  const shown = Math.max(total, done)
  const width = 24
  const filled = shown === 0 ? width : Math.round((done / shown) * width)
  const eta = rate > 0 ? (shown - done) / rate : Infinity
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${shown} · ${rateText} · ETA ${duration(eta)}`
}

/** Waits until the stream can take more, so a slow disk or pipe holds the batch back instead of memory. */
function write(stream: NodeJS.WritableStream, line: string): Promise<void> | null {
  if (stream.write(line)) return null
  return new Promise((resolve) => stream.once('drain', () => resolve()))
}

/** Ends an --out file that an interrupted run left without a final newline, so appended lines stay whole. */
function terminateLastLine(path: string): string {
  if (!existsSync(path)) return ''
  const content = readFileSync(path)
  return content.length > 0 && content[content.length - 1] !== 0x0a ? '\n' : ''
}

export async function runBatchCommand(argv: string[]): Promise<number> {
  let args: BatchArgs | null
  try {
    args = readArgs(argv)
    if (args === null) {
      process.stdout.write(`${BATCH_USAGE}\n`)
      return 0
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`clean-article: ${error.message}\n${BATCH_USAGE}\n`)
      return 2
    }
    throw error
  }
  let source
  try {
    source = resolveSources(args.inputs)
  } catch (error) {
    process.stderr.write(`clean-article: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  }
  const skip = args.resume && args.out !== null && existsSync(args.out) ? await readResultIds(args.out) : new Set<string>()
  const progress = process.stderr.isTTY === true
  const total = progress ? await totalOf(source, skip) : null

  let out: NodeJS.WritableStream = process.stdout
  let file: WriteStream | null = null
  if (args.out !== null) {
    const separator = args.resume ? terminateLastLine(args.out) : ''
    file = createWriteStream(args.out, { flags: args.resume ? 'a' : 'w' })
    if (separator !== '') file.write(separator)
    out = file
  }
  let broken = false
  out.on('error', (error: NodeJS.ErrnoException) => {
    broken = true
    if (error.code !== 'EPIPE') process.stderr.write(`clean-article: cannot write results: ${error.message}\n`)
  })

  const started = performance.now()
  let done = 0
  let errors = 0
  let timedOut = 0
  let drawn = 0
  const draw = (force: boolean): void => {
    const now = performance.now()
    if (!progress || (!force && now - drawn < PROGRESS_INTERVAL_MS)) return
    drawn = now
    process.stderr.write(`\r\x1b[K${progressLine(done, total, now - started)}`)
  }
  try {
    const batch = runBatch(pagesOf(source, skip), {
      ...(args.jobs === undefined ? {} : { jobs: args.jobs }),
      timeoutMs: args.timeoutMs,
      cleanOptions: { format: args.input },
    })
    for await (const { result, timedOut: late } of batch) {
      done++
      if (result.error !== undefined) errors++
      if (late) timedOut++
      const waiting = write(out, `${JSON.stringify(result)}\n`)
      if (waiting) await waiting
      if (broken) break
      draw(false)
    }
  } catch (error) {
    if (progress) process.stderr.write('\r\x1b[K')
    process.stderr.write(`clean-article: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  } finally {
    if (file !== null) await new Promise((resolve) => file.end(resolve))
  }
  const seconds = (performance.now() - started) / 1000
  if (progress) process.stderr.write('\r\x1b[K')
  const skipped = skip.size > 0 ? `, ${skip.size} already in ${args.out}` : ''
  process.stderr.write(
    `clean-article: ${done} pages, ${errors} errors (${timedOut} timed out), ${seconds.toFixed(1)} s, ${(done / Math.max(seconds, 1e-9)).toFixed(1)} pages/s${skipped}\n`,
  )
  return 0
}
