/**
 * Page metadata: JSON-LD (schema.org Article kinds, `@graph` and `@id` references), OpenGraph /
 * article:* / Dublin Core / Parse.ly / `<meta name>` tags, microdata (`itemprop`), `rel=author`
 * links, `<time datetime>`, `<title>`, `<html lang>`, the canonical link. Each field takes the
 * first source that has a usable value, in the order the fields' lists below give.
 */
import type { PageMeta } from '../page.js'
import { cleanAuthor, splitAuthors } from '../extract/byline.js'
import { isUpdateLabel, parseDate } from '../extract/date.js'
import type { Caption } from '../types.js'
import { normaliseLine } from '../text/normalise.js'
import { jsonLdUrl } from '../url.js'
import type { HtmlDocument, HtmlElement, HtmlNode, IndexedTag } from './dom.js'

/** schema.org types whose `headline` is the article's. */
const ARTICLE_TYPES = /(?:Article|BlogPosting|Report|NewsArticle|Posting|WebPage|Review|LiveBlogPosting)$/
/**
 * schema.org types of a discussion thread (a forum topic, a question with its answers): the
 * replies on such a page are its content, not comments under an article.
 */
const DISCUSSION_TYPES = /(?:DiscussionForumPosting|QAPage)$/
/** schema.org types of a forum thread's or Q&A page's first post: its author is the page's when no article names one. */
const POSTING_TYPES = /^(?:DiscussionForumPosting|SocialMediaPosting|Question)$/
/** The type of JSON-LD scripts. */
const JSON_LD_TYPE = 'application/ld+json'
/** The rel of the canonical link. */
const CANONICAL_REL = 'canonical'
/** A CDATA section or HTML comment around a script's JSON ("<![CDATA[ {…} ]]>", "//<![CDATA[", "<!-- … -->"), as XHTML-minded templates write it. */
const MARKUP_WRAPPER = /^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)|(?:\/\/\s*)?(?:\]\]>|-->)\s*$/gu
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
      // A WebPage or QAPage holds its posting or question as `mainEntity`.
      const main = value['mainEntity']
      if (typeof main === 'object' && main !== null) stack.push(main)
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
    const clean = normaliseLine(decodeEntities(value))
    return clean === '' ? null : clean
  }
  if (Array.isArray(value)) return text(value[0])
  if (isObject(value)) return text(value['name'] ?? value['@value'])
  return null
}

/** Character references left in metadata text: JSON-LD is not HTML-decoded, and some pages encode twice ("&amp;#8217;"). */
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp|ndash|mdash|hellip|lsquo|rsquo|ldquo|rdquo|laquo|raquo));/giu
/** The named references ENTITY knows, as characters. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
}
/** The last valid code point. */
const MAX_CODE_POINT = 0x10ffff
/** Decoding passes: a value encoded twice ("&amp;#8230;") needs two. */
const ENTITY_PASSES = 2

function decodeEntities(value: string): string {
  let out = value
  for (let pass = 0; pass < ENTITY_PASSES && out.includes('&'); pass++) {
    out = out.replace(ENTITY, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? whole
      const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16)
      return code > 0 && code <= MAX_CODE_POINT ? String.fromCodePoint(code) : whole
    })
  }
  return out
}

/**
 * The names of a JSON-LD `author` value (a string, a Person or Organization, an `@id` reference
 * to a graph member, or an array of them). A URL is resolved to a name through `resolveUrl`
 * (the page's own link to it); a value that names nobody is dropped.
 */
function authorNames(value: Json | undefined, graph: ReadonlyMap<string, JsonObject>, resolveUrl: (url: string) => string | null): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  const names: string[] = []
  for (const item of list) {
    const object = isObject(item) && typeof item['@id'] === 'string' && item['name'] === undefined ? (graph.get(item['@id']) ?? item) : item
    const raw = text(object)
    const name = raw === null ? null : isUrl(raw) ? resolveUrl(raw) : cleanAuthor(raw)
    if (name !== null && !names.includes(name)) names.push(name)
  }
  return names
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
      for (const object of objects(JSON.parse(raw.replace(MARKUP_WRAPPER, '')) as Json)) out.push(object)
    } catch {
      // Broken JSON-LD is common; the page's other metadata still counts.
    }
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

/** A value that is a link: an author field holding a profile URL. */
const HTTP_URL = /^(?:https?:)?\/\//iu

function isUrl(value: string): boolean {
  return HTTP_URL.test(value)
}

/**
 * Meta tags that name the author, best first: Dublin Core (deliberate metadata, read in both
 * spellings `DC.creator` and `dc:creator`) before the generic `author` a theme may fill with a
 * default; `byl` is the NYT-style "By …" line.
 */
const AUTHOR_KEYS = ['dc.creator', 'dcterms.creator', 'author', 'article:author', 'og:article:author', 'byl', 'parsely-author', 'sailthru.author', 'citation_author', 'book:author'] as const
/** Meta tags with the article's title, best first (the JSON-LD headline comes before them). */
const TITLE_KEYS = ['dc.title', 'dcterms.title', 'og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'headline', 'title'] as const
/** Meta tags with the publication date, best first. */
const PUBLISHED_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'parsely-pub-date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'sailthru.date', 'citation_publication_date', 'citation_date', 'dcterms.created',
] as const
/** Meta tags with the date of the last change. */
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'dc.date.modified', 'last-modified', 'lastmod'] as const
/** Meta tags with the page's summary. */
const DESCRIPTION_KEYS = ['og:description', 'description', 'twitter:description', 'dc.description', 'dcterms.description'] as const
/** Meta tags with the lead image. */
const IMAGE_KEYS = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'image', 'thumbnailurl'] as const
/** Parse.ly's JSON meta tag, and its fields. */
const PARSELY_PAGE_KEY = 'parsely-page'
/** A Dublin Core key written with a colon ("dc:creator"): read as "dc.creator". */
const DUBLIN_CORE_COLON = /^(dc|dcterms):/u
/** Whitespace between the words of a `property` value that names several properties at once. */
const PROPERTY_SEPARATOR = /\s+/u

/** The nodeType of elements. */
const ELEMENT_NODE = 1
/** Tags whose content is not page text: never an author, a date or a title. */
const NOT_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'head'])
/** Class words of comment sections: a commenter is not the article's author. */
const COMMENT_TOKENS = /(?:^|[\s_-])(?:comments?|replies|reply|discussion)(?:$|[\s_-])/iu
/** The itemprop words of an author and of the article's dates in microdata. */
const ITEMPROP_AUTHOR = /(?:^|\s)(?:author|creator)(?:\s|$)/iu
const ITEMPROP_PUBLISHED = /(?:^|\s)datepublished(?:\s|$)/iu
const ITEMPROP_MODIFIED = /(?:^|\s)datemodified(?:\s|$)/iu
const ITEMPROP_NAME = /(?:^|\s)name(?:\s|$)/iu
/** Class words of a `<time>` that is the publication date ("published", "post-date", "entry-date"). */
const PUBLISHED_TIME_CLASS = /(?:^|[\s_-])(?:published|publish|pubdate|post-date|entry-date|article-date|date-published)(?:$|[\s_-])/iu
/** Microdata author elements hold a name, not a paragraph: longer texts are bios. */
const MAX_AUTHOR_TEXT_CHARS = 100
/** A link to an author's or member's page: a path segment "author(s)", "writer(s)", "contributor(s)", "members", "users", "u", "profile(s)", "people" … */
const AUTHOR_PATH = /\/(?:author|authors|writer|writers|byline|contributor|contributors|journalist|journalists|autor|auteur|autore|redacteur|members|member|users|user|u|profile|profiles|userprofile|people)\//iu
/** Author links kept: menus of every writer on the site come after the article's own. */
const MAX_AUTHOR_LINKS = 40
/** How many `<time>` elements are kept: the article's own come first on a page. */
const MAX_TIMES = 8

/**
 * The page's meta tags by key (lower case, Dublin Core's colon read as a dot), the first value of
 * each; a key given by `property` (RDFa, as OpenGraph and Dublin Core define them) wins over the
 * same key given by `name`.
 */
function metaContent(document: HtmlDocument): Map<string, string> {
  const out = new Map<string, string>()
  const byProperty = new Set<string>()
  for (const meta of metadataElements(document, 'meta')) {
    const content = meta.getAttribute('content')
    if (!content) continue
    const property = meta.getAttribute('property')
    const keys = (property ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase().trim()
    // `property="og:title dc:title"` names two properties with one value.
    for (const raw of keys.split(PROPERTY_SEPARATOR)) {
      const key = raw.replace(DUBLIN_CORE_COLON, '$1.')
      if (key === '' || byProperty.has(key) || (out.has(key) && property === null)) continue
      out.set(key, normaliseLine(decodeEntities(content)))
      if (property !== null) byProperty.add(key)
    }
  }
  return out
}

function firstOf(meta: ReadonlyMap<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key)
    if (value) return value
  }
  return null
}

/** Parse.ly's `parsely-page` JSON: its title, author(s) and publication date. */
function parselyPage(meta: ReadonlyMap<string, string>): { title: string | null; authors: string[]; published: string | null } {
  const raw = meta.get(PARSELY_PAGE_KEY)
  const none = { title: null, authors: [], published: null }
  if (raw === undefined || raw.length > MAX_JSON_LD_CHARS) return none
  try {
    const page = JSON.parse(raw) as Json
    if (!isObject(page)) return none
    const authors = [page['author'], page['authors']].flatMap((value) => (Array.isArray(value) ? value : [value])).flatMap((value) => {
      const name = text(value)
      return name === null ? [] : [name]
    })
    return { title: text(page['title']), authors, published: text(page['pub_date']) }
  } catch {
    return none
  }
}

/** What the page's markup says beyond its meta tags: one walk over the document. */
interface Markup {
  title: string | null
  /** An element's microdata type is a discussion thread (DISCUSSION_TYPES). */
  discussion: boolean
  /**
   * Microdata author names and `rel=author` link texts outside comments: the first one in page
   * order and those beside it (same parent element: a shared byline). Later ones are the authors
   * of replies, teasers and forum posts.
   */
  authors: string[]
  /** The parent of the first author element: authors beside it share the byline. */
  authorParent: HtmlElement | null
  /** Texts of links to an author's page (`/author/…`), to tell a printed byline without "By". */
  authorLinks: string[]
  /** Microdata dates (`itemprop=datePublished` / `dateModified`). */
  published: string | null
  modified: string | null
  /** `<time datetime>` values in page order: whether the element is marked as the publication date, and the value. */
  times: { published: boolean; value: string }[]
  /** Links by href (the first of each), to turn an author's profile URL into the name the page prints for it. */
  links: Map<string, HtmlElement>
}

function classOf(element: HtmlElement): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
}

/** The text of an element, spaces normalised. */
function elementText(element: HtmlElement): string {
  return normaliseLine(element.textContent)
}

/** A microdata author's name: its `itemprop=name` (content or text), else its own text. */
function microdataName(element: HtmlElement): string | null {
  const stack: HtmlNode[] = [...element.childNodes]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.nodeType !== ELEMENT_NODE) continue
    const child = node as HtmlElement
    if (ITEMPROP_NAME.test(child.getAttribute('itemprop') ?? '')) return normaliseLine(child.getAttribute('content') ?? child.textContent)
    for (const grandchild of child.childNodes) stack.push(grandchild)
  }
  const own = element.getAttribute('content') ?? elementText(element)
  return own.length <= MAX_AUTHOR_TEXT_CHARS ? own : null
}

/**
 * The page's markup read for metadata: microdata, `rel=author`, author links, <time>. With
 * `readNoscript`, <noscript> content counts too: the page as a browser without scripts shows it
 * (noscript.ts), where a forum prints its posts and their authors.
 */
function readMarkup(document: HtmlDocument, readNoscript: boolean): Markup {
  const markup: Markup = { title: null, discussion: false, authors: [], authorParent: null, authorLinks: [], published: null, modified: null, times: [], links: new Map() }
  const title = normaliseLine(document.title)
  markup.title = title === '' ? null : title
  const root = document.documentElement
  if (root === null) return markup
  const stack: HtmlElement[] = [root]
  while (stack.length > 0) {
    const element = stack.pop()!
    const tag = element.tagName
    if (NOT_TEXT_TAGS.has(tag) && !(readNoscript && tag === 'noscript')) continue
    if (!element.bare) readElement(element, tag, markup)
    const children = element.childNodes
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!
      if (child.nodeType === ELEMENT_NODE) stack.push(child as HtmlElement)
    }
  }
  return markup
}

/** Keeps an author element's name when it is the first outside comments, or beside the first. */
function addAuthor(markup: Markup, element: HtmlElement, name: string | null): void {
  if (!name || (markup.authorParent !== null && element.parentNode !== markup.authorParent) || inComments(element)) return
  markup.authorParent ??= element.parentNode
  markup.authors.push(name)
}

/** Whether an element sits in a comment section (checked only for the few author and date elements). */
function inComments(element: HtmlElement): boolean {
  for (let el: HtmlElement | null = element; el !== null; el = el.parentNode) if (!el.bare && COMMENT_TOKENS.test(classOf(el))) return true
  return false
}

function readElement(element: HtmlElement, tag: string, markup: Markup): void {
  if (tag === 'a') {
    const href = element.getAttribute('href')
    if (href !== null && !markup.links.has(href)) markup.links.set(href, element)
    if (href !== null && AUTHOR_PATH.test(href) && markup.authorLinks.length < MAX_AUTHOR_LINKS) markup.authorLinks.push(elementText(element))
    const rel = element.getAttribute('rel')
    if (rel !== null && rel.toLowerCase().split(PROPERTY_SEPARATOR).includes('author')) {
      const name = elementText(element)
      addAuthor(markup, element, name)
      if (markup.authorLinks.length < MAX_AUTHOR_LINKS) markup.authorLinks.push(name)
    }
  }
  if (!markup.discussion) markup.discussion = DISCUSSION_TYPES.test(element.getAttribute('itemtype') ?? '')
  const itemprop = element.getAttribute('itemprop')
  if (itemprop !== null) {
    if (ITEMPROP_AUTHOR.test(itemprop)) {
      addAuthor(markup, element, microdataName(element))
    } else if (ITEMPROP_PUBLISHED.test(itemprop)) {
      markup.published ??= element.getAttribute('datetime') ?? element.getAttribute('content') ?? elementText(element)
    } else if (ITEMPROP_MODIFIED.test(itemprop)) {
      markup.modified ??= element.getAttribute('datetime') ?? element.getAttribute('content') ?? elementText(element)
    }
  }
  if (tag === 'time' && markup.times.length < MAX_TIMES) {
    const value = element.getAttribute('datetime')
    if (value && !inComments(element)) markup.times.push({ published: element.hasAttribute('pubdate') || PUBLISHED_TIME_CLASS.test(classOf(element)), value })
  }
}

/** The name the page prints for a link to `url` (an author's profile), when it is a name. */
function linkedName(url: string, links: ReadonlyMap<string, HtmlElement>): string | null {
  const path = url.replace(HTTP_URL, '//')
  for (const [href, link] of links) {
    if (href === url || href.replace(HTTP_URL, '//') === path || (href.startsWith('/') && path.endsWith(href) && href.length > 1)) {
      const name = cleanAuthor(elementText(link))
      if (name !== null) return name
    }
  }
  return null
}

/** The object a page is about (`mainEntity`): a forum posting or a question on a WebPage or QAPage. */
function mainEntity(article: JsonObject | undefined): JsonObject | undefined {
  const main = article?.['mainEntity']
  const first = Array.isArray(main) ? main[0] : main
  return isObject(first) ? first : undefined
}

/** The JSON-LD objects by `@id`, for references ("author": {"@id": "#person"}). */
function graphIndex(objects: readonly JsonObject[]): Map<string, JsonObject> {
  const index = new Map<string, JsonObject>()
  for (const object of objects) {
    const id = object['@id']
    if (typeof id === 'string' && !index.has(id)) index.set(id, object)
  }
  return index
}

/** The first JSON-LD image's URL: a string, an ImageObject's `url` / `contentUrl`, or the first of a list. */
function imageUrl(value: Json | undefined): string | null {
  if (typeof value === 'string') return text(value)
  if (Array.isArray(value)) return imageUrl(value[0])
  if (isObject(value)) return text(value['url'] ?? value['contentUrl'] ?? null)
  return null
}

/** The authors of the first source that names somebody: JSON-LD, meta tags, Parse.ly. */
function pageAuthors(article: JsonObject | undefined, jsonLd: readonly JsonObject[], graph: ReadonlyMap<string, JsonObject>, meta: ReadonlyMap<string, string>, parsely: string[], markup: Markup): string[] {
  const resolve = (url: string): string | null => linkedName(url, markup.links)
  const posting = article?.['author'] === undefined ? jsonLd.find((object) => typeMatches(object, POSTING_TYPES) && object['author'] !== undefined) : undefined
  const fromJsonLd = authorNames(article?.['author'] ?? mainEntity(article)?.['author'] ?? posting?.['author'], graph, resolve)
  if (fromJsonLd.length > 0) return fromJsonLd
  for (const key of AUTHOR_KEYS) {
    const value = meta.get(key)
    if (!value) continue
    const name = isUrl(value) ? resolve(value) : cleanAuthor(value)
    if (name !== null) return [name]
  }
  return [...new Set(parsely.flatMap((value) => cleanAuthor(value) ?? []))]
}

/** The publication date and the date of the last change, from JSON-LD, meta tags, Parse.ly, microdata and `<time>`. */
function pageDates(article: JsonObject | undefined, meta: ReadonlyMap<string, string>, parsely: string | null, markup: Markup): { published: string | null; modified: string | null } {
  const published =
    [text(article?.['datePublished']), text(mainEntity(article)?.['datePublished']), firstOf(meta, PUBLISHED_KEYS), parsely, markup.published, text(article?.['dateCreated'])].find(
      (value) => value && parseDate(value),
    ) ?? null
  const modified = [text(article?.['dateModified']), firstOf(meta, MODIFIED_KEYS), markup.modified].find((value) => value && parseDate(value)) ?? null
  // <time datetime>: the one marked as the publication date, else the first that is not an update.
  const time = markup.times.find((each) => each.published) ?? markup.times[0]
  return {
    published: published ? parseDate(published) : time && !isUpdateLabel(time.value) ? parseDate(time.value) : null,
    modified: modified ? parseDate(modified) : null,
  }
}

export function readMetadata(document: HtmlDocument, options: { readNoscript?: boolean } = {}): Metadata {
  const ld = readJsonLd(document)
  const graph = graphIndex(ld)
  const article = ld.find((object) => typeMatches(object, ARTICLE_TYPES) && object['headline'] !== undefined) ?? ld.find((object) => typeMatches(object, ARTICLE_TYPES))
  const meta = metaContent(document)
  const markup = readMarkup(document, options.readNoscript === true)
  const parsely = parselyPage(meta)
  let canonical: string | null = null
  for (const link of metadataElements(document, 'link')) if (equalsIgnoringCase(link.getAttribute('rel'), CANONICAL_REL)) canonical ??= link.getAttribute('href')
  let base: string | null = null
  for (const el of metadataElements(document, 'base')) if (el.hasAttribute('href')) base ??= el.getAttribute('href')
  const publisherValue = article?.['publisher']
  const publisher = isObject(publisherValue) ? (typeof publisherValue['@id'] === 'string' && publisherValue['name'] === undefined ? graph.get(publisherValue['@id']) : publisherValue) : undefined
  // The JSON-LD publisher names the site as an organisation; og:site_name often adds a tagline ("Site - All the news").
  const siteName = text(publisher?.['name']) ?? meta.get('og:site_name') ?? meta.get('application-name') ?? null
  const titles = [text(article?.['headline']), ...TITLE_KEYS.map((key) => meta.get(key) ?? null), parsely.title, text(article?.['name'])].flatMap((title) =>
    title === null || title === '' ? [] : [trimSiteName(title, siteName)],
  )
  const authors = pageAuthors(article, ld, graph, meta, parsely.authors, markup)
  const dates = pageDates(article, meta, parsely.published, markup)
  const lang = document.documentElement?.getAttribute('lang') ?? text(article?.['inLanguage']) ?? meta.get('og:locale') ?? meta.get('language') ?? null
  return {
    headline: titles[0] ?? null,
    titles: [...new Set(titles)],
    documentTitle: markup.title,
    byline: authors.length > 0 ? authors.join(', ') : null,
    authors: authors.flatMap((name) => splitAuthors(name)),
    authorLinks: [...new Set(markup.authorLinks.filter((text) => text !== ''))],
    markupAuthors: [...new Set(markup.authors.flatMap((value) => cleanAuthor(value) ?? []))],
    publisher: text(publisher?.['name']),
    publishedAt: dates.published,
    modifiedAt: dates.modified,
    description: text(article?.['description']) ?? firstOf(meta, DESCRIPTION_KEYS),
    image: imageUrl(article?.['image']) ?? firstOf(meta, IMAGE_KEYS) ?? imageUrl(article?.['thumbnailUrl']),
    language: lang ? lang.replace('_', '-').trim() || null : null,
    siteName,
    canonicalUrl: canonical ?? meta.get('og:url') ?? null,
    paywalled: gated(article),
    discussion: markup.discussion || ld.some((object) => typeMatches(object, DISCUSSION_TYPES)),
    captions: imageCaption(article),
    base,
  }
}
