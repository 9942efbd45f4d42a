/**
 * Words and punctuation of the text outside quotations, as the attribution patterns read them:
 * tokens with their offsets and lower-case keys, abbreviations kept with their period, and the
 * reporting verbs (reporting-verbs.ts) found at a token, longest phrase first.
 */

import { REPORTING_VERBS, type ReportingVerb } from './reporting-verbs.js'

/**
 * A token: a word (letters and digits, with inner apostrophes, hyphens and dots: "don't",
 * "Moscow-led", "U.S"; and the apostrophe of a plural possessive: "Edmunds'") or one other
 * non-space character. Each repetition step consumes exactly one character and the alternatives
 * start with different characters, so matching is linear. Group 1 holds a word: the other
 * alternative is never a letter or digit, which the first would have matched.
 */
const TOKEN = /([\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]|['’.](?=[\p{L}\p{N}]))*(?:(?<=s)['’](?![\p{L}\p{N}]))?)|\S/gu

/** Verbs in running text start lower case; a capitalised "Says" is a name or a headline. */
export const LOWER_INITIAL = /^\p{Ll}/u

/** A single capital letter: an initial ("Donald J. Trump"), which takes its period. */
const INITIAL = /^\p{Lu}$/u

/** Any whitespace character. */
export const WHITESPACE = /\s/u

/** Abbreviations that keep their period, so "Mr." or "Sen." does not end a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm',
  'cmdr', 'maj', 'st', 'jr', 'sr', 'rev', 'hon', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])

/** Punctuation that ends a sentence. */
export const SENTENCE_END = new Set(['.', '?', '!', '…'])

/** Commas and dashes separate a subject from its appositive ("X, the president, said"). */
export const SEPARATORS = new Set([',', '—', '–'])

/** A word or one punctuation character, with its offset in the paragraph. */
export interface Token {
  text: string
  /** Lower case, without a trailing abbreviation period. */
  key: string
  /** Offset in the paragraph. */
  start: number
  /** A word, not punctuation. */
  word: boolean
}

/** A reporting verb found at a token, and how many tokens its phrase takes ("pointed out": 2). */
export interface VerbMatch {
  entry: ReportingVerb
  length: number
}

/** Reporting verbs by first word, longest phrase first. */
const VERBS_BY_FIRST_WORD: ReadonlyMap<string, readonly { words: string[]; entry: ReportingVerb }[]> =
  buildVerbIndex(REPORTING_VERBS)

function buildVerbIndex(verbs: readonly ReportingVerb[]): Map<string, { words: string[]; entry: ReportingVerb }[]> {
  const index = new Map<string, { words: string[]; entry: ReportingVerb }[]>()
  for (const entry of verbs) {
    for (const form of entry.forms) {
      const words = form.split(' ')
      const first = words[0] ?? ''
      const list = index.get(first) ?? []
      list.push({ words, entry })
      list.sort((a, b) => b.words.length - a.words.length)
      index.set(first, list)
    }
  }
  return index
}

export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let raw = m[0]
    const word = m[1] !== undefined
    const lower = raw.toLowerCase()
    if (word && text[m.index + raw.length] === '.' && isAbbreviation(raw, lower)) {
      raw += '.'
      TOKEN.lastIndex += 1
    }
    tokens.push({ text: raw, key: lower, start: base + m.index, word })
  }
  return tokens
}

function isAbbreviation(raw: string, lower: string): boolean {
  return ABBREVIATIONS.has(lower) || INITIAL.test(raw) || raw.includes('.')
}

/**
 * The keys of the word tokens of a text, in order, without building tokens: the period an
 * abbreviation takes (see tokenize) is no word whether taken or not, and a key is the word lower-cased.
 */
export function wordKeys(text: string): string[] {
  const keys: string[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (m[1] !== undefined) keys.push(m[1].toLowerCase())
  }
  return keys
}

export function countWords(text: string): number {
  return wordKeys(text).length
}

export function verbAt(tokens: readonly Token[], i: number): VerbMatch | undefined {
  const first = tokens[i]
  if (first === undefined || !first.word) return undefined
  for (const option of VERBS_BY_FIRST_WORD.get(first.key) ?? []) {
    if (option.entry.speakerAfter !== true && !LOWER_INITIAL.test(first.text)) continue
    if (option.words.every((w, k) => tokens[i + k]?.key === w)) {
      return { entry: option.entry, length: option.words.length }
    }
  }
  return undefined
}
