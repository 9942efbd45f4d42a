/**
 * Where the command line writes result lines: a file (opened before any page is cleaned, so a
 * folder that does not exist fails at once) or standard output.
 *
 * - `write` waits while the output is full (a slow disk or reader holds the work back, not
 *   memory) and rejects as soon as the output is dead (EPIPE, ENOSPC, EFBIG…): a dead stream
 *   never sends the `drain` a plain wait would wait for forever.
 * - A file keeps whole lines only: when a write fails part-way, the file is cut back to the end
 *   of the last line the system confirmed written.
 */
import { createWriteStream, fstatSync, openSync, truncateSync } from 'node:fs'
import type { Writable } from 'node:stream'

/** Plain words for the errors an output gives; on opening, ENOENT means a missing folder. */
const OUTPUT_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  EROFS: 'read-only file system',
  EPIPE: 'the reader closed the output',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'over the file size limit',
  EIO: 'input/output error',
}

/** The output cannot take more lines; its message is the one line the command prints. */
export class OutputError extends Error {}

function describe(error: unknown, path: string | null): OutputError {
  const code = (error as NodeJS.ErrnoException | null)?.code
  const words = code === undefined ? (error instanceof Error ? error.message : String(error)) : `${OUTPUT_ERRORS[code] ?? (error as Error).message} (${code})`
  return new OutputError(path === null ? `cannot write results: ${words}` : `cannot write results to ${path}: ${words}`)
}

export class ResultsOutput {
  /** Set once the output is dead; every later write rejects with it. */
  failure: OutputError | null = null
  /** Lines the system confirmed written. */
  linesWritten = 0
  /** Bytes of whole lines confirmed written (after `base`, the file's size when opened). */
  private confirmedBytes = 0
  private readonly waiting: (() => void)[] = []

  private constructor(
    private readonly stream: Writable,
    private readonly path: string | null,
    private readonly base: number,
  ) {
    stream.on('error', (error) => this.fail(error))
    stream.on('drain', () => this.wake())
  }

  /** Standard output (`path` null) or a file, created or (with `append`) added to; throws OutputError when it cannot be opened. */
  static open(path: string | null, options: { append: boolean }): ResultsOutput {
    if (path === null) return new ResultsOutput(process.stdout, null, 0)
    let fd: number
    try {
      fd = openSync(path, options.append ? 'a' : 'w')
    } catch (error) {
      throw describe(error, path)
    }
    return new ResultsOutput(createWriteStream(path, { fd }), path, fstatSync(fd).size)
  }

  /** Writes one line (with its newline); resolves when the output can take more, rejects with OutputError once it is dead. */
  write(line: string): Promise<void> {
    if (this.failure !== null) return Promise.reject(this.failure)
    const bytes = Buffer.byteLength(line)
    const more = this.stream.write(line, (error) => {
      if (error) return
      this.confirmedBytes += bytes
      this.linesWritten++
    })
    if (more) return Promise.resolve()
    return new Promise((resolve, reject) => {
      this.waiting.push(() => (this.failure === null ? resolve() : reject(this.failure)))
    })
  }

  /** Flushes and closes a file (standard output stays open); rejects with OutputError if the output died. */
  async close(): Promise<void> {
    if (this.failure === null) {
      await new Promise<void>((resolve) => {
        if (this.path === null) this.stream.write('', () => resolve())
        else this.stream.end(() => resolve())
      })
    }
    if (this.failure !== null) throw this.failure
  }

  private fail(error: unknown): void {
    if (this.failure !== null) return
    this.failure = describe(error, this.path)
    if (this.path !== null) {
      try {
        truncateSync(this.path, this.base + this.confirmedBytes)
      } catch {
        // The file is gone or cannot be changed: nothing more to keep whole.
      }
    }
    this.wake()
  }

  private wake(): void {
    for (const resume of this.waiting.splice(0)) resume()
  }
}
