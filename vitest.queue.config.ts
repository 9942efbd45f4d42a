import { defineConfig } from 'vitest/config'

/** The queue's integration tests (npm run test:queue, run by .ci/run): real Redis, worker processes, tens of seconds. */
export default defineConfig({
  test: {
    include: ['test/integration/**/*.itest.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
})
