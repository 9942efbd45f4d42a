/**
 * cleanArticle: one page in, one structured article out.
 *
 * 1. Options resolved and validated (a wrong type throws; nothing after this does).
 * 2. Input decoded: bytes by BOM / declared charset / UTF-8 / windows-1252; limits applied.
 * 3. Front door chosen: HTML when the input looks like markup, else plain text; HTML nested
 *    deeper than the limit is left out of the parse (input/nesting.ts).
 * 4. Page read into Blocks (+ metadata for HTML).
 * 5. Blocks classified: rules, quality, the article region, context. For HTML, when that finds
 *    nothing and the page prints text for script-less readers, the page is read again with its
 *    <noscript> content (html/noscript.ts); where the answer is doubtful, a second opinion over
 *    the same blocks with the class words set aside.
 * 6. Fields extracted: headline, captions, byline, date, paragraphs, removed blocks; the
 *    paragraphs' blocks as typed `content` (headings, lists, tables, quotations, code, figures).
 * 7. Quotes attributed to speakers, in the first MAX_QUOTED_CHARS characters of the paragraphs.
 */
import { bodyWords, classify, type Classification } from './classify/classify.js'
import { doubt, keptTooLittle, proseKept, secondOpinion, UNSURE_BODY_WORDS, type ProseKept } from './classify/second-opinion.js'
import { looksLikeHtml } from './detect.js'
import { extractArticle } from './extract/article.js'
import { buildContent } from './extract/content.js'
import { QUOTE_BUDGET_WARNING, withinQuoteBudget } from './extract/quote-budget.js'
import { extractQuotes } from './extract/quotes.js'
import { hasScriptlessText } from './html/noscript.js'
import { pageFromDocument, parseHtml, type HtmlOptions } from './html/to-page.js'
import { decodeInput } from './input/decode.js'
import { resolveOptions } from './options.js'
import type { Page } from './page.js'
import { rulesForDiscussion } from './rules/registry.js'
import { textToPage } from './text/to-page.js'
import type { CleanArticle, CleanArticleOptions, Rule } from './types.js'

export function cleanArticle(input: string | Uint8Array, options?: CleanArticleOptions): CleanArticle {
  // 1. Options.
  const resolved = resolveOptions(options)
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError(`clean-article: input must be a string or a Uint8Array, not ${describe(input)}`)
  }
  const format = resolved.format === 'html' ? 'html' : 'text'
  try {
    // 2. Decode.
    const decoded = decodeInput(input, resolved.maxInputBytes)
    if (decoded.binary) return emptyArticle(format, decoded.warnings)

    // 3–4. Front door.
    const html = resolved.format === 'auto' ? looksLikeHtml(decoded.text) : resolved.format === 'html'
    const { page, rules, first } = html
      ? readHtml(decoded.text, { url: resolved.url, maxDepth: resolved.maxDepth }, resolved.rules)
      : readText(decoded.text, resolved.rules)

    // 5. Classify (the first classification comes with the page).
    const why = html ? doubt(page.blocks, first, rules) : null
    const classification = (why !== null ? secondOpinion(page.blocks, first, rules, why) : null) ?? first

    // 6. Fields.
    const fields = extractArticle(page, classification)
    const content = buildContent({ blocks: page.blocks, paragraphBlocks: fields.paragraphBlocks, figures: fields.figures, breaks: page.breaks, linkBase: page.linkBase }, html)

    // 7. Quotes.
    const quoted = withinQuoteBudget(fields.paragraphs)
    const quotes = extractQuotes({ paragraphs: quoted.paragraphs, blockquotes: fields.blockquotes })

    const warnings = [...decoded.warnings, ...page.warnings]
    if (quoted.cut) warnings.push(QUOTE_BUDGET_WARNING)
    // Only a doubtful first answer can end doubtful: an answer doubt() passed keeps enough of the page's prose.
    const prose = why !== null ? proseKept(page.blocks, classification, rules) : null
    if (prose !== null && fields.paragraphs.length > 0 && keptTooLittle(prose)) warnings.push(incompleteWarning(prose))
    if (fields.paragraphs.length === 0 && decoded.text.trim() !== '') warnings.push('no article text found')
    return {
      format: html ? 'html' : 'text',
      headline: fields.headline,
      caption: fields.captions[0] ?? null,
      captions: fields.captions,
      byline: fields.byline,
      authors: fields.authors,
      publishedAt: fields.publishedAt,
      modifiedAt: fields.modifiedAt,
      paragraphs: fields.paragraphs,
      content,
      quotes,
      removed: fields.removed,
      paywalled: page.meta.paywalled,
      language: page.meta.language,
      siteName: page.meta.siteName,
      canonicalUrl: page.meta.canonicalUrl,
      description: page.meta.description,
      image: fields.image,
      text: fields.paragraphs.join('\n\n'),
      warnings,
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return emptyArticle(format, [`could not clean this input: ${message}`])
  }
}

/** A page read and classified once, with the rules that fit it. */
interface Reading {
  page: Page
  rules: readonly Rule[]
  first: Classification
}

function readText(text: string, rules: readonly Rule[]): Reading {
  return classifyPage(textToPage(text), rules)
}

/** A parsed page classified: on a discussion thread, without the rules that take its replies for comments. */
function classifyPage(page: Page, rules: readonly Rule[]): Reading {
  const discussion = page.meta.discussion
  const fitting = discussion ? rulesForDiscussion(rules) : rules
  return { page, rules: fitting, first: classify(page.blocks, fitting, page.languageKnown, { discussion }) }
}

/** Steps 3–5 for HTML: the page as shown, or, when that holds no article, as shown without scripts. */
function readHtml(text: string, options: HtmlOptions, rules: readonly Rule[]): Reading {
  const document = parseHtml(text, options.maxDepth)
  const shown = classifyPage(pageFromDocument(document, options), rules)
  const found = bodyWords(shown.page.blocks, shown.first)
  if (found >= UNSURE_BODY_WORDS || !hasScriptlessText(document.body)) return shown
  const scriptless = classifyPage(pageFromDocument(document, { ...options, readNoscript: true }), rules)
  return bodyWords(scriptless.page.blocks, scriptless.first) > found ? scriptless : shown
}

/**
 * The warning for a doubtful result (HTML): the body keeps under 40% of the page's prose, on a
 * page with 300 words of it or more. It begins with INCOMPLETE_WARNING_PREFIX, so a pipeline can
 * flag the page.
 */
export const INCOMPLETE_WARNING_PREFIX = 'article may be incomplete'

function incompleteWarning({ kept, page }: ProseKept): string {
  return `${INCOMPLETE_WARNING_PREFIX}: kept ${kept} of the ${page} words of prose on the page`
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}

function emptyArticle(format: 'html' | 'text', warnings: string[]): CleanArticle {
  return {
    format,
    headline: null,
    caption: null,
    captions: [],
    byline: null,
    authors: [],
    publishedAt: null,
    modifiedAt: null,
    paragraphs: [],
    content: [],
    quotes: [],
    removed: [],
    paywalled: false,
    language: null,
    siteName: null,
    canonicalUrl: null,
    description: null,
    image: null,
    text: '',
    warnings,
  }
}
