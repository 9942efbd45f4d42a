import { describe, it, expect } from 'vitest'
import {
  corpusFigures,
  pageF1,
  scorePage,
  seededIndexPicker,
  shingles,
  summarise,
  tokens,
} from '../bench/metric.ts'

describe('tokens', () => {
  it('keeps runs of letters, digits and underscores, with case', () => {
    expect(tokens("Hello, world! It's 2020_ok. The the")).toEqual([
      'Hello',
      'world',
      'It',
      's',
      '2020_ok',
      'The',
      'the',
    ])
  })

  it('treats letters and digits of any script as word characters', () => {
    expect(tokens('Café naïve — Ελλάδα, 東京; ١٢٣')).toEqual(['Café', 'naïve', 'Ελλάδα', '東京', '١٢٣'])
  })

  it('splits at a combining mark, as Python does', () => {
    expect(tokens('Cafe\u0301 ok')).toEqual(['Cafe', 'ok'])
  })

  it('gives nothing for empty or punctuation-only text', () => {
    expect(tokens('')).toEqual([])
    expect(tokens(' … — !? ')).toEqual([])
  })
})

describe('shingles', () => {
  it('counts every run of four consecutive tokens', () => {
    expect(shingles(['a', 'b', 'c', 'd', 'e'])).toEqual(
      new Map([
        ['a b c d', 1],
        ['b c d e', 1],
      ]),
    )
  })

  it('counts repeated shingles as a multiset', () => {
    expect(shingles(['x', 'x', 'x', 'x', 'x', 'x'])).toEqual(new Map([['x x x x', 3]]))
  })

  it('gives one shorter shingle for fewer than four tokens', () => {
    expect(shingles(['a', 'b'])).toEqual(new Map([['a b', 1]]))
    expect(shingles(['a', 'b', 'c', 'd'])).toEqual(new Map([['a b c d', 1]]))
  })

  it('gives none for no tokens', () => {
    expect(shingles([]).size).toBe(0)
  })
})

describe('scorePage', () => {
  it('scores identical texts as perfect and exact', () => {
    const score = scorePage('one two three four five', 'one two three four five')
    expect(score).toEqual({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, exact: true })
    expect(pageF1(score)).toBe(1)
  })

  it('ignores punctuation and white space, so differently spaced texts are exact', () => {
    const score = scorePage('One, two.\n\nthree four five!', 'One two three four five')
    expect(score.exact).toBe(true)
    expect(score.precision).toBe(1)
  })

  it('keeps case, so a capital letter breaks a shingle', () => {
    expect(scorePage('A b c d', 'a b c d')).toEqual({
      tp: 0,
      fp: 1,
      fn: 1,
      precision: 0,
      recall: 0,
      exact: false,
    })
  })

  it('scores disjoint texts as zero', () => {
    const score = scorePage('a b c d e', 'v w x y z')
    expect(score).toEqual({ tp: 0, fp: 2, fn: 2, precision: 0, recall: 0, exact: false })
    expect(pageF1(score)).toBe(0)
  })

  it('scores a partial overlap from shared shingles', () => {
    // predicted: abcd bcde cdef; truth: bcde cdef defg efgh
    const score = scorePage('a b c d e f', 'b c d e f g h')
    expect(score).toMatchObject({ tp: 2, fp: 1, fn: 2, exact: false })
    expect(score.precision).toBeCloseTo(2 / 3, 12)
    expect(score.recall).toBeCloseTo(1 / 2, 12)
    expect(pageF1(score)).toBeCloseTo(4 / 7, 12)
  })

  it('counts surplus repeats as false positives', () => {
    const score = scorePage('x x x x x x', 'x x x x x')
    expect(score).toMatchObject({ tp: 2, fp: 1, fn: 0, recall: 1 })
    expect(score.precision).toBeCloseTo(2 / 3, 12)
  })

  it('leaves an empty prediction out of precision and gives it zero recall', () => {
    const score = scorePage('', 'a b c d e')
    expect(score).toEqual({ tp: 0, fp: 0, fn: 2, precision: null, recall: 0, exact: false })
    expect(pageF1(score)).toBe(0)
  })

  it('leaves an empty truth out of recall', () => {
    expect(scorePage('a b', '')).toEqual({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null, exact: false })
  })

  it('treats two empty texts as an exact match with neither figure', () => {
    const score = scorePage('…', '')
    expect(score).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, exact: true })
    expect(pageF1(score)).toBe(1)
  })

  it('matches short texts only when all their tokens match', () => {
    expect(scorePage('a b', 'a b')).toMatchObject({ tp: 1, precision: 1, recall: 1, exact: true })
    expect(scorePage('a b', 'a b c')).toMatchObject({ tp: 0, fp: 1, fn: 1, exact: false })
  })

  it('scores Unicode text by its letters', () => {
    expect(scorePage('Ελλάδα είναι μια χώρα.', 'Ελλάδα  είναι μια χώρα')).toMatchObject({
      tp: 1,
      precision: 1,
      recall: 1,
      exact: true,
    })
  })

  it('sees unspaced Japanese as one token, so it shares nothing with a spaced version', () => {
    expect(scorePage('東京は日本の首都です', '東京 は 日本 の 首都 です')).toEqual({
      tp: 0,
      fp: 1,
      fn: 3,
      precision: 0,
      recall: 0,
      exact: false,
    })
  })
})

describe('corpus figures', () => {
  const perfect = scorePage('a b c d e', 'a b c d e')
  const empty = scorePage('', 'a b c d e')
  const partial = scorePage('a b c d e f', 'b c d e f g h')
  const pages = [perfect, empty, partial]

  it('averages precision and recall over the pages that have them, and takes F1 from the means', () => {
    const figures = corpusFigures(pages)
    // precision: mean(1, 2/3) = 5/6 (the empty prediction is left out); recall: mean(1, 0, 1/2) = 1/2
    expect(figures.precision).toBeCloseTo(5 / 6, 12)
    expect(figures.recall).toBeCloseTo(1 / 2, 12)
    // 2 · 5/6 · 1/2 / (5/6 + 1/2) = 5/8, not the mean of the page F1s (1, 0, 4/7)
    expect(figures.f1).toBeCloseTo(5 / 8, 12)
    expect(figures.accuracy).toBeCloseTo(1 / 3, 12)
  })

  it('gives zeros for no pages or only empty predictions', () => {
    expect(corpusFigures([])).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0 })
    expect(corpusFigures([empty, empty])).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0 })
  })

  it('summarises with the point figures and a deterministic bootstrap spread', () => {
    const summary = summarise(pages)
    expect(summary.pages).toBe(3)
    expect(summary.f1).toBeCloseTo(5 / 8, 12)
    expect(summary.f1Std).toBeGreaterThan(0)
    expect(summary.recallStd).toBeGreaterThan(0)
    expect(summarise(pages)).toEqual(summary)
    expect(summarise(pages, { seed: 7 })).not.toEqual(summary)
  })

  it('has no spread when every page scores the same', () => {
    const summary = summarise([partial, partial, partial, partial])
    expect(summary.precisionStd).toBeCloseTo(0, 12)
    expect(summary.recallStd).toBeCloseTo(0, 12)
    expect(summary.accuracyStd).toBe(0)
  })
})

describe('seededIndexPicker', () => {
  it('repeats for a seed and stays in range', () => {
    const first = seededIndexPicker(42, 10)
    const second = seededIndexPicker(42, 10)
    const drawn = Array.from({ length: 1000 }, () => first())
    expect(Array.from({ length: 1000 }, () => second())).toEqual(drawn)
    expect(drawn.every((index) => Number.isInteger(index) && index >= 0 && index < 10)).toBe(true)
    expect(new Set(drawn).size).toBe(10)
  })

  it('works with a zero seed', () => {
    const pick = seededIndexPicker(0, 5)
    expect(new Set(Array.from({ length: 200 }, () => pick())).size).toBe(5)
  })
})
