/**
 * `clean-article/unified`: `rehypeCleanArticle`, a rehype plugin for pipelines that already use
 * unified. It takes the tree `rehype-parse` made of a page and puts the cleaned article's tree in
 * its place (sanitised, as `toHtml` prints it); the rest of the result (headline, byline, dates,
 * captions, quotes, removed blocks…) goes on `file.data.cleanArticle`.
 *
 *     unified().use(rehypeParse).use(rehypeCleanArticle).use(rehypeRemark).use(remarkStringify)
 *
 * gives the article as Markdown. The page is cleaned from the file's own text when there is one
 * (what rehype-parse read), else from the tree printed back to HTML.
 */
import type { Root } from 'hast'
import { toHtml as hastToHtml } from 'hast-util-to-html'
import { cleanArticle } from './lib/clean-article.js'
import type { OutputOptions } from './lib/output/hast.js'
import { toSafeHast } from './lib/output/html.js'
import type { CleanArticle, CleanArticleOptions } from './lib/types.js'

/** The plugin's options: `cleanArticle`'s (`url`, `keep`, `disableRules`, `rules`…) and the output's `header` (default `true`). */
export type RehypeCleanArticleOptions = Omit<CleanArticleOptions, 'format'> & OutputOptions

/** The part of a vfile the plugin reads and writes (any vfile has it). */
export interface CleanArticleFile {
  value?: unknown
  data: { cleanArticle?: CleanArticle; [key: string]: unknown }
}

/** The rehype plugin: replaces the page's tree with the cleaned article's. */
export function rehypeCleanArticle(options: RehypeCleanArticleOptions = {}): (tree: Root, file: CleanArticleFile) => Root {
  const { header, ...cleanOptions } = options
  return (tree, file) => {
    const source = typeof file.value === 'string' || file.value instanceof Uint8Array ? file.value : hastToHtml(tree)
    const article = cleanArticle(source, { ...cleanOptions, format: 'html' })
    file.data.cleanArticle = article
    return toSafeHast(article, header === undefined ? {} : { header })
  }
}
