/**
 * The public shapes of clean-article. Everything a caller sees is declared here.
 */
// Type-only, erased at run time: the registry's rules use `Rule` from here, and this file only
// needs the union of their ids, so there is no import cycle when the modules load.
import type { RuleId } from './rules/registry.js'

/** The kinds of boilerplate a rule can remove. */
export type BoilerplateKind =
  | 'donation'
  | 'paywall'
  | 'newsletter'
  | 'cookie'
  | 'related'
  | 'share'
  | 'ad'
  | 'navigation'
  | 'comments'
  | 'legal'
  /** Buttons, close glyphs, "Read more", "Skip to content", "Show more". */
  | 'chrome'
  /** "About the author" boxes under an article. */
  | 'author-bio'

export const BOILERPLATE_KINDS: readonly BoilerplateKind[] = [
  'donation',
  'paywall',
  'newsletter',
  'cookie',
  'related',
  'share',
  'ad',
  'navigation',
  'comments',
  'legal',
  'chrome',
  'author-bio',
]

/**
 * The kind of a removed block: a boilerplate kind named by a rule, or `other` for blocks outside
 * the article region that no rule names more precisely (menus, teasers, footers).
 */
export type RemovedKind = BoilerplateKind | 'other'

/** A caption of an image: what it shows, and who made it. */
export interface Caption {
  text: string
  credit: string | null
  /** The image's URL when the page has one (HTML only), made absolute when a base is known. */
  image?: string | null
}

/** A quotation found in the body. */
export interface Quote {
  /** The quoted words, without the outer quote marks. */
  text: string
  /** Who said it, as the article names them (the fullest form of the name), or null when nobody is named. */
  speaker: string | null
  /**
   * The words that name the source, as printed where the quotation is attributed: "Rep. Jane Doe
   * (D-Wis.)", "she", "a senior official", "the letter"; a quotation that takes its speaker from
   * an earlier one takes its attribution too. Null when nothing attributes it.
   */
  attribution: string | null
  /** Index into `paragraphs` of the paragraph the quote starts in. */
  paragraph: number
  /** `direct`: quote marks in running text; `blockquote`: an HTML `<blockquote>`. */
  kind: 'direct' | 'blockquote'
}

/** A block the cleaner removed, with the reason. */
export interface RemovedBlock {
  kind: RemovedKind
  /** Id of the rule that removed the block, e.g. `donation/appeal-heading`. */
  rule: string
  text: string
}

/** The cleaned article. */
export interface CleanArticle {
  /** The front door used: detected, or forced by `options.format`. */
  format: 'html' | 'text'
  headline: string | null
  /** The lead image's caption. */
  caption: Caption | null
  /** Every caption found, lead first. */
  captions: Caption[]
  /** Author name(s) as printed, without "By". */
  byline: string | null
  /** The names in the byline, one per person or agency ("Stella Kim and Jennifer Jett" → two), without roles. */
  authors: string[]
  /** ISO 8601, when the page states a date. */
  publishedAt: string | null
  /** ISO 8601: when the page says the article was last updated, if it says so apart from the published date. */
  modifiedAt: string | null
  /** Body paragraphs in reading order, whitespace normalised (NBSP becomes a space). */
  paragraphs: string[]
  quotes: Quote[]
  /** Every stripped block, in page order. */
  removed: RemovedBlock[]
  /** True when the page says its article is behind a paywall. */
  paywalled: boolean
  /** BCP 47 language tag when known. */
  language: string | null
  /** The site's name, from page metadata (HTML only). */
  siteName: string | null
  /** The canonical URL of the page, from metadata or `options.url`. */
  canonicalUrl: string | null
  /** The page's summary of the article (meta, OpenGraph or JSON-LD description), HTML only. */
  description: string | null
  /** The lead image's absolute http(s) URL (`og:image`, JSON-LD image, else the first caption's image), HTML only. */
  image: string | null
  /**
   * The body as typed blocks in reading order: paragraphs, headings, lists, blockquotes, code,
   * tables, figures and breaks, with links and emphasis. Its text (figures and breaks aside, a
   * table row's cells joined by " | ") is `paragraphs`, block by block.
   */
  content: ContentBlock[]
  /** `paragraphs` joined by blank lines. */
  text: string
  /** What could not be done, in words. */
  warnings: string[]
}

/** What a rule can look at. Shared by the text and HTML front doors. */
export interface RuleMatch {
  /** Patterns tested against the block's normalised text. All named, compiled once. */
  text?: RegExp
  /** Class / id / role / aria / data-* tokens (HTML only), lower-case, matched whole. */
  tokens?: readonly string[]
  /**
   * Of `tokens`, those that can also name article content (a page builder's `widget`, a news CMS's
   * `teaser`): such a token removes a box only when the box looks like boilerplate (mostly links,
   * or a list of short lines), never a box of prose. The other tokens are enough alone.
   */
  genericTokens?: readonly string[]
  /** Only blocks with at most this many words. */
  maxWords?: number
  /**
   * The tokens name a third-party widget (a consent platform's SDK), never a site's own box: the
   * rule hits an element even when it holds most of the page's prose, which protects an
   * article's wrapper from the other class-token rules.
   */
  thirdParty?: boolean
}

/** A boilerplate rule. Rules are data: an id, a kind, a reason and what they match. */
export interface Rule {
  /** `<kind>/<name>`, unique. */
  id: string
  kind: BoilerplateKind
  /** One line: why blocks matching this are not the article. */
  reason: string
  match: RuleMatch
  /**
   * `block`: removes the matching block only.
   * `section`: the block opens an appeal; it and the blocks after it are removed with the
   * same kind until the article resumes or another rule matches.
   * `end`: the block and everything after it is outside the article.
   */
  scope?: 'block' | 'section' | 'end'
}

export interface CleanArticleOptions {
  /** Force a front door. Default `auto`: HTML when the input looks like markup. */
  format?: 'auto' | 'html' | 'text'
  /** The page's URL, used to make image URLs absolute. */
  url?: string
  /** Kinds of boilerplate to keep in the body. Default: none. */
  keep?: BoilerplateKind[]
  /** Ids of built-in rules to turn off (`RuleId`: a typo does not compile). Default: none. */
  disableRules?: RuleId[]
  /** Extra rules (site rules), tested before the built-in ones. Default: none. */
  rules?: Rule[]
  /** Larger inputs are truncated with a warning (bytes of a Uint8Array, UTF-16 units of a string). Default 16 MiB. */
  maxInputBytes?: number
  /** HTML elements nested deeper than this are cut out with their content, with a warning. Default 512. */
  maxDepth?: number
}

/** A link inside a text: characters `start`–`end` of the text, and where it points. */
export interface ContentLink {
  start: number
  end: number
  /** The link's words (the text between `start` and `end`). */
  text: string
  /** An http(s) URL, made absolute when the page's URL or `<base>` is known; else as the page wrote it (relative). Links to anything else (`javascript:`, `data:`, `mailto:`) are not kept. */
  href: string
}

/** Emphasised characters `start`–`end` of a text: `emphasis` (`<em>`, `<i>`), `strong` (`<strong>`, `<b>`) or `code` (`<code>`, `<kbd>`, `<samp>`). */
export interface ContentEmphasis {
  start: number
  end: number
  kind: 'emphasis' | 'strong' | 'code'
}

/** A text with the links and emphasis printed in it (both empty for the text front door). */
export interface ContentText {
  text: string
  links: ContentLink[]
  emphasis: ContentEmphasis[]
}

/** An item of a list: its text, and the lists nested in it. */
export interface ContentListItem extends ContentText {
  lists: ContentList[]
}

export interface ContentList {
  type: 'list'
  ordered: boolean
  items: ContentListItem[]
}

/** One block of the article's body, in reading order. */
export type ContentBlock =
  | ({ type: 'paragraph' } & ContentText)
  | ({ type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6 } & ContentText)
  | ContentList
  /** A quotation set apart: its paragraphs, and its credit line ("— Jane Doe") when it ends with one. */
  | { type: 'blockquote'; paragraphs: ContentText[]; credit: string | null }
  /** Preformatted text: `text` as in `paragraphs` (spaces collapsed), `code` as printed (line breaks and indents kept). */
  | { type: 'code'; text: string; code: string }
  /** A table: its header row (null when it has none) and its rows of cells. */
  | { type: 'table'; header: ContentText[] | null; rows: ContentText[][] }
  /** A picture with its caption (also in `captions`, so not part of `text`). */
  | { type: 'figure'; image: string | null; caption: string; credit: string | null }
  /** A thematic break (`<hr>`) between two blocks of the body. */
  | { type: 'hr' }
