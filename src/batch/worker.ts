/**
 * A batch worker thread: cleans the pages its pool sends, one at a time, and answers each with
 * the article (or the error) and the time it took. Before it says it is ready it compiles every
 * rule pattern and cleans two small sample pages, so the first real pages do not pay for
 * compiling (which would count against their time limit).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { cleanArticle } from '../lib/clean-article.js'
import { compileRules } from '../lib/classify/apply-rules.js'
import { resolveOptions } from '../lib/options.js'
import type { Task, WorkerMessage, WorkerSetup } from './pool.js'

const { cleanOptions } = workerData as WorkerSetup
const port = parentPort!

/** Warm-up pages: a paragraph of prose and a few short lines, through both front doors. */
const WARM_UP_TEXT = [
  'A sample headline',
  'By A. Writer',
  'This is a paragraph of prose that the warm-up cleans so that every pattern is compiled before the first real page arrives.',
  'Share this article',
  'Sign up for our newsletter',
].join('\n\n')
const WARM_UP_HTML = `<html><head><title>Sample</title></head><body>${WARM_UP_TEXT.split('\n\n').map((line) => `<p>${line}</p>`).join('')}</body></html>`

function answer(message: WorkerMessage): void {
  port.postMessage(message)
}

port.on('message', (task: Task) => {
  const started = performance.now()
  try {
    const format = task.format === 'auto' ? (cleanOptions.format ?? 'auto') : task.format
    const url = task.url ?? cleanOptions.url
    const article = cleanArticle(task.input, { ...cleanOptions, format, ...(url === undefined ? {} : { url }) })
    answer({ type: 'done', article, ms: performance.now() - started })
  } catch (error) {
    answer({ type: 'failed', error: error instanceof Error ? error.message : String(error), ms: performance.now() - started })
  }
})

compileRules(resolveOptions(cleanOptions).rules)
cleanArticle(WARM_UP_HTML, { ...cleanOptions, format: 'html' })
cleanArticle(WARM_UP_TEXT, { ...cleanOptions, format: 'text' })
answer({ type: 'ready' })
