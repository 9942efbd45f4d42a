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

function escapeBlockStart(_: string, mark: string | undefined, number: string | undefined, delimiter: string | undefined): string {
  return mark !== undefined ? `\\${mark}` : `${number}\\${delimiter}`
}

/** Escapes text so Markdown renders it as the same text, not as markup or HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(LEADING_SPACE, '').replace(INLINE_SYNTAX, '\\$&').replace(BLOCK_START, escapeBlockStart))
    .join('\n')
}

export function toMarkdown(article: CleanArticle): string {
  const parts: string[] = []
  if (article.headline) parts.push(`# ${escapeMarkdown(article.headline)}`)
  const meta = [article.byline && `By ${article.byline}`, article.publishedAt].filter(Boolean)
  if (meta.length > 0) parts.push(`*${meta.map((item) => escapeMarkdown(String(item))).join(' · ')}*`)
  if (article.caption) {
    const credit = article.caption.credit ? ` (${escapeMarkdown(article.caption.credit)})` : ''
    parts.push(`> ${escapeMarkdown(article.caption.text)}${credit}`)
  }
  parts.push(...article.paragraphs.map(escapeMarkdown))
  return `${parts.join('\n\n')}\n`
}

export function toPlainText(article: CleanArticle): string {
  const parts: string[] = []
  if (article.headline) parts.push(article.headline)
  if (article.byline) parts.push(`By ${article.byline}`)
  if (article.caption) parts.push(article.caption.credit ? `${article.caption.text} (${article.caption.credit})` : article.caption.text)
  parts.push(...article.paragraphs)
  return `${parts.join('\n\n')}\n`
}
