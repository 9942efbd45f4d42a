/**
 * Stage 4b: antecedents for pronouns, in reading order: people named as subjects of reporting
 * verbs anywhere in the narrative and people who open a sentence (for he/she), any of them or a
 * body (for they), organisations (for it).
 */

import { FUNCTION_WORDS, ROLE_WORDS } from './reporting-verbs.js'
import { type Attribution, type Candidate, comparePositions, type Mention } from './model.js'
import { type FullNames, isHeadlineLine, isOrganisationName, isPlaceName } from './name-index.js'
import { CAPITALISED, cleanName, isNameLike, isPossessive, isTitle, nameRuns } from './names.js'
import type { ParagraphSegments } from './segments.js'
import { sentenceStart, speakerAfter, subjectBefore } from './subjects.js'
import { LOWER_INITIAL, SENTENCE_END, SEPARATORS, type Token, verbAt, type VerbMatch } from './tokens.js'

/** A sentence's subject ("White House press secretary Karine Jean-Pierre") fits in this many tokens. */
const MAX_SUBJECT_SCAN_TOKENS = 12

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
  for (const { tokens, paragraph } of segments.filter((p) => !isHeadlineLine(p)).flatMap((p) => p.all)) {
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

/** Antecedents for pronouns, in reading order, by what a pronoun may stand for. */
export type Antecedents = Record<'person' | 'any' | 'organisation', readonly Mention[]>

/**
 * The antecedents pronoun speakers of `kept` may stand for. They are looked up only before where
 * each pronoun is attributed: the narrative after the last such attribution is never searched.
 */
export function findAntecedents(kept: readonly Candidate[], segments: readonly ParagraphSegments[], names: FullNames): Antecedents {
  const attributions = kept.flatMap((c) => (c.attribution === undefined ? [] : [c.attribution]))
  const lastPronoun = Math.max(-1, ...attributions.flatMap((a) => (a.speaker.kind === 'pronoun' ? [a.at.paragraph] : [])))
  const any = namedClauses(segments.slice(0, lastPronoun + 1), attributions, names)
  const organisation = [...any.filter((m) => isOrganisationName(m.name)), ...names.organisations].sort((a, b) => comparePositions(a.at, b.at))
  const person = any.filter((m) => !isOrganisationName(m.name) && !isPlaceName(m.name))
  return { person, any, organisation }
}
