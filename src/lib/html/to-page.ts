/**
 * The HTML front door: parse once (htmlparser2 into a small DOM), read the metadata, un-hide
 * gated article text, walk the body into Blocks.
 */
import { guessLanguage, stopwordsFor } from '../blocks/language.js'
import { STOPWORDS } from '../blocks/stopwords.js'
import { recount } from '../blocks/block.js'
import type { Page } from '../page.js'
import { parseDocument, type HtmlDocument } from './dom.js'
import { httpUrlOrNull } from './http-url.js'
import { jsonLdScripts, readMetadata } from './metadata.js'
import { walk } from './walk.js'

/** A document without <html> or <body> is a fragment: wrap it so the parser builds a body. */
const HAS_DOCUMENT = /<(?:html|body)[\s>]/i
/** Hiding attributes removed from gated article text, which is the article even when hidden. */
const HIDING_ATTRIBUTES = ['hidden', 'aria-hidden', 'style'] as const
/** The JSON-LD key naming gated elements, and its string values. */
const CSS_SELECTOR_KEY = '"cssSelector"'
const CSS_SELECTOR = /"cssSelector"\s*:\s*"([^"]{1,200})"/g
/** Blocks sampled for a language guess when the page declares none. */
const LANGUAGE_SAMPLE_BLOCKS = 200

export interface HtmlOptions {
  url: string | null
  /** Elements nested deeper than this are left out with their content. */
  maxDepth: number
}

function absolute(url: string, base: string | null): string {
  if (base === null) return url
  try {
    return new URL(url, base).href
  } catch {
    return url
  }
}

/** schema.org `hasPart.cssSelector` marks gated article text; a reader who pays sees it. */
function unhideGatedText(document: HtmlDocument): void {
  for (const script of jsonLdScripts(document)) {
    const json = script.textContent
    if (!json.includes(CSS_SELECTOR_KEY)) continue
    for (const match of json.matchAll(CSS_SELECTOR)) {
      try {
        for (const el of document.querySelectorAll(match[1]!)) for (const name of HIDING_ATTRIBUTES) el.removeAttribute(name)
      } catch {
        // An invalid selector in the page's metadata is the page's problem, not the reader's.
      }
    }
  }
}

export function htmlToPage(html: string, options: HtmlOptions): Page {
  return pageFromDocument(parseHtml(html, options.maxDepth), options)
}

/** Parses a page, or a fragment of one wrapped into a document, nested at most `maxDepth` deep. */
export function parseHtml(html: string, maxDepth: number): HtmlDocument {
  const page = HAS_DOCUMENT.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`
  return parseDocument(page, maxDepth)
}

/** The Page of a parsed document. */
export function pageFromDocument(document: HtmlDocument, options: HtmlOptions): Page {
  const metadata = readMetadata(document)
  unhideGatedText(document)
  const root = document.body
  const declared = stopwordsFor(metadata.language)
  const result = root ? walk(root, declared ?? STOPWORDS) : { blocks: [], warnings: [] }
  // Pages often declare a template's language, not the article's: the words decide.
  const sample = result.blocks.slice(0, LANGUAGE_SAMPLE_BLOCKS).map((block) => block.text).join(' ')
  const guessed = guessLanguage(sample)
  const language = guessed !== null && stopwordsFor(guessed) !== declared ? guessed : (metadata.language ?? guessed)
  const stopwords = stopwordsFor(language)
  if (stopwords !== null && stopwords !== declared) for (const block of result.blocks) recount(block, stopwords)
  const base = options.url ?? metadata.base
  for (const block of result.blocks) if (block.image !== null) block.image = absolute(block.image, base)
  const { base: _base, ...meta } = metadata
  return {
    blocks: result.blocks,
    meta: { ...meta, language, canonicalUrl: meta.canonicalUrl ?? options.url, image: httpUrlOrNull(meta.image, base) },
    languageKnown: stopwords !== null,
    nestingCut: document.cut,
    warnings: [...document.warnings, ...result.warnings],
  }
}
