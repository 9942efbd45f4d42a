/**
 * The extractors ours is compared with, side by side in every run:
 * - HTML: Readability 0.6 on linkedom (its article as innerText), cached per page by input hash, since
 *   neither changes between our runs (`--fresh-baselines` runs it again);
 * - text: every line of the copied text (the floor), and the densest run of sentence-like lines,
 *   a thirty-line heuristic anyone would write first.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Readability } from '@mozilla/readability'
import { toText } from 'hast-util-to-text'
import { parseHTML } from 'linkedom'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'

/** The versions the Readability cache was made with: another version makes a new cache. */
const READABILITY_VERSION = 'readability 0.6.0 / linkedom 0.18.15 / content as innerText (hast-util-to-text 4.0.3)'

interface CachedRun {
  text: string
  ms: number
  error: string | null
}

interface CacheFile {
  version: string
  pages: Record<string, CachedRun>
}

/** Readability's article text for each page, remembered by the page's hash across runs. */
export class ReadabilityCache {
  private readonly file: CacheFile
  private changed = false
  hits = 0

  constructor(
    private readonly path: string,
    fresh: boolean,
  ) {
    const stored = !fresh && existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CacheFile) : null
    this.file = stored !== null && stored.version === READABILITY_VERSION ? stored : { version: READABILITY_VERSION, pages: {} }
  }

  run(html: string): CachedRun {
    const key = createHash('sha1').update(html).digest('hex')
    const known = this.file.pages[key]
    if (known !== undefined) {
      this.hits++
      return known
    }
    const started = performance.now()
    let text = ''
    let error: string | null = null
    try {
      text = readabilityText(html)
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown)
    }
    const result = { text, ms: performance.now() - started, error }
    this.file.pages[key] = result
    this.changed = true
    return result
  }

  save(): void {
    if (!this.changed) return
    mkdirSync(dirname(this.path), { recursive: true })
    writeFileSync(this.path, JSON.stringify(this.file))
  }
}

/**
 * Readability's article as a reader sees it: its `content` HTML rendered the way `innerText` renders
 * (rehype-parse and hast-util-to-text), with line breaks between blocks. Its `textContent` runs the
 * last word of each paragraph into the first of the next, which costs it about 0.02 F1 here.
 */
export function readabilityText(html: string): string {
  const { document } = parseHTML(html)
  const content = new Readability(document).parse()?.content ?? ''
  return content === '' ? '' : toText(CONTENT_PARSER.parse(content))
}

const CONTENT_PARSER = unified().use(rehypeParse, { fragment: true })

/** A sentence-like line: at least this many words... */
const SENTENCE_MIN_WORDS = 8
/** ...ending in an end mark, perhaps inside closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u
/** A line that is not sentence-like costs at least this much, so menus break a run. */
const OTHER_LINE_MIN_COST = 3
const WHITESPACE = /\s+/

/**
 * The densest run of sentence-like lines: each sentence-like line adds its words, every other line
 * costs its words (at least OTHER_LINE_MIN_COST), and the run with the largest sum is the article.
 */
export function densestRun(text: string): string {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '')
  let best = { start: 0, end: -1 }
  let bestSum = 0
  let sum = 0
  let start = 0
  lines.forEach((line, i) => {
    const words = line.split(WHITESPACE).length
    const weight = words >= SENTENCE_MIN_WORDS && SENTENCE_END.test(line) ? words : -Math.max(OTHER_LINE_MIN_COST, words)
    if (sum <= 0) {
      sum = 0
      start = i
    }
    sum += weight
    if (sum > bestSum) {
      bestSum = sum
      best = { start, end: i }
    }
  })
  return lines.slice(best.start, best.end + 1).join('\n')
}
