/**
 * A batch worker thread: cleans the pages its pool sends, one at a time, and answers each with
 * the article (or the error) and the time it took. Before it says it is ready it compiles every
 * rule pattern and cleans built-in sample pages for a few rounds (warm-up.ts), so the first real
 * pages do not pay for compiling (which would count against their time limit).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { cleanArticle } from '../lib/clean-article.js'
import { compileRules } from '../lib/classify/apply-rules.js'
import { resolveOptions } from '../lib/options.js'
import type { Task, WorkerMessage, WorkerSetup } from './pool.js'
import { currentThreadId } from './thread-cpu.js'
import { WARM_UP_HTML, WARM_UP_ROUNDS, WARM_UP_TEXT } from './warm-up.js'

const { cleanOptions } = workerData as WorkerSetup
const port = parentPort!

function answer(message: WorkerMessage): void {
  port.postMessage(message)
}

port.on('message', (task: Task) => {
  const started = performance.now()
  try {
    const options = task.options === undefined ? cleanOptions : { ...cleanOptions, ...task.options }
    const format = task.format === 'auto' ? (options.format ?? 'auto') : task.format
    const url = task.url ?? options.url
    const article = cleanArticle(task.input, { ...options, format, ...(url === undefined ? {} : { url }) })
    answer({ type: 'done', article, ms: performance.now() - started })
  } catch (error) {
    answer({ type: 'failed', error: error instanceof Error ? error.message : String(error), ms: performance.now() - started })
  }
})

compileRules(resolveOptions(cleanOptions).rules)
for (let round = 0; round < WARM_UP_ROUNDS; round++) {
  cleanArticle(WARM_UP_HTML, { ...cleanOptions, format: 'html', url: 'https://example.org/news/bridge' })
  cleanArticle(WARM_UP_TEXT, { ...cleanOptions, format: 'text' })
}
answer({ type: 'ready', tid: currentThreadId() })
