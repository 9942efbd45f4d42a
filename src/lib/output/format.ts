/** Renderings of a cleaned article for people: Markdown and plain text. */
import type { CleanArticle } from '../types.js'

/** Characters that are Markdown syntax anywhere in a line: escapes, code spans, emphasis, links
 * and images, raw HTML and autolinks, GFM tables and strikethrough, entity references. */
const INLINE_SYNTAX = /[\\`*_[\]<>|~&]/g
/** Line starts that Markdown reads as a heading, quote, list item, thematic break or setext
 * underline (`#`, `>`, `+`, `-`, `=`), or as an ordered list item (`1.`, `1)`). */
const BLOCK_START = /^(?:([#>+=-])|(\d+)([.)]))/
/** Leading spaces and tabs: four of them would make the line an indented code block. */
const LEADING_SPACE = /^[ \t]+/
/** CommonMark's line endings (LF, CR, CRLF): a lone CR from a hand-built article ends a line too. */
const LINE_ENDING = /\r\n?|\n/
/** Line endings and Unicode line and paragraph separators, made spaces where a line must stay one line (the heading, the byline, the caption). */
const ANY_LINE_BREAK = /\r\n?|[\n\u2028\u2029]/g
/** A `#` ending a heading's text (unless already escaped) would be read as its closing sequence and dropped. */
const TRAILING_HASH = /(?<!\\)#$/

function escapeBlockStart(_: string, mark: string | undefined, number: string | undefined, delimiter: string | undefined): string {
  return mark !== undefined ? `\\${mark}` : `${number}\\${delimiter}`
}

/** Escapes text so Markdown renders it as the same text, not as markup or HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .split(LINE_ENDING)
    .map((line) => line.replace(LEADING_SPACE, '').replace(INLINE_SYNTAX, '\\$&').replace(BLOCK_START, escapeBlockStart))
    .join('\n')
}

/** Text escaped for a construct that must stay on one line. */
function escapeLine(text: string): string {
  return escapeMarkdown(text.replace(ANY_LINE_BREAK, ' '))
}

/**
 * The article as Markdown, paragraphs only.
 * @deprecated Use `toMarkdown` from `clean-article/output`, which keeps headings, lists, links,
 * tables, code and figures; this one leaves the core entry in the next major version.
 */
export function toMarkdown(article: CleanArticle): string {
  const parts: string[] = []
  if (article.headline) parts.push(`# ${escapeLine(article.headline).replace(TRAILING_HASH, '\\#')}`)
  const meta = [article.byline && `By ${article.byline}`, article.publishedAt].filter(Boolean)
  if (meta.length > 0) parts.push(`*${meta.map((item) => escapeLine(String(item))).join(' · ')}*`)
  if (article.caption) {
    const credit = article.caption.credit ? ` (${escapeLine(article.caption.credit)})` : ''
    parts.push(`> ${escapeLine(article.caption.text)}${credit}`)
  }
  for (const paragraph of article.paragraphs) parts.push(escapeMarkdown(paragraph))
  return `${parts.join('\n\n')}\n`
}

export function toPlainText(article: CleanArticle): string {
  const parts: string[] = []
  if (article.headline) parts.push(article.headline)
  if (article.byline) parts.push(`By ${article.byline}`)
  if (article.caption) parts.push(article.caption.credit ? `${article.caption.text} (${article.caption.credit})` : article.caption.text)
  for (const paragraph of article.paragraphs) parts.push(paragraph)
  return `${parts.join('\n\n')}\n`
}
