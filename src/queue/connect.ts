/**
 * BullMQ and ioredis, loaded when a queue function first runs: they are optional peer
 * dependencies, so `clean-article` alone stays small and a program that never uses the queue
 * never loads them. A missing one gives a message saying what to install.
 */
import type * as BullMQ from 'bullmq'
import type { Redis } from 'ioredis'

/** A Redis URL, plain or TLS. */
const REDIS_URL = /^rediss?:\/\//

/** Options every queue function takes. */
export interface QueueConnection {
  /** The Redis URL: `redis://[user:password@]host:port[/db]` (`rediss://` for TLS). */
  redis: string
  /** The queue name (BullMQ's; no `:`). */
  queue: string
}

/** The script that records a result once per page id: the results stream gets an entry only for an id it has not seen. */
const RECORD_ONCE = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 0 end
local entry = redis.call('XADD', KEYS[2], '*', 'result', ARGV[2])
redis.call('HSET', KEYS[1], ARGV[1], entry)
return 1
`

/** A Redis client with the record-once command. */
export type ResultsClient = Redis & { recordOnce(idsKey: string, streamKey: string, idKey: string, result: string): Promise<number> }

const MISSING = 'clean-article/queue needs the packages bullmq and ioredis: npm install bullmq ioredis'

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND'
}

export async function loadBullMQ(): Promise<typeof BullMQ> {
  try {
    return await import('bullmq')
  } catch (error) {
    if (isMissing(error)) throw new Error(MISSING)
    throw error
  }
}

/** A new Redis connection for `url`, with the record-once command; BullMQ's settings (no request retries limit: it reconnects and waits). */
export async function connectRedis(url: string): Promise<ResultsClient> {
  let RedisClass: typeof Redis
  try {
    RedisClass = (await import('ioredis')).Redis
  } catch (error) {
    if (isMissing(error)) throw new Error(MISSING)
    throw error
  }
  const client = new RedisClass(url, { maxRetriesPerRequest: null })
  client.defineCommand('recordOnce', { numberOfKeys: 2, lua: RECORD_ONCE })
  return client as ResultsClient
}

/** BullMQ's connection options for a URL. */
export function bullConnection(url: string): { url: string; maxRetriesPerRequest: null } {
  return { url, maxRetriesPerRequest: null }
}

/** Refuses a queue name BullMQ would refuse or mangle, and a Redis URL that is not one. */
export function checkConnection(options: QueueConnection): void {
  if (typeof options.redis !== 'string' || !REDIS_URL.test(options.redis)) throw new TypeError('clean-article: redis must be a redis:// or rediss:// URL')
  if (typeof options.queue !== 'string' || options.queue === '' || options.queue.includes(':')) throw new TypeError('clean-article: queue must be a name without ":"')
}
