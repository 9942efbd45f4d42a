/**
 * Batch: the library function (worker threads loading the source through tsx), the NDJSON line
 * reader, and the `batch` command run from source with --out and --resume.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it, vi } from 'vitest'
import { parsePageLine } from '../src/batch/ndjson.js'
import { globToRegex } from '../src/batch/sources.js'
import { runBatchCommand } from '../src/cli/batch.js'
import { cleanArticle, cleanArticles, type BatchResult, type PageInput } from '../src/node.js'

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname
const CLI = new URL('../src/cli/main.ts', import.meta.url).pathname
const run = promisify(execFile)

const fixture = (name: string, file: string): string => readFileSync(join(FIXTURES, name, file), 'utf8')
const HTML = fixture('html--moscow-times-customs-union', 'input.html')
const TEXT = fixture('text--moscow-times-customs-union', 'input.txt')
const GERMAN = fixture('html--comwrap-german-blog', 'input.html')

async function collect(source: Iterable<PageInput> | AsyncIterable<PageInput>, options: Parameters<typeof cleanArticles>[1]): Promise<BatchResult[]> {
  const results: BatchResult[] = []
  for await (const result of cleanArticles(source, options)) results.push(result)
  return results
}

/** A page big enough to take far longer than the test's time limit. */
function hugePage(): string {
  const paragraph = `<p>${'Many words of plain prose go here, again and again, '.repeat(40)}</p>`
  return `<html><body>${paragraph.repeat(6_000)}</body></html>`
}

describe('cleanArticles', () => {
  it('cleans pages in worker threads, in source order, as cleanArticle would', async () => {
    async function* pages(): AsyncGenerator<PageInput> {
      yield { id: 'mt-html', html: HTML, url: 'https://www.themoscowtimes.com/' }
      yield { text: TEXT }
      yield { id: 'de', input: new TextEncoder().encode(GERMAN) }
      yield { id: 'bad' } as PageInput
    }
    const results = await collect(pages(), { jobs: 2 })
    expect(results.map((result) => result.id)).toEqual(['mt-html', '#2', 'de', 'bad'])
    const [html, text, german, bad] = results
    const { id: _id, ms, ...article } = html as BatchResult & { error?: undefined }
    expect(ms).toBeGreaterThan(0)
    expect(article).toEqual(cleanArticle(HTML, { format: 'html', url: 'https://www.themoscowtimes.com/' }))
    expect(text).toMatchObject({ format: 'text', headline: cleanArticle(TEXT, { format: 'text' }).headline })
    expect(german).toMatchObject({ format: 'html', paragraphs: cleanArticle(GERMAN).paragraphs })
    expect(bad).toEqual({ id: 'bad', ms: 0, error: 'page needs exactly one of html, text or input' })
  })

  it('tries a page over the time limit once more on a warm worker, then makes it an error, and goes on with a new worker', async () => {
    const started = performance.now()
    const results = await collect([{ id: 'huge', html: hugePage() }, { id: 'small', text: TEXT }], { jobs: 1, timeoutMs: 400 })
    expect(performance.now() - started).toBeGreaterThan(800)
    expect(results[0]).toEqual({ id: 'huge', ms: 400, error: 'timed out after 400 ms on 2 tries' })
    expect(results[1]).toMatchObject({ id: 'small', format: 'text' })
    expect(results[1]?.error).toBeUndefined()
  })

  it('checks its options before starting workers', async () => {
    await expect(collect([], { jobs: 0 })).rejects.toThrow(RangeError)
    await expect(collect([], { cleanOptions: { format: 'pdf' as never } })).rejects.toThrow(/format/)
  })
})

describe('NDJSON page lines', () => {
  it('reads a page and defaults its id to the line number', () => {
    expect(parsePageLine('{"url":"https://x.org/","html":"<p>Hi</p>"}', 7)).toEqual({ id: '#7', url: 'https://x.org/', html: '<p>Hi</p>' })
    expect(parsePageLine('{"id":42,"text":"Hello"}', 1)).toEqual({ id: 42, text: 'Hello' })
  })

  it('makes a bad line an error record', () => {
    expect(parsePageLine('{"html": <p>', 3)).toMatchObject({ id: '#3', failed: expect.stringContaining('line 3 is not JSON') })
    expect(parsePageLine('[1,2]', 4)).toEqual({ id: '#4', failed: 'line 4 is not a JSON object' })
    expect(parsePageLine('{"id":{"a":1},"html":"x"}', 6)).toEqual({ id: '#6', failed: 'line 6: id must be a string or a number' })
    expect(parsePageLine('{"id":"a","html":5}', 5)).toEqual({ id: 'a', failed: 'line 5: html must be a string' })
  })
})

describe('globs', () => {
  it('matches * within a name and ** across folders', () => {
    expect(globToRegex('pages/*.html').test('pages/a.html')).toBe(true)
    expect(globToRegex('pages/*.html').test('pages/sub/a.html')).toBe(false)
    expect(globToRegex('pages/**/*.html').test('pages/a.html')).toBe(true)
    expect(globToRegex('pages/**/*.html').test('pages/x/y/a.html')).toBe(true)
    expect(globToRegex('p?ge[0-9].htm').test('page1.htm')).toBe(true)
  })
})

describe('clean-article batch', () => {
  it('writes NDJSON for a folder (run as a command) and resumes without redoing pages (run in-process)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clean-article-batch-'))
    mkdirSync(join(dir, 'pages', 'sub'), { recursive: true })
    writeFileSync(join(dir, 'pages', 'a.html'), HTML)
    writeFileSync(join(dir, 'pages', 'sub', 'b.txt'), TEXT)
    const out = join(dir, 'results.ndjson')
    const cli = ['--import', 'tsx', CLI, 'batch']
    const first = await run(process.execPath, [...cli, join(dir, 'pages'), '--out', out, '--jobs', '1'])
    expect(first.stderr).toMatch(/^clean-article: 2 pages, 0 errors \(0 timed out\)/)
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as BatchResult)
    expect(lines.map((line) => [line.id, line.error === undefined ? line.format : line.error])).toEqual([
      ['a.html', 'html'],
      ['sub/b.txt', 'text'],
    ])

    writeFileSync(join(dir, 'pages', 'c.html'), GERMAN)
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    const code = await runBatchCommand([join(dir, 'pages'), '--out', out, '--resume', '--jobs', '1'])
    const summary = stderr.mock.calls.map((call) => String(call[0])).join('')
    stderr.mockRestore()
    expect(code).toBe(0)
    expect(summary).toMatch(/^clean-article: 1 pages, 0 errors .*, 2 already in /)
    const ids = readFileSync(out, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as BatchResult).id)
    expect(ids).toEqual(['a.html', 'sub/b.txt', 'c.html'])
  })
})
