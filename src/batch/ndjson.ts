/**
 * NDJSON for batches: one page per input line (`{"id", "url", "html" | "text"}`; other fields are
 * ignored), one result per output line. A line that is not such an object becomes an error
 * result, never a crash. A UTF-8 byte order mark before the first line is skipped.
 */
import { closeSync, createReadStream, fstatSync, ftruncateSync, openSync, readSync } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import type { FailedInput, PageInput } from './clean-articles.js'
import { generatedId, idKey, isPageId } from './ids.js'

/** The byte order mark some editors put before the first line (decoded: one U+FEFF). */
const BOM = '\uFEFF'
/** How much of a results file is read at a time, from its end, to find the last whole line. */
const TAIL_CHUNK_BYTES = 64 * 1024
const NEWLINE = 0x0a

/** The page on one NDJSON line; `#<lineNumber>` (from 1) is its id when it has none. */
export function parsePageLine(line: string, lineNumber: number): PageInput | FailedInput {
  const fallbackId = generatedId(lineNumber)
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return { id: fallbackId, failed: `line ${lineNumber} is not JSON: ${error instanceof Error ? error.message : String(error)}` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: fallbackId, failed: `line ${lineNumber} is not a JSON object` }
  const record = value as Record<string, unknown>
  const rawId = record['id']
  if (rawId !== undefined && !isPageId(rawId)) return { id: fallbackId, failed: `line ${lineNumber}: id must be a string or a number` }
  const id = rawId ?? fallbackId
  for (const field of ['url', 'html', 'text'] as const) {
    if (record[field] !== undefined && typeof record[field] !== 'string') return { id, failed: `line ${lineNumber}: ${field} must be a string` }
  }
  const page: PageInput = { id }
  if (typeof record['url'] === 'string') page.url = record['url']
  if (typeof record['html'] === 'string') page.html = record['html']
  if (typeof record['text'] === 'string') page.text = record['text']
  return page
}

/** Pages from an NDJSON stream; blank lines are skipped but still counted for line numbers. */
export async function* readPageLines(stream: Readable): AsyncGenerator<PageInput | FailedInput> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  let lineNumber = 0
  for await (const raw of lines) {
    lineNumber++
    const line = lineNumber === 1 && raw.startsWith(BOM) ? raw.slice(BOM.length) : raw
    if (line.trim() === '') continue
    yield parsePageLine(line, lineNumber)
  }
}

/** The keys (ids.ts idKey) of the ids already in a results file (for --resume); unreadable lines are ignored. */
export async function readResultIds(path: string): Promise<Set<string>> {
  const ids = new Set<string>()
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity })
  for await (const line of lines) {
    try {
      const id = (JSON.parse(line) as { id?: unknown }).id
      if (isPageId(id)) ids.add(idKey(id))
    } catch {
      // A line that is not JSON (written by something else): its page runs again.
    }
  }
  return ids
}

/**
 * Cuts what follows the last newline of a results file: the torn line a run killed mid-write
 * leaves. Returns the bytes removed (0 when the file ends with a whole line). Reads only the
 * file's tail, so a results file of any size costs a few reads.
 */
export function truncateTornLine(path: string): number {
  const fd = openSync(path, 'r+')
  try {
    const size = fstatSync(fd).size
    const chunk = Buffer.alloc(TAIL_CHUNK_BYTES)
    let end = size
    while (end > 0) {
      const start = Math.max(0, end - TAIL_CHUNK_BYTES)
      const read = readSync(fd, chunk, 0, end - start, start)
      const newline = chunk.subarray(0, read).lastIndexOf(NEWLINE)
      if (newline !== -1) {
        end = start + newline + 1
        break
      }
      end = start
    }
    if (end < size) ftruncateSync(fd, end)
    return size - end
  } finally {
    closeSync(fd)
  }
}

/** Non-blank lines in an NDJSON stream: the total for the progress bar. */
export async function countLines(stream: Readable): Promise<number> {
  let count = 0
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  for await (const line of lines) if (line.trim() !== '') count++
  return count
}
