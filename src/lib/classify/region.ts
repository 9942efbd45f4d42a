/**
 * The body is a region, not a bag of blocks: the run of blocks with the most article weight
 * (maximum-sum subarray over per-block weights), so a short heading between two paragraphs
 * stays, and a stray prose-like teaser far from the article does not join it.
 */
import type { Block } from '../blocks/block.js'
import type { Quality } from './quality.js'

/** A good block adds its word count: long prose pulls the region towards it. */
const GOOD_WEIGHT = 1
/** A near-good block counts half. */
const NEAR_GOOD_WEIGHT = 0.5
/** A short block in a one-block group (a paragraph of its own: subheading, short line) costs little. */
const SHORT_ALONE_COST = 1
/** A short label inside a list of lines (menus, link lists, teaser titles) costs much more: a run of them is a menu. */
const SHORT_IN_LIST_COST = 12
/** A short item of a list that reads as article text (see contentLists) costs what a lone short line costs. */
const LIST_ITEM_COST = SHORT_ALONE_COST
/** In a forum thread copied as text, a line that is neither prose nor boilerplate (a post's author, date, number, "Re:" title) costs this little: the posts around it are the thread. */
const THREAD_LINE_COST = 0.5
/** A table row of copied text (cells between tabs) counts like a near-good block: tables are what a page is about (standings, prices, schedules). */
const TABLE_ROW_WEIGHT = NEAR_GOOD_WEIGHT
/** Words of letters in a row: a row that names something ("1 | Kyle Busch | 5040") has two at least; a row of figures alone is a stats grid beside the names. */
const ROW_LETTER_WORD = /\p{L}{2,}/gu
const MIN_ROW_LETTER_WORDS = 2

function namedRow(text: string): boolean {
  return (text.match(ROW_LETTER_WORD)?.length ?? 0) >= MIN_ROW_LETTER_WORDS
}

/** A bad block costs its words, at least this much. */
const MIN_BAD_COST = 3
/** A block a rule removed costs its words plus this: regions do not bridge boilerplate lightly. A box set inside articles (see INLINE_BOX_KINDS in classify.ts) costs this once, its first line, whatever its length: the article goes on after it. */
const REMOVED_COST = 10

export interface Span {
  start: number
  /** Inclusive. */
  end: number
}

/** A line that introduces a list ("What you will need:", "Ingredients:"). */
const INTRO_LINE = /[:：]$/u
/** A numbered or bulleted item: "1.", "2)", "a)", "•", "–", "*". */
const ITEM_MARK = /^(?:\d{1,3}[.)]|\p{Ll}\)|[•·▪◦●■►✓✔*–—-])\s/u
/** A price: a currency sign or code next to an amount ("$5,055", "€ 12,99", "12.99 USD", "1 299 ₽"). */
const PRICE = /(?:[$€£¥₹₽]\s?\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{2})?(?!\d)|(?<!\d)\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{2})?\s?(?:[$€£¥₹₽]|USD|EUR|GBP)(?![\p{L}\d]))/u
/** A priced item is a short line: longer blocks are not searched for prices (their digit runs would be searched from every group of digits). */
const MAX_PRICED_ITEM_CHARS = 200
/** Share of a group's lines holding a price for the group to be a product or price list (a shop's menu names no prices). */
const PRICED_SHARE = 0.25
/** A line of code: braces, square brackets, a semicolon, "=", a tag or a call ("margin: 0;", "}", "<p>…</p>", "print(x)"); a bracket after a space ("News (12)") is a menu's count, not code. */
const CODE_LINE = /[{};<>=[\]]|\w\(/u
/** Share of a group's lines that look like code for the group to be a code listing (docs and tutorials print them; menus never do). */
const CODE_SHARE = 0.6
/** Share of a group's items that must carry a mark for the group to be a marked list. */
const MARKED_SHARE = 0.6
/** A list of phrases inside an article is shorter than this; longer runs of lines are sidebars and link lists. */
const MAX_LIST_ITEMS = 30
/** Items of a sentence-like list average at least this many words: labels are one to three. */
const LIST_ITEM_WORDS = 4
/** ...and this stopword density: items are phrases ("a packet of dried yeast"), not names. */
const LIST_ITEM_STOPWORDS = 0.15
/** Share of capitalised words (of 4+ letters) from which items are headlines (Title Case teasers), not phrases. */
const TITLE_CASE_SHARE = 0.6
/** Words of four letters or more, and those among them that start with a capital. */
const LONG_WORD = /\p{L}{4,}/gu
const CAPITALISED = /^\p{Lu}/u

function titleCaseShare(text: string): number {
  let words = 0
  let capitals = 0
  for (const [word] of text.matchAll(LONG_WORD)) {
    words++
    if (CAPITALISED.test(word)) capitals++
  }
  return words === 0 ? 1 : capitals / words
}

/**
 * Groups of the text door (blocks without an element) that read as a list inside the article,
 * not a menu: after an intro line ending with a colon, numbered or bulleted, made of phrases
 * (items of a few words with stopwords, in sentence case), set between two paragraphs of
 * good prose, or a price list (a quarter of its lines name a price: plans, fees, products). A
 * menu's items are labels without prices, and menus sit next to other menus.
 */
export function contentLists(blocks: readonly Block[], qualities: readonly Quality[]): Set<number> {
  const lists = new Set<number>()
  let i = 0
  while (i < blocks.length) {
    const first = blocks[i]!
    let j = i
    while (j + 1 < blocks.length && blocks[j + 1]!.group === first.group) j++
    const size = j - i + 1
    if (size > 1 && first.element === null) {
      const items = blocks.slice(i, j + 1)
      const before = blocks[i - 1]
      const intro = (before !== undefined && INTRO_LINE.test(before.text)) || INTRO_LINE.test(first.text)
      const marked = items.filter((item) => ITEM_MARK.test(item.text)).length >= MARKED_SHARE * size
      let words = 0
      let stopwords = 0
      let titleCase = 0
      for (const item of items) {
        words += item.words
        stopwords += item.stopwordDensity * item.words
        titleCase += titleCaseShare(item.text)
      }
      const phrases =
        size <= MAX_LIST_ITEMS && words >= LIST_ITEM_WORDS * size && stopwords >= LIST_ITEM_STOPWORDS * words && titleCase < TITLE_CASE_SHARE * size
      const between = size <= MAX_LIST_ITEMS && proseNear(blocks, qualities, i, -1) && proseNear(blocks, qualities, j, 1)
      const priced = size <= MAX_LIST_ITEMS && items.filter((item) => item.text.length <= MAX_PRICED_ITEM_CHARS && PRICE.test(item.text)).length >= PRICED_SHARE * size
      if (intro || marked || phrases || between || priced) lists.add(first.group)
    }
    i = j + 1
  }
  return lists
}

/**
 * Groups of the text door that are code listings: most of their lines look like code (CODE_LINE).
 * Docs and tutorials print them inside the article; a menu's labels never look like code. Every
 * line of one costs at most what a list item costs, a lone "}" included.
 */
export function codeListings(blocks: readonly Block[]): Set<number> {
  const lines = new Map<number, { size: number; code: number }>()
  for (const block of blocks) {
    if (block.element !== null) continue
    const group = lines.get(block.group) ?? { size: 0, code: 0 }
    group.size++
    if (CODE_LINE.test(block.text)) group.code++
    lines.set(block.group, group)
  }
  const groups = new Set<number>()
  for (const [group, { size, code }] of lines) if (size > 1 && code >= CODE_SHARE * size) groups.add(group)
  return groups
}

/** A list sits between article paragraphs when good prose is at most this many short lines (a heading, an intro line) away on both sides. */
const PROSE_NEAR_LINES = 2

/** An article paragraph on either side has at least this many words: teaser summaries between the cards of a feed are shorter. */
const PARAGRAPH_WORDS = 35

/** A good paragraph within PROSE_NEAR_LINES short lines of block `from`, looking in direction `step`. */
function proseNear(blocks: readonly Block[], qualities: readonly Quality[], from: number, step: 1 | -1): boolean {
  for (let k = from + step, seen = 0; k >= 0 && k < qualities.length && seen <= PROSE_NEAR_LINES; k += step, seen++) {
    if (qualities[k] === 'good') return blocks[k]!.words >= PARAGRAPH_WORDS
    if (qualities[k] !== 'short') return false
  }
  return false
}

/** A title glued to its summary in copied text: three lower-case letters, maybe "?" or "!", then a capitalised word ("NASCAR FinaleFord v Toyota", "On The Rise?Violence"). "McDonald", "DeSantis" and "YouTube" glue after fewer. */
const GLUED_WORDS = /\p{Ll}{3}[?!]?\p{Lu}\p{Ll}/u
/** A title's word may be a number ("Top 3 Cheese Shops"). */
const STARTS_DIGIT = /^\d/u
/** Capitalised words a glued title has before the glue, at least: a headline in Title Case. */
const GLUED_TITLE_WORDS = 3
/** Words of summary after the glue, at least: "How To Use LinkedIn" is a title alone. */
const GLUED_SUMMARY_WORDS = 5

/**
 * A teaser card copied as one line: a Title Case title run straight into its summary with no space
 * ("Harvick Fails To Rally Overmatched Ford In NASCAR FinaleFord v Toyota …"), as innerText gives
 * cards whose title and summary are inline elements. Article paragraphs are not Title Case.
 */
export function gluedTeaser(block: Block): boolean {
  if (block.element !== null) return false
  const words = block.text.split(' ')
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!
    if (!CAPITALISED.test(word) && !STARTS_DIGIT.test(word)) return false
    if (GLUED_WORDS.test(word)) return k >= GLUED_TITLE_WORDS && words.length - k - 1 >= GLUED_SUMMARY_WORDS
  }
  return false
}

/** The number that opens a numbered item: "1)", "12.", "3 -". */
const ITEM_NUMBER = /^(\d{1,3})[.)]\s/u
/** A numbered sequence has at least this many items counted up from 1... */
const MIN_NUMBERED_ITEMS = 3
/** ...with at most this many other lines between two items (a link, a price, a short description). */
const MAX_LINES_BETWEEN_ITEMS = 2

/**
 * Items of numbered sequences in copied text: lines opening with 1, 2, 3 … in order (a ranking, a
 * shopping list, steps), each a group of its own. A numbered item is article text, however short:
 * menus are not numbered; the lines between two items (a link, a price) cost what a list item
 * costs. Returns the items' block indexes and those of the lines between them.
 */
export function numberedItems(blocks: readonly Block[]): { items: Set<number>; between: Set<number> } {
  const items = new Set<number>()
  const between = new Set<number>()
  let run: number[] = []
  let gap = 0
  const close = (): void => {
    if (run.length >= MIN_NUMBERED_ITEMS) {
      for (const index of run) items.add(index)
      for (let k = run[0]!; k < run.at(-1)!; k++) if (!items.has(k)) between.add(k)
    }
    run = []
  }
  blocks.forEach((block, i) => {
    const number = block.element === null ? ITEM_NUMBER.exec(block.text)?.[1] : undefined
    if (number !== undefined && Number(number) === run.length + 1) {
      run.push(i)
      gap = 0
    } else if (number !== undefined && Number(number) === 1) {
      close()
      run = [i]
      gap = 0
    } else if (run.length > 0 && ++gap > MAX_LINES_BETWEEN_ITEMS) {
      close()
    }
  })
  close()
  return { items, between }
}

function weight(block: Block, quality: Quality, removed: boolean, groupSize: number, inList: boolean, inlineBox: boolean): number {
  if (inlineBox) return -REMOVED_COST
  if (removed) return -(block.words + REMOVED_COST)
  // A picture's caption neither pulls the region nor breaks it: the prose around it decides.
  if (block.role === 'caption' || block.role === 'credit') return 0
  if (gluedTeaser(block)) return -Math.max(MIN_BAD_COST, block.words)
  switch (quality) {
    case 'good':
      return GOOD_WEIGHT * block.words
    case 'near-good':
      return NEAR_GOOD_WEIGHT * block.words
    case 'short':
      if (groupSize > 1 && !block.endsSentence) return inList ? -LIST_ITEM_COST : -SHORT_IN_LIST_COST
      return -SHORT_ALONE_COST
    case 'bad':
      return -Math.max(MIN_BAD_COST, block.words)
  }
}

/**
 * Headings that close an article in copied text: "More Washington Examiner", "More Great WIRED
 * Stories", "Next Up in Science" (other articles of the site), "About Jane Doe", "Über Moritz
 * Bachmann", "Sobre Carlos Nadalim" (the author's biography). A short line of capitalised words,
 * two at least after "More": "More Login" and "More Workflows" are a menu's link and an inline box.
 */
const CLOSING_HEADING =
  /^(?:(?:[Mm]ore|[Nn]ext [Uu]p [Ii]n)\s+[\p{Lu}\d&][\p{L}\d'’.&-]*(?:\s+[\p{Lu}\d&][\p{L}\d'’.&-]*){1,4}|(?:[Aa]bout|[Üü]ber|[Ss]obre|[Àà] propos de|[Aa]cerca de|[Oo]ver|[Aa] proposito di)\s+\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+){1,2})$/u
/** A closing heading is a short line. */
const CLOSING_HEADING_WORDS = 6
/** The article ends at a closing heading once this much article weight went before it (a "More News" link in the header does not end it). */
const ARTICLE_BEFORE_CLOSING = 60

function closingHeading(block: Block): boolean {
  return block.element === null && block.words <= CLOSING_HEADING_WORDS && CLOSING_HEADING.test(block.text)
}

/**
 * The region ends before the first closing heading inside it once the article has started:
 * what follows is the site's teasers or the author's biography.
 */
function endAtClosingHeading(blocks: readonly Block[], span: Span, weights: readonly number[]): Span {
  let before = 0
  for (let i = span.start; i <= span.end; i++) {
    if (before >= ARTICLE_BEFORE_CLOSING && closingHeading(blocks[i]!)) {
      let end = i - 1
      while (end > span.start && (weights[end] ?? 0) <= 0) end--
      return { start: span.start, end }
    }
    before += weights[i] ?? 0
  }
  return span
}

/** The maximum-weight run of blocks, or null when no block has positive weight; in text it ends at a closing heading (endAtClosingHeading). */
export function bestRegion(
  blocks: readonly Block[],
  qualities: readonly Quality[],
  removed: readonly boolean[],
  inlineBoxes: readonly boolean[] = [],
  thread = false,
): Span | null {
  const groupSizes = new Map<number, number>()
  for (const block of blocks) groupSizes.set(block.group, (groupSizes.get(block.group) ?? 0) + 1)
  const lists = contentLists(blocks, qualities)
  const code = codeListings(blocks)
  const numbered = numberedItems(blocks)
  let best: Span | null = null
  let bestSum = 0
  let sum = 0
  let start = 0
  // An inline box costs once: its further removed lines in the same group (text, field, button) are free.
  let inBox = false
  const weights: number[] = []
  blocks.forEach((block, i) => {
    const boxed = removed[i] === true && inBox && blocks[i - 1]?.group === block.group
    inBox = boxed || (inlineBoxes[i] ?? false)
    const plain = weight(block, qualities[i] ?? 'bad', removed[i] ?? false, groupSizes.get(block.group) ?? 1, lists.has(block.group), inlineBoxes[i] ?? false)
    // A numbered item counts at least as a near-good block, a line between two items as a list item (see numberedItems).
    const w = boxed
      ? 0
      : removed[i] !== true && numbered.items.has(i)
        ? Math.max(plain, NEAR_GOOD_WEIGHT * block.words)
        : removed[i] !== true && numbered.between.has(i)
          ? Math.max(plain, -LIST_ITEM_COST)
          : block.role === 'table-row' && block.element === null && removed[i] !== true && namedRow(block.text)
            ? Math.max(plain, TABLE_ROW_WEIGHT * block.words)
            : code.has(block.group) && block.element === null && removed[i] !== true
            ? Math.max(plain, -LIST_ITEM_COST)
            : thread && block.element === null && removed[i] !== true && plain < 0
            ? -THREAD_LINE_COST
            : plain
    if (sum <= 0) {
      sum = 0
      start = i
    }
    weights.push(w)
    sum += w
    if (sum > bestSum) {
      bestSum = sum
      best = { start, end: i }
    }
  })
  return best === null ? null : endAtClosingHeading(blocks, best, weights)
}
