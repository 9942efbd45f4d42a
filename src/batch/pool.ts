/**
 * A pool of worker threads that clean pages, one page per worker at a time.
 *
 * - `run(task)` queues a page and resolves with its outcome; it never rejects: a page that
 *   throws, crashes its worker or runs over the time limit becomes an error outcome.
 * - Each worker is sent its next page before it has finished the current one, so it starts the
 *   next page at once instead of idling while its answer travels here and a page travels back.
 *   A page's time limit runs from when its worker starts it (when the page before is answered),
 *   and counts the CPU time its thread spends (Linux; thread-cpu.ts), capped in wall time.
 * - A page over the limit gets its worker terminated and replaced; the other workers go on, and
 *   the page waiting in that worker goes back to the queue. The page itself is tried again
 *   (`timeoutRetries` times, at the front of the queue) on a warm worker before it becomes a
 *   time-limit error: a first try can be slow for reasons that are not the page's (a busy machine).
 * - A worker only gets pages once it has loaded the library, so start-up time never counts
 *   against a page's limit.
 *
 * Where the worker code comes from: `workerUrl` when the caller gives one (an app bundled with
 * esbuild, whose bundle has no `worker.js` beside it: see workerModule), else the built package's
 * `worker.js` next to this file. Run from source (tsx, vitest), this file is `pool.ts` and the
 * worker is `worker.ts`, loaded through tsx's loader registered inside the worker (a worker does
 * not inherit the parent's loader).
 */
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { CleanArticle, CleanArticleOptions } from '../lib/types.js'
import { limitCheck, threadCpuMs } from './thread-cpu.js'

/** One page for a worker: the input and how to read it. */
export interface Task {
  input: string | Uint8Array
  format: 'auto' | 'html' | 'text'
  url: string | null
  /** This page's time limit, when it is tighter than the pool's. */
  timeoutMs?: number
  /** Options for this page over the pool's (a queue job's own). */
  options?: CleanArticleOptions
}

export type Outcome = { article: CleanArticle; ms: number; error?: undefined } | { error: string; ms: number; timedOut: boolean }

/** Messages from a worker. */
export type WorkerMessage = { type: 'ready'; tid: number | null } | { type: 'done'; article: CleanArticle; ms: number } | { type: 'failed'; error: string; ms: number }

/** What a worker is started with. */
export interface WorkerSetup {
  cleanOptions: CleanArticleOptions
}

export interface PoolOptions {
  jobs: number
  /** Per-page limit in milliseconds; Infinity for none. */
  timeoutMs: number
  /** How many more times a page that ran over its time limit is tried. */
  timeoutRetries: number
  cleanOptions: CleanArticleOptions
  /** The worker module to start (workerModule's answer); null: the one beside this file. */
  workerUrl: URL | null
}

interface Job {
  task: Task
  resolve: (outcome: Outcome) => void
  /** Times the page ran over its limit so far. */
  timeouts: number
}

interface Slot {
  worker: Worker
  ready: boolean
  /** Pages sent to the worker and not answered yet, the one it is cleaning first. */
  jobs: Job[]
  /** When the worker started its first page (as far as this thread can tell). */
  started: number
  /** The worker thread's system id (Linux), to read its CPU time; null when unknown. */
  tid: number | null
  /** The thread's CPU time when it started its first page. */
  cpuStarted: number | null
  timer: NodeJS.Timeout | null
}

/** Pages a worker holds at once: the one it cleans and the next, already there when it is done. */
const PAGES_PER_WORKER = 2

/** Running from source when this module is the .ts file. */
const FROM_SOURCE = import.meta.url.endsWith('.ts')

/**
 * The worker module a pool starts: the caller's `workerUrl` (a path or a file URL), else null for
 * the one beside this file. Either must exist: an app bundled with esbuild carries this module
 * inside its bundle but not the worker file, and a missing worker would only show as every worker
 * failing to start, so the error says what to do instead.
 */
export function workerModule(workerUrl: string | URL | undefined): URL | null {
  if (workerUrl === undefined) {
    const beside = new URL('./worker.js', import.meta.url)
    if (FROM_SOURCE || beside.protocol !== 'file:' || existsSync(fileURLToPath(beside))) return null
    throw new Error(
      `clean-article: the batch worker is not at ${fileURLToPath(beside)} (is clean-article bundled into your app?): ` +
        "bundle 'clean-article/worker' as an entry point of its own and pass its file as the workerUrl option",
    )
  }
  if (typeof workerUrl !== 'string' && !(workerUrl instanceof URL)) throw new TypeError('clean-article: batch workerUrl must be a path or a file URL')
  const url = workerUrl instanceof URL ? workerUrl : workerUrl.startsWith('file:') ? new URL(workerUrl) : pathToFileURL(workerUrl)
  if (url.protocol !== 'file:') throw new TypeError(`clean-article: batch workerUrl must be a path or a file URL, not ${url.href}`)
  if (!existsSync(fileURLToPath(url))) throw new Error(`clean-article: batch workerUrl ${fileURLToPath(url)} does not exist`)
  return url
}

function startWorker(setup: WorkerSetup, workerUrl: URL | null): Worker {
  if (workerUrl !== null) return new Worker(workerUrl, { workerData: setup })
  if (!FROM_SOURCE) return new Worker(new URL('./worker.js', import.meta.url), { workerData: setup })
  const entry = JSON.stringify(new URL('./worker.ts', import.meta.url).href)
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}) })`
  return new Worker(bootstrap, { eval: true, workerData: setup })
}

export class WorkerPool {
  private readonly slots = new Set<Slot>()
  private readonly queue: Job[] = []
  private closed = false
  /** Set when a worker cannot even start (the package is broken): every page fails with it. */
  fatal: string | null = null
  private readonly readyWaiters: (() => void)[] = []

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.jobs; i++) this.addSlot()
  }

  /** Resolves once a worker is ready to take pages; rejects with the reason when none can start. */
  whenReady(): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (this.fatal !== null) reject(new Error(`clean-article: ${this.fatal}`))
        else resolve()
      }
      if (this.fatal !== null || [...this.slots].some((slot) => slot.ready)) check()
      else this.readyWaiters.push(check)
    })
  }

  run(task: Task): Promise<Outcome> {
    if (this.fatal !== null) return Promise.resolve({ error: this.fatal, ms: 0, timedOut: false })
    return new Promise((resolve) => {
      this.queue.push({ task, resolve, timeouts: 0 })
      this.dispatch()
    })
  }

  /** Stops every worker; pages still running are dropped (their time-limit timers too, so the process can exit). */
  async close(): Promise<void> {
    this.closed = true
    const slots = [...this.slots]
    this.slots.clear()
    for (const slot of slots) this.stopTimer(slot)
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }

  private addSlot(): void {
    const slot: Slot = { worker: startWorker({ cleanOptions: this.options.cleanOptions }, this.options.workerUrl), ready: false, jobs: [], started: 0, tid: null, cpuStarted: null, timer: null }
    this.slots.add(slot)
    slot.worker.on('message', (message: WorkerMessage) => this.onMessage(slot, message))
    slot.worker.on('error', (error) => this.onFailure(slot, error instanceof Error ? error.message : String(error)))
    slot.worker.on('exit', (code) => this.onFailure(slot, `worker exited with code ${code}`))
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    if (message.type === 'ready') {
      slot.ready = true
      slot.tid = message.tid
      for (const wake of this.readyWaiters.splice(0)) wake()
    } else {
      const job = this.finishFirst(slot)
      job?.resolve(message.type === 'done' ? { article: message.article, ms: message.ms } : { error: message.error, ms: message.ms, timedOut: false })
    }
    this.dispatch()
  }

  /** A worker died: its current page (if any) fails, the page waiting behind it is queued again, and a new worker takes its place. */
  private onFailure(slot: Slot, error: string): void {
    if (!this.slots.delete(slot)) return
    const wasReady = slot.ready
    const started = slot.started
    const job = this.finishFirst(slot)
    this.requeue(slot)
    job?.resolve({ error: `worker failed: ${error}`, ms: performance.now() - started, timedOut: false })
    void slot.worker.terminate()
    if (this.closed) return
    if (!wasReady) {
      this.failAll(`cannot start a worker: ${error}`)
      return
    }
    this.addSlot()
    this.dispatch()
  }

  private onTimeout(slot: Slot): void {
    if (!this.slots.delete(slot)) return
    const job = this.finishFirst(slot)
    this.requeue(slot)
    if (job !== null) {
      job.timeouts++
      const limit = this.limitOf(job)
      if (job.timeouts <= this.options.timeoutRetries) this.queue.unshift(job)
      else job.resolve({ error: `timed out after ${limit} ms${job.timeouts > 1 ? ` on ${job.timeouts} tries` : ''}`, ms: limit, timedOut: true })
    }
    void slot.worker.terminate()
    if (this.closed) return
    this.addSlot()
    this.dispatch()
  }

  /** Takes the worker's current page off it; the limit clock starts for the page behind it, which the worker starts now. */
  private finishFirst(slot: Slot): Job | null {
    this.stopTimer(slot)
    const job = slot.jobs.shift() ?? null
    if (slot.jobs.length > 0) this.startTimer(slot)
    return job
  }

  /** The pages a dead worker never started go back to the front of the queue, in order. */
  private requeue(slot: Slot): void {
    this.stopTimer(slot)
    this.queue.unshift(...slot.jobs.splice(0))
  }

  /** A page's own limit when it set a tighter one, else the pool's. */
  private limitOf(job: Job): number {
    return Math.min(job.task.timeoutMs ?? Infinity, this.options.timeoutMs)
  }

  private startTimer(slot: Slot): void {
    slot.started = performance.now()
    slot.cpuStarted = slot.tid === null ? null : threadCpuMs(slot.tid)
    const limit = this.limitOf(slot.jobs[0]!)
    if (Number.isFinite(limit)) slot.timer = setTimeout(() => this.onTimer(slot, limit), limit)
  }

  /** The page's limit counts its thread's CPU time (thread-cpu.ts): a page that only waited for a core gets more time. */
  private onTimer(slot: Slot, limit: number): void {
    const now = slot.tid === null || slot.cpuStarted === null ? null : threadCpuMs(slot.tid)
    const check = limitCheck(now === null ? null : now - slot.cpuStarted!, performance.now() - slot.started, limit)
    if (check.expired) this.onTimeout(slot)
    else slot.timer = setTimeout(() => this.onTimer(slot, limit), check.recheckMs)
  }

  private stopTimer(slot: Slot): void {
    if (slot.timer !== null) clearTimeout(slot.timer)
    slot.timer = null
  }

  private failAll(error: string): void {
    this.fatal = error
    for (const wake of this.readyWaiters.splice(0)) wake()
    for (const job of this.queue.splice(0)) job.resolve({ error, ms: 0, timedOut: false })
  }

  /** Gives every idle worker a page first, then each worker its next one. */
  private dispatch(): void {
    for (let held = 0; held < PAGES_PER_WORKER; held++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return
        if (!slot.ready || slot.jobs.length !== held) continue
        const job = this.queue.shift()!
        slot.jobs.push(job)
        if (slot.jobs.length === 1) this.startTimer(slot)
        slot.worker.postMessage(job.task)
      }
    }
  }
}
