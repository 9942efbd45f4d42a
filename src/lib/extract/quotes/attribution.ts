/**
 * Stage 2: attribution patterns. Each direct quotation is attributed from the words outside it: a
 * reporting verb with its subject before the quotation ('X said: "Q"', 'according to X, "Q"') or
 * after it ('"Q," X said', '"Q," said X', '"Q." X said.'), else the first reporting verb of the
 * sentence. A quotation interrupted by its attribution is joined into one, and short strings
 * are kept only when attributed or when they follow a quotation in their paragraph.
 */

import {
  ADVERBIAL_STARTERS,
  CHINESE_PERSON_PRONOUNS,
  CHINESE_REPORTING_VERBS,
  CHINESE_SUBJECT_ADVERBS,
  CHINESE_TITLE_ENDS,
  FUNCTION_WORDS,
  LEAD_IN_VERBS,
  PRONOUN_SPEAKERS,
  type ReportingVerb,
} from './reporting-verbs.js'
import { trailingCredit } from './blockquotes.js'
import { MIN_QUOTE_WORDS } from './classify.js'
import type { Attribution, Candidate, Position, Speaker } from './model.js'
import { isNameLike, isTitle, nameRuns } from './names.js'
import type { ParagraphSegments } from './segments.js'
import { sentenceStart, speakerAfter, speakerFromPhrase, subjectBefore } from './subjects.js'
import { countWords, LOWER_INITIAL, SENTENCE_END, SEPARATORS, type Token, verbAt, type VerbMatch } from './tokens.js'

/** Capitalised verbs that open an inverted attribution before a quotation: 'Said Mayor Ann Cole: "…"'. */
const INVERTED_OPENERS: ReadonlySet<string> = new Set(['Said', 'Says'])

/** After a quotation, its reporting verb comes within this many tokens ('," X, the <role>, said'). */
const MAX_TRAILING_TOKENS = 24

/** Before a quotation, words allowed between the verb and the quote ("said in a statement on Monday:"). */
const MAX_VERB_TAIL_TOKENS = 12

/** Listener words after "told" or "asked" before the clause ends ("told a news conference"). */
const MAX_OBJECT_TOKENS = 4

/** Punctuation between an introducing verb and its quotation ("said:", "said,"). */
const INTRO_PUNCTUATION = new Set([':', ',', '—', '–', '-'])

/** Punctuation that ends an attribution clause ('" X said, without ...'). */
const CLAUSE_END = new Set([...SENTENCE_END, ',', ';', ':', ')', '—', '–'])

/** At most this many separators open the words after a quotation: '", said X', '», — заявил X'. */
const MAX_LEADING_SEPARATORS = 2

/** A hyphen printed for a dash after a quotation, as Ukrainian and Russian copy often does: '", - заявив Стець'. */
const SPACED_HYPHEN = '-'

/** A letter that opens a continuation in lower case: '"The answer," Putin said, "is obvious."'. */
const LOWER_LETTER = /\p{Ll}/u

/** The first letter or digit of a text: a continuation opens with a lower-case letter, not a capital or a figure. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u

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
function leadingAttribution(tokens: readonly Token[], paragraph: number, speechOnly = false): Attribution | undefined {
  const floor = sentenceStart(tokens, tokens.length)
  // With `speechOnly`, a verb that only cites a source ("according to") is no reported speech.
  const verbAtIn = (at: number): VerbMatch | undefined => {
    const verb = verbAt(tokens, at)
    return speechOnly && verb?.entry.category === 'source' ? undefined : verb
  }
  let end = tokens.length
  let introduced = false
  while (end > floor && INTRO_PUNCTUATION.has(tokens[end - 1]?.text ?? '')) {
    introduced = true
    end--
  }
  const opener = tokens[floor]
  if (opener !== undefined && INVERTED_OPENERS.has(opener.text)) {
    const speaker = speakerAfter(tokens, floor + 1, end)
    if (speaker !== undefined) return { speaker, at: { paragraph, offset: opener.start }, adjacent: true }
  }
  if (end > floor && tokens[end - 1]?.key === 'that') end--
  for (let v = end - 1; v >= floor && end - v <= MAX_VERB_TAIL_TOKENS + 1; v--) {
    const verb = verbAtIn(v)
    if (verb === undefined || v + verb.length > end) continue
    return attributionAt(tokens, v, verb, floor, end, paragraph, introduced || v + verb.length === end)
  }
  for (let v = floor; v < end; v++) {
    const verb = verbAtIn(v)
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
  if (verb.entry.participle === true) {
    const speaker = participleSubject(tokens, v, floor)
    return speaker && { speaker, at, adjacent }
  }
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
  while (i < MAX_LEADING_SEPARATORS && (SEPARATORS.has(tokens[i]?.text ?? '') || tokens[i]?.text === SPACED_HYPHEN)) {
    i++
    strict = false
  }
  if (i === 0 && tokens[0]?.text === '.') {
    i = 1
    strict = true
  }
  const at = (v: number): Position => ({ paragraph, offset: tokens[v]?.start ?? 0 })
  let from = i
  const verbAfter = verbAt(tokens, i)
  // A participle after the quotation ('…", saying she trusted the courts') starts a clause of its own: no inverted verb.
  const inverted = verbAfter?.entry.participle === true ? undefined : verbAfter
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
    if (verb === undefined || verb.entry.speakerAfter === true || verb.entry.participle === true) continue
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

/**
 * The subject of a participle ("saying"): a name right against it ('footage of Tom Reyes saying'),
 * else the subject that opens the clause ('Governor Lisa Park issued a statement, saying').
 */
function participleSubject(tokens: readonly Token[], v: number, floor: number): Speaker | undefined {
  const against = nameRuns(tokens.slice(floor, v)).at(-1)
  if (against !== undefined && floor + against[1] === v) {
    const own = speakerFromPhrase(tokens.slice(floor + against[0], v))
    if (own?.kind === 'named') return own
  }
  let start = floor
  while (tokens[start]?.word === true && FUNCTION_WORDS.has(tokens[start]?.key ?? '') && !PRONOUN_SPEAKERS.has(tokens[start]?.key ?? '')) start++
  let end = start
  while (end < v && (isNameLike(tokens[end]) || isTitle(tokens[end]))) end++
  if (end === start && PRONOUN_SPEAKERS.has(tokens[start]?.key ?? '')) end = start + 1
  return end > start ? speakerFromPhrase(tokens.slice(start, end)) : undefined
}

/**
 * A paragraph that ends with an introducing clause and a colon ("Governor Ray Stone said:", "The
 * New York Times reports:") attributes the quotation that opens the next paragraph.
 */
function leadIn(tokens: readonly Token[], paragraph: number): Attribution | undefined {
  if (tokens[tokens.length - 1]?.text !== ':') return undefined
  const leading = leadingAttribution(tokens, paragraph)
  if (leading?.adjacent === true) return leading
  const v = tokens.length - 2
  const verb = tokens[v]
  if (verb === undefined || !LEAD_IN_VERBS.has(verb.key) || !LOWER_INITIAL.test(verb.text)) return undefined
  const speaker = subjectBefore(tokens, v, sentenceStart(tokens, v))
  return speaker && { speaker, at: { paragraph, offset: verb.start }, adjacent: true }
}

/** Chinese text: a run of Han characters is one token, name and verb together ("王明表示"). */
const HAN_RUN = /^\p{Script=Han}+$/u

/** A Chinese personal name is two to four characters. */
const MIN_CHINESE_NAME = 2
const MAX_CHINESE_NAME = 4

/** A Chinese adverb of manner before a verb is two characters and 地 ("恳切地说"). */
const CHINESE_MANNER_ADVERB_CHARS = 3

/** Punctuation between a Chinese attribution and its quotation: "表示：“", "说，“". */
const CHINESE_INTRO_PUNCTUATION = new Set(['：', ':', '，', ','])

/**
 * The speaker in a Chinese run that ends with a reporting verb ("在上海工作的王明表示"): the
 * characters before the verb, after the last 的 or title (CHINESE_TITLE_ENDS), less an adverb
 * ("还", "恳切地"); a name of two to four characters, or 他/她.
 */
function chineseSpeaker(token: Token | undefined): Speaker | undefined {
  if (token === undefined || !token.word || !HAN_RUN.test(token.text)) return undefined
  const verb = CHINESE_REPORTING_VERBS.find((v) => token.text.endsWith(v) && token.text.length > v.length)
  if (verb === undefined) return undefined
  const run = token.text.slice(0, -verb.length)
  let start = run.lastIndexOf('的') + 1
  for (const title of CHINESE_TITLE_ENDS) {
    const k = run.lastIndexOf(title)
    if (k >= 0) start = Math.max(start, k + title.length)
  }
  let end = run.length
  if (run.endsWith('地')) end -= CHINESE_MANNER_ADVERB_CHARS
  while (end > start && CHINESE_SUBJECT_ADVERBS.has(run[end - 1] ?? '')) end--
  const subject = run.slice(start, Math.max(start, end))
  const span = [token.start + start, token.start + start + subject.length] as const
  if (CHINESE_PERSON_PRONOUNS.has(subject)) return { kind: 'pronoun', refers: 'person', span }
  if (subject.length < MIN_CHINESE_NAME || subject.length > MAX_CHINESE_NAME) return undefined
  return { kind: 'named', name: [subject], span }
}

/** Chinese attribution right against the quotation: '王明表示：“…”' before it, '“…”李华说。' after it. */
function chineseAttribution(before: readonly Token[], after: readonly Token[], candidate: Candidate): Attribution | undefined {
  let k = before.length - 1
  if (CHINESE_INTRO_PUNCTUATION.has(before[k]?.text ?? '')) k--
  const leading = chineseSpeaker(before[k])
  if (leading !== undefined) return { speaker: leading, at: { paragraph: candidate.paragraph, offset: before[k]?.start ?? 0 }, adjacent: true }
  const next = after[1]
  if (next !== undefined && next.word) return undefined
  const trailing = chineseSpeaker(after[0])
  return trailing && { speaker: trailing, at: { paragraph: candidate.lastParagraph, offset: after[0]?.start ?? 0 }, adjacent: true }
}

/** Attribution of a direct quotation: a verb against it first, then one after it, then a looser one before it. */
function attribute(candidate: Candidate, segments: readonly ParagraphSegments[]): Attribution | undefined {
  const before = segments[candidate.paragraph]?.byEnd.get(candidate.open)?.tokens ?? []
  const after = segments[candidate.lastParagraph]?.byStart.get(candidate.end)?.tokens ?? []
  const chinese = chineseAttribution(before, after, candidate)
  if (chinese !== undefined) return chinese
  if (candidate.startsParagraph && candidate.paragraph > 0) {
    const previous = segments[candidate.paragraph - 1]?.all
    const introduction = leadIn(previous?.[previous.length - 1]?.tokens ?? [], candidate.paragraph - 1)
    if (introduction !== undefined) return introduction
  }
  const leading = leadingAttribution(before, candidate.paragraph)
  if (leading?.adjacent === true) return leading
  const last = candidate.text.slice(-1)
  const trailing = trailingAttribution(after, last === '.', candidate.lastParagraph)
  return trailing ?? leading ?? reportedSpeechBefore(candidate, before, segments)
}

/**
 * A quotation that opens a sentence with no attribution of its own, right after a sentence of
 * reported speech, is that sentence's subject's: 'Some guards cut corners, she said. "But …"', and
 * a quotation alone at the start of a paragraph after a paragraph of reported speech with no
 * quotation in it ('Baker said the ruling was an attack.' / '"They wanted us to give in."'). News
 * writing gives the speaker in the paraphrase and then the words. Not adjacent: a short string is
 * not kept for it.
 */
function reportedSpeechBefore(
  candidate: Candidate,
  before: readonly Token[],
  segments: readonly ParagraphSegments[],
): Attribution | undefined {
  let tokens: readonly Token[] = before
  let paragraph = candidate.paragraph
  if (candidate.startsParagraph) {
    const previous = segments[candidate.paragraph - 1]?.all
    // The previous paragraph's quotation, when it has one, passes its speaker on (speakers.ts).
    if (previous?.length !== 1) return undefined
    tokens = previous[0]?.tokens ?? []
    paragraph = candidate.paragraph - 1
  } else if (segments[paragraph]?.byEnd.get(candidate.open)?.start !== 0 || sentenceStart(tokens, tokens.length) !== tokens.length) {
    // After a quotation in the paragraph, that quotation passes its speaker on (speakers.ts).
    return undefined
  }
  while (tokens.length > 0 && SENTENCE_END.has(tokens[tokens.length - 1]?.text ?? '')) tokens = tokens.slice(0, -1)
  if (tokens.length === 0) return undefined
  const reported = leadingAttribution(tokens, paragraph, true)
  return reported && { ...reported, adjacent: false }
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

/**
 * The direct quotations of `found` attributed (their `attribution` set in place), interrupted ones
 * joined, and only the quotations kept: a quotation of MIN_QUOTE_WORDS words or more, a shorter
 * string attributed by a verb right against it, or one that follows a quotation in its paragraph.
 */
export function attributeQuotations(found: readonly Candidate[], segments: readonly ParagraphSegments[], paragraphs: readonly string[]): Candidate[] {
  for (const c of found) {
    if (c.kind !== 'direct' || c.credit !== undefined) continue
    const credit = c.startsParagraph && c.lastParagraph === c.paragraph ? trailingCredit(paragraphs[c.paragraph] ?? '', c.end) : undefined
    if (credit !== undefined) {
      c.credit = credit
      c.creditParagraph = c.paragraph
      continue
    }
    const attribution = attribute(c, segments)
    if (attribution !== undefined) c.attribution = attribution
  }
  const candidates = joinInterrupted(found, segments)
  return candidates.filter(
    (c, k) => c.status === 'quote' || c.credit !== undefined || c.attribution?.adjacent === true || followsInParagraph(c, candidates[k - 1]),
  )
}
