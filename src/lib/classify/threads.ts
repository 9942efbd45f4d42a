/**
 * Comment threads in copied text. Each reader comment opens with a header line — a name and
 * "says:" / "said:" / "wrote:", often with a date — and the replies follow one another after the
 * article. One such line can be a transcript; two or more after the article has started are a
 * thread, and the article ends at the first.
 */
import type { Block } from '../blocks/block.js'
import type { Removal } from './apply-rules.js'

/**
 * The removal reported for a comment thread found this way (listed in the README under the
 * rules table with the other classifier-level ids).
 */
export const THREAD_REMOVAL: Removal = { kind: 'comments', rule: 'comments/reply-headers' }
/** A reply header: short, ending with a verb of saying and a colon, in our languages. */
const REPLY_HEADER = /(?:^|\s)(?:says|said|wrote|writes|replied|schreibt|schrieb|sagt|a écrit|écrit|dit|escribió|escribe|dice|dijo|ha scritto|scrive|escreveu|escreve|diz|disse|schreef|schrijft|zegt|пишет|написал|написала|сказал):$/iu
/** Reply headers are a name, maybe a date and time: a few words. */
const MAX_HEADER_WORDS = 14
/** Two headers make a thread; one could be a transcript line. */
const MIN_HEADERS = 2

/** Index of the first reply header of a thread after `articleStarted`, or -1. */
export function threadStart(blocks: readonly Block[], articleStarted: (index: number) => boolean): number {
  let first = -1
  let count = 0
  blocks.forEach((block, i) => {
    if (block.words > MAX_HEADER_WORDS || !REPLY_HEADER.test(block.text) || !articleStarted(i)) return
    if (first === -1) first = i
    count++
  })
  return count >= MIN_HEADERS ? first : -1
}
