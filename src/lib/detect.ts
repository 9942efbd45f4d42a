/**
 * Which front door: HTML when the input looks like markup, else plain text. Markup is judged by
 * its density, not a count of tags: text copied from a page may hold a few tag-like strings (a
 * comment form's "allowed HTML tags" line, markup quoted in a tutorial) and is still text.
 */

/** A document that opens like HTML, or a fragment that opens with a block element: text copied
 * from a page never starts with a tag. */
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml|<!--|<(?:p|div|article|section|main|h[1-6]|ul|ol|table|figure|blockquote)[\s>])/i
/** Any start or end tag: a name, then attributes up to the closing bracket (bounded, no nested brackets). */
const TAG = /<\/?[a-z][a-z0-9-]{0,30}(?:\s[^<>]{0,2000})?\/?>/gi
/** A line of markup starts with a tag (leading space allowed); prose quoting a tag starts with words. */
const TAG_LINE = /^[ \t]*<\/?[a-z!]/i
/** Characters looked at: the start of a page decides. */
const SAMPLE_CHARS = 65_536
/** Fewer tags than this in the sample is never HTML without a document-like start. */
const MIN_TAGS = 3
/** Share of the sample's characters inside tags from which it is markup (pages: a half or more; quoted tags in prose: a few percent). */
const MIN_MARKUP_SHARE = 0.2
/** ...or share of its non-empty lines that start with a tag: markup is laid out tag by tag, prose line by line. */
const MIN_TAG_LINE_SHARE = 0.5

export function looksLikeHtml(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS)
  if (HTML_START.test(sample)) return true
  let tags = 0
  let markup = 0
  for (const match of sample.matchAll(TAG)) {
    tags++
    markup += match[0].length
  }
  if (tags < MIN_TAGS) return false
  if (markup >= MIN_MARKUP_SHARE * sample.trim().length) return true
  let lines = 0
  let tagLines = 0
  for (const line of sample.split('\n')) {
    if (line.trim() === '') continue
    lines++
    if (TAG_LINE.test(line)) tagLines++
  }
  return tagLines >= MIN_TAG_LINE_SHARE * lines
}
