/** Renderings of a cleaned article for people: Markdown and plain text. */
import type { CleanArticle } from '../types.js'

/** Characters that are Markdown syntax anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_[\]<>|~]/g
/** Line starts that Markdown reads as a heading, quote, list item, rule or code fence. */
const BLOCK_START = /^(\s*)([#>+=-]|\d+[.)])/

/** Escapes text so Markdown renders it as the same text, not as markup or HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(INLINE_SYNTAX, '\\$&').replace(BLOCK_START, (_, space: string, mark: string) => `${space}\\${mark}`))
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
