// Cleans one page (HTML or copied text) and prints a short summary of the result.
// Usage: npm run build && node examples/clean-file.mjs <file>
import { readFileSync } from 'node:fs'
import { cleanArticle } from 'clean-article'

const file = process.argv[2]
if (!file) {
  console.error('usage: node examples/clean-file.mjs <file>')
  process.exit(2)
}

const article = cleanArticle(readFileSync(file))
const oneLine = (text, max) => {
  const line = text.replace(/\n/g, ' / ')
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

console.log(article.headline ?? '(no headline)')
if (article.byline) console.log(`by ${article.byline}`)
if (article.publishedAt) console.log(`published ${article.publishedAt}`)
if (article.caption) console.log(`caption: ${article.caption.text} — credit: ${article.caption.credit ?? '(none)'}`)
console.log(`${article.paragraphs.length} paragraphs, ${article.quotes.length} quotes (format: ${article.format}, language: ${article.language})`)
for (const quote of article.quotes) console.log(`  ${quote.speaker ?? '(unknown)'}: "${oneLine(quote.text, 100)}"`)
console.log('removed:')
for (const block of article.removed) console.log(`  ${block.kind.padEnd(11)} ${block.rule.padEnd(26)} ${oneLine(block.text, 70)}`)
for (const warning of article.warnings) console.log(`warning: ${warning}`)
