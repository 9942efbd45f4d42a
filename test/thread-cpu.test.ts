/**
 * The batch time limit counts the CPU time a page's thread spends, not the wall clock: on a busy
 * machine a page waits for a core through no fault of its own, and timing that out replaced warm
 * workers with cold ones in a spiral. The wall clock still caps it at a multiple of the limit.
 */
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { limitCheck, threadCpuMs, WALL_CAP_FACTOR } from '../src/batch/thread-cpu.js'

describe('the per-page limit in CPU time', () => {
  it('expires on CPU time, waits while the page only waited, and expires on the wall-clock cap', () => {
    expect(limitCheck(120, 150, 100)).toEqual({ expired: true })
    expect(limitCheck(30, 100, 100)).toEqual({ expired: false, recheckMs: 70 })
    expect(limitCheck(99, 400, 100)).toEqual({ expired: false, recheckMs: 10 })
    expect(limitCheck(30, 100 * WALL_CAP_FACTOR, 100)).toEqual({ expired: true })
    expect(limitCheck(null, 100, 100)).toEqual({ expired: true })
  })

  it('reads the CPU time of a busy worker thread (Linux), null elsewhere', async () => {
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads')
       const { readlinkSync } = require('node:fs')
       parentPort.postMessage(Number(readlinkSync('/proc/thread-self').split('/').pop()))
       parentPort.once('message', () => { let sum = 0; for (let i = 0; i < 3e8; i++) sum += i % 7; parentPort.postMessage(sum) })`,
      { eval: true },
    )
    try {
      if (process.platform !== 'linux') {
        expect(threadCpuMs(1)).toBeNull()
        return
      }
      const tid = await new Promise<number>((resolve) => worker.once('message', resolve))
      const before = threadCpuMs(tid)
      worker.postMessage('spin')
      await new Promise((resolve) => worker.once('message', resolve))
      const after = threadCpuMs(tid)
      expect(before).not.toBeNull()
      // 300 million additions: well over 50 ms of CPU however busy the machine (which only stretches the wall time).
      expect(after! - before!).toBeGreaterThanOrEqual(50)
      expect(threadCpuMs(2 ** 30)).toBeNull()
    } finally {
      await worker.terminate()
    }
  })
})
