/**
 * `toMarkdown`: the article as Markdown (CommonMark with GFM tables). The sanitised hast tree
 * (html.ts) becomes mdast through hast-util-to-mdast and is printed by mdast-util-to-markdown,
 * which escapes what the text holds so it reads back as the same text.
 */
import type { Element } from 'hast'
import { toMdast, type State } from 'hast-util-to-mdast'
import type { Image, Paragraph, PhrasingContent } from 'mdast'
import { gfmTableToMarkdown } from 'mdast-util-gfm-table'
import { toMarkdown as mdastToMarkdown, type Options as MarkdownOptions } from 'mdast-util-to-markdown'
import type { CleanArticle } from '../types.js'
import type { OutputOptions } from './hast.js'
import { toSafeHast } from './html.js'


/** How the Markdown is written: `-` bullets, `*emphasis*`, `**strong**`, fenced code, `---` breaks, links as `[text](url)`. */
const MARKDOWN: MarkdownOptions = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
  resourceLink: true,
  extensions: [gfmTableToMarkdown()],
}

/**
 * A figure as one paragraph: the picture (its caption as the alternative text), a line break and
 * the caption in italics; a figure without a picture is its caption in italics.
 */
function figure(state: State, node: Element): Paragraph {
  const children: PhrasingContent[] = []
  const img = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'img')
  const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'figcaption')
  if (img && typeof img.properties['src'] === 'string') {
    const image: Image = { type: 'image', url: state.resolve(img.properties['src']), alt: typeof img.properties['alt'] === 'string' ? img.properties['alt'] : null, title: null }
    children.push(image)
    if (caption) children.push({ type: 'break' })
  }
  if (caption) children.push({ type: 'emphasis', children: state.all(caption) as PhrasingContent[] })
  return { type: 'paragraph', children }
}

/** The article as Markdown: `# headline` and the byline line (unless `header: false`), then `content`. */
export function toMarkdown(article: CleanArticle, options: OutputOptions = {}): string {
  const tree = toMdast(toSafeHast(article, options), { handlers: { figure } })
  return mdastToMarkdown(tree, MARKDOWN)
}
