/**
 * `toHtml`: the article as a clean HTML fragment. The hast tree of hast.ts goes through
 * hast-util-sanitize with a schema of exactly what `content` can say, then hast-util-to-html:
 * whatever a page wrote, the output has no script, no event handler, no style and no URL but
 * http(s) and relative ones.
 */
import type { Root } from 'hast'
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import { toHtml as hastToHtml } from 'hast-util-to-html'
import type { CleanArticle } from '../types.js'
import { toHast, type OutputOptions } from './hast.js'

/** The elements `content` is written with (hast.ts), and nothing else. */
const ELEMENTS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'em', 'strong', 'code', 'a', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'img', 'figcaption', 'hr']

/**
 * What may stay: those elements, `href` on links and `src`/`alt` on images, URLs with no scheme
 * (relative) or http(s) only. The default schema's ancestors (`li` in a list, cells in a row)
 * and stripped elements (`script`'s text goes with it) are kept.
 */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: ELEMENTS,
  attributes: { a: ['href'], img: ['src', 'alt'] },
  protocols: { href: ['http', 'https'], src: ['http', 'https'] },
  required: {},
  clobber: [],
}


/** The article as a sanitised hast tree: what `toHtml` prints, and what the unified plugin hands on. */
export function toSafeHast(article: CleanArticle, options: OutputOptions = {}): Root {
  return sanitize(toHast(article, options), SANITIZE_SCHEMA) as Root
}

/** The article as an HTML fragment: headline and byline line (unless `header: false`), then `content`. */
export function toHtml(article: CleanArticle, options: OutputOptions = {}): string {
  return `${hastToHtml(toSafeHast(article, options))}\n`
}
