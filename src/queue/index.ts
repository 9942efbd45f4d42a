/**
 * `clean-article/queue`: cleaning pages on many machines through a BullMQ queue on Redis.
 * Needs the optional peer dependencies `bullmq` and `ioredis`; Node only.
 */
export { startQueueWorker, type QueueWorker, type QueueWorkerOptions } from './worker.js'
export { enqueuePages, type EnqueueOptions, type EnqueueSummary } from './producer.js'
export { readResults, type ReadResultsOptions } from './results.js'
export type { QueueConnection } from './connect.js'
export type { PageJob, QueuePage } from './job.js'
