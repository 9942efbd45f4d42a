/** What a front door hands to the classifier: the blocks of a page and what its metadata says. */
import type { Block } from './blocks/block.js'
import type { Caption } from './types.js'

export interface PageMeta {
  headline: string | null
  byline: string | null
  publishedAt: string | null
  language: string | null
  siteName: string | null
  canonicalUrl: string | null
  paywalled: boolean
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
}

export function emptyMeta(): PageMeta {
  return {
    headline: null,
    byline: null,
    publishedAt: null,
    language: null,
    siteName: null,
    canonicalUrl: null,
    paywalled: false,
    captions: [],
  }
}
