// A queue worker: takes pages from a BullMQ queue on Redis and cleans them on worker threads,
// one result per page id in the queue's results stream. Run one on every machine you have.
//
//   npm run build                     (and: npm install bullmq ioredis, in your own project)
//   redis-server --port 6379 &        (Debian: apt-get install redis-server)
//   node examples/queue-worker.mjs [redis://127.0.0.1:6379] [pages]
//
// SIGTERM or Ctrl-C finishes the pages in hand, records them and exits; a second one stops at
// once (the pages in hand go back to the queue when their lock expires).
import { availableParallelism } from 'node:os'
import { startQueueWorker } from '../dist/queue/index.js'

const [redis = 'redis://127.0.0.1:6379', queue = 'pages'] = process.argv.slice(2)

const worker = await startQueueWorker({
  redis,
  queue,
  concurrency: availableParallelism(), // worker threads in this process
  timeoutMs: 10_000, // per page, enforced by terminating the page's thread
})
console.error(`worker on ${redis}, queue ${queue}: Ctrl-C to stop`)

let signals = 0
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    signals++
    console.error(signals === 1 ? 'finishing the pages in hand…' : 'stopping now')
    await worker.close({ force: signals > 1 })
    console.error(`stopped: ${worker.recorded} results recorded, ${worker.duplicates} duplicates dropped`)
  })
}
