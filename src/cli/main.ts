#!/usr/bin/env node
/**
 * The command line: `clean-article [file|-] [--format json|markdown|text] [--input auto|html|text] [--url URL]`.
 * Reads one page from a file or standard input and prints the cleaned article.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { cleanArticle, toMarkdown, toPlainText } from '../index.js'

const USAGE = `usage: clean-article [file|-] [--format json|markdown|text] [--input auto|html|text] [--url URL]

Cleans one page (HTML, or text copied from a browser) and prints the article.
  file            the page to read; - or nothing reads standard input
  --format, -f    json (default), markdown or text
  --input,  -i    auto (default), html or text: which front door to use
  --url           the page's URL, to make image URLs absolute
  --help, -h      this text`

const OUTPUT_FORMATS = ['json', 'markdown', 'text'] as const
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
  const article = cleanArticle(bytes, { format: input, ...(values.url ? { url: values.url } : {}) })
  for (const warning of article.warnings) process.stderr.write(`clean-article: warning: ${warning}\n`)
  if (output === 'json') process.stdout.write(`${JSON.stringify(article, null, 2)}\n`)
  else if (output === 'markdown') process.stdout.write(toMarkdown(article))
  else process.stdout.write(toPlainText(article))
}

main(process.argv.slice(2))
