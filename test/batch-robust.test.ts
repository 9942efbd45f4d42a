/**
 * The batch never loses or hides a page, and always ends: a dead output stream stops it with a
 * reason and leaves whole lines; a torn last line is cut before --resume appends; unreadable
 * folders, broken links, duplicate ids and a BOM become error records or are handled, never a
 * crash and never silence; ids come back as they were given.
 */
import { spawn, type SpawnOptions } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { describe, expect, it, vi } from 'vitest'
import { readPageLines } from '../src/batch/ndjson.js'
import { runBatchCommand } from '../src/cli/batch.js'
import { cleanArticles, type BatchResult, type PageInput } from '../src/node.js'

const ROOT = join(import.meta.dirname, '..')
const FIXTURES = join(ROOT, 'fixtures')
const HTML = readFileSync(join(FIXTURES, 'html--moscow-times-customs-union', 'input.html'), 'utf8')
const TEXT = readFileSync(join(FIXTURES, 'text--moscow-times-customs-union', 'input.txt'), 'utf8')
/** Each run starts Node and compiles the CLI through tsx: give it time on a busy machine. */
const TIMEOUT = 90_000
/** An unprivileged account for permission tests: root reads and writes everything. */
const NOBODY = 65_534

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs `clean-article batch …` from the sources; `onStdout` may close the pipe early. */
function batch(args: string[], options: { stdin?: string; spawn?: SpawnOptions; onStdout?: (chunk: string, close: () => void) => void } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'batch', ...args], { cwd: ROOT, timeout: TIMEOUT, ...options.spawn })
    let stdout = ''
    let stderr = ''
    const close = (): void => {
      child.stdout!.destroy()
    }
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      options.onStdout?.(chunk, close)
    })
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
    child.stdin!.end(options.stdin ?? '')
  })
}

/** Runs `clean-article batch …` in this process (no Node start-up, no tsx compile): exit code and stderr. */
async function batchInProcess(args: string[]): Promise<{ status: number; stderr: string }> {
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    const status = await runBatchCommand(args)
    return { status, stderr: stderr.mock.calls.map((call) => String(call[0])).join('') }
  } finally {
    stderr.mockRestore()
  }
}

/** Spawn options that run the child without root's right to read and write everything. */
function unprivileged(): SpawnOptions {
  return process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {}
}

/** A scratch folder anyone can enter (the unprivileged child must reach its files). */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clean-article-robust-'))
  chmodSync(dir, 0o777)
  return dir
}

const lines = (text: string): unknown[] => text.trim().split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as unknown)

/** Many small pages: enough that cleaning them all takes far longer than stopping. */
function manyPages(count: number): string {
  const page = `<html><body><article><h1>A headline</h1><p>${'The council voted on Tuesday to close the bridge for repairs. '.repeat(4)}</p></article></body></html>`
  return Array.from({ length: count }, (_, i) => JSON.stringify({ id: `p${i}`, html: page })).join('\n')
}

describe('a dead output stream stops the batch with a reason', () => {
  it('--out in a folder that does not exist: exit 1, one line, no worker started', async () => {
    const dir = scratch()
    const run = await batch(['-', '--out', join(dir, 'missing', 'results.ndjson')], { stdin: manyPages(3) })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^clean-article: cannot write results to .*missing\/results\.ndjson: no such folder \(ENOENT\)\n$/)
  }, TIMEOUT)

  it('--out a file it may not write: exit 1, one line', async () => {
    const dir = scratch()
    const locked = join(dir, 'locked')
    mkdirSync(locked)
    chmodSync(locked, 0o555)
    const run = await batch(['-', '--out', join(locked, 'results.ndjson')], { stdin: manyPages(3), spawn: unprivileged() })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^clean-article: cannot write results to .*locked\/results\.ndjson: permission denied \(EACCES\)\n$/)
  }, TIMEOUT)

  it('a reader that stops early (| head -c 100): stops promptly, exit 1, one line', async () => {
    const run = await batch(['-', '--jobs', '1'], {
      stdin: manyPages(400),
      onStdout: (_, close) => close(),
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^clean-article: cannot write results: the reader closed the output \(EPIPE\); stopped after \d+ pages\n$/)
    const stoppedAfter = Number(/stopped after (\d+)/.exec(run.stderr)?.[1])
    expect(stoppedAfter).toBeLessThan(400)
  }, TIMEOUT)

  it('a full disk mid-run: exit 1, one line, and the file keeps only whole lines', async () => {
    const dir = scratch()
    const out = join(dir, 'results.ndjson')
    // A file size limit (ulimit -f, in 512-byte blocks for sh) makes writes past ~20 KB fail
    // with EFBIG part-way through a line; SIGXFSZ is ignored so the write fails instead.
    const node = [process.execPath, '--import', 'tsx', 'src/cli/main.ts', 'batch', '-', '--jobs', '1', '--out', out].map((arg) => `'${arg}'`).join(' ')
    const run = await new Promise<Run>((resolve, reject) => {
      const child = spawn('sh', ['-c', `trap '' XFSZ; ulimit -f 40; exec ${node}`], { cwd: ROOT, timeout: TIMEOUT })
      let stderr = ''
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
      child.on('error', reject)
      child.on('close', (status) => resolve({ status, stdout: '', stderr }))
      child.stdin.end(manyPages(200))
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^clean-article: cannot write results to .*results\.ndjson: .*\(EFBIG\); stopped after \d+ pages\n$/)
    const written = readFileSync(out, 'utf8')
    expect(written.length).toBeGreaterThan(0)
    expect(written.endsWith('\n')).toBe(true)
    const results = lines(written) as BatchResult[]
    expect(results.length).toBeGreaterThan(0)
    expect(results.every((result) => result.error === undefined)).toBe(true)
  }, TIMEOUT)
})

describe('--resume after a crash mid-write', () => {
  it('cuts the torn last line, says so, and cleans that page again', async () => {
    const dir = scratch()
    const pages = join(dir, 'pages')
    mkdirSync(pages)
    writeFileSync(join(pages, 'a.html'), HTML)
    writeFileSync(join(pages, 'b.txt'), TEXT)
    const out = join(dir, 'results.ndjson')
    const first = await batchInProcess([pages, '--out', out, '--jobs', '1'])
    expect(first.status).toBe(0)
    const whole = readFileSync(out, 'utf8')
    const [firstLine, secondLine] = whole.trim().split('\n')
    writeFileSync(out, `${firstLine}\n${secondLine!.slice(0, 40)}`)
    const resumed = await batchInProcess([pages, '--out', out, '--resume', '--jobs', '1'])
    expect(resumed.status).toBe(0)
    expect(resumed.stderr).toMatch(/^clean-article: removed a torn last line \(40 bytes\) from .*results\.ndjson\n/)
    const results = lines(readFileSync(out, 'utf8')) as BatchResult[]
    expect(results.map((result) => result.id)).toEqual(['a.html', 'b.txt'])
  }, TIMEOUT)
})

describe('kill -9 mid-run, then --resume', () => {
  it('ends with every page exactly once and every line whole', async () => {
    const dir = scratch()
    const input = join(dir, 'pages.ndjson')
    const out = join(dir, 'results.ndjson')
    const count = 80
    writeFileSync(input, manyPages(count))
    const cliArgs = ['--import', 'tsx', 'src/cli/main.ts', 'batch', input, '--jobs', '1', '--out', out]
    const child = spawn(process.execPath, cliArgs, { cwd: ROOT, stdio: 'ignore' })
    const exited = new Promise((resolve) => child.on('close', resolve))
    const deadline = Date.now() + TIMEOUT / 2
    const written = (): number => readFileSync(out, 'utf8').split('\n').length - 1
    while (Date.now() < deadline && (!existsSync(out) || written() < 10)) await new Promise((resolve) => setTimeout(resolve, 20))
    child.kill('SIGKILL')
    await exited
    const before = written()
    expect(before).toBeLessThan(count)
    const resumed = await batch([input, '--jobs', '1', '--out', out, '--resume'])
    expect(resumed.status).toBe(0)
    const results = lines(readFileSync(out, 'utf8')) as BatchResult[]
    expect(results.map((result) => result.id).sort()).toEqual(Array.from({ length: count }, (_, i) => `p${i}`).sort())
    expect(results.every((result) => result.error === undefined)).toBe(true)
  }, TIMEOUT)
})

describe('folders', () => {
  it('an unreadable folder and a broken link become error records; a link loop ends; linked files and .gz pages are cleaned', async () => {
    const dir = scratch()
    const pages = join(dir, 'pages')
    mkdirSync(join(pages, 'closed'), { recursive: true })
    mkdirSync(join(pages, 'open'))
    writeFileSync(join(pages, 'open', 'a.html'), HTML)
    writeFileSync(join(pages, 'closed', 'hidden.html'), HTML)
    writeFileSync(join(pages, 'b.txt.gz'), gzipSync(TEXT))
    symlinkSync(join(pages, 'open', 'a.html'), join(pages, 'linked.html'))
    symlinkSync(join(pages, 'nowhere.html'), join(pages, 'broken.html'))
    symlinkSync(pages, join(pages, 'open', 'loop'))
    chmodSync(join(pages, 'closed'), 0o000)
    const run = await batch([pages, '--jobs', '1'], { spawn: unprivileged() })
    expect(run.status).toBe(0)
    const results = lines(run.stdout) as BatchResult[]
    const byId = new Map(results.map((result) => [result.id, result]))
    // open/loop links back to the top folder: listed once, so nothing comes through open/loop/.
    expect([...byId.keys()].sort()).toEqual(['b.txt.gz', 'broken.html', 'closed/', 'linked.html', 'open/a.html'])
    expect(byId.get('closed/')?.error).toBe('cannot read folder closed/: permission denied (EACCES)')
    expect(byId.get('broken.html')?.error).toBe('broken symbolic link: broken.html')
    expect(byId.get('linked.html')).toMatchObject({ format: 'html', headline: expect.stringContaining('Kyrgyzstan') })
    expect(byId.get('b.txt.gz')).toMatchObject({ format: 'text', headline: expect.stringContaining('Kyrgyzstan') })
  }, TIMEOUT)
})

describe('ids', () => {
  async function* ndjson(text: string): AsyncGenerator<string> {
    yield text
  }

  it('an NDJSON file with a UTF-8 BOM keeps its first page', async () => {
    const pages = []
    for await (const page of readPageLines(Readable.from(ndjson('\uFEFF{"id":"first","text":"Hello"}\n{"id":"second","text":"World"}\n')))) pages.push(page)
    expect(pages).toEqual([
      { id: 'first', text: 'Hello' },
      { id: 'second', text: 'World' },
    ])
    const split = Readable.from([Buffer.from([0xef]), Buffer.from([0xbb, 0xbf]), Buffer.from('{"id":"first","text":"Hi"}\n')])
    const fromBytes = []
    for await (const page of readPageLines(split)) fromBytes.push(page)
    expect(fromBytes).toEqual([{ id: 'first', text: 'Hi' }])
  })

  it('keeps ids as given: numbers stay numbers, generated ids never collide, a duplicate is an error record', async () => {
    const stdin = [
      { id: 42, text: TEXT },
      { id: '42', text: TEXT },
      { text: TEXT },
      { id: '3', text: TEXT },
      { id: 42, text: TEXT },
    ]
      .map((page) => JSON.stringify(page))
      .join('\n')
    const dir = scratch()
    const out = join(dir, 'results.ndjson')
    writeFileSync(join(dir, 'pages.ndjson'), stdin)
    const run = await batchInProcess([join(dir, 'pages.ndjson'), '--jobs', '1', '--out', out])
    expect(run.status).toBe(0)
    const results = lines(readFileSync(out, 'utf8')) as BatchResult[]
    expect(results.map((result) => [result.id, result.error ?? 'ok'])).toEqual([
      [42, 'ok'],
      ['42', 'ok'],
      ['#3', 'ok'],
      ['3', 'ok'],
      [42, 'duplicate id 42: an earlier page has it'],
    ])
  })

  it('--resume tells a number id from a string id', async () => {
    const dir = scratch()
    const out = join(dir, 'results.ndjson')
    writeFileSync(out, `${JSON.stringify({ id: 42, ms: 1, error: 'kept from an earlier run' })}\n`)
    const stdin = [JSON.stringify({ id: 42, text: TEXT }), JSON.stringify({ id: '42', text: TEXT })].join('\n')
    writeFileSync(join(dir, 'pages.ndjson'), stdin)
    const run = await batchInProcess([join(dir, 'pages.ndjson'), '--jobs', '1', '--out', out, '--resume'])
    expect(run.status).toBe(0)
    const results = lines(readFileSync(out, 'utf8')) as BatchResult[]
    expect(results.map((result) => [result.id, result.error ?? 'ok'])).toEqual([
      [42, 'kept from an earlier run'],
      ['42', 'ok'],
    ])
  }, TIMEOUT)

  it('the library keeps ids as given too', async () => {
    const pages: PageInput[] = [{ id: 7, text: TEXT }, { text: TEXT }, { id: 7, text: TEXT }, { id: Number.NaN, text: TEXT }]
    const results: BatchResult[] = []
    for await (const result of cleanArticles(pages, { jobs: 1 })) results.push(result)
    expect(results.map((result) => [result.id, result.error ?? 'ok'])).toEqual([
      [7, 'ok'],
      ['#2', 'ok'],
      [7, 'duplicate id 7: an earlier page has it'],
      ['#4', 'page id must be a string or a finite number'],
    ])
  })
})
