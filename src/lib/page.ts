/** What a front door hands to the classifier: the blocks of a page and what its metadata says. */
import type { Block } from './blocks/block.js'
import type { Caption } from './types.js'

export interface PageMeta {
  /** The best metadata title (JSON-LD headline, og:title …), site name trimmed. */
  headline: string | null
  /** Every metadata title, best first, site names trimmed: what a headline on the page should agree with. */
  titles: string[]
  /** The page's <title> as printed (site name and all). */
  documentTitle: string | null
  byline: string | null
  /** The names metadata gives for the byline. */
  authors: string[]
  /** Authors named by microdata (`itemprop=author`) or `rel=author` links, wherever they sit on the page: the last source of a byline. */
  markupAuthors: string[]
  /** Texts of the page's links to author pages (`/author/…`): a printed line equal to one is a byline. */
  authorLinks: string[]
  /** The publisher's name from JSON-LD: an author value equal to it names the site, not a writer. */
  publisher: string | null
  publishedAt: string | null
  modifiedAt: string | null
  description: string | null
  image: string | null
  language: string | null
  siteName: string | null
  canonicalUrl: string | null
  paywalled: boolean
  /** The page says it is a discussion thread (schema.org DiscussionForumPosting or QAPage): its replies are content. */
  discussion: boolean
  /** Captions known from metadata (e.g. a JSON-LD image caption), used when the body has none. */
  captions: Caption[]
}

export interface Page {
  blocks: Block[]
  meta: PageMeta
  /** True when the blocks' language has a stopword list: density features are meaningful. */
  languageKnown: boolean
  /** HTML: elements left out of the parse for being nested deeper than the limit. */
  nestingCut: number
  warnings: string[]
  /** HTML: where the page has an `<hr>`: before the block of this index (ascending). */
  breaks: number[]
  /** HTML: the base that links are resolved against (the page's `<base>` or URL), when known. */
  linkBase: string | null
}

export function emptyMeta(): PageMeta {
  return {
    headline: null,
    titles: [],
    documentTitle: null,
    byline: null,
    authors: [],
    authorLinks: [],
    markupAuthors: [],
    publisher: null,
    publishedAt: null,
    modifiedAt: null,
    description: null,
    image: null,
    language: null,
    siteName: null,
    discussion: false,
    canonicalUrl: null,
    paywalled: false,
    captions: [],
  }
}
