// A unified pipeline that turns a web page into the cleaned article as Markdown:
// rehype-parse reads the page, rehypeCleanArticle puts the cleaned article's tree in its place,
// rehype-remark and remark-stringify (with remark-gfm for tables) write Markdown.
// The rest of the result (headline, byline, dates, captions, quotes, removed blocks) is on
// file.data.cleanArticle.
// Usage: npm run build && node examples/unified-markdown.mjs <page.html> [url]
// (rehype-parse, rehype-remark, remark-gfm, remark-stringify and unified are yours to install.)
import { readFileSync } from 'node:fs'
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { rehypeCleanArticle } from 'clean-article/unified'

const [path, url] = process.argv.slice(2)
if (!path) {
  console.error('usage: node examples/unified-markdown.mjs <page.html> [url]')
  process.exit(2)
}

const file = await unified()
  .use(rehypeParse)
  .use(rehypeCleanArticle, url ? { url } : {})
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify)
  .process(readFileSync(path, 'utf8'))

process.stdout.write(String(file))
const { removed, quotes } = file.data.cleanArticle
console.error(`${quotes.length} quotes; ${removed.length} blocks removed`)
