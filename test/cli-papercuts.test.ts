/**
 * The command line's answers to what a new user tries first: --version, a bare `clean-article` on a
 * terminal (a hint, not silence), an empty file (a warning) and gzip-compressed pages, one page and
 * a batch of them. Run as a user runs it, through tsx from the sources.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { run, type Run } from './support/run.js'

const ROOT = join(import.meta.dirname, '..')
const EXAMPLE = join(ROOT, 'examples', 'moscow-times.txt')
const HEADLINE = "Kyrgyzstan Won't Join Customs Union on 'Someone Else's' Roadmap"
/** Each run starts Node and compiles the CLI: give it time on a busy machine. */
const TIMEOUT = 60_000
const CLI = ['--import', 'tsx', 'src/cli/main.ts']

const runIn = (command: string, args: string[], stdin = ''): Promise<Run> => run(command, args, { cwd: ROOT, timeout: TIMEOUT, stdin })
const cli = (args: string[], stdin = ''): Promise<Run> => runIn(process.execPath, [...CLI, ...args], stdin)
const scratch = mkdtempSync(join(tmpdir(), 'clean-article-papercuts-'))
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }

describe.concurrent('clean-article papercuts', () => {
  it('--version and -v print the package version', async () => {
    for (const flag of ['--version', '-v']) {
      const answer = await cli([flag])
      expect(answer).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' })
    }
  }, TIMEOUT)

  it('a bare clean-article on a terminal says it is reading standard input; in a pipe it says nothing', async () => {
    // `script` gives the command a terminal for its standard input; its end-of-input is Ctrl-D.
    const command = [process.execPath, ...CLI].map((part) => `'${part}'`).join(' ')
    const onTerminal = await runIn('script', ['-qec', command, '/dev/null'])
    expect(onTerminal.stdout).toContain('clean-article: reading a page from standard input: paste it and press Ctrl-D')
    const inPipe = await cli([], 'A headline\n\nA paragraph of text that goes on long enough to be a paragraph of an article.')
    expect(inPipe.stderr).toBe('')
  }, TIMEOUT)

  it('an empty file is warned about', async () => {
    const empty = join(scratch, 'empty.html')
    writeFileSync(empty, ' \n')
    const answer = await cli([empty])
    expect(answer.status).toBe(0)
    expect(answer.stderr).toBe('clean-article: warning: the input is empty\n')
  }, TIMEOUT)

  it('a .gz page is decompressed; a broken one is a usage error', async () => {
    const packed = join(scratch, 'page.txt.gz')
    writeFileSync(packed, gzipSync(readFileSync(EXAMPLE)))
    const answer = await cli([packed, '-f', 'text'])
    expect(answer.status).toBe(0)
    expect(answer.stdout.startsWith(`${HEADLINE}\n`)).toBe(true)
    const broken = join(scratch, 'broken.gz')
    writeFileSync(broken, gzipSync(readFileSync(EXAMPLE)).subarray(0, 40))
    const refused = await cli([broken])
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/^clean-article: cannot read .*broken\.gz: it is not valid gzip: .+\n$/)
  }, TIMEOUT)

  it('batch decompresses .gz pages and reports a broken one as an error record', async () => {
    const folder = join(scratch, 'pages')
    mkdirSync(folder)
    writeFileSync(join(folder, 'a.txt.gz'), gzipSync(readFileSync(EXAMPLE)))
    writeFileSync(join(folder, 'b.gz'), Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3]))
    const answer = await cli(['batch', folder, '--jobs', '1'])
    expect(answer.status).toBe(0)
    const results = answer.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; headline?: string; error?: string })
    expect(results.map((result) => result.id)).toEqual(['a.txt.gz', 'b.gz'])
    expect(results[0]?.headline).toBe(HEADLINE)
    expect(results[1]?.error).toMatch(/^cannot read .*b\.gz: it is not valid gzip: /)
  }, TIMEOUT)
})
