/**
 * The entry Node (and Deno and Bun, which set the same `node` export condition) loads for
 * `clean-article`: the core plus the batch API, whose worker threads only Node-like runtimes have.
 */
export * from './index.js'
export * from './batch.js'
