/**
 * What a quoted string is: a quotation, a short string kept only if directly attributed
 * ('"No," he said'), or no quotation at all (scare quotes and terms under MIN_QUOTE_WORDS words,
 * titles of works and slogans, a quoted term used as a modifier). And the text a quotation
 * reports, made from its parts.
 */

import { QUOTE_MARK_CHARS } from './quote-marks.js'
import { SLOGAN_CUES, SMALL_TITLE_WORDS, TERM_DETERMINERS, TERM_HEADS, TITLE_CUES } from './reporting-verbs.js'
import type { Status } from './model.js'
import { LOWER_INITIAL, SENTENCE_END, type Token, tokenize, WHITESPACE, wordsIn } from './tokens.js'

/** Fewer words than this make a quoted term or scare quote, not a quotation. */
export const MIN_QUOTE_WORDS = 4

/** Quoted titles of works and named things are at most this long. */
const MAX_TITLE_WORDS = 12

/** Characters looked at before a quotation for a cue word such as "titled". */
const CUE_WINDOW_CHARS = 48

/** Title Case over this many significant words is a title or slogan even when it ends like a sentence ("Meth. We're On It."). */
const MIN_TITLE_CASE_SENTENCE_WORDS = 3

/** Title Case over this many significant words, not ending with a full stop, ! or ?, is a title ("War and Peace", "Listen To The Music,"). */
const MIN_TITLE_CASE_WORDS = 2

/** A quoted term used as a modifier ('the "one country, two systems" formula') is at most this long. */
const MAX_TERM_WORDS = 6

/** Punctuation between a cue word and the quotation it names ("The tagline? …", "a report titled: …"). */
const CUE_PUNCTUATION = new Set([',', ':', '?', '—', '–'])

/** Final characters that make a short quotation an utterance ('"No," he said') rather than a term. */
const UTTERANCE_END = new Set([',', '.', '?', '!', '…', '—', '–'])

/** The word before a quotation, skipping punctuation that may stand between ("a report titled: …", "The tagline? …"). */
function cueBefore(text: string, open: number): string | undefined {
  const window = tokenize(text.slice(Math.max(0, open - CUE_WINDOW_CHARS), open))
  let k = window.length - 1
  if (CUE_PUNCTUATION.has(window[k]?.text ?? '')) k--
  const t = window[k]
  return t?.word === true ? t.key : undefined
}

/**
 * Title Case throughout, as titles of works and slogans are: "War and Peace", "Make America
 * Great Again". `minimum` significant words (not small words such as "and", "of") are needed.
 */
function isTitleCase(words: readonly Token[], minimum: number): boolean {
  const significant = words.filter((t) => !SMALL_TITLE_WORDS.has(t.key))
  return significant.length >= minimum && significant.every((t) => !LOWER_INITIAL.test(t.text) && !CASELESS_INITIAL.test(t.text))
}

/** A word in a script without case (Chinese, Japanese, Korean, Arabic, Hebrew, Thai): never Title Case. */
const CASELESS_INITIAL = /^\p{Lo}/u

/** Whether the quotation opens a sentence: nothing before it, or end punctuation, or a colon. */
function startsSentence(text: string, open: number): boolean {
  let j = open - 1
  while (j >= 0 && WHITESPACE.test(text[j] ?? '')) j--
  if (j < 0) return true
  const ch = text[j] ?? ''
  if (SENTENCE_END.has(ch) || ch === ':') return true
  return QUOTE_MARK_CHARS.includes(ch) && SENTENCE_END.has(text[j - 1] ?? '')
}

/**
 * A short quoted term between a determiner and a noun that takes names (TERM_HEADS) names that
 * thing: 'the "one country, two systems" formula', 'a "phase one" deal'. It is no quotation, unlike
 * 'a "seamless, interconnected shopping experience" for customers'.
 */
function isAttributiveTerm(raw: string, words: readonly Token[], text: string, open: number, end: number): boolean {
  if (words.length > MAX_TERM_WORDS || UTTERANCE_END.has(raw.trimEnd().slice(-1))) return false
  const before = tokenize(text.slice(Math.max(0, open - CUE_WINDOW_CHARS), open)).at(-1)
  if (before === undefined || !TERM_DETERMINERS.has(before.key)) return false
  const after = text.slice(end, end + CUE_WINDOW_CHARS)
  if (after.length === 0 || !WHITESPACE.test(after[0] ?? '')) return false
  const next = tokenize(after)[0]
  return next !== undefined && LOWER_INITIAL.test(next.text) && TERM_HEADS.has(next.key)
}

/** What a quoted string is: a quotation, a short one kept only if directly attributed, or not one. */
export function classify(raw: string, paragraphText: string, open: number, end: number): Status {
  const words = tokenize(raw).filter((t) => t.word)
  if (words.length === 0) return 'drop'
  const last = raw.trimEnd().slice(-1)
  const sentenceLike = last === '.' || last === ','
  if (words.length <= MAX_TITLE_WORDS) {
    const cue = cueBefore(paragraphText, open) ?? ''
    if (SLOGAN_CUES.has(cue) || isTitleCase(words, MIN_TITLE_CASE_SENTENCE_WORDS)) return 'drop'
    if (!SENTENCE_END.has(last) && isTitleCase(words, MIN_TITLE_CASE_WORDS)) return 'drop'
    if (!sentenceLike && TITLE_CUES.has(cue)) return 'drop'
  }
  if (isAttributiveTerm(raw, words, paragraphText, open, end)) return 'drop'
  if (words.reduce((sum, t) => sum + wordsIn(t.text), 0) >= MIN_QUOTE_WORDS) return isUnspacedLabel(words, last) ? 'tentative' : 'quote'
  return UTTERANCE_END.has(last) && startsSentence(paragraphText, open) ? 'tentative' : 'drop'
}

/**
 * One unbroken run of Chinese or Japanese with no end mark ('「ファイルの場所を開く」', a menu
 * item's name): a label or a term, counted as words by its characters but no clause; kept only
 * when directly attributed.
 */
function isUnspacedLabel(words: readonly Token[], last: string): boolean {
  return words.length === 1 && wordsIn(words[0]!.text) > 1 && !UTTERANCE_END.has(last) && !UNSPACED_SENTENCE_END.has(last)
}

/** Sentence ends of Chinese and Japanese. */
const UNSPACED_SENTENCE_END: ReadonlySet<string> = new Set(['。', '！', '？'])

export function finalText(parts: readonly string[]): string {
  const text = parts.filter((p) => p.length > 0).join(' ').trim()
  return text.endsWith(',') ? text.slice(0, -1).trimEnd() : text
}
