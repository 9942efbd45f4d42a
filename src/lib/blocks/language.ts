/**
 * A language guess for text without metadata: the language whose stopwords cover the most words.
 * Good enough to pick the stopword list for density; reported as `language` only when clear.
 */
import { STOPWORDS_BY_LANGUAGE } from './stopwords.js'

/** Characters sampled from the text: a few paragraphs decide the language. */
const SAMPLE_CHARS = 20_000
/** The winner's stopwords must cover at least this share of the sampled words. */
const MIN_COVERAGE = 0.15
/** ...and beat the runner-up by this factor, so mixed or unknown text gives no answer. */
const MIN_LEAD = 1.5
const WORD = /[\p{L}]+/gu

export function guessLanguage(text: string): string | null {
  const counts = new Map<string, number>()
  let words = 0
  for (const match of text.slice(0, SAMPLE_CHARS).matchAll(WORD)) {
    words++
    const word = match[0].toLowerCase()
    for (const [language, stopwords] of STOPWORDS_BY_LANGUAGE) {
      if (stopwords.has(word)) counts.set(language, (counts.get(language) ?? 0) + 1)
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  const [first, second] = ranked
  if (!first || words === 0 || first[1] / words < MIN_COVERAGE) return null
  if (second && first[1] < MIN_LEAD * second[1]) return null
  return first[0]
}

/** The stopword set for a language tag ("en-GB" → en), or null when we have none. */
export function stopwordsFor(language: string | null): ReadonlySet<string> | null {
  if (language === null) return null
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? ''
  return STOPWORDS_BY_LANGUAGE.get(primary) ?? null
}
