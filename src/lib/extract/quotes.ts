/**
 * Rule-based quotation extraction with speaker attribution. No model: quote marks, a list of
 * reporting verbs and a few word lists.
 *
 * 1. Pair the quote marks of each paragraph with a linear scan (quote-marks.ts). A quotation
 *    left open at a paragraph's end continues into the next paragraph when that one opens with a
 *    mark (news style); the parts are joined with a single space.
 * 2. Drop quoted strings that are not quotations: empty ones, terms of fewer than four words
 *    (scare quotes, "roadmap"), and titles of works ("titled ...", or in Title Case).
 * 3. Attribute each quotation from the words outside it: a reporting verb (reporting-verbs.ts)
 *    with its subject before the quotation ('X said: "Q"', 'X said that "Q"',
 *    'according to X, "Q"') or after it ('"Q," X said', '"Q," said X', '"Q." X said.',
 *    '"Q," X, the <role>, said', '"Q," X told Reuters').
 * 4. Resolve speakers in reading order: he/she/they to the last person named with a reporting
 *    verb; a quotation without attribution to the previous quotation in its paragraph, or, when it
 *    opens its paragraph, to the previous paragraph's (for a few paragraphs); I/we/you and unnamed
 *    speakers ("the official") to null; names to the fullest form the article prints, titles
 *    stripped ("Atambayev" becomes "Almazbek Atambayev" after "President Almazbek Atambayev").
 *
 * Blockquote paragraphs are quotations whole; their speaker is a trailing "— Name" credit.
 * A single trailing comma is stripped from a quotation's text; other final punctuation is kept.
 */

import type { Quote } from '../types.js'
import {
  QUOTE_MARK_CHARS,
  firstNonSpace,
  scanQuoteSpans,
  startsWithOpeningMark,
  stripOuterMarks,
} from './quote-marks.js'
import {
  ADVERBIAL_STARTERS,
  AUXILIARIES,
  FUNCTION_WORDS,
  NAME_PARTICLES,
  NON_SUBJECT_HEADS,
  OFFICE_WORDS,
  ORGANISATION_HEADS,
  PREPOSITIONS,
  PRONOUN_SPEAKERS,
  REJECTED_SPEAKERS,
  RELATIVE_PRONOUNS,
  REPORTING_VERBS,
  ROLE_WORDS,
  SMALL_TITLE_WORDS,
  SPEAKER_TITLES,
  TITLE_CUES,
  type ReportingVerb,
} from './reporting-verbs.js'

export interface QuoteInput {
  paragraphs: string[]
  /** Indexes of paragraphs that were HTML `<blockquote>`s. */
  blockquotes?: ReadonlySet<number>
}

/** Fewer words than this make a quoted term or scare quote, not a quotation. */
const MIN_QUOTE_WORDS = 4
/** Quoted titles of works and named things are at most this long. */
const MAX_TITLE_WORDS = 12
/** A comma-free stretch of a subject ("Kremlin spokesman Dmitry Peskov") fits in this many tokens. */
const MAX_SEGMENT_TOKENS = 16
/** After a quotation, its reporting verb comes within this many tokens ('," X, the <role>, said'). */
const MAX_TRAILING_TOKENS = 24
/** Before a quotation, words allowed between the verb and the quote ("said in a statement on Monday:"). */
const MAX_VERB_TAIL_TOKENS = 12
/** Listener words after "told" or "asked" before the clause ends ("told a news conference"). */
const MAX_OBJECT_TOKENS = 4
/** How far back a subject or a sentence start is looked for, in tokens. */
const MAX_LOOKBACK_TOKENS = 48
/** Quote-only paragraphs after an attributed one keep its speaker for at most this many paragraphs. */
const MAX_CARRY_PARAGRAPHS = 3
/** A sentence's subject ("White House press secretary Karine Jean-Pierre") fits in this many tokens. */
const MAX_SUBJECT_SCAN_TOKENS = 12
/** Full names longer than this are phrases, not names. */
const MAX_NAME_TOKENS = 5
/** Characters looked at before a quotation for a cue word such as "titled". */
const CUE_WINDOW_CHARS = 48
/** A blockquote's trailing credit ("— Name, role") is at most this long. */
const MAX_CREDIT_CHARS = 120

/**
 * A token: a word (letters and digits, with inner apostrophes, hyphens and dots: "don't",
 * "Moscow-led", "U.S") or one other non-space character. Each repetition step consumes exactly
 * one character and the alternatives start with different characters, so matching is linear.
 */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]|['’.](?=[\p{L}\p{N}]))*|\S/gu
/** A word token starts with a letter or digit. */
const WORD_START = /^[\p{L}\p{N}]/u
/** Names start with a capital letter. */
const CAPITALISED = /^\p{Lu}/u
/** Verbs in running text start lower case; a capitalised "Says" is a name or a headline. */
const LOWER_INITIAL = /^\p{Ll}/u
/** Arabic-style names with a lower-case particle: "al-Assad", "bin-Salman". */
const PARTICLE_NAME = /^(?:al|el|bin|ibn|abu|ul)-\p{Lu}/u
/** A single capital letter: an initial ("Donald J. Trump"), which takes its period. */
const INITIAL = /^\p{Lu}$/u
/** Possessive ending, stripped from names ("Atambayev's government" names Atambayev). */
const POSSESSIVE = /['’]s$/u
/** Any whitespace character. */
const WHITESPACE = /\s/u

/** Abbreviations that keep their period, so "Mr." or "Sen." does not end a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm',
  'cmdr', 'maj', 'st', 'jr', 'sr', 'rev', 'hon', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'mt', 'ft',
])
/** Punctuation that ends a sentence. */
const SENTENCE_END = new Set(['.', '?', '!', '…'])
/** Punctuation that starts a new clause, so a subject never reaches across it. */
const CLAUSE_BREAK = new Set([...SENTENCE_END, ';', ':', '(', ')', '[', ']', ...QUOTE_MARK_CHARS])
/** Commas and dashes separate a subject from its appositive ("X, the president, said"). */
const SEPARATORS = new Set([',', '—', '–'])
/** Punctuation between an introducing verb and its quotation ("said:", "said,"). */
const INTRO_PUNCTUATION = new Set([':', ',', '—', '–', '-'])
/** Punctuation that ends an attribution clause ('" X said, without ...'). */
const CLAUSE_END = new Set([...SENTENCE_END, ',', ';', ':', ')', '—', '–'])
/** Final characters that make a short quotation an utterance ('"No," he said') rather than a term. */
const UTTERANCE_END = new Set([',', '.', '?', '!', '…', '—', '–'])
/** Joint speakers ("Biden and Harris said") are several people, so no one speaker. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', '&', 'or'])
/** Dashes that introduce a blockquote's credit line. */
const CREDIT_DASHES = ['—', '–', '―', '--']

interface Token {
  text: string
  /** Lower case, without a trailing abbreviation period. */
  key: string
  start: number
  word: boolean
}

interface Position {
  paragraph: number
  offset: number
}

type Speaker =
  | { kind: 'named'; name: readonly string[] }
  | { kind: 'pronoun' }
  | { kind: 'rejected' }
  | { kind: 'anonymous' }

interface Attribution {
  speaker: Speaker
  at: Position
  /** The verb is right against the quotation ('"Q," X said', 'X said: "Q"'). */
  adjacent: boolean
}

type Status = 'quote' | 'tentative' | 'drop'

interface Candidate {
  kind: Quote['kind']
  text: string
  paragraph: number
  /** Offset of the opening mark in `paragraph`. */
  open: number
  lastParagraph: number
  /** Offset just past the closing mark in `lastParagraph`. */
  end: number
  /** Nothing but whitespace precedes the opening mark in its paragraph. */
  startsParagraph: boolean
  status: Status
  credit?: Speaker
  attribution?: Attribution
}

interface Segment {
  paragraph: number
  start: number
  end: number
  tokens: Token[]
}

/** The outside stretches of one paragraph, found by where they start and end. */
interface ParagraphSegments {
  all: Segment[]
  byStart: Map<number, Segment>
  byEnd: Map<number, Segment>
}

interface Mention {
  at: Position
  name: readonly string[]
}

interface VerbMatch {
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

function comparePositions(a: Position, b: Position): number {
  return a.paragraph - b.paragraph || a.offset - b.offset
}

function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let raw = m[0]
    const word = WORD_START.test(raw)
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

function countWords(text: string): number {
  return tokenize(text).filter((t) => t.word).length
}

function verbAt(tokens: readonly Token[], i: number): VerbMatch | undefined {
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

function isNameLike(token: Token | undefined): boolean {
  if (token === undefined || !token.word) return false
  if (token.key === 'i' || FUNCTION_WORDS.has(token.key)) return false
  return CAPITALISED.test(token.text) || PARTICLE_NAME.test(token.text)
}

function isPossessive(token: Token): boolean {
  return POSSESSIVE.test(token.text)
}

/** A title word, or a hyphenated title that starts with one ("Secretary-General", "President-elect"). */
function isTitle(token: Token | undefined): boolean {
  if (token === undefined) return false
  const key = token.key.replaceAll('.', '')
  return SPEAKER_TITLES.has(key) || SPEAKER_TITLES.has(key.split('-')[0] ?? '')
}

/**
 * When the words from `j` join a name run that reached `j - 1` — particles ("von der") or "of"
 * after a title ("Secretary of State") — the index of the name-like token they lead to, else -1.
 */
function joinedNameAt(tokens: readonly Token[], j: number): number {
  const t = tokens[j]
  if (t === undefined || !t.word || CAPITALISED.test(t.text)) return -1
  const joins = NAME_PARTICLES.has(t.key) || (t.key === 'of' && isTitle(tokens[j - 1]))
  if (!joins) return -1
  let k = j + 1
  while (k < tokens.length && NAME_PARTICLES.has(tokens[k]?.key ?? '') && !CAPITALISED.test(tokens[k]?.text ?? '')) k++
  return isNameLike(tokens[k]) ? k : -1
}

/** Maximal runs of name-like tokens, as [start, end) index pairs. A possessive ends a run. */
function nameRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]
    if (t === undefined || !isNameLike(t)) {
      i++
      continue
    }
    let j = i + 1
    let last = t
    while (j < tokens.length && !isPossessive(last)) {
      const next = isNameLike(tokens[j]) ? j : joinedNameAt(tokens, j)
      const token = tokens[next]
      if (token === undefined) break
      last = token
      j = next + 1
    }
    runs.push([i, j])
    i = j
  }
  return runs
}

/** The name in a run of capitalised tokens: function words, titles and possessives removed. */
function cleanName(run: readonly Token[]): string[] {
  let tokens = run.slice()
  while (tokens[0] !== undefined && FUNCTION_WORDS.has(tokens[0].key)) tokens = tokens.slice(1)
  const head = tokens[tokens.length - 1]
  if (head === undefined) return []
  if (!ORGANISATION_HEADS.has(head.key)) {
    if (isTitle(head)) return []
    let lastTitle = -1
    tokens.forEach((t, k) => {
      if (isTitle(t)) lastTitle = k
    })
    tokens = tokens.slice(lastTitle + 1)
    if (tokens[0]?.key === 'of') {
      tokens = tokens.slice(1)
      while (tokens.length > 1 && OFFICE_WORDS.has(tokens[0]?.key ?? '')) tokens = tokens.slice(1)
    }
  }
  return tokens.map((t) => t.text.replace(POSSESSIVE, ''))
}

/** Whole phrase is a name ("Maria Zakharova", "the Kremlin"), as in an appositive. */
function pureName(phrase: readonly Token[]): string[] {
  const rest = phrase[0]?.key === 'the' ? phrase.slice(1) : phrase
  if (rest.length === 0 || rest.length > MAX_NAME_TOKENS + 2) return []
  const runs = nameRuns(rest)
  const run = runs[0]
  if (runs.length !== 1 || run === undefined || run[0] !== 0 || run[1] !== rest.length) return []
  return cleanName(rest)
}

/** Who a subject phrase names, judged by its head (last) word; undefined when it is no subject. */
function speakerFromPhrase(phrase: readonly Token[]): Speaker | undefined {
  const head = phrase[phrase.length - 1]
  const first = phrase[0]
  if (head === undefined || first === undefined || !head.word) return undefined
  if (PRONOUN_SPEAKERS.has(head.key)) return { kind: 'pronoun' }
  if (REJECTED_SPEAKERS.has(head.key)) return { kind: 'rejected' }
  if (RELATIVE_PRONOUNS.has(first.key)) return { kind: 'anonymous' }
  if (!isNameLike(head) || isPossessive(head)) {
    return NON_SUBJECT_HEADS.has(head.key) ? undefined : { kind: 'anonymous' }
  }
  const runs = nameRuns(phrase)
  const run = runs[runs.length - 1]
  if (run === undefined || run[1] !== phrase.length) return { kind: 'anonymous' }
  const before = phrase[run[0] - 1]
  if (PREPOSITIONS.has(before?.key ?? '')) return { kind: 'anonymous' }
  if (before !== undefined && CONJUNCTIONS.has(before.key) && isNameLike(phrase[run[0] - 2])) return { kind: 'anonymous' }
  const name = cleanName(phrase.slice(run[0], run[1]))
  return name.length > 0 ? { kind: 'named', name } : { kind: 'anonymous' }
}

function isClauseBreak(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]
  if (t === undefined) return true
  if (!t.word) return CLAUSE_BREAK.has(t.text) || SEPARATORS.has(t.text)
  return t.key === 'that' || verbAt(tokens, j) !== undefined
}

/** Start of the comma-free stretch that ends at `end`, not before `floor`. */
function segmentStart(tokens: readonly Token[], end: number, floor: number): number {
  let j = end
  while (j > floor && end - j < MAX_SEGMENT_TOKENS && !isClauseBreak(tokens, j - 1)) j--
  return j
}

/** Index just past the last sentence end before `end`, looking back a bounded distance. */
function sentenceStart(tokens: readonly Token[], end: number): number {
  let j = end
  while (j > 0 && end - j < MAX_LOOKBACK_TOKENS && !SENTENCE_END.has(tokens[j - 1]?.text ?? '')) j--
  return j
}

/**
 * The subject of the verb at `verbIndex`: the stretch before it, skipping auxiliaries; when that
 * stretch names nobody and follows a comma, the stretch before the comma if it is a bare name
 * ("Atambayev, the Kyrgyz president, said").
 */
function subjectBefore(tokens: readonly Token[], verbIndex: number, floor: number): Speaker | undefined {
  let end = verbIndex
  while (end > floor && AUXILIARIES.has(tokens[end - 1]?.key ?? '')) end--
  if (end - 1 > floor && SEPARATORS.has(tokens[end - 1]?.text ?? '')) end--
  const start = segmentStart(tokens, end, floor)
  if (start === end) return undefined
  const own = speakerFromPhrase(tokens.slice(start, end))
  if (own !== undefined && own.kind !== 'anonymous') return own
  if (start - 1 > floor && SEPARATORS.has(tokens[start - 1]?.text ?? '')) {
    const before = tokens.slice(segmentStart(tokens, start - 1, floor), start - 1)
    const name = pureName(before)
    if (name.length > 0) return { kind: 'named', name }
  }
  return own
}

/** Whether the token at `j` continues a name phrase that follows a verb ("said X on Monday" stops at "on"). */
function continuesPhraseAfterVerb(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]
  if (t === undefined || !t.word) return false
  if (t.key === 'of') return isTitle(tokens[j - 1]) && isNameLike(tokens[j + 1])
  return !ADVERBIAL_STARTERS.has(t.key) && !PREPOSITIONS.has(t.key)
}

/** The speaker named after an inverted verb: '"Q," said X', 'according to X'. */
function speakerAfter(tokens: readonly Token[], start: number, limit: number): Speaker | undefined {
  let end = start
  while (end < limit && end - start < MAX_SEGMENT_TOKENS && continuesPhraseAfterVerb(tokens, end)) end++
  const own = speakerFromPhrase(tokens.slice(start, end))
  if (own !== undefined && own.kind !== 'anonymous') return own
  if (SEPARATORS.has(tokens[end]?.text ?? '')) {
    let next = end + 1
    while (next < limit && next - end <= MAX_SEGMENT_TOKENS && tokens[next]?.word === true) next++
    const name = pureName(tokens.slice(end + 1, next))
    if (name.length > 0) return { kind: 'named', name }
  }
  return own
}

/** After "X said" in a new sentence, the clause must end: '"Q." X said (on Monday).' */
function clauseEndsAfter(tokens: readonly Token[], k: number, entry: ReportingVerb): boolean {
  let j = k
  if (entry.object === true) {
    while (j < tokens.length && j - k < MAX_OBJECT_TOKENS && tokens[j]?.word === true && !ADVERBIAL_STARTERS.has(tokens[j]?.key ?? '')) j++
  }
  const next = tokens[j]
  return next === undefined || CLAUSE_END.has(next.text) || ADVERBIAL_STARTERS.has(next.key)
}

/** Attribution in the words before a quotation: 'X said: "Q"', 'X said that "Q"', 'according to X, "Q"'. */
function leadingAttribution(tokens: readonly Token[], paragraph: number): Attribution | undefined {
  const floor = sentenceStart(tokens, tokens.length)
  let end = tokens.length
  let colon = false
  while (end > floor && INTRO_PUNCTUATION.has(tokens[end - 1]?.text ?? '')) {
    if (tokens[end - 1]?.text === ':') colon = true
    end--
  }
  if (end > floor && tokens[end - 1]?.key === 'that') end--
  for (let v = end - 1; v >= floor && end - v <= MAX_VERB_TAIL_TOKENS + 1; v--) {
    const verb = verbAt(tokens, v)
    if (verb === undefined || v + verb.length > end) continue
    const at = { paragraph, offset: tokens[v]?.start ?? 0 }
    if (verb.entry.speakerAfter === true) {
      const speaker = speakerAfter(tokens, v + verb.length, end)
      return speaker && { speaker, at, adjacent: true }
    }
    const speaker = subjectBefore(tokens, v, floor)
    return speaker && { speaker, at, adjacent: colon || v + verb.length === end }
  }
  return undefined
}

/**
 * Attribution in the words after a quotation: '"Q," said X', '"Q," X said', '"Q," X, a <role>,
 * said'. When the quotation ended its sentence ('"Q." X said.') the attribution must be a clause
 * of its own, so '"Q." Putin said the West lied.' does not attribute.
 */
function trailingAttribution(tokens: readonly Token[], quoteEndsSentence: boolean, paragraph: number): Attribution | undefined {
  let i = 0
  let strict = quoteEndsSentence
  const first = tokens[0]?.text ?? ''
  if (SEPARATORS.has(first)) {
    i = 1
    strict = false
  } else if (first === '.') {
    i = 1
    strict = true
  }
  const inverted = verbAt(tokens, i)
  if (inverted !== undefined) {
    if (strict) return undefined
    const speaker = speakerAfter(tokens, i + inverted.length, tokens.length)
    return speaker && { speaker, at: { paragraph, offset: tokens[i]?.start ?? 0 }, adjacent: true }
  }
  const limit = Math.min(tokens.length, i + MAX_TRAILING_TOKENS)
  for (let v = i; v < limit; v++) {
    if (SENTENCE_END.has(tokens[v]?.text ?? '')) return undefined
    const verb = verbAt(tokens, v)
    if (verb === undefined || verb.entry.speakerAfter === true) continue
    if (strict && !clauseEndsAfter(tokens, v + verb.length, verb.entry)) return undefined
    const speaker = subjectBefore(tokens, v, i)
    if (speaker !== undefined) return { speaker, at: { paragraph, offset: tokens[v]?.start ?? 0 }, adjacent: true }
  }
  return undefined
}

/** The word before a quotation, skipping a colon or comma ("a report titled: ..."). */
function cueBefore(text: string, open: number): string | undefined {
  const window = tokenize(text.slice(Math.max(0, open - CUE_WINDOW_CHARS), open))
  let k = window.length - 1
  if (window[k]?.text === ',' || window[k]?.text === ':') k--
  const t = window[k]
  return t?.word === true ? t.key : undefined
}

/** Title Case throughout, as titles of works and slogans are: "War and Peace", "Make America Great Again". */
function isTitleCase(words: readonly Token[]): boolean {
  const significant = words.filter((t) => !SMALL_TITLE_WORDS.has(t.key))
  return significant.length >= 2 && significant.every((t) => !LOWER_INITIAL.test(t.text))
}

/** Whether the quotation opens a sentence: nothing before it, or end punctuation, or a colon. */
function startsSentence(text: string, open: number): boolean {
  let j = open - 1
  while (j >= 0 && WHITESPACE.test(text[j] ?? '')) j--
  if (j < 0) return true
  const ch = text[j] ?? ''
  if (SENTENCE_END.has(ch) || ch === ':') return true
  return QUOTE_MARK_CHARS.includes(ch) && SENTENCE_END.has(text[j - 1] ?? '')
}

/** What a quoted string is: a quotation, a short one kept only if directly attributed, or not one. */
function classify(raw: string, paragraphText: string, open: number): Status {
  const words = tokenize(raw).filter((t) => t.word)
  if (words.length === 0) return 'drop'
  const last = raw.trimEnd().slice(-1)
  const sentenceLike = last === '.' || last === ','
  if (words.length <= MAX_TITLE_WORDS && !sentenceLike) {
    const cue = cueBefore(paragraphText, open)
    if ((cue !== undefined && TITLE_CUES.has(cue)) || isTitleCase(words)) return 'drop'
  }
  if (words.length >= MIN_QUOTE_WORDS) return 'quote'
  return UTTERANCE_END.has(last) && startsSentence(paragraphText, open) ? 'tentative' : 'drop'
}

function finalText(parts: readonly string[]): string {
  const text = parts.filter((p) => p.length > 0).join(' ').trim()
  return text.endsWith(',') ? text.slice(0, -1).trimEnd() : text
}

/** A trailing "— Name, role" credit of a blockquote, and the text before it. */
function splitCredit(text: string): { body: string; credit?: Speaker } {
  let at = -1
  let width = 0
  for (const dash of CREDIT_DASHES) {
    const k = text.lastIndexOf(dash)
    if (k > at) {
      at = k
      width = dash.length
    }
  }
  if (at <= 0) return { body: text }
  const body = text.slice(0, at)
  const tail = text.slice(at + width).trim()
  const before = body.trimEnd()
  const beforeCh = before.slice(-1)
  const separated = WHITESPACE.test(text[at - 1] ?? '') || QUOTE_MARK_CHARS.includes(beforeCh) || SENTENCE_END.has(beforeCh)
  if (before.length === 0 || !separated || tail.length === 0 || tail.length > MAX_CREDIT_CHARS) return { body: text }
  const tokens = tokenize(tail)
  let end = 0
  while (end < tokens.length && tokens[end]?.word === true && (isNameLike(tokens[end]) || joinedNameAt(tokens, end) >= 0 || isTitle(tokens[end]))) end++
  const name = cleanName(tokens.slice(0, end))
  if (name.length === 0) return { body: text }
  return { body: before, credit: { kind: 'named', name } }
}

function blockquoteCandidate(text: string, paragraph: number): Candidate | undefined {
  const { body, credit } = splitCredit(text)
  const inner = finalText([stripOuterMarks(body)])
  if (inner.length === 0) return undefined
  const candidate: Candidate = {
    kind: 'blockquote',
    text: inner,
    paragraph,
    open: 0,
    lastParagraph: paragraph,
    end: text.length,
    startsParagraph: true,
    status: 'quote',
  }
  if (credit !== undefined) candidate.credit = credit
  return candidate
}

/** Quoted strings of the article in reading order, continued quotations merged. */
function findCandidates(paragraphs: readonly string[], blockquotes: ReadonlySet<number>): Candidate[] {
  const found: Candidate[] = []
  let pending: { candidate: Candidate; parts: string[] } | undefined
  const flush = (): void => {
    if (pending === undefined) return
    const { candidate, parts } = pending
    candidate.text = finalText(parts)
    found.push(candidate)
    pending = undefined
  }
  paragraphs.forEach((text, p) => {
    if (blockquotes.has(p)) {
      flush()
      const candidate = blockquoteCandidate(text, p)
      if (candidate !== undefined) found.push(candidate)
      return
    }
    const next = paragraphs[p + 1]
    const continues = next !== undefined && !blockquotes.has(p + 1) && startsWithOpeningMark(next)
    const first = firstNonSpace(text)
    scanQuoteSpans(text, continues).forEach((span, k) => {
      const part = text.slice(span.textStart, span.textEnd).trim()
      if (k === 0 && pending !== undefined && span.open === first) {
        pending.parts.push(part)
        pending.candidate.lastParagraph = p
        pending.candidate.end = span.end
      } else {
        flush()
        const status = classify(text.slice(span.textStart, span.textEnd), text, span.open)
        pending = {
          candidate: { kind: 'direct', text: '', paragraph: p, open: span.open, lastParagraph: p, end: span.end, startsParagraph: span.open === first, status },
          parts: [part],
        }
      }
      if (span.closed) flush()
    })
    if (pending !== undefined && pending.candidate.lastParagraph < p) flush()
  })
  flush()
  return found.map(reclassifyContinued)
}

/** A quotation continued over paragraphs is judged by its whole text: its length alone decides. */
function reclassifyContinued(candidate: Candidate): Candidate {
  if (candidate.lastParagraph === candidate.paragraph) return candidate
  return { ...candidate, status: countWords(candidate.text) >= MIN_QUOTE_WORDS ? 'quote' : 'drop' }
}

/** The stretches of each paragraph outside kept quotations, tokenized. */
function outsideSegments(paragraphs: readonly string[], kept: readonly Candidate[]): ParagraphSegments[] {
  const covered: [number, number][][] = paragraphs.map(() => [])
  for (const c of kept) {
    for (let p = c.paragraph; p <= c.lastParagraph; p++) {
      const text = paragraphs[p] ?? ''
      const start = p === c.paragraph ? c.open : firstNonSpace(text)
      const end = p === c.lastParagraph ? c.end : text.length
      covered[p]?.push([start, end])
    }
  }
  return paragraphs.map((text, p) => {
    const segments: Segment[] = []
    let from = 0
    for (const [start, end] of covered[p] ?? []) {
      segments.push(segment(text, p, from, start))
      from = end
    }
    segments.push(segment(text, p, from, text.length))
    return {
      all: segments,
      byStart: new Map(segments.map((s) => [s.start, s])),
      byEnd: new Map(segments.map((s) => [s.end, s])),
    }
  })
}

function segment(text: string, paragraph: number, start: number, end: number): Segment {
  return { paragraph, start, end, tokens: tokenize(text.slice(start, end), start) }
}

/** Names the article prints, two or more words, indexed by last word ("Atambayev"). */
function buildNameIndex(segments: readonly ParagraphSegments[]): Map<string, Mention[]> {
  const index = new Map<string, Mention[]>()
  for (const segment of segments.flatMap((p) => p.all)) {
    for (const [start, end] of nameRuns(segment.tokens)) {
      const name = cleanName(segment.tokens.slice(start, end))
      const last = name[name.length - 1]
      if (last === undefined || name.length < 2 || name.length > MAX_NAME_TOKENS) continue
      const mentions = index.get(last) ?? []
      mentions.push({ at: { paragraph: segment.paragraph, offset: segment.tokens[start]?.start ?? 0 }, name })
      index.set(last, mentions)
    }
  }
  return index
}

function endsWith(longer: readonly string[], shorter: readonly string[]): boolean {
  const offset = longer.length - shorter.length
  return offset >= 0 && shorter.every((word, k) => longer[offset + k] === word)
}

/**
 * Longer forms of names the article prints. For each name asked about, the longest mentions that
 * end with it are found once and kept in reading order; `fullest` then picks the nearest earlier
 * one, or the first later one.
 */
class FullNames {
  private readonly forms = new Map<string, Mention[]>()
  private readonly index: ReadonlyMap<string, Mention[]>

  constructor(index: ReadonlyMap<string, Mention[]>) {
    this.index = index
  }

  fullest(name: readonly string[], at: Position): readonly string[] {
    const forms = this.longestForms(name)
    let low = 0
    let high = forms.length
    while (low < high) {
      const mid = (low + high) >>> 1
      const form = forms[mid]
      if (form !== undefined && comparePositions(form.at, at) <= 0) low = mid + 1
      else high = mid
    }
    return (forms[low - 1] ?? forms[0])?.name ?? name
  }

  private longestForms(name: readonly string[]): Mention[] {
    const key = name.join(' ')
    const known = this.forms.get(key)
    if (known !== undefined) return known
    let longest: Mention[] = []
    for (const mention of this.index.get(name[name.length - 1] ?? '') ?? []) {
      if (mention.name.length <= name.length || !endsWith(mention.name, name)) continue
      const best = longest[0]?.name.length ?? 0
      if (mention.name.length > best) longest = [mention]
      else if (mention.name.length === best) longest.push(mention)
    }
    this.forms.set(key, longest)
    return longest
  }
}

/**
 * The person a sentence opens with, as in "Ursula von der Leyen spoke after the summit.": a name
 * run at the sentence's start followed by a lower-case word. Only names that look like a person's
 * count (two words or more, a title, or a fuller form elsewhere), so "Russia launched" does not.
 */
function sentenceSubject(tokens: readonly Token[], start: number, names: FullNames): readonly string[] | undefined {
  let s = start
  while (tokens[s]?.word === true && FUNCTION_WORDS.has(tokens[s]?.key ?? '') && CAPITALISED.test(tokens[s]?.text ?? '')) s++
  if (!isNameLike(tokens[s])) return undefined
  const window = tokens.slice(s, s + MAX_SUBJECT_SCAN_TOKENS)
  const runs = nameRuns(window)
  if (runs[0]?.[0] !== 0) return undefined
  let r = 0
  while (runs[r + 1] !== undefined && window.slice(runs[r]?.[1], runs[r + 1]?.[0]).every((t) => ROLE_WORDS.has(t.key))) r++
  const run = runs[r]
  if (run === undefined) return undefined
  const next = window[run[1]]
  if (next === undefined || !(SEPARATORS.has(next.text) || (next.word && LOWER_INITIAL.test(next.text)))) return undefined
  const runTokens = window.slice(run[0], run[1])
  if (isPossessive(runTokens[runTokens.length - 1] ?? next)) return undefined
  const name = cleanName(runTokens)
  if (name.length === 0) return undefined
  const personLike = name.length >= 2 || runTokens.some(isTitle) || names.fullest(name, { paragraph: 0, offset: 0 }).length >= 2
  return personLike ? name : undefined
}

/**
 * Antecedents for he/she/they, in reading order: people named as subjects of reporting verbs
 * anywhere in the narrative, and people who open a sentence.
 */
function namedClauses(segments: readonly ParagraphSegments[], attributions: readonly Attribution[], names: FullNames): Mention[] {
  const mentions: Mention[] = []
  for (const { tokens, paragraph } of segments.flatMap((p) => p.all)) {
    tokens.forEach((token, k) => {
      if (k > 0 && !SENTENCE_END.has(tokens[k - 1]?.text ?? '')) return
      const name = sentenceSubject(tokens, k, names)
      if (name !== undefined) mentions.push({ at: { paragraph, offset: token.start }, name })
    })
    tokens.forEach((token, v) => {
      const verb = verbAt(tokens, v)
      if (verb === undefined) return
      const speaker = verb.entry.speakerAfter === true
        ? speakerAfter(tokens, v + verb.length, tokens.length)
        : subjectBefore(tokens, v, sentenceStart(tokens, v))
      if (speaker?.kind === 'named') mentions.push({ at: { paragraph, offset: token.start }, name: speaker.name })
    })
  }
  for (const { speaker, at } of attributions) {
    if (speaker.kind === 'named') mentions.push({ at, name: speaker.name })
  }
  return mentions.sort((a, b) => comparePositions(a.at, b.at))
}

/** The last mention strictly before `at`, by binary search over mentions in reading order. */
function lastMentionBefore(mentions: readonly Mention[], at: Position): Mention | undefined {
  let low = 0
  let high = mentions.length
  while (low < high) {
    const mid = (low + high) >>> 1
    const mention = mentions[mid]
    if (mention !== undefined && comparePositions(mention.at, at) < 0) low = mid + 1
    else high = mid
  }
  return mentions[low - 1]
}

/** Attribution of a direct quotation: a verb against it first, then one after it, then a looser one before it. */
function attribute(candidate: Candidate, segments: readonly ParagraphSegments[]): Attribution | undefined {
  const before = segments[candidate.paragraph]?.byEnd.get(candidate.open)?.tokens ?? []
  const after = segments[candidate.lastParagraph]?.byStart.get(candidate.end)?.tokens ?? []
  const leading = leadingAttribution(before, candidate.paragraph)
  if (leading?.adjacent === true) return leading
  const last = candidate.text.slice(-1)
  const trailing = trailingAttribution(after, last === '.', candidate.lastParagraph)
  return trailing ?? leading
}

/**
 * A short unattributed utterance right after a quotation in the same paragraph continues that
 * speaker's words ('"We will never surrender," Netanyahu said. "Never."').
 */
function followsInParagraph(candidate: Candidate, previous: Candidate | undefined): boolean {
  return (
    candidate.attribution === undefined &&
    previous !== undefined &&
    previous.kind === 'direct' &&
    previous.status === 'quote' &&
    previous.lastParagraph === candidate.paragraph
  )
}

function resolveSpeaker(
  speaker: Speaker,
  at: Position,
  names: FullNames,
  clauses: readonly Mention[],
): string | null {
  switch (speaker.kind) {
    case 'named':
      return names.fullest(speaker.name, at).join(' ')
    case 'pronoun': {
      const antecedent = lastMentionBefore(clauses, at)
      return antecedent === undefined ? null : names.fullest(antecedent.name, at).join(' ')
    }
    case 'rejected':
    case 'anonymous':
      return null
  }
}

/** What the previous direct quotation left for the next one: its speaker, where it ended, how often carried. */
interface Carry {
  speaker: string | null
  lastParagraph: number
  carried: number
}

/**
 * The speaker of a direct quotation without attribution: the previous quotation's when it ended
 * in this paragraph, or when this one opens the next paragraph (at most MAX_CARRY_PARAGRAPHS
 * paragraphs in a row).
 */
function carriedSpeaker(candidate: Candidate, previous: Carry | undefined): Carry {
  if (previous !== undefined && previous.lastParagraph === candidate.paragraph) {
    return { ...previous, lastParagraph: candidate.lastParagraph }
  }
  const next = previous !== undefined && candidate.startsParagraph && previous.lastParagraph === candidate.paragraph - 1
  if (previous !== undefined && next && previous.carried < MAX_CARRY_PARAGRAPHS) {
    return { speaker: previous.speaker, lastParagraph: candidate.lastParagraph, carried: previous.carried + 1 }
  }
  return { speaker: null, lastParagraph: candidate.lastParagraph, carried: 0 }
}

/** Speakers for the kept candidates, in reading order. */
function assignSpeakers(kept: readonly Candidate[], names: FullNames, clauses: readonly Mention[]): Quote[] {
  const quotes: Quote[] = []
  let previous: Carry | undefined
  for (const c of kept) {
    let speaker: string | null
    if (c.kind === 'blockquote') {
      speaker = c.credit === undefined ? null : resolveSpeaker(c.credit, { paragraph: c.paragraph, offset: 0 }, names, clauses)
      previous = undefined
    } else if (c.attribution !== undefined) {
      speaker = resolveSpeaker(c.attribution.speaker, c.attribution.at, names, clauses)
      previous = { speaker, lastParagraph: c.lastParagraph, carried: 0 }
    } else {
      previous = carriedSpeaker(c, previous)
      speaker = previous.speaker
    }
    quotes.push({ text: c.text, speaker, paragraph: c.paragraph, kind: c.kind })
  }
  return quotes
}

/**
 * Quotations in the paragraphs, in reading order, with their speakers. See the module comment
 * for the rules; `paragraph` is where a quotation starts, and a quotation continued over
 * paragraphs has its parts joined with a single space.
 */
export function extractQuotes(input: QuoteInput): Quote[] {
  const { paragraphs } = input
  const candidates = findCandidates(paragraphs, input.blockquotes ?? new Set<number>()).filter((c) => c.status !== 'drop')
  const segments = outsideSegments(paragraphs, candidates)
  for (const c of candidates) {
    if (c.kind === 'direct') {
      const attribution = attribute(c, segments)
      if (attribution !== undefined) c.attribution = attribution
    }
  }
  const kept = candidates.filter(
    (c, k) => c.status === 'quote' || c.attribution?.adjacent === true || followsInParagraph(c, candidates[k - 1]),
  )
  const names = new FullNames(buildNameIndex(segments))
  const attributions = kept.flatMap((c) => (c.attribution === undefined ? [] : [c.attribution]))
  return assignSpeakers(kept, names, namedClauses(segments, attributions, names))
}
