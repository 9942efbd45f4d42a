#!/usr/bin/env node
/**
 * The command line: `clean-article [file|-] [--format json|markdown|text] [--input auto|html|text] [--url URL]`.
 * Reads one page from a file or standard input and prints the cleaned article.
 * `clean-article batch …` cleans many pages in parallel (cli/batch.ts); `worker`, `enqueue` and
 * `results` clean pages on many machines through a queue on Redis (cli/queue.ts, loaded only for them).
 *
 * Exit codes of the single-page command: 0 the article was printed (warnings, if any, on stderr);
 * 1 the input is binary data, not a page (the empty result is printed, the reason on stderr);
 * 2 a usage error or a file that cannot be read (one line on stderr, nothing on stdout).
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { cleanArticle, toMarkdown, toPlainText } from '../index.js'
import { BINARY_WARNING } from '../lib/input/decode.js'
import { runBatchCommand } from './batch.js'

const USAGE = `usage: clean-article [file|-] [--format json|markdown|text] [--input auto|html|text] [--url URL]
       clean-article batch <folder|glob|file...|pages.ndjson|-> [--out results.ndjson] [--jobs N] [--timeout-ms N] [--resume]

Cleans one page (HTML, or text copied from a browser) and prints the article.
  file            the page to read; - or nothing reads standard input
  --format, -f    json (default), markdown or text
  --input,  -i    auto (default), html or text: which front door to use
  --url           the page's URL, to make image URLs absolute
  --help, -h      this text

batch cleans many pages in parallel worker threads and writes NDJSON: see clean-article batch --help.
worker, enqueue and results clean pages on many machines through Redis: see clean-article worker --help.`

const OUTPUT_FORMATS = ['json', 'markdown', 'text'] as const
/** The queue's subcommands (cli/queue.ts). */
const QUEUE_COMMANDS = ['worker', 'enqueue', 'results']
const INPUT_FORMATS = ['auto', 'html', 'text'] as const

function die(message: string): never {
  process.stderr.write(`clean-article: ${message}\n`)
  process.exit(2)
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  die(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`)
}

function main(argv: string[]): void {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'json' },
        input: { type: 'string', short: 'i', default: 'auto' },
        url: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    die(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  if (positionals.length > 1) die(`expected one file, got ${positionals.length}`)
  const output = oneOf(values.format ?? 'json', OUTPUT_FORMATS, 'format')
  const input = oneOf(values.input ?? 'auto', INPUT_FORMATS, 'input')
  const path = positionals[0] ?? '-'
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path === '-' ? 0 : path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    die(code === 'ENOENT' ? `cannot read ${path}: no such file` : code === 'EISDIR' ? `cannot read ${path}: it is a directory` : `cannot read ${path}: ${code ?? String(error)}`)
  }
  // A reader that stops early (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 2))
  const article = cleanArticle(bytes, { format: input, ...(values.url ? { url: values.url } : {}) })
  for (const warning of article.warnings) process.stderr.write(`clean-article: warning: ${warning}\n`)
  if (output === 'json') process.stdout.write(`${JSON.stringify(article, null, 2)}\n`)
  else if (output === 'markdown') process.stdout.write(toMarkdown(article))
  else process.stdout.write(toPlainText(article))
  if (article.warnings.some((warning) => warning.startsWith(BINARY_WARNING))) process.exitCode = 1
}

const argv = process.argv.slice(2)
if (QUEUE_COMMANDS.includes(argv[0] ?? '')) {
  import('./queue.js')
    .then(({ runQueueCommand }) => runQueueCommand(argv[0]!, argv.slice(1)))
    .then(
      (code) => {
        process.exitCode = code
      },
      (error: unknown) => {
        process.stderr.write(`clean-article: ${error instanceof Error ? error.message : String(error)}\n`)
        process.exitCode = 1
      },
    )
} else if (argv[0] === 'batch') {
  runBatchCommand(argv.slice(1)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`clean-article: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = 1
    },
  )
} else {
  main(argv)
}
