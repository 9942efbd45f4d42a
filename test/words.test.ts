/** The word scan counts exactly the words of the regex it replaces, on any text. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { guessLanguage } from '../src/lib/blocks/language.js'
import { STOPWORDS_BY_LANGUAGE } from '../src/lib/blocks/stopwords.js'
import { countWords } from '../src/lib/blocks/words.js'

/** The definition of a word the scan must agree with. */
const WORD = /[\p{L}\p{N}]+(?:[\u200c\u200d][\p{L}\p{N}]+)*(?:['’]\p{L}+(?:[\u200c\u200d]\p{L}+)*)?/gu
const STOPWORDS: ReadonlySet<string> = new Set(['the', 'a', 'don’t', "isn't", 'é', 'и', 'der'])
const LONGEST = 5

function byRegex(text: string): { words: number; stopwords: number } {
  const words = text.match(WORD) ?? []
  return { words: words.length, stopwords: words.filter((word) => STOPWORDS.has(word.toLowerCase())).length }
}

/** Characters that make word edges interesting: letters of several scripts, digits, marks, apostrophes, astral letters and emoji, lone surrogates. */
const PIECES = ['a', 'B', 'z', '7', 'é', 'É', 'ß', 'И', 'и', '中', '٣', '\u0301', "'", '’', ' ', '\u00a0', '-', '.', '𝒜', '😀', '\ud835', '\udc9c', '\u200c', '\u200d', 'The', 'DON’T', "isn't", 'der']

describe('countWords', () => {
  it('agrees with the word regex on any mix of letters, digits, marks, apostrophes and surrogates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        expect(countWords(text, STOPWORDS, LONGEST)).toEqual(byRegex(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('agrees with the word regex on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(countWords(text, STOPWORDS, LONGEST)).toEqual(byRegex(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('counts an apostrophe tail as part of the word', () => {
    expect(countWords("Don't stop, rock'n'roll’s here", STOPWORDS, LONGEST)).toEqual({ words: 5, stopwords: 0 })
    expect(countWords('The cat and a dog', STOPWORDS, LONGEST)).toEqual({ words: 5, stopwords: 2 })
  })

  it('reads a word on across a zero-width (non-)joiner between letters, not across one alone', () => {
    expect(countWords('من می\u200cخواهم بروم', STOPWORDS, LONGEST).words).toBe(3)
    expect(countWords('👨\u200d👩\u200d👧 and \u200c alone', STOPWORDS, LONGEST).words).toBe(2)
  })
})

/** The language guess as first written, over regex words: the scan must give the same answers. */
function guessByRegex(text: string): string | null {
  const counts = new Map<string, number>()
  let words = 0
  for (const match of text.slice(0, 20_000).matchAll(/[\p{L}]+(?:[\u200c\u200d][\p{L}]+)*/gu)) {
    words++
    const word = match[0].toLowerCase()
    for (const [language, stopwords] of STOPWORDS_BY_LANGUAGE) if (stopwords.has(word)) counts.set(language, (counts.get(language) ?? 0) + 1)
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1])
  if (!first || words === 0 || first[1] / words < 0.15) return null
  if (second && first[1] < 1.5 * second[1]) return null
  return first[0]
}

describe('guessLanguage', () => {
  const words = [...new Set([...STOPWORDS_BY_LANGUAGE.values()].flatMap((set) => [...set]))]
  it('gives the answer of the regex-word version on mixed-language word salad', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...PIECES), fc.constantFrom('Haus', 'maison', 'casa', 'ДОМ', 'THE', 'Der')), { maxLength: 60 }),
        fc.constantFrom(' ', '', '. '),
        (parts, separator) => {
          const text = parts.join(separator)
          expect(guessLanguage(text)).toBe(guessByRegex(text))
        },
      ),
      { numRuns: 1500 },
    )
  })
})
