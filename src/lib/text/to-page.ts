/** The text front door's page: blocks from the lines, the language guessed from the words. */
import { guessTextLanguage, stopwordsFor } from '../blocks/language.js'
import { STOPWORDS } from '../blocks/stopwords.js'
import { MAX_BLOCKS } from '../blocks/block.js'
import { emptyMeta, type Page } from '../page.js'
import { textToBlocks } from './to-blocks.js'

/** A forum post's number on its own line or ending its header line: "#1", "#2 2024-08-03 14:22", "Jan 5, 2024 #3". */
const POST_NUMBER = /^#(\d{1,5})(?!\d)|(?<![\p{L}\d])#(\d{1,5})$/u
/** A member's details under a forum post's author: "Registered: 2012-09-03", "Joined: Mar 2019", "Messages: 1,204". */
const MEMBER_DETAIL = /^(?:registered|joined|posts|messages|reaction score|likes received|mitglied seit|beiträge|inscrit|messages postés|registrado|mensajes|iscritto|messaggi|lid sinds|berichten|регистрация|сообщения)\s?:/iu
/** Posts in a row that make a thread: the first post and two replies. */
const MIN_THREAD_POSTS = 3

/**
 * Whether copied text is a forum thread: posts numbered 1, 2, 3 … in order, or a member's details
 * printed under MIN_THREAD_POSTS posts. Its replies are then content, as on an HTML page marked
 * as a discussion.
 */
export function looksLikeThread(text: string): boolean {
  let next = 1
  let details = 0
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line.length > 80) continue
    const number = POST_NUMBER.exec(line)
    if (number !== null && Number(number[1] ?? number[2]) === next) next++
    if (MEMBER_DETAIL.test(line)) details++
    if (next > MIN_THREAD_POSTS || details >= MIN_THREAD_POSTS) return true
  }
  return false
}

export function textToPage(text: string): Page {
  const language = guessTextLanguage(text)
  const stopwords = stopwordsFor(language)
  const meta = { ...emptyMeta(), language, discussion: looksLikeThread(text) }
  const { blocks, cut } = textToBlocks(text, stopwords ?? STOPWORDS)
  const warnings = cut ? [`text has more than ${MAX_BLOCKS} lines; the rest was ignored`] : []
  return { blocks, meta, languageKnown: stopwords !== null, nestingCut: 0, warnings, breaks: [], linkBase: null }
}
