/**
 * The command line, run as a user runs it (through tsx, from the sources): a bad file gives one
 * line on stderr and exit 2, binary input a warning and exit 1, a page its article and exit 0.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { randomBytes } from '../bench/hostile-inputs.js'
import { run, type Run } from './support/run.js'

const ROOT = join(import.meta.dirname, '..')
const EXAMPLE = 'examples/moscow-times.txt'
/** Each run starts Node and compiles the CLI: give it time on a busy machine. */
const TIMEOUT = 60_000
const HEADLINE = "Kyrgyzstan Won't Join Customs Union on 'Someone Else's' Roadmap"

function cli(args: string[], stdin?: string): Promise<Run> {
  return run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, timeout: TIMEOUT, ...(stdin === undefined ? {} : { stdin }) })
}

const scratch = mkdtempSync(join(tmpdir(), 'clean-article-cli-'))

describe.concurrent('clean-article (single page)', () => {
  it('prints the article of the example as JSON by default, exit 0', async () => {
    const run = await cli([EXAMPLE])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    const article = JSON.parse(run.stdout) as { headline: string; paragraphs: string[] }
    expect(article.headline).toBe(HEADLINE)
    expect(article.paragraphs).toHaveLength(7)
  }, TIMEOUT)

  it('prints Markdown and plain text', async () => {
    const markdown = await cli([EXAMPLE, '--format', 'markdown'])
    expect(markdown.status).toBe(0)
    expect(markdown.stdout.startsWith("# Kyrgyzstan Won't Join Customs Union on 'Someone Else's' Roadmap\n")).toBe(true)
    const text = await cli([EXAMPLE, '-f', 'text'])
    expect(text.status).toBe(0)
    expect(text.stdout.startsWith(`${HEADLINE}\n\n`)).toBe(true)
  }, TIMEOUT)

  it('reads standard input, with - or with no file', async () => {
    const page = `<html><body><article><h1>A headline</h1><p>${'The council voted on Tuesday to close the bridge for repairs. '.repeat(4)}</p></article></body></html>`
    for (const args of [['-'], []]) {
      const run = await cli([...args, '--format', 'text'], page)
      expect(run.status).toBe(0)
      expect(run.stdout).toContain('The council voted on Tuesday')
    }
  }, TIMEOUT)

  it.each([
    ['a missing file', ['no/such/page.html'], 'clean-article: cannot read no/such/page.html: no such file'],
    ['a directory', ['examples'], 'clean-article: examples is a folder: to clean every page in it, run clean-article batch examples'],
    ['a URL', ['https://example.com/news/1'], "clean-article: https://example.com/news/1 is a URL, and clean-article reads files: fetch the page first, e.g. curl -sL 'https://example.com/news/1' | clean-article --url 'https://example.com/news/1'"],
    ['a URL that is not one', [EXAMPLE, '--url', 'notaurl'], 'clean-article: --url must be an absolute http(s) URL, not "notaurl"'],
    ['two files', [EXAMPLE, EXAMPLE], `clean-article: expected one file, got 2 (for many pages: clean-article batch ${EXAMPLE} ${EXAMPLE})`],
    ['an unknown output format', [EXAMPLE, '--format', 'pdf'], 'clean-article: --format must be one of json, html, markdown, text, not "pdf"'],
    ['an unknown front door', [EXAMPLE, '--input', 'xml'], 'clean-article: --input must be one of auto, html, text, not "xml"'],
  ])('%s: one line on stderr, nothing on stdout, exit 2', async (_, args, message) => {
    const run = await cli(args)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(`${message}\n`)
  }, TIMEOUT)

  it('a binary file: the reason on stderr in one line, an empty result, exit 1', async () => {
    const file = join(scratch, 'photo.png')
    writeFileSync(file, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(4096)]))
    const run = await cli([file])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe('clean-article: warning: input looks like binary data (PNG), not a page\n')
    expect(JSON.parse(run.stdout)).toMatchObject({ paragraphs: [], headline: null })
  }, TIMEOUT)

  it('a badly encoded file: cleaned with a warning, exit 0', async () => {
    const file = join(scratch, 'latin1.txt')
    const text = `Caf\u00e9 owners said on Tuesday that prices would rise next year. `.repeat(3)
    writeFileSync(file, Uint8Array.from(text, (char) => char.charCodeAt(0)))
    const run = await cli([file, '-f', 'text'])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('clean-article: warning: not valid UTF-8 and no charset declared; decoded as windows-1252\n')
    expect(run.stdout).toContain('Café owners')
  }, TIMEOUT)
})
