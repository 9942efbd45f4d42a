/**
 * Measures the time growth of every pathological shape for test/work-budget.test.ts, in a process
 * of its own started with a large young generation (`--max-semi-space-size`) and `--expose-gc`;
 * prints one JSON array of `Growth` records. See the test for why.
 */
import { HOSTILE_INPUTS, buildAtSize, type HostileInput } from '../../bench/hostile-inputs.js'
import { cleanArticle } from '../../src/index.js'

export interface Growth {
  name: string
  smallBytes: number
  largeBytes: number
  smallMs: number
  largeMs: number
  /** largeMs / smallMs (smallMs at least TIMER_FLOOR_MS). */
  growth: number
  attempts: number
}

/** The smaller input, unless the shape names its own (HostileInput.budgetBytes). */
const SMALL_BYTES = 100_000
const GROWTH = 4
/** A shape over this growth is measured again before it is reported over. */
const MAX_TIME_GROWTH = 6
/** Runs per size, interleaved; the fastest is kept. */
const RUNS = 2
const ATTEMPTS = 3
/** Below this the timer's resolution and the call's fixed cost decide the ratio, not the shape. */
const TIMER_FLOOR_MS = 5
/** Input limit for these runs: above every input, so nothing is cut. */
const NO_LIMIT = 64 * 1024 * 1024
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {})

/** CPU milliseconds (user and system) of one clean, after a full collection of earlier garbage. */
function cpuMs(input: string | Uint8Array, shape: HostileInput): number {
  collect()
  const start = process.cpuUsage()
  cleanArticle(input, { maxInputBytes: NO_LIMIT, ...shape.options })
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

function measure(shape: HostileInput): Growth {
  const small = buildAtSize(shape, shape.budgetBytes ?? SMALL_BYTES)
  const large = buildAtSize(shape, small.length * GROWTH)
  cpuMs(small, shape) // warm-up: the first runs compile the code paths this shape takes
  cpuMs(small, shape)
  let result: Growth | null = null
  for (let attempt = 1; attempt <= ATTEMPTS && (result === null || result.growth > MAX_TIME_GROWTH); attempt++) {
    let smallMs = Number.POSITIVE_INFINITY
    let largeMs = Number.POSITIVE_INFINITY
    for (let run = 0; run < RUNS; run++) {
      smallMs = Math.min(smallMs, cpuMs(small, shape))
      largeMs = Math.min(largeMs, cpuMs(large, shape))
    }
    const floor = Math.max(smallMs, TIMER_FLOOR_MS)
    result = { name: shape.name, smallBytes: small.length, largeBytes: large.length, smallMs, largeMs, growth: largeMs / floor, attempts: attempt }
  }
  return result!
}

const only = process.argv[2]
const shapes = HOSTILE_INPUTS.filter((shape) => shape.build(1).length > 0 && (only === undefined || shape.name === only))
process.stdout.write(JSON.stringify(shapes.map(measure)))
