// A queue producer: puts every file of a folder in a BullMQ queue on Redis as a page job, then
// writes each page's result as it arrives (one JSON line a page) until every page has one.
// Start examples/queue-worker.mjs first, here or on other machines against the same Redis.
//
//   npm run build                     (and: npm install bullmq ioredis, in your own project)
//   node examples/queue-producer.mjs <folder> [redis://127.0.0.1:6379] [pages] > results.ndjson
//
// Each page's id is its file name; enqueuing the same folder again adds only the pages whose
// job is not in the queue, and a page has at most one result however often it runs.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { enqueuePages, readResults } from '../dist/queue/index.js'

const [folder, redis = 'redis://127.0.0.1:6379', queue = 'pages'] = process.argv.slice(2)
if (!folder) {
  console.error('usage: node examples/queue-producer.mjs <folder> [redis-url] [queue]')
  process.exit(2)
}

const files = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.startsWith('.'))

// Pages are read one at a time as they are enqueued; `input` lets the library tell HTML from text.
function* pages() {
  for (const file of files) yield { id: file.name, input: readFileSync(join(folder, file.name), 'utf8') }
}

const summary = await enqueuePages(pages(), { redis, queue, attempts: 3, backoffMs: 1_000 })
console.error(`enqueued ${summary.added} pages (${summary.failed} could not be, their error is their result)`)

let done = 0
for await (const result of readResults({ redis, queue, expect: files.length })) {
  process.stdout.write(`${JSON.stringify(result)}\n`)
  done++
  if (result.error) console.error(`${result.id}: ${result.error}`)
}
console.error(`${done} results`)
