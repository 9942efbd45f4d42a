/**
 * The header of an article: the blocks just before the body hold the headline,
 * and between it and the body a caption, a byline and a date, in any order.
 * Walks back from the body's first block and stops at the headline.
 */
import type { Block } from '../blocks/block.js'
import { parseByline } from './byline.js'
import { splitCredit } from './credit.js'
import { dateLine, parseDate } from './date.js'

/** How many blocks before the body may belong to its header. */
const HEADER_LOOKBACK = 8
/** Headlines have a few words... */
const MIN_HEADLINE_WORDS = 3
/** ...but not a paragraph's worth. */
const MAX_HEADLINE_WORDS = 30
/** How many blocks at the start of the body may be header lines (headline, standfirst, byline, date). */
const HEADER_LOOKAHEAD = 6
/** A block of this many words ending a sentence is prose: a standfirst, or a paragraph of the article. */
const MIN_STANDFIRST_PROSE_WORDS = 20
/** Header lines are short: a standfirst longer than this is the article's first paragraph. */
const MAX_STANDFIRST_WORDS = 50
/** A headline does not end with a full stop (a question or exclamation mark is fine). */
const ENDS_WITH_PERIOD = /[.:;,]$/u
/** At least one capital letter: not a lower-case menu item. */
const HAS_CAPITAL = /\p{Lu}/u
/** Words with letters: "Updated 14:32" has one, a headline has several. */
const LETTER_WORD = /\p{L}{2,}/gu
/** Lines that open with a date label are date lines, whatever else they hold. */
const DATE_LABEL = /^(?:updated|published|posted|last updated|modified|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd|обновлено|опубликовано)(?![\p{L}\p{N}])/iu
/** Lines that open with a credit label are captions' credits even without a caption text. */
const CREDIT_LINE = /^(?:photo|photograph|image|picture|credit|foto|фото)\s*(?::|by\b)/iu

/**
 * A bare name line: two to six capitalised words, "and" or a name particle between them, nothing
 * else ("The Moscow Times", "Ana Ruiz and Tom Baker"). Between a longer headline-shaped line and a
 * date or reading-time line it is the byline a reader view or a template prints without "By"; a
 * Title Case subheading ("Who Should Enroll") is followed by prose, not by a date.
 */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:and|&|de|da|del|van|von|der|den|la|le|di)\s+)?\p{Lu}[\p{L}'’.-]*){1,5}$/u

/** A line that is only a reading time: "5 min read", "2–3 minutes", "Reading time: 4 minutes", "Lesezeit: 3 Min." */
const READING_TIME = /^(?:(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|время чтения)\s?:?\s?)?\d{1,3}(?:\s?[–-]\s?\d{1,3})?\s?(?:min|mins|minute|minutes|minuten|minutos|minuti|minuut|мин|минут|минуты)\.?(?:\s(?:read|lesen|de lecture|de lectura|di lettura|de leitura|lezen|чтения))?$/iu

export interface HeaderFields {
  headline: number | null
  byline: { index: number; names: string } | null
  date: { index: number; iso: string } | null
  caption: { index: number; text: string; credit: string | null } | null
}

export function findHeader(blocks: readonly Block[], bodyStart: number, usable: (index: number) => boolean): HeaderFields {
  const fields: HeaderFields = { headline: null, byline: null, date: null, caption: null }
  const stop = Math.max(0, bodyStart - HEADER_LOOKBACK)
  for (let i = bodyStart - 1; i >= stop; i--) {
    const block = blocks[i]
    if (!block || !usable(i) || block.role === 'caption' || block.role === 'credit') continue
    const text = block.text
    const names = fields.byline ? null : parseByline(text)
    if (names) {
      fields.byline = { index: i, names }
      const iso = fields.date ? null : parseDate(text)
      if (iso) fields.date = { index: i, iso }
      continue
    }
    const iso = fields.date ? null : dateLine(block)
    if (iso) {
      fields.date = { index: i, iso }
      continue
    }
    if (!fields.caption && fields.headline === null && block.element === null) {
      const split = splitCredit(text, 'text')
      if (split.credit !== null || CREDIT_LINE.test(text)) {
        fields.caption = { index: i, text: split.text, credit: split.credit }
        continue
      }
    }
    if (looksLikeHeadline(block)) {
      if (!fields.byline && bareNameUnder(blocks, i, usable)) {
        fields.byline = { index: i, names: text }
        continue
      }
      fields.headline = i
      break
    }
  }
  return fields
}

/** Whether block `index` is a bare name line (NAME_LINE) right under a headline-shaped line with more words and above a date or reading-time line. */
function bareNameUnder(blocks: readonly Block[], index: number, usable: (index: number) => boolean): boolean {
  const block = blocks[index]!
  const above = blocks[index - 1]
  const below = blocks[index + 1]
  const dateOrReadingTime = below !== undefined && (dateLine(below) !== null || READING_TIME.test(below.text))
  return NAME_LINE.test(block.text) && dateOrReadingTime && above !== undefined && usable(index - 1) && looksLikeHeadline(above) && above.words > block.words
}

export function looksLikeHeadline(block: Block): boolean {
  return (
    block.words >= MIN_HEADLINE_WORDS &&
    (block.text.match(LETTER_WORD)?.length ?? 0) >= MIN_HEADLINE_WORDS &&
    !DATE_LABEL.test(block.text) &&
    block.words <= MAX_HEADLINE_WORDS &&
    !ENDS_WITH_PERIOD.test(block.text) &&
    HAS_CAPITAL.test(block.text)
  )
}

/**
 * Header lines at the start of the body: when a byline or a date line comes within the first
 * few short body blocks, it and everything before it are the header (headline, standfirst,
 * byline, date), not the article; else a first block shaped like a headline is one. Returns the body
 * indexes to take out of the body.
 */
export function headerInBody(blocks: readonly Block[], bodyIndexes: readonly number[], headlineBefore: boolean): number[] {
  const head: number[] = []
  let last = -1
  let standfirsts = 0
  for (const index of bodyIndexes.slice(0, HEADER_LOOKAHEAD)) {
    const block = blocks[index]
    if (!block || block.words > MAX_STANDFIRST_WORDS || block.role === 'blockquote') break
    // A header holds one standfirst: a second sentence of prose is the article (a forum's first post before its "Last edited" line).
    if (block.words >= MIN_STANDFIRST_PROSE_WORDS && block.endsSentence && ++standfirsts > 1) break
    head.push(index)
    if (parseByline(block.text) !== null || dateLine(block) !== null) last = head.length - 1
  }
  if (last >= 0) return head.slice(0, last + 1)
  const first = blocks[bodyIndexes[0] ?? -1]
  const second = blocks[bodyIndexes[1] ?? -1]
  if (!headlineBefore && first && second && looksLikeHeadline(first) && !first.endsSentence && second.words > first.words) {
    return [bodyIndexes[0]!]
  }
  return []
}
