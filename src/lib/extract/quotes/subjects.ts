/**
 * Who a phrase names, as the subject of a reporting verb: a person or organisation by name, a
 * pronoun, a role ("the president"), a first or second person (rejected) or nobody in particular
 * (anonymous). The subject before a verb ('Atambayev, the Kyrgyz president, said') and the name
 * after an inverted one ('said Secretary of State Antony Blinken', 'according to X').
 */

import { QUOTE_MARK_CHARS } from './quote-marks.js'
import {
  ADVERBIAL_STARTERS,
  AUXILIARIES,
  DETERMINERS,
  FUNCTION_WORDS,
  NON_SUBJECT_HEADS,
  ORGANISATION_PRONOUNS,
  PLACE_PREPOSITIONS,
  PLURAL_PRONOUNS,
  PREPOSITIONS,
  PRONOUN_SPEAKERS,
  REJECTED_SPEAKERS,
  RELATIVE_PRONOUNS,
  ROLE_WORDS,
} from './reporting-verbs.js'
import type { Speaker } from './model.js'
import { CAPITALISED, followsRoleAndPlace, isNameLike, isPossessive, isTitle, nameRuns, pureName, runName } from './names.js'
import { LOWER_INITIAL, SENTENCE_END, SEPARATORS, type Token, tokenEnd, verbAt } from './tokens.js'

/** A comma-free stretch of a subject ("Kremlin spokesman Dmitry Peskov") fits in this many tokens. */
const MAX_SEGMENT_TOKENS = 16

/** How far back a subject or a sentence start is looked for, in tokens. */
const MAX_LOOKBACK_TOKENS = 48

/** "the prime minister": a role as a subject has at most this many title words. */
const MAX_ROLE_WORDS = 2

/** Joint speakers ("Biden and Harris said") are several people, so no one speaker. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', '&', 'or'])

/** Words that join a second verb to the first one's subject ("said … and added"). */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'then'])

/** Punctuation that starts a new clause, so a subject never reaches across it. */
const CLAUSE_BREAK = new Set([...SENTENCE_END, ';', ':', '(', ')', '[', ']', ...QUOTE_MARK_CHARS])

/** Who a subject phrase names, judged by its head (last) word; undefined when it is no subject. */
/**
 * Appositives and adverbials looked past between a subject and its verb: "Mark Dunn, the
 * Republican attorney general of Ohio, one of the states suing, said".
 */
const MAX_APPOSITIVES = 3

/** A name two appositives or more before its verb is a person's full name: one word there is a day or a thing ("Monday"). */
const MIN_DISTANT_NAME_WORDS = 2

/**
 * Words that may open the printed words of a source: determiners ("a senior official", "the
 * letter"), demonstratives and possessives ("his lawyer"), and the pronouns that are speakers.
 */
const SOURCE_OPENERS: ReadonlySet<string> = new Set([
  ...DETERMINERS, 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  ...PRONOUN_SPEAKERS, ...PLURAL_PRONOUNS, ...REJECTED_SPEAKERS, ...ORGANISATION_PRONOUNS,
])

/**
 * Who a phrase names (see speakerOfPhrase), with where its words are printed: the phrase without
 * the conjunctions and adverbs that open it ("But the official" is printed as "the official").
 */
export function speakerFromPhrase(phrase: readonly Token[]): Speaker | undefined {
  const speaker = speakerOfPhrase(phrase)
  return speaker === undefined ? undefined : withSpan(speaker, phrase)
}

/** The speaker with the span of the phrase's printed source words, when it has any. */
function withSpan(speaker: Speaker, phrase: readonly Token[]): Speaker {
  let from = 0
  while (from < phrase.length - 1 && opensNoSource(phrase[from])) from++
  const first = phrase[from]
  const last = phrase[phrase.length - 1]
  return first === undefined || last === undefined ? speaker : { ...speaker, span: [first.start, tokenEnd(last)] }
}

/** A word or mark that opens a subject phrase without being part of the source's words ("But", "Later,"). */
function opensNoSource(token: Token | undefined): boolean {
  if (token === undefined) return false
  if (!token.word) return true
  return (FUNCTION_WORDS.has(token.key) || AUXILIARIES.has(token.key)) && !SOURCE_OPENERS.has(token.key)
}

function speakerOfPhrase(phrase: readonly Token[]): Speaker | undefined {
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

/** An adverb of stance or manner between a subject and its verb: "Reid allegedly told", "she reportedly said". */
const PRE_VERB_ADVERB = /^\p{Ll}{3,}ly$/u

function isPreVerbAdverb(token: Token | undefined): boolean {
  return token?.word === true && PRE_VERB_ADVERB.test(token.text)
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
export function sentenceStart(tokens: readonly Token[], end: number): number {
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
export function subjectBefore(tokens: readonly Token[], verbIndex: number, floor: number, share = true): Speaker | undefined {
  let end = verbIndex
  while (end > floor && (AUXILIARIES.has(tokens[end - 1]?.key ?? '') || isPreVerbAdverb(tokens[end - 1]))) end--
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
  let opening = closed ? appositiveOpening(tokens, start, floor) : start - 1
  for (let k = 0; k < MAX_APPOSITIVES && opening > floor && SEPARATORS.has(tokens[opening]?.text ?? ''); k++) {
    const from = segmentStart(tokens, opening, floor)
    const before = tokens.slice(from, opening)
    const name = pureName(before)
    if (name.length >= (k === 0 ? 1 : MIN_DISTANT_NAME_WORDS)) return withSpan({ kind: 'named', name }, before)
    opening = from - 1
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
  if (t !== undefined && !t.word) return t.text === '/' && tokens[j - 1]?.word === true && tokens[j + 1]?.word === true
  if (t === undefined) return false
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
export function speakerAfter(tokens: readonly Token[], start: number, limit: number): Speaker | undefined {
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
