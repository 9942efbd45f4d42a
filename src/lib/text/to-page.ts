/** The text front door's page: blocks from the lines, the language guessed from the words. */
import { guessTextLanguage, stopwordsFor } from '../blocks/language.js'
import { STOPWORDS } from '../blocks/stopwords.js'
import { emptyMeta, type Page } from '../page.js'
import { textToBlocks } from './to-blocks.js'

export function textToPage(text: string): Page {
  const language = guessTextLanguage(text)
  const stopwords = stopwordsFor(language)
  const meta = { ...emptyMeta(), language }
  return { blocks: textToBlocks(text, stopwords ?? STOPWORDS), meta, languageKnown: stopwords !== null, nestingCut: 0, warnings: [], breaks: [], linkBase: null }
}
