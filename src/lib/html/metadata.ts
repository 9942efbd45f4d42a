/**
 * Page metadata: JSON-LD (schema.org Article kinds), OpenGraph / article:* / Dublin Core meta
 * tags, <html lang>, the canonical link. Each field takes the first source that has it.
 */
import type { PageMeta } from '../page.js'
import { parseDate } from '../extract/date.js'
import type { Caption } from '../types.js'
import { normaliseLine } from '../text/normalise.js'
import { jsonLdUrl } from '../url.js'
import type { HtmlDocument, HtmlElement, IndexedTag } from './dom.js'

/** schema.org types whose `headline` is the article's. */
const ARTICLE_TYPES = /(?:Article|BlogPosting|Report|NewsArticle|Posting|WebPage|Review|LiveBlogPosting)$/
/** The type of JSON-LD scripts. */
const JSON_LD_TYPE = 'application/ld+json'
/** The rel of the canonical link. */
const CANONICAL_REL = 'canonical'
/** The "By " that the NYT-style `byl` meta tag puts before the names. */
const BY_PREFIX = /^by\s+/i
/** JSON-LD scripts larger than this are not metadata (some pages inline whole apps). */
export const MAX_JSON_LD_CHARS = 1_000_000
/** "Headline | Site", "Headline - Site", "Headline — Site": the separators of site-name suffixes (each anchored at the start of its space run). */
const TITLE_SEPARATOR = /(?<!\s)\s+[|–—·•:-]\s+|(?<!\s)\s+\|\s*|(?<!\s)\s*\|\s+/u
/** A suffix this short (in words) after a separator is taken for a site name even when we do not know it. */
const MAX_SITE_SUFFIX_WORDS = 4

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Every object in a JSON-LD value, including @graph members and nested arrays (iteratively). */
function objects(root: Json): JsonObject[] {
  const out: JsonObject[] = []
  const stack: Json[] = [root]
  while (stack.length > 0) {
    const value = stack.pop()
    // One push per item: spreading a 450,000-item array into push() overflows the stack.
    if (Array.isArray(value)) for (const item of value) stack.push(item)
    else if (isObject(value)) {
      out.push(value)
      const graph = value['@graph']
      if (graph !== undefined) stack.push(graph)
    }
  }
  return out
}

function typeMatches(object: JsonObject, pattern: RegExp): boolean {
  const type = object['@type']
  const types = Array.isArray(type) ? type : [type]
  return types.some((t) => typeof t === 'string' && pattern.test(t))
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') {
    const clean = normaliseLine(value)
    return clean === '' ? null : clean
  }
  if (Array.isArray(value)) return text(value[0])
  if (isObject(value)) return text(value['name'] ?? value['@value'])
  return null
}

function authorNames(value: Json | undefined): string | null {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  const names = list.map((item) => text(item)).filter((name): name is string => name !== null && !name.startsWith('http'))
  return names.length > 0 ? names.join(', ') : null
}

/** An attribute value equal to a lower-case one whatever its case, as selectors compare `type` and `rel` in HTML. */
function equalsIgnoringCase(value: string | null, lowerCase: string): boolean {
  return value !== null && value.length === lowerCase.length && value.toLowerCase() === lowerCase
}

/**
 * The page's elements with this tag outside <noscript>: a browser that runs scripts reads a
 * <noscript> as raw text, so the markup in it is never metadata. Each ancestor is looked at once.
 */
function metadataElements(document: HtmlDocument, tag: IndexedTag): HtmlElement[] {
  const inside = new Map<HtmlElement, boolean>()
  return document.elementsByTag(tag).filter((element) => {
    const path: HtmlElement[] = []
    let found = false
    for (let node = element.parentNode; node !== null; node = node.parentNode) {
      const known = inside.get(node)
      if (known !== undefined) {
        found = known
        break
      }
      path.push(node)
      if (node.tagName === 'noscript') {
        found = true
        break
      }
    }
    for (const node of path) inside.set(node, found)
    return !found
  })
}

/** The page's JSON-LD scripts: `script[type="application/ld+json"]`, outside <noscript>. */
export function jsonLdScripts(document: HtmlDocument): HtmlElement[] {
  return metadataElements(document, 'script').filter((script) => equalsIgnoringCase(script.getAttribute('type'), JSON_LD_TYPE))
}

function readJsonLd(document: HtmlDocument): JsonObject[] {
  const out: JsonObject[] = []
  for (const script of jsonLdScripts(document)) {
    const raw = script.textContent ?? ''
    if (raw.length > MAX_JSON_LD_CHARS) continue
    try {
      for (const object of objects(JSON.parse(raw) as Json)) out.push(object)
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  return out
}

function metaContent(document: HtmlDocument): Map<string, string> {
  const out = new Map<string, string>()
  for (const meta of metadataElements(document, 'meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase()
    const content = meta.getAttribute('content')
    if (key !== '' && content && !out.has(key)) out.set(key, normaliseLine(content))
  }
  return out
}

/** Removes a " | Site Name" suffix (or prefix) from a title. */
export function trimSiteName(title: string, siteName: string | null): string {
  const pieces = title.split(TITLE_SEPARATOR)
  if (pieces.length < 2) return title
  const site = siteName?.toLowerCase()
  const last = pieces[pieces.length - 1]!
  const first = pieces[0]!
  if (site && last.toLowerCase() === site) return pieces.slice(0, -1).join(' - ')
  if (site && first.toLowerCase() === site) return pieces.slice(1).join(' - ')
  if (last.split(' ').length <= MAX_SITE_SUFFIX_WORDS && first.split(' ').length > MAX_SITE_SUFFIX_WORDS) return pieces.slice(0, -1).join(' - ')
  return title
}

/** Whether schema.org marks the article, or a part of it, as not free to read. */
function gated(article: JsonObject | undefined): boolean {
  if (!article) return false
  const free = article['isAccessibleForFree']
  if (free === false || free === 'False' || free === 'false') return true
  return objects(article['hasPart'] ?? null).some((part) => part['isAccessibleForFree'] === false || part['isAccessibleForFree'] === 'False')
}

function imageCaption(article: JsonObject | undefined): Caption[] {
  const images = objects(article?.['image'] ?? null)
  for (const image of images) {
    const caption = text(image['caption'])
    if (caption) return [{ text: caption, credit: text(image['creditText']) ?? text(image['creator']) ?? text(image['copyrightHolder']), image: jsonLdUrl(image, null) }]
  }
  return []
}

export interface Metadata extends PageMeta {
  /** The page's <base href> as written (to-page.ts resolves it and checks it is http(s)). */
  base: string | null
}

export function readMetadata(document: HtmlDocument): Metadata {
  const ld = readJsonLd(document)
  const article = ld.find((object) => typeMatches(object, ARTICLE_TYPES) && object['headline'] !== undefined) ?? ld.find((object) => typeMatches(object, ARTICLE_TYPES))
  const meta = metaContent(document)
  let canonical: string | null = null
  for (const link of metadataElements(document, 'link')) if (equalsIgnoringCase(link.getAttribute('rel'), CANONICAL_REL)) canonical ??= link.getAttribute('href')
  let base: string | null = null
  for (const el of metadataElements(document, 'base')) if (el.hasAttribute('href')) base ??= el.getAttribute('href')
  const publisher = isObject(article?.['publisher']) ? (article?.['publisher'] as JsonObject) : undefined
  const siteName = meta.get('og:site_name') ?? text(publisher?.['name']) ?? meta.get('application-name') ?? null
  const rawHeadline = text(article?.['headline']) ?? meta.get('og:title') ?? meta.get('twitter:title') ?? null
  const dateSource =
    text(article?.['datePublished']) ?? meta.get('article:published_time') ?? meta.get('og:published_time') ?? meta.get('datepublished') ??
    meta.get('date') ?? meta.get('dc.date') ?? meta.get('dc.date.issued') ?? meta.get('pubdate') ?? meta.get('publishdate') ?? meta.get('sailthru.date') ?? null
  const lang = document.documentElement?.getAttribute('lang') ?? text(article?.['inLanguage']) ?? meta.get('og:locale') ?? meta.get('language') ?? null
  return {
    headline: rawHeadline ? trimSiteName(rawHeadline, siteName) : null,
    byline: authorNames(article?.['author']) ?? meta.get('author') ?? meta.get('article:author') ?? meta.get('byl')?.replace(BY_PREFIX, '') ?? null,
    publishedAt: dateSource ? parseDate(dateSource) : null,
    language: lang ? lang.replace('_', '-').trim() || null : null,
    siteName,
    canonicalUrl: canonical ?? meta.get('og:url') ?? null,
    paywalled: gated(article),
    captions: imageCaption(article),
    base,
  }
}
