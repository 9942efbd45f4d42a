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

/**
 * A party or home tag printed after a politician's name, which stands between the name and its
 * verb: "(D-Wis.)", "(R-Newport News)", "(R-TX)", or set off by commas: ", R-Ky.,". Party letter,
 * hyphen, a capitalised state or town of at most two words; every part bounded, so matching is
 * linear. Group 1 holds the comma form's closing comma, skipped with the tag.
 */
const AFFILIATION_TAG = /\((?:[DRI]|Dem|Rep|Ind)-\p{Lu}[\p{L}.'’]{0,16}(?: \p{Lu}[\p{L}.'’]{0,16})?\)|, (?:[DRI])-\p{Lu}[\p{L}.]{0,12}(?: \p{Lu}[\p{L}.]{0,12})?(?=(,)|[.;:)]|\s|$)/gu

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
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'del',
])

/** Punctuation that ends a sentence. */
export const SENTENCE_END = new Set(['.', '?', '!', '…'])

/** Commas and dashes separate a subject from its appositive ("X, the president, said"). */
export const SEPARATORS = new Set([',', '—', '–'])

/** A word or one punctuation character, with its offset in the paragraph. */
export interface Token {
  /** As printed, with an abbreviation's period. */
  text: string
  /** Lower case, without a trailing abbreviation period. */
  key: string
  /** Offset in the paragraph. */
  start: number
  /** A word, not punctuation. */
  word: boolean
  /** Where a party tag printed right after this token ends ("Doe (D-Wis.)"): the tag is no token of its own. */
  tagEnd?: number
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
  const tags = affiliationTags(text)
  let nextTag = 0
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const tag = tags[nextTag]
    if (tag !== undefined && m.index >= tag[0]) {
      nextTag++
      TOKEN.lastIndex = tag[2]
      const previous = tokens[tokens.length - 1]
      if (previous !== undefined) previous.tagEnd = base + tag[1]
      continue
    }
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

/**
 * The party tags of a text (see AFFILIATION_TAG): where each starts, where its printed words end,
 * and where the tokens go on (past the comma form's closing comma).
 */
function affiliationTags(text: string): [number, number, number][] {
  if (!text.includes('-')) return []
  const tags: [number, number, number][] = []
  AFFILIATION_TAG.lastIndex = 0
  for (let m = AFFILIATION_TAG.exec(text); m !== null; m = AFFILIATION_TAG.exec(text)) {
    const end = m.index + m[0].length
    tags.push([m.index, end, end + (m[1] === undefined ? 0 : 1)])
  }
  return tags
}

/** Offset just past a token, or past the party tag printed right after it. */
export function tokenEnd(token: Token): number {
  return token.tagEnd ?? token.start + token.text.length
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

/** Characters of Chinese and Japanese, written without spaces between words. */
const UNSPACED_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu

/** A Chinese or Japanese word is about this many characters long (most are one to three). */
const CHARACTERS_PER_UNSPACED_WORD = 2

/**
 * Words in a word-like token: one, or for a run of Chinese or Japanese, which print no spaces,
 * its characters over CHARACTERS_PER_UNSPACED_WORD ("我每年都关注两会" is several words, not one).
 */
export function wordsIn(token: string): number {
  const unspaced = token.match(UNSPACED_CHARACTER)?.length ?? 0
  return unspaced === 0 ? 1 : Math.max(1, Math.ceil(unspaced / CHARACTERS_PER_UNSPACED_WORD))
}

export function countWords(text: string): number {
  return wordKeys(text).reduce((sum, key) => sum + wordsIn(key), 0)
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
