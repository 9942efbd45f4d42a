/**
 * The quotation and caption part of the quality benchmark: scores against the hand labels in
 * bench/labels/ (see its README): quote precision, recall and speaker accuracy per door and for the
 * hand-made cases; caption text, credit and both right; every failure written to
 * bench/results/labelled-failures.txt, and printed with --verbose. The round-4 and round-6 captions
 * (pages of the modern corpus, kept blind) and the round-7 quotations (quotes-round7.json, kept
 * blind) are the exception: their figures are printed, their failures only written to files of
 * their own (bench/results/labelled-failures-round4.txt, bench/results/blind-caption-failures.txt,
 * bench/results/blind-quote-failures-round7.txt) and never printed, so that whoever works on the
 * caption finder or the quotation rules does not see them. Round 5's quotations (quotes-blind.json)
 * are development data since round 7: their failures go to bench/results/blind-quote-failures.txt.
 */
import { join } from 'node:path'
import {
  captionFigures,
  evaluateCaptionSplitting,
  evaluateCaptions,
  evaluateCaseQuotes,
  evaluatePageQuotes,
  evaluateBlindQuotes,
  loadBlindQuoteLabels,
  loadCaptionLabels,
  loadQuoteLabels,
  quoteFigures,
  type CaptionFailure,
  type CaptionScore,
  type Figure,
  type QuoteFailure,
  type QuoteScore,
} from '../labels/evaluate.ts'
import { alignColumns, figure, RESULTS_DIR, writeResultFile } from './report.ts'
import type { Door } from './sets.ts'

/** The labelled quotations and captions, scored. */
export interface LabelledRun {
  quotes: { door: Door | null; set: string; score: QuoteScore }[]
  /** The quotation set of round 5 (quotes-blind.json): blind in round 5, development data since round 7. */
  blindQuotes: QuoteScore
  /** The blind quotation set of round 7 (quotes-round7.json): aggregates printed, failures to a file of their own. */
  round7Quotes: QuoteScore
  captions: CaptionScore
  splitting: CaptionScore
  /** The same on the round-2 pages (labelled blind in round 2, used for development since). */
  heldOutCaptions: CaptionScore
  heldOutSplitting: CaptionScore
  /** The same on the blind pages (labelled blind in round 3, used for development since round 4). */
  blindCaptions: CaptionScore
  blindSplitting: CaptionScore
  /** The same on the round-4 pages (modern corpus, labelled blind for issue 22 and kept blind). */
  round4Captions: CaptionScore
  round4Splitting: CaptionScore
  /** The same on the round-6 pages (modern corpus, labelled blind for issue 22 and kept blind). */
  round6Captions: CaptionScore
  round6Splitting: CaptionScore
}

/** Where the round-4 failures go: a file of their own, which --verbose never prints. */
const ROUND4_FAILURES_FILE = 'labelled-failures-round4.txt'
/** Where the round-6 failures go: a file of their own, which --verbose never prints. */
const ROUND6_FAILURES_FILE = 'blind-caption-failures.txt'
/** Where the round-7 quotation failures go: a file of their own, which --verbose never prints. */
const ROUND7_QUOTE_FAILURES_FILE = 'blind-quote-failures-round7.txt'

export function runLabelled(doors: readonly Door[]): LabelledRun {
  const quoteLabels = loadQuoteLabels()
  const captionLabels = loadCaptionLabels()
  return {
    quotes: [
      ...doors.map((door) => ({ door, set: 'pages', score: evaluatePageQuotes(quoteLabels, door) })),
      { door: null, set: 'hand-made', score: evaluateCaseQuotes(quoteLabels) },
    ],
    blindQuotes: evaluateBlindQuotes(loadBlindQuoteLabels('quotes-blind.json')),
    round7Quotes: evaluateBlindQuotes(loadBlindQuoteLabels('quotes-round7.json')),
    captions: evaluateCaptions(captionLabels),
    splitting: evaluateCaptionSplitting(captionLabels),
    heldOutCaptions: evaluateCaptions(captionLabels, 'heldOut'),
    heldOutSplitting: evaluateCaptionSplitting(captionLabels, 'heldOut'),
    blindCaptions: evaluateCaptions(captionLabels, 'blind'),
    blindSplitting: evaluateCaptionSplitting(captionLabels, 'blind'),
    round4Captions: evaluateCaptions(captionLabels, 'round4'),
    round4Splitting: evaluateCaptionSplitting(captionLabels, 'round4'),
    round6Captions: evaluateCaptions(captionLabels, 'round6'),
    round6Splitting: evaluateCaptionSplitting(captionLabels, 'round6'),
  }
}

/** The figures table, the failure file, and with --verbose the failures themselves. */
export function formatLabelled(run: LabelledRun, verbose: boolean): string {
  const header = ['door', 'set', 'sources', 'labelled', 'found', 'matched', 'precision', 'recall', 'F1', 'speaker accuracy', 'attribution accuracy']
  const rows = [...run.quotes, { door: null, set: 'round 5 (dev)', score: run.blindQuotes }, { door: null, set: 'round 7 (blind)', score: run.round7Quotes }].map(({ door, set, score }) => {
    const figures = quoteFigures(score)
    return [
      door ?? '-',
      set,
      String(score.sources),
      String(score.labelled),
      String(score.found),
      String(score.matched),
      counted(figures.precision),
      counted(figures.recall),
      figure(figures.f1.value),
      counted(figures.speakerAccuracy),
      score.attributionsLabelled === 0 ? '-' : counted(figures.attributionAccuracy),
    ]
  })
  const captionRow = (name: string, score: CaptionScore): string[] => {
    const figures = captionFigures(score)
    return [
      name,
      String(score.pages),
      String(score.labelled),
      String(score.found),
      String(score.extra),
      counted(figures.text),
      counted(figures.credit),
      counted(figures.both),
      counted(figures.bothWhenFound),
    ]
  }
  const captionRows = [
    ['input', 'pages', 'labelled', 'found', 'extra', 'text right', 'credit right', 'both right', 'both right when found'],
    captionRow('page (html door)', run.captions),
    captionRow('printed caption (splitCredit)', run.splitting),
    captionRow('page (html door), round 2', run.heldOutCaptions),
    captionRow('printed caption (splitCredit), round 2', run.heldOutSplitting),
    captionRow('page (html door), round 3', run.blindCaptions),
    captionRow('printed caption (splitCredit), round 3', run.blindSplitting),
    captionRow('page (html door), round 4 (blind)', run.round4Captions),
    captionRow('printed caption (splitCredit), round 4 (blind)', run.round4Splitting),
    captionRow('page (html door), round 6 (blind)', run.round6Captions),
    captionRow('printed caption (splitCredit), round 6 (blind)', run.round6Splitting),
  ]
  const failures = formatLabelledFailures(run)
  writeResultFile('labelled-failures.txt', failures)
  writeResultFile(ROUND4_FAILURES_FILE, formatBlindCaptionFailures(4, 'round4', run.round4Captions, run.round4Splitting))
  writeResultFile(ROUND6_FAILURES_FILE, formatBlindCaptionFailures(6, 'round6', run.round6Captions, run.round6Splitting))
  writeResultFile('blind-quote-failures.txt', formatBlindFailures(5, run.blindQuotes))
  writeResultFile(ROUND7_QUOTE_FAILURES_FILE, formatBlindFailures(7, run.round7Quotes))
  writeResultFile('labelled-summary.json', `${JSON.stringify(labelledJson(run), null, 2)}\n`)
  return [
    '\nQuotations against the hand labels (bench/labels/quotes.json, quotes-blind.json of round 5 and the blind set quotes-round7.json; matched by shared words, see bench/labels/README.md):',
    alignColumns([header, ...rows]),
    '\nCaptions against the hand labels (bench/labels/captions.json): found by cleanArticle in the page, and split alone from the caption as printed:',
    alignColumns(captionRows),
    '("round 2": labelled blind in round 2, used for development since; "round 3" (the `blind` set of captions.json): labelled blind in round 3, used for development since round 4; "round 4 (blind)" and "round 6 (blind)": pages of the modern corpus labelled blind for issue 22 and kept blind, failures never printed; see bench/labels/README.md; no floor on any of them)',
    `("round 5 (dev)": quotes-blind.json, blind in round 5 and development data since; its failures go to ${join(RESULTS_DIR, 'blind-quote-failures.txt')})`,
    `("round 7 (blind)": quotes-round7.json, aggregates only; its failures go to ${join(RESULTS_DIR, ROUND7_QUOTE_FAILURES_FILE)} alone, never printed, not to be read while it is blind)`,
    `\nFailures written to ${join(RESULTS_DIR, 'labelled-failures.txt')}${verbose ? ':' : ' (--verbose prints them)'}; round 4's to ${join(RESULTS_DIR, ROUND4_FAILURES_FILE)} and round 6's to ${join(RESULTS_DIR, ROUND6_FAILURES_FILE)} (kept blind: never printed, not to be read while working on captions)`,
    ...(verbose ? [failures] : []),
  ].join('\n')
}

function labelledJson(run: LabelledRun): object {
  return {
    generatedAt: new Date().toISOString(),
    quotes: run.quotes.map(({ door, set, score }) => ({ door, set, ...quoteFigures(score) })),
    blindQuotes: quoteFigures(run.blindQuotes),
    round7Quotes: quoteFigures(run.round7Quotes),
    captions: captionFigures(run.captions),
    captionSplitting: captionFigures(run.splitting),
    captionsHeldOut: captionFigures(run.heldOutCaptions),
    captionSplittingHeldOut: captionFigures(run.heldOutSplitting),
    captionsBlind: captionFigures(run.blindCaptions),
    captionSplittingBlind: captionFigures(run.blindSplitting),
    captionsRound4: captionFigures(run.round4Captions),
    captionSplittingRound4: captionFigures(run.round4Splitting),
    captionsRound6: captionFigures(run.round6Captions),
    captionSplittingRound6: captionFigures(run.round6Splitting),
  }
}

function formatLabelledFailures(run: LabelledRun): string {
  const lines: string[] = []
  for (const { door, set, score } of run.quotes) {
    lines.push(`== quotations, ${set}${door === null ? '' : `, ${door} door`}: ${score.failures.length} failures`)
    for (const failure of score.failures) lines.push(formatQuoteFailure(failure))
  }
  lines.push(`== captions, html door: ${run.captions.failures.length} failures`)
  for (const failure of run.captions.failures) lines.push(formatCaptionFailure(failure))
  lines.push(`== captions, printed caption split by splitCredit: ${run.splitting.failures.length} failures`)
  for (const failure of run.splitting.failures) lines.push(formatCaptionFailure(failure))
  lines.push(`== captions, round 2, html door: ${run.heldOutCaptions.failures.length} failures`)
  for (const failure of run.heldOutCaptions.failures) lines.push(formatCaptionFailure(failure))
  lines.push(`== captions, round 2, printed caption split by splitCredit: ${run.heldOutSplitting.failures.length} failures`)
  for (const failure of run.heldOutSplitting.failures) lines.push(formatCaptionFailure(failure))
  lines.push(`== captions, round 3, html door: ${run.blindCaptions.failures.length} failures`)
  for (const failure of run.blindCaptions.failures) lines.push(formatCaptionFailure(failure))
  lines.push(`== captions, round 3, printed caption split by splitCredit: ${run.blindSplitting.failures.length} failures`)
  for (const failure of run.blindSplitting.failures) lines.push(formatCaptionFailure(failure))
  return `${lines.join('\n')}\n`
}

/** A blind caption set's failures (round 4 or 6), for its own file only (see the module comment). */
function formatBlindCaptionFailures(round: number, key: string, captions: CaptionScore, splitting: CaptionScore): string {
  const lines = [
    `# Round-${round} captions (bench/labels/captions.json \`${key}\`) are kept blind: do not read this file while working on the caption finder.`,
    `== captions, round ${round}, html door: ${captions.failures.length} failures`,
    ...captions.failures.map(formatCaptionFailure),
    `== captions, round ${round}, printed caption split by splitCredit: ${splitting.failures.length} failures`,
    ...splitting.failures.map(formatCaptionFailure),
  ]
  return `${lines.join('\n')}\n`
}

/** The blind set's failures, for the round after this one (never printed: see bench/labels/README.md). */
function formatBlindFailures(round: number, score: QuoteScore): string {
  return `== quotations, set of round ${round}: ${score.failures.length} failures\n${score.failures.map(formatQuoteFailure).join('\n')}\n`
}

/** Characters of a quotation shown in a failure line; the speaker follows it. */
const FAILURE_TEXT_CHARS = 140

function formatQuoteFailure(failure: QuoteFailure): string {
  const quote = (q: { text: string; speaker: string | null } | null): string =>
    q === null ? '—' : `${JSON.stringify(shortened(q.text))} — ${q.speaker ?? 'null'}`
  return `${failure.kind.padEnd(7)} ${failure.source}\n  expected ${quote(failure.expected)}\n  got      ${quote(failure.got)}`
}

function formatCaptionFailure(failure: CaptionFailure): string {
  const caption = (c: { text: string; credit: string | null } | null): string =>
    c === null ? '—' : `${JSON.stringify(c.text)} | credit ${c.credit === null ? 'null' : JSON.stringify(c.credit)}`
  const kind = failure.expected === null ? 'extra' : failure.got === null ? 'missed' : failure.textRight ? 'credit' : failure.creditRight ? 'text' : 'both'
  return `${kind.padEnd(7)} ${failure.source}\n  expected ${caption(failure.expected)}\n  got      ${caption(failure.got)}`
}

function shortened(text: string): string {
  return text.length <= FAILURE_TEXT_CHARS ? text : `${text.slice(0, FAILURE_TEXT_CHARS)}…`
}

/** A labelled figure with its counts: "0.912 (52/57)". */
function counted(value: Figure): string {
  return `${figure(value.value)} (${value.numerator}/${value.denominator})`
}
