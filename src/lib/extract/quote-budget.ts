/**
 * The quote scanner's budget: it reads at most MAX_QUOTED_CHARS characters of the article's
 * paragraphs. Attributing a quotation costs tens of microseconds (speaker patterns, names,
 * reporting verbs around it), so a page made of quotation marks would cost seconds per megabyte;
 * no real article is near the budget, and a page past it gets the quotes of its first part and a
 * warning.
 */

/** Characters of paragraphs read for quotes: about 150,000 words, five times the longest long-form article. */
export const MAX_QUOTED_CHARS = 1_000_000

/** The warning given when the budget cut the paragraphs read for quotes. */
export const QUOTE_BUDGET_WARNING = `quotes looked for in the first ${MAX_QUOTED_CHARS} characters of the article only`

/** The paragraphs the quote scanner reads: whole ones while they fit, then the part of the next that fits. */
export function withinQuoteBudget(paragraphs: readonly string[], budget = MAX_QUOTED_CHARS): { paragraphs: string[]; cut: boolean } {
  const out: string[] = []
  let left = budget
  for (const paragraph of paragraphs) {
    if (paragraph.length > left) {
      if (left > 0) out.push(paragraph.slice(0, left))
      return { paragraphs: out, cut: true }
    }
    out.push(paragraph)
    left -= paragraph.length
  }
  return { paragraphs: out, cut: false }
}
