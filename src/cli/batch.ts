/**
 * `clean-article batch`: many pages in parallel worker threads, NDJSON results.
 *
 * 1. Arguments read; the inputs resolved to files or an NDJSON stream (batch/sources.ts).
 * 2. With --resume, a torn last line in --out is cut (and reported), the ids already there are
 *    skipped and new results appended.
 * 3. The output opened before any worker starts (a missing folder fails at once, exit 1).
 * 4. Pages cleaned by cleanArticles' worker pool; each result written as one line, in input order.
 *    A dead output (a reader gone, a full disk) stops the batch: exit 1, one line saying why.
 * 5. A progress line on stderr while it runs (only when stderr is a terminal) and a summary at the end.
 */
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { DEFAULT_TIMEOUT_MS, runBatch } from '../batch/clean-articles.js'
import { readResultIds, truncateTornLine } from '../batch/ndjson.js'
import { pagesOf, resolveSources, totalOf } from '../batch/sources.js'
import { OutputError, ResultsOutput } from './results-output.js'

export const BATCH_USAGE = `usage: clean-article batch <folder|glob|file...|pages.ndjson|-> [--out results.ndjson] [--jobs N] [--timeout-ms N] [--resume] [--input auto|html|text]

Cleans many pages in parallel and writes one JSON result per line (NDJSON): the article plus
"id" and "ms", or {"id", "ms", "error"} for a page that could not be cleaned.
  folder          every file under it; id = the path inside the folder
  glob            the matching files ("pages/**/*.html"); id = the path
  pages.ndjson    one page a line: {"id", "url", "html" | "text"} (also .jsonl)
  -               NDJSON pages on standard input
  --out, -o       write results to this file instead of standard output
  --jobs, -j      worker threads (default: all cores)
  --timeout-ms    a page taking longer on a warm worker (CPU time of its thread on Linux, at
                  most 10x in wall time) is tried once more, then becomes an error result
                  (default ${DEFAULT_TIMEOUT_MS}; start-up and warm-up never count)
  --resume        skip pages whose id is already in --out and append the rest

Ids come back as given (strings and numbers apart); a page without one gets "#<line>" (NDJSON)
or "#<position>"; a repeated id is an error result. Gzip-compressed files are decompressed.
Exit 0 when every page has its line (failed pages included), 1 when the output failed, 2 for a
usage mistake.
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

/** The ids (keys) already in the --out file of a resumed run, after cutting a torn last line. */
async function resumeFrom(path: string): Promise<Set<string>> {
  if (!existsSync(path)) return new Set()
  const removed = truncateTornLine(path)
  if (removed > 0) process.stderr.write(`clean-article: removed a torn last line (${removed} bytes) from ${path}\n`)
  return readResultIds(path)
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
  const skip = args.resume && args.out !== null ? await resumeFrom(args.out) : new Set<string>()
  let out: ResultsOutput
  try {
    out = ResultsOutput.open(args.out, { append: args.resume })
  } catch (error) {
    process.stderr.write(`clean-article: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  const progress = process.stderr.isTTY === true
  const total = progress ? await totalOf(source, skip) : null

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
      await out.write(`${JSON.stringify(result)}\n`)
      draw(false)
    }
    await out.close()
  } catch (error) {
    if (progress) process.stderr.write('\r\x1b[K')
    const stopped = error instanceof OutputError ? `; stopped after ${out.linesWritten} pages` : ''
    process.stderr.write(`clean-article: ${error instanceof Error ? error.message : String(error)}${stopped}\n`)
    if (!(error instanceof OutputError)) await out.close().catch(() => undefined)
    return 1
  }
  const seconds = (performance.now() - started) / 1000
  if (progress) process.stderr.write('\r\x1b[K')
  const skipped = skip.size > 0 ? `, ${skip.size} already in ${args.out}` : ''
  process.stderr.write(
    `clean-article: ${done} pages, ${errors} errors (${timedOut} timed out), ${seconds.toFixed(1)} s, ${(done / Math.max(seconds, 1e-9)).toFixed(1)} pages/s${skipped}\n`,
  )
  return 0
}
