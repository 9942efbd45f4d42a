#!/usr/bin/env node
/**
 * The command line: `clean-article [file|-] [--format json|html|markdown|text] [--input auto|html|text] [--url URL]`.
 * Reads one page from a file or standard input and prints the cleaned article.
 * `clean-article batch …` cleans many pages in parallel (cli/batch.ts); `worker`, `enqueue` and
 * `results` clean pages on many machines through a queue on Redis (cli/queue.ts, loaded only for them).
 *
 * Exit codes of the single-page command: 0 the article was printed (warnings, if any, on stderr);
 * 1 the input is binary data, not a page (the empty result is printed, the reason on stderr);
 * 2 a usage error or a file that cannot be read (one line on stderr, nothing on stdout).
 */
import { readFileSync, statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { gunzipPage } from '../batch/gunzip.js'
import { cleanArticle, toPlainText } from '../index.js'
import { BINARY_WARNING } from '../lib/input/decode.js'
import { resolveOptions } from '../lib/options.js'
import { runBatchCommand } from './batch.js'

const USAGE = `usage: clean-article [file|-] [--format json|html|markdown|text] [--input auto|html|text] [--url URL]
       clean-article batch <folder|glob|file...|pages.ndjson|-> [--out results.ndjson] [--jobs N] [--timeout-ms N] [--resume]

Cleans one page (HTML, or text copied from a browser) and prints the article.
  file            the page to read; - or nothing reads standard input
  --format, -f    json (default), html, markdown or text
  --input,  -i    auto (default), html or text: which front door to use
  --url           the page's URL (http or https), to make image URLs absolute
  --version, -v   the version of clean-article
  --help, -h      this text

A .gz file is decompressed first.

batch cleans many pages in parallel worker threads and writes NDJSON: see clean-article batch --help.
worker, enqueue and results clean pages on many machines through Redis: see clean-article worker --help.`

/** Said on a terminal before waiting for a page on standard input, so a bare `clean-article` does not look hung. */
const STDIN_HINT = 'reading a page from standard input: paste it and press Ctrl-D (Ctrl-Z then Enter on Windows), or see clean-article --help'
/** An argument that names a URL rather than a file. */
const URL_ARGUMENT = /^[a-z][a-z\d+.-]*:\/\//i

const OUTPUT_FORMATS = ['json', 'html', 'markdown', 'text'] as const
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

async function main(argv: string[]): Promise<void> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'json' },
        input: { type: 'string', short: 'i', default: 'auto' },
        url: { type: 'string' },
        version: { type: 'boolean', short: 'v', default: false },
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
  if (values.version) {
    process.stdout.write(`${version()}\n`)
    return
  }
  if (positionals.length > 1) die(`expected one file, got ${positionals.length} (for many pages: clean-article batch ${positionals.join(' ')})`)
  const output = oneOf(values.format ?? 'json', OUTPUT_FORMATS, 'format')
  const input = oneOf(values.input ?? 'auto', INPUT_FORMATS, 'input')
  const path = positionals[0] ?? '-'
  const options = { format: input, ...(values.url === undefined ? {} : { url: values.url }) }
  try {
    // Options checked before any input is read: a bad --url is a usage error, not a crash.
    resolveOptions(options)
  } catch (error) {
    die(`${error instanceof Error ? error.message.replace(/^clean-article: options\./, '--') : String(error)}`)
  }
  const bytes = readPage(path)
  // A reader that stops early (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 2))
  const article = cleanArticle(bytes, options)
  for (const warning of article.warnings) process.stderr.write(`clean-article: warning: ${warning}\n`)
  if (output === 'json') process.stdout.write(`${JSON.stringify(article, null, 2)}\n`)
  else if (output === 'text') process.stdout.write(toPlainText(article))
  // The HTML and Markdown writers (unified's utilities) are loaded only when asked for.
  else if (output === 'html') process.stdout.write((await import('../output.js')).toHtml(article))
  else process.stdout.write((await import('../output.js')).toMarkdown(article))
  if (article.warnings.some((warning) => warning.startsWith(BINARY_WARNING))) process.exitCode = 1
}

/** The page's bytes from a file or standard input, decompressed when gzip; a usage error says what to do instead. */
function readPage(path: string): Uint8Array {
  if (path === '-' && process.stdin.isTTY === true) process.stderr.write(`clean-article: ${STDIN_HINT}\n`)
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path === '-' ? 0 : path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && URL_ARGUMENT.test(path)) {
      die(`${path} is a URL, and clean-article reads files: fetch the page first, e.g. curl -sL '${path}' | clean-article --url '${path}'`)
    }
    if (code === 'EISDIR' || (code === undefined && isFolder(path))) die(`${path} is a folder: to clean every page in it, run clean-article batch ${path}`)
    die(code === 'ENOENT' ? `cannot read ${path}: no such file` : `cannot read ${path}: ${code ?? String(error)}`)
  }
  try {
    return gunzipPage(bytes)
  } catch (error) {
    die(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** The package's version, from the package.json two folders up (from dist/cli/ and from src/cli/ alike). */
function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version
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
  main(argv).catch((error: unknown) => {
    process.stderr.write(`clean-article: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  })
}
