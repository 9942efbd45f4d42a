/** Which front door: HTML when the input looks like markup, else plain text. */

/** A document that opens like HTML, or a fragment that opens with a block element: text copied
 * from a page never starts with a tag. */
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml|<!--|<(?:p|div|article|section|main|h[1-6]|ul|ol|table|figure|blockquote)[\s>])/i
/** Common block and inline tags; text copied from a page almost never contains them. */
const HTML_TAG = /<\/?(?:p|div|span|a|br|h[1-6]|article|section|li|ul|ol|img|table|tr|td|meta|link|script|figure|main|header|footer|nav)\b[^<>]{0,2000}>/gi
/** Characters looked at: the start of a page decides. */
const SAMPLE_CHARS = 65_536
/** Tags needed in the sample to call a fragment HTML. */
const MIN_TAGS = 3

export function looksLikeHtml(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS)
  if (HTML_START.test(sample)) return true
  let tags = 0
  for (const _ of sample.matchAll(HTML_TAG)) {
    if (++tags >= MIN_TAGS) return true
  }
  return false
}
