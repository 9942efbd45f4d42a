/**
 * The quality gate: body-text figures on every development set, and the metadata figures under its
 * "metadata" key, may not fall below the floors in bench/quality-floors.json, and no page of any
 * set may get a byline that is a URL, a date or a placeholder. Raising a floor is a deliberate edit; lowering one needs a reason
 * in the commit. Runs the real benchmark (every set, both front doors, no baselines, no labels:
 * test/quotes-labelled.test.ts checks those).
 */
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const ROOT = new URL('..', import.meta.url).pathname

describe('quality floors', () => {
  it('keeps F1 and recall of every set and front door at or above bench/quality-floors.json', () => {
    let output = ''
    let failed = false
    try {
      output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/quality.ts', '--no-baseline', '--no-labels', '--no-tree', '--check'], {
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
