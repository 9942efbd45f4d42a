/**
 * `clean-article/output`: the article as HTML, Markdown or a hast tree, through the unified
 * ecosystem's utilities. Kept off the core entry so its size stays what cleaning needs.
 */
export { toHast, type OutputOptions } from './lib/output/hast.js'
export { toHtml } from './lib/output/html.js'
export { toMarkdown } from './lib/output/markdown.js'
export { toPlainText } from './lib/output/format.js'
