/**
 * Hard wraps: the seed copied every way a person pastes text (from an e-mail or a terminal,
 * hard-wrapped at 72 or 60 columns with ragged ends, with CRLF, with no blank lines) gives the
 * seed's article; and text that is not wrapped (one paragraph per line, as innerText gives) is
 * never joined.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cleanArticle, type CleanArticle } from '../src/index.js'
import { splitGroups, unwrap, wrapWidth } from '../src/lib/text/to-blocks.js'

const SEED = readFileSync(new URL('../examples/moscow-times.txt', import.meta.url), 'utf8')
const seed = cleanArticle(SEED)

/** Greedy word wrap of one line at `width` columns, as a mail client or `fmt` does: ragged ends. */
function wrapLine(line: string, width: number): string[] {
  const out: string[] = []
  let current = ''
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      out.push(current)
      current = word
    } else current = current === '' ? word : `${current} ${word}`
  }
  out.push(current)
  return out
}

function wrapText(text: string, width: number, newline = '\n'): string {
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join(newline)
}

function shape(article: CleanArticle) {
  return {
    headline: article.headline,
    caption: article.caption,
    paragraphs: article.paragraphs,
    quotes: article.quotes.map((quote) => [quote.paragraph, quote.speaker, quote.text]),
    removedKinds: [...new Set(article.removed.map((block) => block.kind))].sort(),
  }
}

describe('the seed, hard-wrapped', () => {
  it('has seven paragraphs and three quotes to compare with', () => {
    expect(seed.paragraphs).toHaveLength(7)
    expect(seed.quotes).toHaveLength(3)
  })

  for (const width of [72, 60]) {
    it(`gives the seed's article wrapped at ${width} columns`, () => {
      expect(shape(cleanArticle(wrapText(SEED, width)))).toEqual(shape(seed))
    })
  }

  it('gives the seed\'s article wrapped at 72 columns with CRLF line ends', () => {
    expect(shape(cleanArticle(wrapText(SEED, 72, '\r\n')))).toEqual(shape(seed))
  })

  it('gives the seed\'s article without blank lines, one paragraph per line', () => {
    expect(shape(cleanArticle(SEED.split('\n').filter((line) => line.trim() !== '').join('\n')))).toEqual(shape(seed))
  })
})

describe('the seed, hard-wrapped without blank lines', () => {
  it('gives the seed\'s article wrapped at 72 columns with no blank line between paragraphs', () => {
    const noBlanks = SEED.split('\n').filter((line) => line.trim() !== '').join('\n')
    expect(shape(cleanArticle(wrapText(noBlanks, 72)))).toEqual(shape(seed))
  })
})

describe('the seed copied from reader mode', () => {
  // fixtures/text--reader-mode: the seed as a browser's reader view shows it (site address, title,
  // the byline it found, reading time, then the figure's caption and the paragraphs), no page furniture.
  const reader = cleanArticle(readFileSync(new URL('../fixtures/text--reader-mode/input.txt', import.meta.url), 'utf8'))

  it('gives the seed\'s headline, caption and credit, paragraphs and quotes', () => {
    const { removedKinds: _seedKinds, ...seedArticle } = shape(seed)
    const { removedKinds: _readerKinds, ...readerArticle } = shape(reader)
    expect(readerArticle).toEqual(seedArticle)
  })

  it('reads the name under the title as the byline, and keeps the reading time and address out', () => {
    expect(reader.byline).toBe('The Moscow Times')
    expect(reader.text).not.toContain('minutes')
    expect(reader.text).not.toContain('themoscowtimes.com')
  })
})

describe('text that is not wrapped', () => {
  it('never joins one-paragraph-per-line text, even when its lines end near one width', () => {
    const lines = [
      'Prices rose in most of the country last month, the statistics office said.',
      'Fuel and food led the increase, while the cost of housing barely moved.',
      'Economists had expected a smaller rise after two months of falling prices.',
      'The central bank meets next week and is expected to hold its rate steady.',
    ]
    const groups = splitGroups(lines.join('\n'))
    expect(wrapWidth(groups)).toBeNull()
    expect(groups.flatMap((group) => unwrap(group, wrapWidth(groups)))).toEqual(lines)
  })
})
