/**
 * The HTML front door: parse once (linkedom), read the metadata, un-hide gated article text,
 * walk the body into Blocks.
 */
import { parseHTML } from 'linkedom'
import { guessLanguage, stopwordsFor } from '../blocks/language.js'
import { STOPWORDS } from '../blocks/stopwords.js'
import { recount } from '../blocks/block.js'
import type { Page } from '../page.js'
import { readMetadata } from './metadata.js'
import { walk, type WalkElement } from './walk.js'

/** A document without <html> or <body> is a fragment: wrap it so the parser builds a body. */
const HAS_DOCUMENT = /<(?:html|body)[\s>]/i
/** Hiding attributes removed from gated article text, which is the article even when hidden. */
const HIDING_ATTRIBUTES = ['hidden', 'aria-hidden', 'style'] as const
/** Blocks sampled for a language guess when the page declares none. */
const LANGUAGE_SAMPLE_BLOCKS = 200

export interface HtmlOptions {
  url: string | null
}

interface ParsedDocument {
  body: WalkElement | null
  documentElement: (WalkElement & { getAttribute(name: string): string | null }) | null
  title: string
  querySelectorAll(selector: string): Iterable<WalkElement & { removeAttribute(name: string): void }>
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
function unhideGatedText(document: ParsedDocument, html: string): void {
  if (!html.includes('cssSelector')) return
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    for (const match of (script.textContent ?? '').matchAll(/"cssSelector"\s*:\s*"([^"]{1,200})"/g)) {
      try {
        for (const el of document.querySelectorAll(match[1]!)) for (const name of HIDING_ATTRIBUTES) el.removeAttribute(name)
      } catch {
        // An invalid selector in the page's metadata is the page's problem, not the reader's.
      }
    }
  }
}

export function htmlToPage(html: string, options: HtmlOptions): Page {
  const source = HAS_DOCUMENT.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`
  const document = parseHTML(source).document as unknown as ParsedDocument
  const metadata = readMetadata(document as never)
  unhideGatedText(document, html)
  const root = document.body ?? document.documentElement
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
  const { title: _title, base: _base, ...meta } = metadata
  return {
    blocks: result.blocks,
    meta: { ...meta, language, canonicalUrl: meta.canonicalUrl ?? options.url },
    languageKnown: stopwords !== null,
    warnings: result.warnings,
  }
}
