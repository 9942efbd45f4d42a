/**
 * Floors for the quotation and caption figures over the hand labels in bench/labels/ (see its
 * README): a change that makes them fall fails here, before anyone reads the bench. The floors
 * are the targets, for quotations and for captions (split from the printed caption, and
 * found in the page end to end).
 * `npm run bench:quality -- --verbose` lists every failure.
 */
import { describe, expect, it } from 'vitest'
import {
  captionFigures,
  evaluateCaptionSplitting,
  evaluateCaptions,
  evaluateCaseQuotes,
  evaluatePageQuotes,
  loadCaptionLabels,
  loadQuoteLabels,
  quoteFigures,
  type Door,
} from '../bench/labels/evaluate.ts'

/** The targets for quotations: precision, recall, and speaker accuracy over matched quotations. */
const QUOTE_TARGETS = { precision: 0.9, recall: 0.85, speakerAccuracy: 0.85 }
/** The target for captions: caption and credit both right. */
const CAPTION_TARGET = 0.9
/** Captions reported that match no label (promotions, teasers, lone credits), at most: none when this was set. */
const CAPTION_MAX_EXTRA = 2

describe('labelled quotations', () => {
  const labels = loadQuoteLabels()

  it('has enough labels: 60 quotations over 12 pages at least', () => {
    expect(labels.pages.length).toBeGreaterThanOrEqual(12)
    expect(labels.pages.reduce((n, page) => n + page.quotes.length, 0)).toBeGreaterThanOrEqual(60)
  })

  for (const door of ['html', 'text'] as const satisfies readonly Door[]) {
    it(`meets the targets on the corpus pages, ${door} door`, () => {
      const figures = quoteFigures(evaluatePageQuotes(labels, door))
      expect(figures.precision.value).toBeGreaterThanOrEqual(QUOTE_TARGETS.precision)
      expect(figures.recall.value).toBeGreaterThanOrEqual(QUOTE_TARGETS.recall)
      expect(figures.speakerAccuracy.value).toBeGreaterThanOrEqual(QUOTE_TARGETS.speakerAccuracy)
    })
  }

  it('meets the targets on the hand-made cases', () => {
    const figures = quoteFigures(evaluateCaseQuotes(labels))
    expect(figures.precision.value).toBeGreaterThanOrEqual(QUOTE_TARGETS.precision)
    expect(figures.recall.value).toBeGreaterThanOrEqual(QUOTE_TARGETS.recall)
    expect(figures.speakerAccuracy.value).toBeGreaterThanOrEqual(QUOTE_TARGETS.speakerAccuracy)
  })
})

describe('labelled captions', () => {
  const labels = loadCaptionLabels()

  it('has enough labels: captions on 10 pages at least', () => {
    expect(labels.pages.length).toBeGreaterThanOrEqual(10)
  })

  it('splits the captions as pages print them: caption and credit right on 90% at least', () => {
    expect(captionFigures(evaluateCaptionSplitting(labels)).both.value).toBeGreaterThanOrEqual(CAPTION_TARGET)
  })

  it('finds the captions in the pages: caption and credit right on 90% at least, few extra', () => {
    const score = evaluateCaptions(labels)
    expect(captionFigures(score).both.value).toBeGreaterThanOrEqual(CAPTION_TARGET)
    expect(score.extra).toBeLessThanOrEqual(CAPTION_MAX_EXTRA)
  })
})
