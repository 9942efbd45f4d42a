/**
 * The HTML front door: parse once (htmlparser2 into a small DOM), read the metadata, un-hide
 * gated article text, walk the body into Blocks.
 */
import { guessLanguage, stopwordsFor } from '../blocks/language.js'
import { STOPWORDS } from '../blocks/stopwords.js'
import { recount } from '../blocks/block.js'
import type { Page } from '../page.js'
import type { HtmlDocument } from './dom.js'
import { unhideGatedText } from './gated.js'
import { readMetadata } from './metadata.js'
import { placeStreamedSegments } from './streamed-segments.js'
import { parseDocument } from './tree-builder.js'
import { walk } from './walk.js'
import { absoluteUrl, safeUrl } from '../url.js'

/** Blocks sampled for a language guess when the page declares none. */
const LANGUAGE_SAMPLE_BLOCKS = 200

export interface HtmlOptions {
  url: string | null
  /** Elements nested deeper than this are left out with their content. */
  maxDepth: number
  /** Read <noscript> as content (noscript.ts): only when the page shows nothing else. */
  readNoscript?: boolean
}

export function htmlToPage(html: string, options: HtmlOptions): Page {
  return pageFromDocument(parseHtml(html, options.maxDepth), options)
}

/**
 * Parses a page, or a fragment of one (the tree builder gives it a body), nested at most
 * `maxDepth` deep, with the parts a streaming server sent late moved into place.
 */
export function parseHtml(html: string, maxDepth: number): HtmlDocument {
  const document = parseDocument(html, maxDepth)
  placeStreamedSegments(document)
  return document
}

/** The Page of a parsed document. */
export function pageFromDocument(document: HtmlDocument, options: HtmlOptions): Page {
  const metadata = readMetadata(document, { readNoscript: options.readNoscript === true })
  unhideGatedText(document)
  const root = document.body
  const declared = stopwordsFor(metadata.language)
  const result = root ? walk(root, declared ?? STOPWORDS, { readNoscript: options.readNoscript === true }) : { blocks: [], warnings: [], breaks: [] }
  // Pages often declare a template's language, not the article's: the words decide.
  const sample = result.blocks.slice(0, LANGUAGE_SAMPLE_BLOCKS).map((block) => block.text).join(' ')
  const guessed = guessLanguage(sample)
  const language = guessed !== null && stopwordsFor(guessed) !== declared ? guessed : (metadata.language ?? guessed)
  const stopwords = stopwordsFor(language)
  if (stopwords !== null && stopwords !== declared) for (const block of result.blocks) recount(block, stopwords)
  const { base: baseHref, ...meta } = metadata
  // URLs out are safe (url.ts): the page's own URL and its <base href> count only as http(s) URLs.
  const pageUrl = absoluteUrl(options.url)
  const linkBase = absoluteUrl(safeUrl(baseHref, pageUrl)) ?? pageUrl
  const canonicalUrl = safeUrl(meta.canonicalUrl, linkBase) ?? pageUrl
  const imageBase = linkBase ?? absoluteUrl(canonicalUrl)
  for (const block of result.blocks) if (block.image !== null) block.image = safeUrl(block.image, imageBase)
  const captions = meta.captions.map((caption) => ({ ...caption, image: safeUrl(caption.image, imageBase) }))
  return {
    blocks: result.blocks,
    // The lead image is handed out only as an absolute http(s) URL (issue: a card's image must load as it is).
    meta: { ...meta, language, canonicalUrl, captions, image: absoluteUrl(safeUrl(meta.image, imageBase)) },
    languageKnown: stopwords !== null,
    nestingCut: document.cut,
    warnings: [...document.warnings, ...result.warnings],
    breaks: result.breaks,
    linkBase,
  }
}
