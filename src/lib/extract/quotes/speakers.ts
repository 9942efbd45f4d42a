/**
 * Stage 4c: speakers in reading order. An attribution's speaker is resolved to the fullest name
 * (name-index.ts) or an antecedent (antecedents.ts); a quotation without attribution takes the
 * previous quotation's speaker when it ended in its paragraph, or when it opens the next one (for
 * a few paragraphs); a blockquote its credit.
 */

import type { Quote } from '../../types.js'
import type { Antecedents } from './antecedents.js'
import type { Candidate, Position, Speaker } from './model.js'
import { FullNames, lastMentionBefore } from './name-index.js'

/** Quote-only paragraphs after an attributed one keep its speaker for at most this many paragraphs. */
const MAX_CARRY_PARAGRAPHS = 3

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
  /** The source words as printed (Quote.attribution), carried with the speaker. */
  attribution: string | null
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
    return { ...previous, lastParagraph: candidate.lastParagraph, carried: previous.carried + 1 }
  }
  return { speaker: null, attribution: null, lastParagraph: candidate.lastParagraph, carried: 0 }
}

/** The words of a speaker as printed in `paragraphs`, or null when it has none. */
function printedWords(speaker: Speaker | undefined, paragraph: number | undefined, paragraphs: readonly string[]): string | null {
  if (speaker?.span === undefined || paragraph === undefined) return null
  const words = (paragraphs[paragraph] ?? '').slice(speaker.span[0], speaker.span[1]).trim()
  return words.length > 0 ? words : null
}

/** Speakers for the kept candidates, in reading order, with the source words as printed. */
export function assignSpeakers(kept: readonly Candidate[], names: FullNames, clauses: Antecedents, paragraphs: readonly string[]): Quote[] {
  const quotes: Quote[] = []
  let previous: Carry | undefined
  for (const c of kept) {
    let speaker: string | null
    let attribution: string | null
    if (c.kind === 'blockquote' || (c.credit !== undefined && c.attribution === undefined)) {
      speaker = c.credit === undefined ? null : resolveSpeaker(c.credit, { paragraph: c.paragraph, offset: 0 }, names, clauses)
      attribution = printedWords(c.credit, c.creditParagraph, paragraphs)
      previous = c.kind === 'blockquote' ? undefined : { speaker, attribution, lastParagraph: c.lastParagraph, carried: 0 }
    } else if (c.attribution !== undefined) {
      speaker = resolveSpeaker(c.attribution.speaker, c.attribution.at, names, clauses)
      attribution = printedWords(c.attribution.speaker, c.attribution.at.paragraph, paragraphs)
      previous = { speaker, attribution, lastParagraph: c.lastParagraph, carried: 0 }
    } else {
      previous = carriedSpeaker(c, previous)
      speaker = previous.speaker
      attribution = previous.attribution
    }
    quotes.push({ text: c.text, speaker, attribution, paragraph: c.paragraph, kind: c.kind })
  }
  return quotes
}
