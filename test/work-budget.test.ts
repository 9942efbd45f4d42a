/**
 * The work budget: no page makes `cleanArticle` cost more than a fixed multiple of its size. Each
 * pathological shape of the hostile suite (bench/hostile-inputs.ts) is cleaned at about 100 KB
 * and at four times that, and its time may grow at most six times (linear work grows four times;
 * the rest is room for a busy machine). `npm run bench:hostile` prints ms per MB at 100 KB, 1 MB
 * and 4 MB with the runtime's default settings.
 *
 * How it is timed (test/support/work-budget-child.ts, one child process for all shapes):
 * - CPU time of the process, not the wall clock: on a shared machine other processes take the
 *   cores for whole seconds;
 * - a young generation large enough (`--max-semi-space-size=64`) that both sizes are collected
 *   the same way: with the default, ms per MB steps up by about half once a page's garbage
 *   spills into the old generation (somewhere between 200 and 600 KB), a one-time step that is not
 *   the shape's cost growing; and a full collection before each run;
 * - each size timed twice, interleaved, after two warm-up runs, the fastest kept; a shape over
 *   the bound measured again, up to three times, before it fails (a quadratic shape grows
 *   sixteen times every time).
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { HOSTILE_INPUTS } from '../bench/hostile-inputs.js'
import type { Growth } from './support/work-budget-child.js'

const ROOT = join(import.meta.dirname, '..')
const GROWTH = 4
const MAX_TIME_GROWTH = 6
/** Generous for one process timing every shape on a busy machine. */
const CHILD_DEADLINE_MS = 15 * 60_000

/**
 * Shapes whose super-linear cost lives outside this suite's modules, reported to the lead with
 * where the time goes (see /work/notes/hostile-report.md); each must be over budget until fixed,
 * so a fix makes this list shrink.
 */
const KNOWN_OVER_BUDGET: ReadonlySet<string> = new Set([])

function measureAll(): Promise<Map<string, Growth>> {
  return new Promise((resolve, reject) => {
    const args = ['--max-semi-space-size=64', '--expose-gc', '--import', 'tsx', 'test/support/work-budget-child.ts']
    const child = spawn(process.execPath, args, { cwd: ROOT, timeout: CHILD_DEADLINE_MS })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('close', (status) => {
      if (status !== 0) return reject(new Error(`work-budget child: exit ${status}: ${stderr}`))
      resolve(new Map((JSON.parse(stdout) as Growth[]).map((growth) => [growth.name, growth])))
    })
  })
}

const SHAPES = HOSTILE_INPUTS.filter((shape) => shape.build(1).length > 0).map((shape) => shape.name)
let measured = new Map<string, Growth>()

describe('work budget: time grows at most 6× when a pathological page grows 4×', () => {
  beforeAll(async () => {
    measured = await measureAll()
  }, CHILD_DEADLINE_MS)

  it.each(SHAPES)('%s', (name) => {
    const growth = measured.get(name)
    expect(growth, name).toBeDefined()
    const { smallBytes, largeBytes, smallMs, largeMs, attempts } = growth!
    expect(largeBytes / smallBytes).toBeGreaterThan(GROWTH * 0.8)
    const figures = `${name}: ${(smallBytes / 1000).toFixed(0)} KB in ${smallMs.toFixed(1)} ms, ${(largeBytes / 1000).toFixed(0)} KB in ${largeMs.toFixed(1)} ms (×${growth!.growth.toFixed(1)}, attempt ${attempts})`
    expect(growth!.growth <= MAX_TIME_GROWTH, figures).toBe(!KNOWN_OVER_BUDGET.has(name))
  })
})
