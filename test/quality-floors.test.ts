/**
 * The quality gate: body-text figures on the benchmark may not fall below the floors in
 * bench/quality-floors.json. Raising a floor is a deliberate edit; lowering one needs a reason
 * in the commit. Runs the real benchmark (both front doors, no Readability baseline).
 */
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const ROOT = new URL('..', import.meta.url).pathname

describe('quality floors', () => {
  it('keeps F1 and recall of both front doors at or above bench/quality-floors.json', () => {
    let output = ''
    let failed = false
    try {
      output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/quality.ts', '--no-baseline', '--check'], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      })
    } catch (error) {
      failed = true
      output = String((error as { stdout?: string }).stdout ?? error)
    }
    expect(failed, output).toBe(false)
  }, 300_000)
})
