/** `clean-article/batch`: the batch API alone, for Node-like runtimes (worker threads). */
export { cleanArticles, type BatchErrorMessage, type BatchOptions, type BatchResult, type PageInput } from './batch/clean-articles.js'
