/**
 * Rule-based quotation extraction with speaker attribution. No model: quote marks, a list of
 * reporting verbs in eight languages and a few word lists (quotes/reporting-verbs.ts). Each stage
 * is a file of quotes/, named below.
 *
 * 1. Pair the quote marks of each paragraph with a linear scan (pairing.ts, quote-marks.ts). A quotation
 *    left open at a paragraph's end continues into the next paragraph that opens with the same
 *    kind of mark (news style), past embedded posts and up to two interposed lines (a caption left
 *    in the body); the parts are joined with a single space. An attribution inside the marks
 *    between dashes ('«Q1, – признался Иванов. – Q2»') splits it in two.
 * 2. Drop quoted strings that are not quotations (classify.ts): empty ones, terms of fewer than four words
 *    (scare quotes, "roadmap"), titles of works and slogans ("titled ...", "The tagline? ...", Title
 *    Case), and short terms used as a modifier ('the "one country, two systems" formula').
 * 3. Attribute each quotation from the words outside it (attribution.ts, subjects.ts, names.ts): a reporting verb with its subject before
 *    the quotation ('X said: "Q"', 'X said in a statement, "Q"', 'according to X, "Q"') or after
 *    it ('"Q," X said', '"Q," said X', '"Q." X said.', '"Q," X, the <role>, said', '", — заявил X');
 *    else the first reporting verb of the sentence, for a partial quotation in reported speech;
 *    else, for a quotation that opens a sentence, the subject of the reported speech just before it
 *    ('…, she said. "Q"', or a paragraph of paraphrase before a quote-only paragraph). A sentence
 *    opening with a name and ending with a colon introduces its quotation; Chinese names the
 *    speaker against the marks ('王明表示：“Q”', '“Q”李华说').
 * 4. Join a quotation interrupted by its attribution ('"The answer," Putin said, "is obvious."').
 * 5. Report repeats once (repeats.ts): a blockquote whose words the body already has (a pull quote, an embedded
 *    post the article quotes), a heading that repeats a quotation.
 * 6. Resolve speakers in reading order (speakers.ts, name-index.ts, antecedents.ts): he/she to the last person named, they to the last person
 *    or body, it to the last organisation, "the president" to the last person named with that
 *    title; a quotation without attribution to the previous quotation in its paragraph, or, when
 *    it opens its paragraph, to the previous paragraph's (for a few paragraphs); I/we/you, unnamed
 *    speakers ("the official") and common nouns ("Police said") to null; names to the fullest
 *    form the article prints, titles and a leading organisation or role stripped ("Atambayev"
 *    becomes "Almazbek Atambayev" after "President Almazbek Atambayev").
 *
 * A blockquote paragraph is one quotation (blockquotes.ts), its speaker a closing "— Name" credit; blockquote
 * paragraphs up to a credit line of their own are one embedded post, and a credit line alone
 * credits the paragraph before it (where the page left the post's text). Blockquotes of fewer
 * than four words are no quotations. A single trailing comma is stripped from a quotation's text;
 * other final punctuation is kept.
 */

import type { Quote } from '../types.js'
import { findAntecedents } from './quotes/antecedents.js'
import { attributeQuotations } from './quotes/attribution.js'
import { articleNames } from './quotes/name-index.js'
import { findCandidates } from './quotes/pairing.js'
import { withoutRepeats } from './quotes/repeats.js'
import { outsideSegments } from './quotes/segments.js'
import { assignSpeakers } from './quotes/speakers.js'

export interface QuoteInput {
  paragraphs: string[]
  /** Indexes of paragraphs that were HTML `<blockquote>`s. */
  blockquotes?: ReadonlySet<number>
}

/**
 * Quotations in the paragraphs, in reading order, with their speakers. See the module comment
 * for the rules; `paragraph` is where a quotation starts, and a quotation continued over
 * paragraphs has its parts joined with a single space.
 */
export function extractQuotes(input: QuoteInput): Quote[] {
  const { paragraphs } = input
  const blockquotes = input.blockquotes ?? new Set<number>()
  // 1–2. Quoted strings, continued quotations joined, those that are no quotation dropped.
  const found = findCandidates(paragraphs, blockquotes).filter((c) => c.status !== 'drop')
  // No quotation marks, no quotes: skip the name and speaker passes over the whole text.
  if (found.length === 0) return []
  // 3–4. Attribution from the words outside the quotations; interrupted quotations joined.
  const segments = outsideSegments(paragraphs, found)
  const attributed = attributeQuotations(found, segments, paragraphs)
  // 5. Repeats reported once.
  const kept = withoutRepeats(attributed, paragraphs, blockquotes, segments)
  if (kept.length === 0) return []
  // 6. Speakers: the fullest names, antecedents for pronouns, carried speakers.
  const names = articleNames(segments, kept)
  return assignSpeakers(kept, names, findAntecedents(kept, segments, names), paragraphs)
}
