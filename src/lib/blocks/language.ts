/**
 * A language guess for text without metadata: the language whose stopwords cover the most words.
 * Good enough to pick the stopword list for density; reported as `language` only when clear.
 */
import { STOPWORDS_BY_LANGUAGE } from './stopwords.js'
import { letterRunEnd } from './words.js'

/** Characters sampled from the text: a few paragraphs decide the language. */
const SAMPLE_CHARS = 20_000
/** The winner's stopwords must cover at least this share of the sampled words. */
const MIN_COVERAGE = 0.15
/** ...and beat the runner-up by this factor, so mixed or unknown text gives no answer. */
const MIN_LEAD = 1.5

/** For every stopword, the languages that list it (in STOPWORDS_BY_LANGUAGE order): one look-up per word. */
const LANGUAGES_OF_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>()
  for (const [language, stopwords] of STOPWORDS_BY_LANGUAGE) {
    for (const word of stopwords) map.set(word, [...(map.get(word) ?? []), language])
  }
  return map
})()
/** The longest stopword: a longer word (lower-casing never shortens one) is no stopword. Words are letter runs. */
const MAX_STOPWORD_LENGTH = Math.max(...[...LANGUAGES_OF_WORD.keys()].map((word) => word.length))

export function guessLanguage(text: string): string | null {
  const counts = new Map<string, number>()
  // Lower-cased once: stopwords are looked up lower case, and most words are no stopword.
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase()
  let words = 0
  for (let i = 0; i < sample.length; ) {
    const end = letterRunEnd(sample, i)
    if (end === i) {
      i++
      continue
    }
    words++
    const languages = end - i > MAX_STOPWORD_LENGTH ? undefined : LANGUAGES_OF_WORD.get(sample.slice(i, end))
    i = end
    if (languages === undefined) continue
    for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1)
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  const [first, second] = ranked
  if (!first || words === 0 || first[1] / words < MIN_COVERAGE) return null
  if (second && first[1] < MIN_LEAD * second[1]) return null
  return first[0]
}

/** Pieces the sample of a long text is cut into, spread evenly over it. */
const SAMPLE_PIECES = 10

/**
 * The language of plain text, from the whole text: up to SAMPLE_CHARS in SAMPLE_PIECES pieces
 * spread evenly over it, so the cost stays bounded and a page whose first 20,000 characters
 * are menus is still read where its article is.
 */
export function guessTextLanguage(text: string): string | null {
  if (text.length <= SAMPLE_CHARS) return guessLanguage(text)
  const piece = Math.floor(SAMPLE_CHARS / SAMPLE_PIECES)
  const stride = Math.floor(text.length / SAMPLE_PIECES)
  const pieces: string[] = []
  for (let k = 0; k < SAMPLE_PIECES; k++) pieces.push(text.slice(k * stride, k * stride + piece))
  return guessLanguage(pieces.join(' '))
}

/** Separates a language tag's primary subtag from its region ("en-GB", "pt_BR"). */
const SUBTAG_SEPARATOR = /[-_]/

/** The stopword set for a language tag ("en-GB" → en), or null when we have none. */
export function stopwordsFor(language: string | null): ReadonlySet<string> | null {
  if (language === null) return null
  const primary = language.toLowerCase().split(SUBTAG_SEPARATOR)[0] ?? ''
  return STOPWORDS_BY_LANGUAGE.get(primary) ?? null
}
