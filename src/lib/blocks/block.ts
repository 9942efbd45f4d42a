/**
 * A Block is the one model both front doors share: a piece of page text in reading order
 * with the features the rules and the classifier look at.
 */
import { countWords } from './words.js'

/** Where an HTML block sits on the page; text blocks have no region. */
export type Region = 'header' | 'nav' | 'main' | 'article' | 'aside' | 'footer' | 'form' | null

/** The structural role of a block (HTML tag family, or the text front door's guess). */
export type BlockRole =
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'caption'
  /** The credit line of a caption (photographer, agency), marked up apart from it. */
  | 'credit'
  | 'blockquote'
  | 'table-row'
  | 'preformatted'
  | 'line'

/** An HTML element a block sits in, with its ancestors by `parent`. Shared, never copied. */
export interface ElementRef {
  /** Depth-first order of the element in the page. */
  id: number
  tag: string
  /**
   * Lower-case class and id words (whole and split on - and _; a BEM modifier and a state word
   * such as "has-paywall" whole only), `role:x`, `itemprop:x`, `tag:x` for landmarks.
   */
  tokens: readonly string[]
  parent: ElementRef | null
  /** Ancestors above it (the root element has depth 0). */
  depth: number
}

export interface Block {
  /** Position in page order. */
  index: number
  /** Normalised text: NBSP as space, runs of spaces collapsed, trimmed. */
  text: string
  /** Blocks of one blank-line group (text) or with one parent element (HTML) share a group id. */
  group: number
  role: BlockRole
  /** 1–6 for headings, else 0. */
  headingLevel: number
  /** Words in the text (letters/digits runs). */
  words: number
  /** Share of the words that are stopwords of the page's language. */
  stopwordDensity: number
  /** Share of the characters inside links (HTML only; 0 for text). */
  linkDensity: number
  /** True when the text ends like a sentence (. ! ? … or a closing quote after one). */
  endsSentence: boolean
  /** HTML: the element whose text this block is (ancestors by `parent`); null for text. */
  element: ElementRef | null
  /** HTML: the closest landmark region around the block. */
  region: Region
  /** HTML: hidden by `hidden`, `aria-hidden` or inline `display:none`. */
  hidden: boolean
  /** HTML: image URL for caption blocks. */
  image: string | null
  /** HTML: for caption blocks, the picture they describe sits in a link to another page (a teaser's, a banner's). */
  pictureLinked: boolean
  /** HTML: the links, emphasis and table cells in `text`, as offsets into it; null when it has none. */
  marks: TextMark[] | null
  /** HTML, preformatted blocks only: the text as printed (line breaks and indents kept). */
  printed: string | null
}

/** A link, emphasis or table cell of a block: characters `start`–`end` of its text. */
export interface TextMark {
  kind: 'link' | 'emphasis' | 'strong' | 'code' | 'cell' | 'header-cell'
  start: number
  /** -1 while the element is open in the walk. */
  end: number
  /** Links: the `href` as written. */
  href: string | null
}

/** Blocks past this count are dropped with a warning, by both front doors: no real article has that many. */
export const MAX_BLOCKS = 50_000

/** A sentence end: end mark, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？:;]["'”’»)\]]*$/u

/** The longest word of each stopword list, so longer words skip the look-up. */
const LONGEST_STOPWORD = new WeakMap<ReadonlySet<string>, number>()

function longestStopword(stopwords: ReadonlySet<string>): number {
  let longest = LONGEST_STOPWORD.get(stopwords)
  if (longest === undefined) {
    longest = 0
    for (const word of stopwords) longest = Math.max(longest, word.length)
    LONGEST_STOPWORD.set(stopwords, longest)
  }
  return longest
}

/** Counts words (letter/digit runs, "don't" one word) and stopwords in one pass. */
export function wordStats(text: string, stopwords: ReadonlySet<string>): { words: number; stopwords: number } {
  return countWords(text, stopwords, longestStopword(stopwords))
}

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text)
}

/** Fills in the text features of a block from its text. */
export function makeBlock(
  init: Partial<Block> & Pick<Block, 'index' | 'text' | 'group'>,
  stopwords: ReadonlySet<string>,
): Block {
  const stats = wordStats(init.text, stopwords)
  return {
    role: 'line',
    headingLevel: 0,
    linkDensity: 0,
    element: null,
    region: null,
    hidden: false,
    image: null,
    pictureLinked: false,
    marks: null,
    printed: null,
    ...init,
    words: stats.words,
    stopwordDensity: stats.words === 0 ? 0 : stats.stopwords / stats.words,
    endsSentence: endsLikeSentence(init.text),
  }
}

/** Recomputes the word features of a block for another stopword list (language found late). */
export function recount(block: Block, stopwords: ReadonlySet<string>): void {
  const stats = wordStats(block.text, stopwords)
  block.words = stats.words
  block.stopwordDensity = stats.words === 0 ? 0 : stats.stopwords / stats.words
}

/**
 * One value per block, in a packed array built by push. `Array.prototype.map` hands back a
 * packed array before its caller is optimised and a holey one after, so every function reading
 * a per-block array would see two array shapes and be deoptimised and compiled again.
 */
export function perBlock<T>(blocks: readonly Block[], value: (block: Block, index: number) => T): T[] {
  const values: T[] = []
  for (let i = 0; i < blocks.length; i++) values.push(value(blocks[i]!, i))
  return values
}
