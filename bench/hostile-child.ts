/**
 * One pathological shape at several sizes, for bench/hostile.ts, in a process of its own (so the
 * bench can give up on a shape that takes too long):
 *
 *   tsx bench/hostile-child.ts <shape name> <bytes>[,<bytes>…]
 *
 * Warms up on the shape at 100 KB (the first calls compile the code paths it takes), then times
 * cleanArticle at each size: the fastest of three runs up to 1 MB, one run above. Prints one JSON
 * line per size as soon as it is timed: { bytes, ms (wall clock), cpuMs (this process's CPU time,
 * which other processes on a busy machine do not inflate), warnings }.
 */
import { performance } from 'node:perf_hooks'
import { cleanArticle } from '../src/index.ts'
import { HOSTILE_INPUTS, buildAtSize } from './hostile-inputs.ts'

const WARM_UP_BYTES = 100_000
const SMALL_PAGE_BYTES = 1_000_000
const SMALL_PAGE_RUNS = 3
/** Input limit for the bench: above the largest page, so every page is cleaned whole. */
const NO_LIMIT = 256 * 1024 * 1024

const [name, sizes] = process.argv.slice(2)
const shape = HOSTILE_INPUTS.find((input) => input.name === name)
if (shape === undefined || sizes === undefined) throw new Error(`usage: hostile-child.ts <shape name> <bytes>[,<bytes>…]`)
const options = { maxInputBytes: NO_LIMIT, ...shape.options }
cleanArticle(buildAtSize(shape, WARM_UP_BYTES), options)
for (const target of sizes.split(',').map(Number)) {
  const input = buildAtSize(shape, target)
  let ms = Number.POSITIVE_INFINITY
  let cpuMs = Number.POSITIVE_INFINITY
  let warnings: string[] = []
  for (let run = 0; run < (input.length <= SMALL_PAGE_BYTES ? SMALL_PAGE_RUNS : 1); run++) {
    const start = performance.now()
    const cpu = process.cpuUsage()
    warnings = cleanArticle(input, options).warnings
    const used = process.cpuUsage(cpu)
    ms = Math.min(ms, performance.now() - start)
    cpuMs = Math.min(cpuMs, (used.user + used.system) / 1000)
  }
  process.stdout.write(`${JSON.stringify({ bytes: input.length, ms, cpuMs, warnings })}\n`)
}
