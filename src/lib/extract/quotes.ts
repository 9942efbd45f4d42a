/**
 * Rule-based quotation extraction with speaker attribution. No model: quote marks, a list of
 * reporting verbs in eight languages and a few word lists (reporting-verbs.ts).
 *
 * 1. Pair the quote marks of each paragraph with a linear scan (quote-marks.ts). A quotation
 *    left open at a paragraph's end continues into the next paragraph that opens with the same
 *    kind of mark (news style), past embedded posts and up to two interposed lines (a caption left
 *    in the body); the parts are joined with a single space. An attribution inside the marks
 *    between dashes ('«Q1, – признался Иванов. – Q2»') splits it in two.
 * 2. Drop quoted strings that are not quotations: empty ones, terms of fewer than four words
 *    (scare quotes, "roadmap"), titles of works and slogans ("titled ...", "The tagline? ...", Title
 *    Case), and short terms used as a modifier ('the "one country, two systems" formula').
 * 3. Attribute each quotation from the words outside it: a reporting verb with its subject before
 *    the quotation ('X said: "Q"', 'X said in a statement, "Q"', 'according to X, "Q"') or after
 *    it ('"Q," X said', '"Q," said X', '"Q." X said.', '"Q," X, the <role>, said', '", — заявил X');
 *    else the first reporting verb of the sentence, for a partial quotation in reported speech.
 * 4. Join a quotation interrupted by its attribution ('"The answer," Putin said, "is obvious."').
 * 5. Report repeats once: a blockquote whose words the body already has (a pull quote, an embedded
 *    post the article quotes), a heading that repeats a quotation.
 * 6. Resolve speakers in reading order: he/she to the last person named, they to the last person
 *    or body, it to the last organisation, "the president" to the last person named with that
 *    title; a quotation without attribution to the previous quotation in its paragraph, or, when
 *    it opens its paragraph, to the previous paragraph's (for a few paragraphs); I/we/you, unnamed
 *    speakers ("the official") and common nouns ("Police said") to null; names to the fullest
 *    form the article prints, titles and a leading organisation or role stripped ("Atambayev"
 *    becomes "Almazbek Atambayev" after "President Almazbek Atambayev").
 *
 * A blockquote paragraph is one quotation, its speaker a closing "— Name" credit; blockquote
 * paragraphs up to a credit line of their own are one embedded post, and a credit line alone
 * credits the paragraph before it (where the page left the post's text). Blockquotes of fewer
 * than four words are no quotations. A single trailing comma is stripped from a quotation's text;
 * other final punctuation is kept.
 */

import type { Quote } from '../types.js'
import {
  QUOTE_MARK_CHARS,
  firstNonSpace,
  mayHoldQuotation,
  scanQuoteSpans,
  type MarkFamily,
  startsWithOpeningMark,
  stripOuterMarks,
} from './quote-marks.js'
import {
  ADVERBIAL_STARTERS,
  AUXILIARIES,
  COMMON_NOUN_SUBJECTS,
  DETERMINERS,
  FULL_NAME_TITLES,
  FUNCTION_WORDS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NON_SUBJECT_HEADS,
  OFFICE_WORDS,
  ORGANISATION_HEADS,
  ORGANISATION_PRONOUNS,
  PLACE_PREPOSITIONS,
  PLURAL_PRONOUNS,
  PREPOSITIONS,
  PRONOUN_SPEAKERS,
  REJECTED_SPEAKERS,
  RELATIVE_PRONOUNS,
  REPORTING_VERBS,
  ROLE_WORDS,
  SLOGAN_CUES,
  SMALL_TITLE_WORDS,
  SPEAKER_TITLES,
  TERM_DETERMINERS,
  TERM_HEADS,
  TITLE_CUES,
  TITLE_SUFFIXES,
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
/** Title Case over this many significant words is a title or slogan even when it ends like a sentence ("Meth. We're On It."). */
const MIN_TITLE_CASE_SENTENCE_WORDS = 3
/** Title Case over this many significant words, not ending with a full stop, ! or ?, is a title ("War and Peace", "Listen To The Music,"). */
const MIN_TITLE_CASE_WORDS = 2
/** A quoted term used as a modifier ('the "one country, two systems" formula') is at most this long. */
const MAX_TERM_WORDS = 6
/** An interposed line (a caption left in the body) inside a continued quotation has at most this many words. */
const MAX_INTERPOSED_WORDS = 20
/** Characters in an interposed line at most: twenty words of news English, with room to spare. */
const MAX_INTERPOSED_CHARS = 300
/** A continued quotation skips at most this many interposed lines. */
const MAX_INTERPOSED_LINES = 2
/** Places a repeat's rarest word pair is checked at: pull quotes repeat one of a handful of texts. */
const MAX_REPEAT_CANDIDATES = 16

/**
 * A token: a word (letters and digits, with inner apostrophes, hyphens and dots: "don't",
 * "Moscow-led", "U.S"; and the apostrophe of a plural possessive: "Edmunds'") or one other
 * non-space character. Each repetition step consumes exactly one character and the alternatives
 * start with different characters, so matching is linear. Group 1 holds a word: the other
 * alternative is never a letter or digit, which the first would have matched.
 */
const TOKEN = /([\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]|['’.](?=[\p{L}\p{N}]))*(?:(?<=s)['’](?![\p{L}\p{N}]))?)|\S/gu
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
/** Plural possessive ending, kept with its word by TOKEN ("Edmunds' director"): the apostrophe is stripped. */
const PLURAL_POSSESSIVE = /(?<=s)['’]$/u
/** An initial with its period ("A." in "Sonya A. Zoghlin"): part of a name even where "A" is a word. */
const INITIAL_WITH_PERIOD = /^\p{Lu}\.$/u
/** An acronym ("NASA", "DL", "GOP"): an organisation or a role before a name, never a person's name word. */
const ACRONYM = /^\p{Lu}{2,}$/u
/** Roman numerals, which end names ("John Smith III") and are no acronym. */
const ROMAN_NUMERAL = /^[IVX]+$/u
/** A letter that opens a continuation in lower case: '"The answer," Putin said, "is obvious."'. */
const LOWER_LETTER = /\p{Ll}/u
/** Any whitespace character. */
const WHITESPACE = /\s/u
/** Any letter: a paragraph with none beside its quotation ("3.") holds nothing but it. */
const LETTER = /\p{L}/u
/** The first letter or digit of a text: a continuation opens with a lower-case letter, not a capital or a figure. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u
/** Hashtags, handles and links, which an embedded post adds to words the article also quotes. */
const POST_TAGS_AND_LINKS = /[#@][\p{L}\p{N}_]+|(?:https?:\/\/|pic\.twitter\.com\/)\S*/gu
/** Curly apostrophes, compared as straight ones ("hasn’t" repeats "hasn't"). */
const CURLY_APOSTROPHES = /[’‘]/g
/** A paragraph that ends like a sentence: end punctuation, perhaps inside closing marks or a bracket. */
const SENTENCE_CLOSE = /[.!?…]["'”’»)\]]*\s*$/u
/**
 * An attribution inside a quotation between dashes ('«Q1, – признался Иванов. – Q2»'): the first
 * part's closing comma (or ! ? …), a dash, up to 80 characters without dashes or quote marks (the
 * attribution, group 1), a full stop, comma or colon, and the dash that reopens the quotation.
 */
const INNER_ATTRIBUTION = /[,!?…]\s*[–—]\s+([^–—«»"“”„\n]{1,80}?)[.,:]\s+[–—]\s*/u

/** Abbreviations that keep their period, so "Mr." or "Sen." does not end a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm',
  'cmdr', 'maj', 'st', 'jr', 'sr', 'rev', 'hon', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])
/** Punctuation that ends a sentence. */
const SENTENCE_END = new Set(['.', '?', '!', '…'])
/** Punctuation between a cue word and the quotation it names ("The tagline? …", "a report titled: …"). */
const CUE_PUNCTUATION = new Set([',', ':', '?', '—', '–'])
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
/** "the prime minister": a role as a subject has at most this many title words. */
const MAX_ROLE_WORDS = 2
/** A name right after a role and a place names the person, not the place ("envoy to Ukraine Kurt Volker"): this many words at least. */
const MIN_PLACE_AND_NAME_TOKENS = 3
/** Joint speakers ("Biden and Harris said") are several people, so no one speaker. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', '&', 'or'])
/** Words that join a second verb to the first one's subject ("said … and added"). */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'then'])
/** At most this many separators open the words after a quotation: '", said X', '», — заявил X'. */
const MAX_LEADING_SEPARATORS = 2
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
  /** he and she stand for a person, they for a person or a body, it for an organisation. */
  | { kind: 'pronoun'; refers: 'person' | 'any' | 'organisation' }
  /** "the president": the last person the article named with that title. */
  | { kind: 'role'; title: string }
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
  /** The paragraphs that hold its text (a continued quotation skips interposed lines). */
  parts: number[]
  /** Its last part ends with a comma inside the marks, as the first part of an interrupted quotation does. */
  closesWithComma?: boolean
  /** The kind of its opening mark: a continuation opens with the same kind. */
  family?: MarkFamily
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
  /** Named by a blockquote's credit ("— Josh Apte (@joshapte)"), which yields to the article's own words. */
  credit?: boolean
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
function wordKeys(text: string): string[] {
  const keys: string[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (m[1] !== undefined) keys.push(m[1].toLowerCase())
  }
  return keys
}

function countWords(text: string): number {
  return wordKeys(text).length
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
  if (token.text.endsWith('.') && INITIAL_WITH_PERIOD.test(token.text)) return true
  if (token.key === 'i' || FUNCTION_WORDS.has(token.key)) return false
  return CAPITALISED.test(token.text) || (token.text.includes('-') && PARTICLE_NAME.test(token.text))
}

/** Whether a word may end with a possessive: both endings close with "s" or an apostrophe, which most words do not. */
function mayBePossessive(text: string): boolean {
  const last = text[text.length - 1]
  return last === 's' || last === "'" || last === '’'
}

function isPossessive(token: Token): boolean {
  return mayBePossessive(token.text) && (POSSESSIVE.test(token.text) || PLURAL_POSSESSIVE.test(token.text))
}

/** A name word as printed, without a possessive ending. */
function nameText(token: Token): string {
  return mayBePossessive(token.text) ? token.text.replace(POSSESSIVE, '').replace(PLURAL_POSSESSIVE, '') : token.text
}

/** A compound ends with a title suffix only when more than two letters longer than it: shorter words skip the search. */
const SHORTEST_TITLE_SUFFIX = Math.min(...TITLE_SUFFIXES.map((suffix) => suffix.length))

/**
 * A title word, a hyphenated title that starts with one ("Secretary-General", "President-elect"),
 * or a capitalised German compound that ends with one ("Innenministerin").
 */
function isTitle(token: Token | undefined): boolean {
  if (token === undefined) return false
  const key = token.key.includes('.') ? token.key.replaceAll('.', '') : token.key
  if (SPEAKER_TITLES.has(key)) return true
  const hyphen = key.indexOf('-')
  if (hyphen >= 0 && SPEAKER_TITLES.has(key.slice(0, hyphen))) return true
  if (key.length <= SHORTEST_TITLE_SUFFIX + 2) return false
  return CAPITALISED.test(token.text) && TITLE_SUFFIXES.some((suffix) => key.length > suffix.length + 2 && key.endsWith(suffix))
}

/** An acronym or an organisation's last word: "Browns DL", "European Union" before a person's name. */
function endsOrganisationOrRole(token: Token): boolean {
  const bare = nameText(token)
  return (ACRONYM.test(bare) && !ROMAN_NUMERAL.test(bare)) || ORGANISATION_HEADS.has(bare.toLowerCase())
}

/**
 * Where a person's name starts in a run that opens with an organisation or a role ("Browns DL
 * Sheldon Richardson", "European Union Gordon Sondland"): after the last acronym or organisation
 * word that still leaves two words, none of them an acronym ("PFF CLE Browns" is one name).
 */
function personStart(tokens: readonly Token[]): number {
  let start = 0
  for (let k = 0; k + 2 < tokens.length; k++) {
    const token = tokens[k]
    if (token !== undefined && endsOrganisationOrRole(token)) start = k + 1
  }
  const rest = tokens.slice(start)
  return rest.some((t) => ACRONYM.test(nameText(t)) && !ROMAN_NUMERAL.test(nameText(t))) ? 0 : start
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

/**
 * The name in a run of capitalised tokens: function words, titles, a leading organisation or
 * role, and possessives removed. A lone common noun ("Police", "Witnesses") names nobody.
 */
function cleanName(run: readonly Token[]): string[] {
  let tokens = run.slice()
  while (tokens[0] !== undefined && FUNCTION_WORDS.has(tokens[0].key) && !isNameLike(tokens[0])) tokens = tokens.slice(1)
  const head = tokens[tokens.length - 1]
  if (head === undefined) return []
  if (!ORGANISATION_HEADS.has(nameText(head).toLowerCase())) {
    if (isTitle(head)) return []
    let lastTitle = -1
    tokens.forEach((t, k) => {
      if (isTitle(t) || (FULL_NAME_TITLES.has(t.key) && tokens.length - k > 2)) lastTitle = k
    })
    tokens = tokens.slice(lastTitle + 1)
    if (tokens[0]?.key === 'of') {
      tokens = tokens.slice(1)
      while (tokens.length > 1 && OFFICE_WORDS.has(tokens[0]?.key ?? '')) tokens = tokens.slice(1)
    }
    tokens = tokens.slice(personStart(tokens))
  }
  const only = tokens.length === 1 ? tokens[0] : undefined
  if (only !== undefined && COMMON_NOUN_SUBJECTS.has(nameText(only).toLowerCase())) return []
  return tokens.map(nameText)
}

/**
 * Whether the run [start, end) follows a role and a preposition, so it opens with the place or
 * body the role serves: "special envoy to Ukraine Kurt Volker", "ambassador to the European Union
 * Gordon Sondland". Such a run of three words or more names the person without its first word;
 * a run that ends like an organisation ("president of the American Farm Bureau") is no person.
 */
function followsRoleAndPlace(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start < MIN_PLACE_AND_NAME_TOKENS || ORGANISATION_HEADS.has(tokens[end - 1]?.key ?? '')) return false
  let k = start - 1
  if (tokens[k]?.key === 'the') k--
  if (!PLACE_PREPOSITIONS.has(tokens[k]?.key ?? '')) return false
  const role = tokens[k - 1]
  return role !== undefined && (isTitle(role) || ROLE_WORDS.has(role.key))
}

/** The name of the run [start, end), without a place that opens it after a role (see followsRoleAndPlace). */
function runName(tokens: readonly Token[], start: number, end: number): string[] {
  const from = followsRoleAndPlace(tokens, start, end) ? start + 1 : start
  return cleanName(tokens.slice(from, end))
}

/** Whole phrase is a name ("Maria Zakharova", "the Kremlin", "but General Mark Milley"), as in an appositive. */
function pureName(phrase: readonly Token[]): string[] {
  let rest = phrase
  while (rest[0] !== undefined && FUNCTION_WORDS.has(rest[0].key) && !isNameLike(rest[0])) rest = rest.slice(1)
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
  if (PRONOUN_SPEAKERS.has(head.key)) return { kind: 'pronoun', refers: 'person' }
  if (PLURAL_PRONOUNS.has(head.key)) return { kind: 'pronoun', refers: 'any' }
  if (phrase.length === 1 && ORGANISATION_PRONOUNS.has(head.key)) return { kind: 'pronoun', refers: 'organisation' }
  if (REJECTED_SPEAKERS.has(head.key)) return { kind: 'rejected' }
  if (RELATIVE_PRONOUNS.has(first.key)) return { kind: 'anonymous' }
  if (PREPOSITIONS.has(first.key) && !CAPITALISED.test(first.text)) return undefined
  const role = roleOf(phrase)
  if (role !== undefined) return { kind: 'role', title: role }
  if (!isNameLike(head) || isPossessive(head)) {
    return NON_SUBJECT_HEADS.has(head.key) ? undefined : { kind: 'anonymous' }
  }
  const runs = nameRuns(phrase)
  const run = runs[runs.length - 1]
  if (run === undefined || run[1] !== phrase.length) return { kind: 'anonymous' }
  const before = phrase[run[0] - 1]
  if (PREPOSITIONS.has(before?.key ?? '') && !followsRoleAndPlace(phrase, run[0], run[1])) return { kind: 'anonymous' }
  if (before !== undefined && CONJUNCTIONS.has(before.key) && isNameLike(phrase[run[0] - 2])) return { kind: 'anonymous' }
  if (describesSomethingElse(phrase, run[0], run[1])) return { kind: 'anonymous' }
  const name = runName(phrase, run[0], run[1])
  return name.length > 0 ? { kind: 'named', name } : { kind: 'anonymous' }
}

/**
 * A phrase that opens in lower case or with a possessive and has a preposition before its last
 * name describes a person by where they work ("a teacher at eastern Indiana's Richmond High
 * School", "chief executive of the website Full Fact", "NASA's associate administrator of the
 * Science Mission Directorate"): the name is the place, not the speaker. A role, a
 * preposition and a place right before the name are no such description (followsRoleAndPlace).
 */
function describesSomethingElse(phrase: readonly Token[], runStart: number, runEnd: number): boolean {
  const first = phrase[0]
  if (first === undefined || (isNameLike(first) && !isPossessive(first)) || (DETERMINERS.has(first.key) && isNameLike(phrase[1]))) return false
  if (followsRoleAndPlace(phrase, runStart, runEnd)) return false
  return phrase.slice(0, runStart).some((t) => PREPOSITIONS.has(t.key))
}

/** "the president", "the prime minister": a role the article may have given a name; its last title word. */
function roleOf(phrase: readonly Token[]): string | undefined {
  const [first, ...rest] = phrase
  if (first?.key !== 'the' || rest.length === 0 || rest.length > MAX_ROLE_WORDS) return undefined
  if (!rest.every((t) => t.word && LOWER_INITIAL.test(t.text) && isTitle(t))) return undefined
  return rest[rest.length - 1]?.key
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
 * ("Atambayev, the Kyrgyz president, said"). A verb joined to an earlier one by "and" shares its
 * subject ('Volker said he never used the term and added, "…"').
 */
function subjectBefore(tokens: readonly Token[], verbIndex: number, floor: number, share = true): Speaker | undefined {
  let end = verbIndex
  while (end > floor && AUXILIARIES.has(tokens[end - 1]?.key ?? '')) end--
  if (end - 1 > floor && SEPARATORS.has(tokens[end - 1]?.text ?? '')) end--
  if (share && end - 1 >= floor && COORDINATORS.has(tokens[end - 1]?.key ?? '')) {
    const shared = sharedSubject(tokens, end - 1, floor)
    if (shared !== undefined) return shared
  }
  const closed = end < verbIndex && SEPARATORS.has(tokens[end]?.text ?? '')
  const start = segmentStart(tokens, end, floor)
  if (start === end) return undefined
  const own = speakerFromPhrase(tokens.slice(start, end))
  if (own !== undefined && own.kind !== 'anonymous') return own
  const opening = closed ? appositiveOpening(tokens, start, floor) : start - 1
  if (opening > floor && SEPARATORS.has(tokens[opening]?.text ?? '')) {
    const before = tokens.slice(segmentStart(tokens, opening, floor), opening)
    const name = pureName(before)
    if (name.length > 0) return { kind: 'named', name }
  }
  return own
}

/**
 * The comma that opens an appositive closed by a comma before the verb ("McCormick, who has split
 * from many fellow Republicans on issues such as vouchers, told"): the nearest separator before
 * `start`, however long the appositive, within the sentence; -1 when there is none.
 */
function appositiveOpening(tokens: readonly Token[], start: number, floor: number): number {
  for (let j = start - 1; j > floor && start - j <= MAX_LOOKBACK_TOKENS; j--) {
    const t = tokens[j]
    if (t !== undefined && SEPARATORS.has(t.text)) return j
  }
  return -1
}

/**
 * The subject of the nearest reporting verb before `before` in the sentence that has one, for a
 * verb that shares it ('he asked about X, called Omar a "terrorist" and said, "…"').
 */
function sharedSubject(tokens: readonly Token[], before: number, floor: number): Speaker | undefined {
  for (let v = before - 1; v >= floor; v--) {
    const verb = verbAt(tokens, v)
    if (verb === undefined || verb.entry.speakerAfter === true) continue
    const subject = subjectBefore(tokens, v, floor, false)
    if (subject !== undefined) return subject
  }
  return undefined
}

/**
 * Whether the token at `j` continues a name phrase that follows a verb ("said X on Monday" stops
 * at "on"), where a preposition between a title or role and a name goes on ("said Secretary of
 * State Antony Blinken", "said former special envoy to Ukraine Kurt Volker").
 */
function continuesPhraseAfterVerb(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]
  if (t === undefined || !t.word) return false
  if (PLACE_PREPOSITIONS.has(t.key)) {
    const role = tokens[j - 1]
    const next = tokens[j + 1]?.key === 'the' ? tokens[j + 2] : tokens[j + 1]
    if (role !== undefined && (isTitle(role) || ROLE_WORDS.has(role.key)) && isNameLike(next)) return true
  }
  return !ADVERBIAL_STARTERS.has(t.key) && !PREPOSITIONS.has(t.key)
}

/** The words from `start` that make a phrase after a verb, up to a preposition, adverbial or punctuation. */
function phraseEnd(tokens: readonly Token[], start: number, limit: number): number {
  let end = start
  while (end < limit && end - start < MAX_SEGMENT_TOKENS && continuesPhraseAfterVerb(tokens, end)) end++
  return end
}

/**
 * The speaker named after an inverted verb: '"Q," said X', 'according to X'. When the phrase names
 * nobody, the author of a source ("according to a survey by X") or an appositive after the next
 * comma ('said a spokeswoman, Maria Zakharova', 'said another witness in the probe, adviser
 * Fiona Hill') names the speaker.
 */
function speakerAfter(tokens: readonly Token[], start: number, limit: number): Speaker | undefined {
  const end = phraseEnd(tokens, start, limit)
  const own = speakerFromPhrase(tokens.slice(start, end))
  if (own !== undefined && own.kind !== 'anonymous') return own
  if (tokens[end]?.key === 'by') {
    const author = speakerFromPhrase(tokens.slice(end + 1, phraseEnd(tokens, end + 1, limit)))
    if (author?.kind === 'named') return author
  }
  const comma = appositiveComma(tokens, end, limit)
  if (comma >= 0) {
    let next = comma + 1
    while (next < limit && next - comma <= MAX_SEGMENT_TOKENS && tokens[next]?.word === true) next++
    const appositive = speakerFromPhrase(tokens.slice(comma + 1, next))
    if (appositive?.kind === 'named') return appositive
  }
  return own
}

/**
 * The comma that opens an appositive after a phrase ending at `end`: right there, or after a short
 * prepositional phrase ("another witness in the impeachment probe, …"); -1 when there is none.
 */
function appositiveComma(tokens: readonly Token[], end: number, limit: number): number {
  if (SEPARATORS.has(tokens[end]?.text ?? '')) return end
  if (!PREPOSITIONS.has(tokens[end]?.key ?? '')) return -1
  for (let j = end; j < limit && j - end <= MAX_SEGMENT_TOKENS; j++) {
    const t = tokens[j]
    if (t === undefined || !t.word) return t !== undefined && SEPARATORS.has(t.text) ? j : -1
  }
  return -1
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

/**
 * Attribution in the words before a quotation: 'X said: "Q"', 'X said that "Q"', 'X said in a
 * statement, "Q"', 'according to X, "Q"'. A verb close before the quotation counts first; else
 * the sentence's first reporting verb, since a partial quotation inside reported speech is the
 * reporter's subject's ('Reed told investors on Oct. 31 that the merger would allow it "to
 * return capital to shareholders"').
 */
function leadingAttribution(tokens: readonly Token[], paragraph: number): Attribution | undefined {
  const floor = sentenceStart(tokens, tokens.length)
  let end = tokens.length
  let introduced = false
  while (end > floor && INTRO_PUNCTUATION.has(tokens[end - 1]?.text ?? '')) {
    introduced = true
    end--
  }
  if (end > floor && tokens[end - 1]?.key === 'that') end--
  for (let v = end - 1; v >= floor && end - v <= MAX_VERB_TAIL_TOKENS + 1; v--) {
    const verb = verbAt(tokens, v)
    if (verb === undefined || v + verb.length > end) continue
    return attributionAt(tokens, v, verb, floor, end, paragraph, introduced || v + verb.length === end)
  }
  for (let v = floor; v < end; v++) {
    const verb = verbAt(tokens, v)
    if (verb !== undefined) return attributionAt(tokens, v, verb, floor, end, paragraph, false)
  }
  return undefined
}

/** The attribution made by the verb at `v`: its subject, or for "according to" the name after it. */
function attributionAt(
  tokens: readonly Token[],
  v: number,
  verb: VerbMatch,
  floor: number,
  end: number,
  paragraph: number,
  adjacent: boolean,
): Attribution | undefined {
  const at = { paragraph, offset: tokens[v]?.start ?? 0 }
  if (verb.entry.speakerAfter === true) {
    const speaker = speakerAfter(tokens, v + verb.length, end)
    return speaker && { speaker, at, adjacent: true }
  }
  const speaker = subjectBefore(tokens, v, floor)
  return speaker && { speaker, at, adjacent }
}

/**
 * Attribution in the words after a quotation: '"Q," said X', '"Q," X said', '"Q," X, a <role>,
 * said'. When the quotation ended its sentence ('"Q." X said.') the attribution must be a clause
 * of its own, so '"Q." Putin said the West lied.' does not attribute.
 */
function trailingAttribution(tokens: readonly Token[], quoteEndsSentence: boolean, paragraph: number): Attribution | undefined {
  let i = 0
  let strict = quoteEndsSentence
  while (i < MAX_LEADING_SEPARATORS && SEPARATORS.has(tokens[i]?.text ?? '')) {
    i++
    strict = false
  }
  if (i === 0 && tokens[0]?.text === '.') {
    i = 1
    strict = true
  }
  const at = (v: number): Position => ({ paragraph, offset: tokens[v]?.start ?? 0 })
  let from = i
  const inverted = verbAt(tokens, i)
  if (inverted !== undefined) {
    if (strict) return undefined
    const speaker = speakerAfter(tokens, i + inverted.length, tokens.length)
    if (speaker !== undefined) return { speaker, at: at(i), adjacent: true }
    from = i + inverted.length
  }
  const limit = Math.min(tokens.length, i + MAX_TRAILING_TOKENS)
  for (let v = from; v < limit; v++) {
    if (SENTENCE_END.has(tokens[v]?.text ?? '')) return undefined
    const verb = verbAt(tokens, v)
    if (verb === undefined || verb.entry.speakerAfter === true) continue
    if (strict && !clauseEndsAfter(tokens, v + verb.length, verb.entry)) return undefined
    const speaker = subjectBefore(tokens, v, i)
    if (speaker?.kind !== 'named' && !strict && verb.entry.object !== true && v > i && SEPARATORS.has(tokens[v - 1]?.text ?? '')) {
      const named = speakerAfter(tokens, v + verb.length, tokens.length)
      if (named?.kind === 'named') return { speaker: named, at: at(v), adjacent: true }
    }
    if (speaker !== undefined) return { speaker, at: at(v), adjacent: true }
  }
  return undefined
}

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
  return significant.length >= minimum && significant.every((t) => !LOWER_INITIAL.test(t.text))
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
function classify(raw: string, paragraphText: string, open: number, end: number): Status {
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
  if (words.length >= MIN_QUOTE_WORDS) return 'quote'
  return UTTERANCE_END.has(last) && startsSentence(paragraphText, open) ? 'tentative' : 'drop'
}

function finalText(parts: readonly string[]): string {
  const text = parts.filter((p) => p.length > 0).join(' ').trim()
  return text.endsWith(',') ? text.slice(0, -1).trimEnd() : text
}

/** The speaker named by a blockquote's credit words ("President John F. Kennedy, 1961"), if they name one. */
function creditSpeaker(tail: string): Speaker | undefined {
  const tokens = tokenize(tail)
  let end = 0
  while (end < tokens.length && tokens[end]?.word === true && (isNameLike(tokens[end]) || joinedNameAt(tokens, end) >= 0 || isTitle(tokens[end]))) end++
  const name = cleanName(tokens.slice(0, end))
  return name.length === 0 ? undefined : { kind: 'named', name }
}

/** A blockquote paragraph that is only a credit line ("— Dele (@dele_official) November 19, 2019"). */
function creditLine(text: string): Speaker | undefined {
  const trimmed = text.trim()
  const dash = CREDIT_DASHES.find((d) => trimmed.startsWith(d))
  if (dash === undefined || trimmed.length > MAX_CREDIT_CHARS) return undefined
  return creditSpeaker(trimmed.slice(dash.length))
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
  const credit = creditSpeaker(tail)
  return credit === undefined ? { body: text } : { body: before, credit }
}

/**
 * One quotation from the blockquote paragraphs `from` to `to` (see blockquoteGroups), its speaker
 * from a closing credit. A group that is only a credit line is the
 * byline of an embedded post whose text the page left just before it (`previous`, when that
 * paragraph holds no quotation of its own). Fewer than MIN_QUOTE_WORDS words make no quotation.
 */
function blockquoteCandidate(paragraphs: readonly string[], from: number, to: number, previous: number | undefined): Candidate | undefined {
  const last = paragraphs[to] ?? ''
  const lineCredit = creditLine(last)
  const bodyEnd = lineCredit === undefined ? to : to - 1
  const bodyStart = bodyEnd < from && previous !== undefined ? previous : from
  if (bodyEnd < bodyStart && previous === undefined) return undefined
  const bodies = paragraphs.slice(bodyStart, Math.max(bodyEnd, bodyStart) + 1)
  let credit = lineCredit
  if (credit === undefined) {
    const split = splitCredit(bodies[bodies.length - 1] ?? '')
    bodies[bodies.length - 1] = split.body
    credit = split.credit
  }
  const text = finalText([stripOuterMarks(bodies.join(' '))])
  if (countWords(text) < MIN_QUOTE_WORDS) return undefined
  const parts: number[] = []
  for (let p = bodyStart; p <= to; p++) parts.push(p)
  const candidate: Candidate = {
    kind: 'blockquote',
    text,
    paragraph: bodyStart,
    open: 0,
    lastParagraph: to,
    end: last.length,
    parts,
    startsParagraph: true,
    status: 'quote',
  }
  if (credit !== undefined) candidate.credit = credit
  return candidate
}

/**
 * The quotations in the blockquote paragraphs `from` to `to`, as [first, last] paragraph pairs:
 * the paragraphs up to a credit line are one embedded post; any other paragraph is one quotation
 * (neighbouring blockquotes may be different quotations).
 */
function blockquoteGroups(paragraphs: readonly string[], from: number, to: number): [number, number][] {
  const groups: [number, number][] = []
  let start = from
  for (let k = from; k <= to; k++) {
    if (creditLine(paragraphs[k] ?? '') === undefined) continue
    groups.push([start, k])
    start = k + 1
  }
  for (let k = start; k <= to; k++) groups.push([k, k])
  return groups
}

/**
 * Lines that may stand between two paragraphs of one quotation without ending it: an image
 * caption or a "SEE MORE" link left in the body. They are short, hold no quotation and do not
 * end like a sentence.
 */
function isInterposed(text: string): boolean {
  if (text.length > MAX_INTERPOSED_CHARS || SENTENCE_CLOSE.test(text)) return false
  return countWords(text) <= MAX_INTERPOSED_WORDS && scanQuoteSpans(text).length === 0
}

/**
 * For each paragraph, the paragraph a quotation left open at its end continues into: the next one
 * that opens with a quote mark, past blockquotes (embedded posts) and up to MAX_INTERPOSED_LINES
 * interposed lines; -1 when there is none. Only a paragraph that holds a quote mark can leave a
 * quotation open, so the search is made for no other (their entries are -1 and never read).
 */
function continuationTargets(paragraphs: readonly string[], blockquotes: ReadonlySet<number>): number[] {
  const nextText: number[] = new Array<number>(paragraphs.length + 1).fill(-1)
  for (let p = paragraphs.length - 1; p >= 0; p--) nextText[p] = blockquotes.has(p) ? (nextText[p + 1] ?? -1) : p
  return paragraphs.map((text, p) => {
    if (!mayHoldQuotation(text)) return -1
    let q = nextText[p + 1] ?? -1
    for (let skipped = 0; q >= 0 && skipped < MAX_INTERPOSED_LINES && isInterposed(paragraphs[q] ?? ''); skipped++) {
      q = nextText[q + 1] ?? -1
    }
    return q >= 0 && startsWithOpeningMark(paragraphs[q] ?? '') ? q : -1
  })
}

/**
 * Where a quotation holds its own attribution between dashes, as Russian, French and Spanish
 * print it ('«Q1, – признался Иванов. – Q2»'): the offsets, in `text`, where the first part ends
 * (after its comma) and the second begins. The words between the dashes must hold a reporting verb.
 */
function innerAttribution(text: string, from: number, to: number): [number, number] | undefined {
  const inner = text.slice(from, to)
  const m = INNER_ATTRIBUTION.exec(inner)
  if (m === null || m.index === 0) return undefined
  const words = tokenize(m[1] ?? '')
  if (!words.some((_, k) => verbAt(words, k) !== undefined)) return undefined
  const secondStart = from + m.index + m[0].length
  return secondStart < to ? [from + m.index + 1, secondStart] : undefined
}

/** Quoted strings of the article in reading order, continued quotations merged. */
function findCandidates(paragraphs: readonly string[], blockquotes: ReadonlySet<number>): Candidate[] {
  const found: Candidate[] = []
  const targets = continuationTargets(paragraphs, blockquotes)
  let pending: { candidate: Candidate; parts: string[] } | undefined
  const flush = (): void => {
    if (pending === undefined) return
    const { candidate, parts } = pending
    candidate.text = finalText(parts)
    candidate.closesWithComma = (parts[parts.length - 1] ?? '').endsWith(',')
    found.push(candidate)
    pending = undefined
  }
  const quoted = new Set<number>()
  const direct = (text: string, p: number, open: number, textStart: number, textEnd: number, end: number): Candidate => {
    quoted.add(p)
    const status = classify(text.slice(textStart, textEnd), text, open, end)
    return { kind: 'direct', text: '', paragraph: p, open, lastParagraph: p, end, parts: [p], startsParagraph: open === firstNonSpace(text), status }
  }
  const start = (candidate: Candidate, family: MarkFamily, part: string): void => {
    candidate.family = family
    pending = { candidate, parts: [part] }
  }
  let p = 0
  while (p < paragraphs.length) {
    const text = paragraphs[p] ?? ''
    if (blockquotes.has(p)) {
      let to = p
      while (blockquotes.has(to + 1)) to++
      const previous = p > 0 && !blockquotes.has(p - 1) && !quoted.has(p - 1) ? p - 1 : undefined
      for (const [from, last] of blockquoteGroups(paragraphs, p, to)) {
        const candidate = blockquoteCandidate(paragraphs, from, last, from === p ? previous : undefined)
        if (candidate !== undefined) found.push(candidate)
      }
      p = to + 1
      continue
    }
    const target = targets[p] ?? -1
    const first = firstNonSpace(text)
    scanQuoteSpans(text, target >= 0).forEach((span, k) => {
      const part = text.slice(span.textStart, span.textEnd).trim()
      const continuing =
        k === 0 && pending !== undefined && span.open === first && targets[pending.candidate.lastParagraph] === p && span.family === pending.candidate.family
      if (continuing && pending !== undefined) {
        quoted.add(p)
        pending.parts.push(part)
        pending.candidate.parts.push(p)
        pending.candidate.lastParagraph = p
        pending.candidate.end = span.end
      } else {
        flush()
        const split = span.closed ? innerAttribution(text, span.textStart, span.textEnd) : undefined
        if (split !== undefined) {
          const [firstEnd, secondStart] = split
          start(direct(text, p, span.open, span.textStart, firstEnd, firstEnd), span.family, text.slice(span.textStart, firstEnd).trim())
          flush()
          start(direct(text, p, secondStart, secondStart, span.textEnd, span.end), span.family, text.slice(secondStart, span.textEnd).trim())
        } else {
          start(direct(text, p, span.open, span.textStart, span.textEnd, span.end), span.family, part)
        }
      }
      if (span.closed) flush()
    })
    if (pending !== undefined && pending.candidate.lastParagraph < p && (targets[pending.candidate.lastParagraph] ?? -1) <= p) flush()
    p++
  }
  flush()
  return found.sort((a, b) => a.paragraph - b.paragraph || a.open - b.open).map(reclassifyContinued)
}

/** A quotation continued over paragraphs is judged by its whole text: its length alone decides. */
function reclassifyContinued(candidate: Candidate): Candidate {
  if (candidate.kind !== 'direct' || candidate.lastParagraph === candidate.paragraph) return candidate
  return { ...candidate, status: countWords(candidate.text) >= MIN_QUOTE_WORDS ? 'quote' : 'drop' }
}

/** The stretches of each paragraph outside kept quotations, tokenized. */
function outsideSegments(paragraphs: readonly string[], kept: readonly Candidate[]): ParagraphSegments[] {
  const covered: [number, number][][] = paragraphs.map(() => [])
  for (const c of kept) {
    for (const p of c.parts) {
      const text = paragraphs[p] ?? ''
      const start = p === c.paragraph ? c.open : firstNonSpace(text)
      const end = p === c.lastParagraph ? c.end : text.length
      covered[p]?.push([start, end])
    }
  }
  return paragraphs.map((text, p) => {
    const segments: Segment[] = []
    let from = 0
    for (const [start, end] of (covered[p] ?? []).sort((a, b) => a[0] - b[0])) {
      segments.push(segment(text, p, from, Math.max(from, start)))
      from = Math.max(from, end)
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

/**
 * Names the article prints: people's, two or more words, by surname ("Atambayev") and by first
 * word ("Liu"); by the titles printed before them ("President"); and every organisation's.
 */
interface NameIndex {
  bySurname: Map<string, Mention[]>
  byFirstWord: Map<string, Mention[]>
  byTitle: Map<string, Mention[]>
  organisations: Mention[]
}

/** A name without the suffixes that close it ("Jr.", "III"): its last word is the surname. */
function nameCore(name: readonly string[]): readonly string[] {
  let end = name.length
  while (end > 1 && NAME_SUFFIXES.has((name[end - 1] ?? '').toLowerCase().replaceAll('.', ''))) end--
  return name.slice(0, end)
}

function isOrganisationName(name: readonly string[]): boolean {
  const last = name[name.length - 1] ?? ''
  return ORGANISATION_HEADS.has(last.toLowerCase()) || (name.length === 1 && ACRONYM.test(last) && !ROMAN_NUMERAL.test(last))
}

function addMention(index: Map<string, Mention[]>, key: string, mention: Mention): void {
  const mentions = index.get(key) ?? []
  mentions.push(mention)
  index.set(key, mentions)
}

/** The title words printed in a name run before the name ("US President Donald Trump": president). */
function runTitles(tokens: readonly Token[], start: number, end: number): string[] {
  const titles: string[] = []
  for (let k = start; k < end; k++) {
    const t = tokens[k]
    if (t !== undefined && isTitle(t)) titles.push(t.key.replaceAll('.', ''))
  }
  return titles
}

/** Names in the text outside quotations, and `credits` (blockquote credits, which cover their paragraphs). */
function buildNameIndex(segments: readonly ParagraphSegments[], credits: readonly Mention[]): NameIndex {
  const index: NameIndex = { bySurname: new Map(), byFirstWord: new Map(), byTitle: new Map(), organisations: [] }
  const add = (mention: Mention, titles: readonly string[]): void => {
    const { name } = mention
    if (name.length > MAX_NAME_TOKENS) return
    const core = nameCore(name)
    const surname = core[core.length - 1]
    const first = core[0]
    if (surname === undefined || first === undefined) return
    if (isOrganisationName(name)) {
      if (ORGANISATION_HEADS.has(surname.toLowerCase())) index.organisations.push(mention)
      if (core.length >= 2) addMention(index.bySurname, surname, mention)
      return
    }
    for (const title of titles) addMention(index.byTitle, title, mention)
    if (core.length < 2) return
    addMention(index.bySurname, surname, mention)
    addMention(index.byFirstWord, first, mention)
  }
  for (const segment of segments.flatMap((p) => p.all)) {
    for (const [start, end] of nameRuns(segment.tokens)) {
      const name = runName(segment.tokens, start, end)
      if (name.length > 0) add({ at: { paragraph: segment.paragraph, offset: segment.tokens[start]?.start ?? 0 }, name }, runTitles(segment.tokens, start, end))
    }
  }
  for (const credit of credits) add(credit, [])
  for (const list of [...index.bySurname.values(), ...index.byFirstWord.values(), ...index.byTitle.values(), index.organisations]) {
    list.sort((a, b) => comparePositions(a.at, b.at))
  }
  return index
}

function endsWith(longer: readonly string[], shorter: readonly string[]): boolean {
  const offset = longer.length - shorter.length
  return offset >= 0 && shorter.every((word, k) => longer[offset + k] === word)
}

/**
 * Longer forms of names the article prints. For each name asked about, the longest mentions that
 * end with it (suffixes aside: "Kennedy" is "James P. Kennedy Jr.") are found once and kept in
 * reading order; `fullest` then picks the nearest earlier one, or the first later one. A one-word
 * name no longer form ends with may be a family name printed first ("Liu" is "Liu Xiaming").
 */
class FullNames {
  private readonly forms = new Map<string, Mention[]>()
  private readonly index: NameIndex

  constructor(index: NameIndex) {
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

  /** Whether the article prints a longer form that ends with the name: a surname of someone it names in full. */
  hasFullerForm(name: readonly string[]): boolean {
    const core = nameCore(name)
    return (this.index.bySurname.get(core[core.length - 1] ?? '') ?? []).some(
      (mention) => mention.name.length > name.length && endsWith(nameCore(mention.name), core),
    )
  }

  /** The last person named with `title` before `at` ("the president" is "Donald Trump"). */
  withTitle(title: string, at: Position): Mention | undefined {
    return lastMentionBefore(this.index.byTitle.get(title) ?? [], at)
  }

  get organisations(): readonly Mention[] {
    return this.index.organisations
  }

  /**
   * Whether a longer form is two names run together ("investigate Joe Biden Volker: …" in a
   * flattened heading): the word before the shorter name is itself another person's surname.
   */
  private glued(longer: readonly string[], core: readonly string[]): boolean {
    const longerCore = nameCore(longer)
    const before = longerCore[longerCore.length - core.length - 1]
    return before !== undefined && before !== core[core.length - 1] && this.index.bySurname.has(before)
  }

  private longestForms(name: readonly string[]): Mention[] {
    const key = name.join(' ')
    const known = this.forms.get(key)
    if (known !== undefined) return known
    const core = nameCore(name)
    const bySurname = (this.index.bySurname.get(core[core.length - 1] ?? '') ?? []).filter(
      (mention) => mention.name.length > name.length && endsWith(nameCore(mention.name), core) && !this.glued(mention.name, core),
    )
    const byFirstWord = name.length === 1 && bySurname.length === 0 ? (this.index.byFirstWord.get(name[0] ?? '') ?? []) : []
    const longest = longestOf([...bySurname, ...byFirstWord])
    this.forms.set(key, longest)
    return longest
  }
}

/** The mentions with the most words, in reading order; the article's own words before blockquote credits. */
function longestOf(mentions: readonly Mention[]): Mention[] {
  let longest: Mention[] = []
  for (const mention of mentions) {
    const best = longest[0]?.name.length ?? 0
    if (mention.name.length > best) longest = [mention]
    else if (mention.name.length === best) longest.push(mention)
  }
  const prose = longest.filter((mention) => mention.credit !== true)
  return prose.length > 0 ? prose : longest
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
  const personLike = name.length >= 2 || runTokens.some(isTitle) || names.hasFullerForm(name)
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
      const speaker = verb.entry.speakerAfter === true || invertedAfterComma(tokens, v, verb)
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

/** A verb after a comma with a name after it: "…, too, said Mary E. Lovely, an economist." */
function invertedAfterComma(tokens: readonly Token[], v: number, verb: VerbMatch): boolean {
  return verb.entry.object !== true && SEPARATORS.has(tokens[v - 1]?.text ?? '') && isNameLike(tokens[v + verb.length])
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
 * Whether `second` goes on with the sentence `first` began, their attribution between them:
 * '"The answer," Putin said, "is obvious."'. The first part ends with a comma (inside the marks
 * or just after them); the words between hold a reporting verb and no sentence end, and end with
 * a comma or dash; the second part goes on in lower case.
 */
function isInterruption(first: Candidate, second: Candidate, segments: readonly ParagraphSegments[]): boolean {
  if (first.kind !== 'direct' || second.kind !== 'direct' || first.lastParagraph !== second.paragraph) return false
  const between = segments[second.paragraph]?.byStart.get(first.end)
  if (between === undefined || between.end !== second.open) return false
  const tokens = between.tokens
  const last = tokens[tokens.length - 1]?.text ?? ''
  if (!first.closesWithComma && tokens[0]?.text !== ',') return false
  if (!SEPARATORS.has(last) || tokens.some((t) => SENTENCE_END.has(t.text))) return false
  if (!tokens.some((_, k) => verbAt(tokens, k) !== undefined)) return false
  return LOWER_LETTER.test(WORD_CHARACTER.exec(second.text)?.[0] ?? '')
}

/** Quotations interrupted by their attribution, joined into one (see isInterruption). */
function joinInterrupted(candidates: readonly Candidate[], segments: readonly ParagraphSegments[]): Candidate[] {
  const joined: Candidate[] = []
  for (const c of candidates) {
    const previous = joined[joined.length - 1]
    if (previous === undefined || !isInterruption(previous, c, segments)) {
      joined.push(c)
      continue
    }
    const text = `${previous.text} ${c.text}`
    const attribution = previous.attribution ?? c.attribution
    const merged: Candidate = {
      ...previous,
      text,
      lastParagraph: c.lastParagraph,
      end: c.end,
      parts: [...new Set([...previous.parts, ...c.parts])],
      closesWithComma: c.closesWithComma,
      status: countWords(text) >= MIN_QUOTE_WORDS ? 'quote' : previous.status,
    }
    if (attribution !== undefined) merged.attribution = attribution
    joined[joined.length - 1] = merged
  }
  return joined
}

/**
 * The lower-case words of a text, curly apostrophes made straight and a post's hashtags, handles
 * and links left out, for comparing texts.
 */
function comparableWords(text: string): string[] {
  return wordKeys(text.replace(POST_TAGS_AND_LINKS, ' ').replace(CURLY_APOSTROPHES, "'"))
}

/**
 * Texts indexed by each pair of adjacent words, to find where one text repeats inside another in
 * time bounded by the length of the repeat, not of the texts searched.
 */
class RepeatIndex {
  private readonly byPair = new Map<string, [number, number][]>()
  private readonly texts: readonly (readonly string[])[]

  constructor(texts: readonly (readonly string[])[]) {
    this.texts = texts
    texts.forEach((words, i) => {
      for (let k = 0; k + 1 < words.length; k++) {
        const key = `${words[k]} ${words[k + 1]}`
        const list = this.byPair.get(key) ?? []
        list.push([i, k])
        this.byPair.set(key, list)
      }
    })
  }

  /** Whether `words` occur, in order and together, in an indexed text that `accept` allows. */
  contains(words: readonly string[], accept: (i: number) => boolean): boolean {
    let rarest: [number, number][] | undefined
    let offset = 0
    for (let k = 0; k + 1 < words.length; k++) {
      const list = this.byPair.get(`${words[k]} ${words[k + 1]}`)
      if (list === undefined) return false
      if (rarest === undefined || list.length < rarest.length) {
        rarest = list
        offset = k
      }
    }
    for (const [i, at] of (rarest ?? []).slice(0, MAX_REPEAT_CANDIDATES)) {
      const text = this.texts[i] ?? []
      const start = at - offset
      if (start >= 0 && accept(i) && words.every((word, k) => text[start + k] === word)) return true
    }
    return false
  }
}

/**
 * The paragraphs whose only text is one quotation, as a heading or a pull quote is (a list number
 * aside). Each paragraph's outside text is read once, however many quotations it holds.
 */
function aloneParagraphs(kept: readonly Candidate[], segments: readonly ParagraphSegments[]): Set<number> {
  const count = new Map<number, number>()
  for (const c of kept) count.set(c.paragraph, (count.get(c.paragraph) ?? 0) + 1)
  const alone = new Set<number>()
  for (const [p, n] of count) {
    const quiet = (segments[p]?.all ?? []).every((segment) => segment.tokens.every((t) => !LETTER.test(t.text)))
    if (n === 1 && quiet) alone.add(p)
  }
  return alone
}

/**
 * Quotations that repeat another, reported once: a blockquote (pull quote, embedded post) whose
 * words are inside a direct quotation, the direct quotations read one after another, or a body
 * paragraph; and an unattributed quotation standing alone as its paragraph (a heading) whose words
 * are inside a longer quotation, or an equal earlier one.
 */
function withoutRepeats(
  kept: readonly Candidate[],
  paragraphs: readonly string[],
  blockquotes: ReadonlySet<number>,
  segments: readonly ParagraphSegments[],
): Candidate[] {
  const alone = aloneParagraphs(kept, segments)
  // Only blockquotes and unattributed quotations alone in their paragraph may be repeats: most
  // pages have neither, so the word lists and indexes are built only when one is asked about.
  const mayRepeat = (c: Candidate): boolean =>
    c.kind === 'blockquote' || (c.attribution === undefined && c.paragraph === c.lastParagraph && alone.has(c.paragraph))
  if (!kept.some(mayRepeat)) return kept.slice()
  const quoteWords = kept.map((c) => comparableWords(c.text))
  const quoted = kept.flatMap((c, k) => (c.kind === 'direct' ? (quoteWords[k] ?? []) : []))
  const quotes = new RepeatIndex([...quoteWords, quoted])
  let body: RepeatIndex | undefined
  const bodyIndex = (): RepeatIndex =>
    (body ??= new RepeatIndex(paragraphs.map((text, p) => (blockquotes.has(p) ? [] : comparableWords(text)))))
  return kept.filter((c, k) => {
    const words = quoteWords[k] ?? []
    if (words.length < MIN_QUOTE_WORDS || !mayRepeat(c)) return true
    const longer = (i: number): boolean => i !== k && ((quoteWords[i]?.length ?? 0) > words.length || ((quoteWords[i]?.length ?? 0) === words.length && i < k))
    if (c.kind === 'blockquote') {
      const direct = (i: number): boolean => i === kept.length || (kept[i]?.kind === 'direct' && (quoteWords[i]?.length ?? 0) >= words.length)
      return !quotes.contains(words, direct) && !bodyIndex().contains(words, (p) => !c.parts.includes(p))
    }
    return !quotes.contains(words, longer)
  })
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

/** Antecedents for pronouns, in reading order, by what a pronoun may stand for. */
type Antecedents = Record<'person' | 'any' | 'organisation', readonly Mention[]>

function resolveSpeaker(speaker: Speaker, at: Position, names: FullNames, antecedents: Antecedents): string | null {
  switch (speaker.kind) {
    case 'named':
      return names.fullest(speaker.name, at).join(' ')
    case 'pronoun': {
      const antecedent = lastMentionBefore(antecedents[speaker.refers], at)
      return antecedent === undefined ? null : names.fullest(antecedent.name, at).join(' ')
    }
    case 'role': {
      const named = names.withTitle(speaker.title, at)
      return named === undefined ? null : names.fullest(named.name, at).join(' ')
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
function assignSpeakers(kept: readonly Candidate[], names: FullNames, clauses: Antecedents): Quote[] {
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
  const blockquotes = input.blockquotes ?? new Set<number>()
  const found = findCandidates(paragraphs, blockquotes).filter((c) => c.status !== 'drop')
  // No quotation marks, no quotes: skip the name and speaker passes over the whole text.
  if (found.length === 0) return []
  const segments = outsideSegments(paragraphs, found)
  for (const c of found) {
    if (c.kind === 'direct') {
      const attribution = attribute(c, segments)
      if (attribution !== undefined) c.attribution = attribution
    }
  }
  const candidates = joinInterrupted(found, segments)
  const attributed = candidates.filter(
    (c, k) => c.status === 'quote' || c.attribution?.adjacent === true || followsInParagraph(c, candidates[k - 1]),
  )
  const kept = withoutRepeats(attributed, paragraphs, blockquotes, segments)
  if (kept.length === 0) return []
  const credits = kept.flatMap((c) => (c.credit?.kind === 'named' ? [{ at: { paragraph: c.lastParagraph, offset: 0 }, name: c.credit.name, credit: true }] : []))
  const names = new FullNames(buildNameIndex(segments, credits))
  const attributions = kept.flatMap((c) => (c.attribution === undefined ? [] : [c.attribution]))
  // Antecedents are looked up only for pronoun speakers, and only before where each is
  // attributed: the narrative after the last such attribution is never searched for them.
  const lastPronoun = Math.max(-1, ...attributions.flatMap((a) => (a.speaker.kind === 'pronoun' ? [a.at.paragraph] : [])))
  const any = namedClauses(segments.slice(0, lastPronoun + 1), attributions, names)
  const organisation = [...any.filter((m) => isOrganisationName(m.name)), ...names.organisations].sort((a, b) => comparePositions(a.at, b.at))
  const person = any.filter((m) => !isOrganisationName(m.name))
  return assignSpeakers(kept, names, { person, any, organisation })
}
