/**
 * The results side: one result per page id, read from the queue's results stream in the order
 * they were recorded.
 *
 * Why a Redis stream and not a results queue: a stream is a log that any number of readers can
 * read from any point, again after a restart, without taking entries from each other; entries
 * stay until a reader trims them (`trim`), so a reader that was down loses nothing. The stream
 * gets one entry per page id (worker.ts records through a script that checks the id first).
 */
import type { BatchResult } from '../batch/clean-articles.js'
import { idKey, isPageId } from '../batch/ids.js'
import { checkConnection, connectRedis, type QueueConnection } from './connect.js'
import { resultKeys } from './job.js'

export interface ReadResultsOptions extends QueueConnection {
  /** Stop once this many distinct pages have a result (those in `skip` included). Default: read on until the loop breaks. */
  expect?: number
  /** Id keys (batch/ids.ts `idKey`) already written elsewhere: not yielded again, but counted for `expect`. */
  skip?: ReadonlySet<string>
  /** Delete each entry from the stream once the loop has taken it and asked for the next. Default false. */
  trim?: boolean
}

/** Entries read per round trip. */
const READ_COUNT = 500
/** How long one blocking read waits for new entries before it asks again (and checks `expect`). */
const BLOCK_MS = 1_000

type StreamReply = [key: string, entries: [entryId: string, fields: string[]][]][] | null

/** Results as they are recorded; with `expect`, ends once that many distinct pages have one. */
export async function* readResults(options: ReadResultsOptions): AsyncGenerator<BatchResult> {
  checkConnection(options)
  if (options.expect !== undefined && !(Number.isInteger(options.expect) && options.expect >= 0)) throw new RangeError('clean-article: expect must be an integer ≥ 0')
  const { stream } = resultKeys(options.queue)
  const client = await connectRedis(options.redis)
  const seen = new Set<string>(options.skip)
  let last = '0'
  let taken: string[] = []
  try {
    while (options.expect === undefined || seen.size < options.expect) {
      const reply = (await client.xread('COUNT', READ_COUNT, 'BLOCK', BLOCK_MS, 'STREAMS', stream, last)) as StreamReply
      for (const [, entries] of reply ?? []) {
        for (const [entryId, fields] of entries) {
          last = entryId
          const line = fields[fields.indexOf('result') + 1]
          if (line === undefined) continue
          const result = JSON.parse(line) as BatchResult
          if (!isPageId(result.id)) continue
          const key = idKey(result.id)
          if (options.trim) taken.push(entryId)
          if (seen.has(key)) continue
          seen.add(key)
          yield result
          if (options.expect !== undefined && seen.size >= options.expect) break
        }
      }
      if (taken.length > 0) {
        await client.xdel(stream, ...taken)
        taken = []
      }
    }
  } finally {
    client.disconnect()
  }
}
