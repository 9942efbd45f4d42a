/**
 * The article as a hast tree (the unified ecosystem's HTML syntax tree): built from `content`
 * only when an output asks for it, never on the cleaning path. Only the elements and attributes
 * `content` can say are made (see ELEMENTS in html.ts); texts go in as text nodes, never as markup.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast'
import type { CleanArticle, ContentBlock, ContentList, ContentText } from '../types.js'

export interface OutputOptions {
  /** Put the headline (`<h1>`) and the byline and date (`<p><em>`) before the body. Default `true`. */
  header?: boolean
}

/** Written between the byline and the date in the header line. */
const HEADER_SEPARATOR = ' · '

/** The article as a hast root: its header (unless `header: false`), then `content`, block by block. */
export function toHast(article: CleanArticle, options: OutputOptions = {}): Root {
  const children: RootContent[] = []
  if (options.header !== false) {
    // A body that opens with the headline as its heading prints it already.
    const first = article.content[0]
    const printed = first?.type === 'heading' && first.text === article.headline
    if (article.headline && !printed) children.push(element('h1', {}, [text(article.headline)]))
    const line = [article.byline === null ? null : `By ${article.byline}`, article.publishedAt].filter((part) => part !== null)
    if (line.length > 0) children.push(element('p', {}, [element('em', {}, [text(line.join(HEADER_SEPARATOR))])]))
  }
  for (const block of article.content) children.push(blockElement(block))
  // A line break between blocks, so the HTML reads one block a line.
  const spaced: RootContent[] = []
  children.forEach((child, i) => {
    if (i > 0) spaced.push(text('\n'))
    spaced.push(child)
  })
  return { type: 'root', children: spaced }
}

function blockElement(block: ContentBlock): Element {
  switch (block.type) {
    case 'paragraph':
      return element('p', {}, phrasing(block))
    case 'heading':
      return element(`h${block.level}`, {}, phrasing(block))
    case 'list':
      return listElement(block)
    case 'blockquote': {
      const paragraphs = block.paragraphs.map((paragraph) => element('p', {}, phrasing(paragraph)))
      if (block.credit !== null) paragraphs.push(element('p', {}, [text(block.credit)]))
      return element('blockquote', {}, paragraphs)
    }
    case 'code':
      return element('pre', {}, [element('code', {}, [text(block.code)])])
    case 'table': {
      const row = (cells: ContentText[], tag: 'th' | 'td'): Element => element('tr', {}, cells.map((cell) => element(tag, {}, phrasing(cell))))
      const parts: Element[] = []
      if (block.header !== null) parts.push(element('thead', {}, [row(block.header, 'th')]))
      if (block.rows.length > 0) parts.push(element('tbody', {}, block.rows.map((cells) => row(cells, 'td'))))
      return element('table', {}, parts)
    }
    case 'figure': {
      const caption = block.credit === null ? block.caption : `${block.caption} (${block.credit})`
      const parts: Element[] = []
      if (block.image !== null) parts.push(element('img', { src: block.image, alt: block.caption }, []))
      parts.push(element('figcaption', {}, [text(caption)]))
      return element('figure', {}, parts)
    }
    case 'hr':
      return element('hr', {}, [])
  }
}

function listElement(list: ContentList): Element {
  return element(
    list.ordered ? 'ol' : 'ul',
    {},
    list.items.map((item) => element('li', {}, [...phrasing(item), ...item.lists.map(listElement)])),
  )
}

/** A span of a text: a link or emphasis, with what it becomes. */
interface Span {
  start: number
  end: number
  tag: string
  href: string | null
}

/** EMPHASIS kinds as elements. */
const EMPHASIS_TAGS = { emphasis: 'em', strong: 'strong', code: 'code' } as const

/**
 * A text with its links and emphasis as nested elements. Spans nest as they did on the page; one
 * that crosses the end of the span around it is cut there, and a link inside a link is left out
 * (HTML does not nest them).
 */
export function phrasing(content: ContentText): ElementContent[] {
  const source = content.text
  if (content.links.length === 0 && content.emphasis.length === 0) return [text(source)]
  const spans: Span[] = [
    ...content.links.map((link) => ({ start: link.start, end: link.end, tag: 'a', href: link.href })),
    ...content.emphasis.map((span) => ({ start: span.start, end: span.end, tag: EMPHASIS_TAGS[span.kind], href: null })),
  ].sort((a, b) => a.start - b.start || b.end - a.end)
  let next = 0
  const build = (from: number, to: number, inLink: boolean): ElementContent[] => {
    const out: ElementContent[] = []
    let at = from
    while (next < spans.length && spans[next]!.start < to) {
      const span = spans[next++]!
      const start = Math.max(span.start, at)
      const end = Math.min(span.end, to)
      if (start >= end) continue
      if (start > at) out.push(text(source.slice(at, start)))
      const inner = build(start, end, inLink || span.tag === 'a')
      if (span.tag === 'a' && inLink) out.push(...inner)
      else out.push(element(span.tag, span.href === null ? {} : { href: span.href }, inner))
      at = end
    }
    if (at < to) out.push(text(source.slice(at, to)))
    return out
  }
  return build(0, source.length, false)
}

function element(tagName: string, properties: Record<string, string>, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children }
}

function text(value: string): Text {
  return { type: 'text', value }
}
