/**
 * NDJSON for batches: one page per input line (`{"id", "url", "html" | "text"}`; other fields are
 * ignored), one result per output line. A line that is not such an object becomes an error
 * result, never a crash.
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import type { FailedInput, PageInput } from './clean-articles.js'

/** The page on one NDJSON line; `lineNumber` (from 1) is its id when it has none. */
export function parsePageLine(line: string, lineNumber: number): PageInput | FailedInput {
  const fallbackId = String(lineNumber)
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return { id: fallbackId, failed: `line ${lineNumber} is not JSON: ${error instanceof Error ? error.message : String(error)}` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: fallbackId, failed: `line ${lineNumber} is not a JSON object` }
  const record = value as Record<string, unknown>
  const rawId = record['id']
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : fallbackId
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
  for await (const line of lines) {
    lineNumber++
    if (line.trim() === '') continue
    yield parsePageLine(line, lineNumber)
  }
}

/** The ids already in a results file (for --resume); unreadable lines are ignored. */
export async function readResultIds(path: string): Promise<Set<string>> {
  const ids = new Set<string>()
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity })
  for await (const line of lines) {
    try {
      const id = (JSON.parse(line) as { id?: unknown }).id
      if (typeof id === 'string') ids.add(id)
    } catch {
      // A line cut short by an interrupted run: its page runs again.
    }
  }
  return ids
}

/** Non-blank lines in an NDJSON file: the total for the progress bar. */
export async function countLines(path: string): Promise<number> {
  let count = 0
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity })
  for await (const line of lines) if (line.trim() !== '') count++
  return count
}
