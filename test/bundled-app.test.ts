/**
 * Batch workers started from an app that bundles clean-article with esbuild: the app's bundle holds
 * the worker pool but not the package's worker.js, so the app bundles `clean-article/worker` as an
 * entry point of its own and passes that file as `workerUrl` (README, "Bundling"). Without it the
 * batch fails at once with an error that says so.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it, onTestFinished } from 'vitest'
import { requireBuilt, ROOT } from './support/bundle.js'
import { run } from './support/run.js'

/** Bundling and starting two workers take a few seconds; a busy machine needs more. */
const TIMEOUT = 120_000

const APP = `
import { cleanArticles } from 'clean-article'
const paragraph = 'The council voted on Tuesday to close the bridge for repairs, and the work will take a year. '
const pages = [1, 2, 3].map((n) => ({ id: String(n), html: '<article><h1>Bridge ' + n + ' closes</h1><p>' + paragraph.repeat(3) + '</p></article>' }))
const workerUrl = process.argv[2] === 'with-worker-url' ? new URL('./worker.mjs', import.meta.url) : undefined
try {
  for await (const result of cleanArticles(pages, { jobs: 2, ...(workerUrl ? { workerUrl } : {}) })) {
    console.log(JSON.stringify(result.error ? { id: result.id, error: result.error } : { id: result.id, cleaned: result.text.includes('The council voted') }))
  }
} catch (error) {
  console.log(JSON.stringify({ failed: error.message }))
}
`

describe('an app bundled with esbuild', () => {
  it('starts batch workers from clean-article/worker bundled beside it, and says what to do without it', async () => {
    requireBuilt()
    // Inside the repository, so that esbuild resolves `clean-article` to the package itself.
    const dir = mkdtempSync(join(ROOT, '.tmp-app-'))
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
    writeFileSync(join(dir, 'app.mjs'), APP)
    await build({
      entryPoints: [
        { in: join(dir, 'app.mjs'), out: 'app' },
        { in: 'clean-article/worker', out: 'worker' },
      ],
      absWorkingDir: dir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      outdir: join(dir, 'out'),
      outExtension: { '.js': '.mjs' },
      logLevel: 'silent',
    })
    const bundled = join(dir, 'out', 'app.mjs')
    const ok = await run(process.execPath, [bundled, 'with-worker-url'], { cwd: dir, timeout: TIMEOUT })
    expect(ok.stderr).toBe('')
    expect(ok.stdout.trim().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual([1, 2, 3].map((n) => ({ id: String(n), cleaned: true })))
    const missing = await run(process.execPath, [bundled], { cwd: dir, timeout: TIMEOUT })
    expect(JSON.parse(missing.stdout)).toEqual({
      failed: expect.stringMatching(/^clean-article: the batch worker is not at .*worker\.js \(is clean-article bundled into your app\?\): bundle 'clean-article\/worker' as an entry point of its own and pass its file as the workerUrl option$/),
    })
  }, TIMEOUT)
})
