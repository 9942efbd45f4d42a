/**
 * Quality benchmark: how close `cleanArticle` gets to the ScrapingHub benchmark's true article
 * bodies, through both front doors, next to a baseline and a floor.
 *
 *   npm run bench:quality -- [--door html|text] [--only <idprefix>] [--no-baseline] [--check] [--verbose]
 *
 * 1. Read the truth rows and the gzipped pages (bench/data/, see its README).
 * 2. Run every extractor of the chosen doors over every page; a throw, or a failure cleanArticle
 *    reports in its warnings, counts as an error and an empty prediction.
 * 3. Score each prediction against the true body with the benchmark's metric (bench/metric.ts).
 * 4. Print the table and the worst pages, write per-page TSVs and a JSON summary to bench/results/.
 * 5. With --check, exit 1 when a front-door figure falls below its floor in bench/quality-floors.json.
 * 6. Score quotations and captions against the hand labels in bench/labels/ (see its README):
 *    quote precision, recall and speaker accuracy per door and for the hand-made cases, caption
 *    text, credit and both right; write every failure to bench/results/labelled-failures.txt and
 *    print them with --verbose.
 *
 * With --only, run one page and print its prediction and truth, one paragraph per line.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { cleanArticle, type CleanArticleOptions } from '../src/index.ts'
import {
  captionFigures,
  evaluateCaptionSplitting,
  evaluateCaptions,
  evaluateCaseQuotes,
  evaluatePageQuotes,
  loadCaptionLabels,
  loadQuoteLabels,
  quoteFigures,
  type CaptionFailure,
  type CaptionScore,
  type Figure,
  type QuoteFailure,
  type QuoteScore,
} from './labels/evaluate.ts'
import { pageF1, scorePage, summarise, type PageScore, type Summary } from './metric.ts'

type Door = 'html' | 'text'

const DOORS: readonly Door[] = ['html', 'text']

const BENCH_DIR = dirname(fileURLToPath(import.meta.url))
const TRUTH_FILE = join(BENCH_DIR, 'data', 'scrapinghub', 'truth.jsonl')
const RESULTS_DIR = join(BENCH_DIR, 'results')
const FLOORS_FILE = join(BENCH_DIR, 'quality-floors.json')

/** Where each door's pages live, and how their files are named. */
const PAGE_SOURCES: Record<Door, { dir: string; suffix: string }> = {
  html: { dir: join(BENCH_DIR, 'data', 'scrapinghub'), suffix: '.html.gz' },
  text: { dir: join(BENCH_DIR, 'data', 'scrapinghub-text'), suffix: '.txt.gz' },
}

/** Pages listed per front door, worst first. */
const WORST_PAGES_SHOWN = 10

/** Characters of a page id shown in listings: enough to be unique in this corpus and for --only. */
const ID_PREFIX_LENGTH = 12

/** Decimals shown in the table; floors are checked on figures rounded the same way. */
const REPORTED_DECIMALS = 3

/** Decimals in the per-page TSVs: one more than the table, so close pages can be told apart. */
const TSV_DECIMALS = 4

/** Line breaks between paragraphs, single or blank-line, in a truth body or a prediction. */
const PARAGRAPH_BREAK = /\n+/

/** Runs of white space inside a paragraph, folded to one space for a one-line listing. */
const INNER_WHITESPACE = /\s+/g

/** The corpus figures a floor can be set on. */
const FLOOR_FIGURES = ['precision', 'recall', 'f1', 'accuracy'] as const
type FloorFigure = (typeof FLOOR_FIGURES)[number]
type Floors = Partial<Record<Door, Partial<Record<FloorFigure, number>>>>

interface TruthRow {
  id: string
  url: string
  body: string
}

interface Extractor {
  door: Door
  name: string
  /** The library under test; its runs get the worst-page listing, the TSV and the floor check. */
  frontDoor: boolean
  /** A comparison row that --no-baseline skips. */
  baseline: boolean
  extract: (input: string, page: TruthRow) => string
}

const EXTRACTORS: readonly Extractor[] = [
  {
    door: 'html',
    name: 'clean-article',
    frontDoor: true,
    baseline: false,
    extract: (html, page) => cleanArticleText(html, { format: 'html', url: page.url }),
  },
  {
    door: 'html',
    name: 'readability 0.6 (linkedom)',
    frontDoor: false,
    baseline: true,
    extract: (html) => readabilityText(html),
  },
  {
    door: 'text',
    name: 'clean-article',
    frontDoor: true,
    baseline: false,
    extract: (text) => cleanArticleText(text, { format: 'text' }),
  },
  {
    door: 'text',
    name: 'all text (floor)',
    frontDoor: false,
    baseline: false,
    extract: (text) => text,
  },
]

interface PageResult {
  page: TruthRow
  predicted: string
  score: PageScore
  f1: number
  error: string | null
  ms: number
}

interface Run {
  extractor: Extractor
  pages: PageResult[]
  summary: Summary
  errors: number
  medianMs: number
}

interface Options {
  doors: Door[]
  only: string | null
  baseline: boolean
  check: boolean
  verbose: boolean
}

/** A mistake in the command line or the floors file: reported in one line, exit code 2. */
class UsageError extends Error {}

/** Exit code for a usage mistake, as command-line tools conventionally use. */
const USAGE_EXIT_CODE = 2

function main(): void {
  const options = readOptions(process.argv.slice(2))
  const truth = selectPages(loadTruth(), options.only)
  const extractors = EXTRACTORS.filter(
    (extractor) => options.doors.includes(extractor.door) && (options.baseline || !extractor.baseline),
  )
  const inputs = new Map(options.doors.map((door) => [door, loadInputs(door, truth)] as const))
  const runs = extractors.map((extractor) => runExtractor(extractor, truth, inputs.get(extractor.door)))

  if (options.only !== null) {
    printOnePage(runs)
    return
  }
  console.log(formatTable(runs))
  for (const run of runs.filter((each) => each.extractor.frontDoor)) {
    console.log(formatWorstPages(run))
    writeResultFile(`quality-${run.extractor.door}.tsv`, formatPageTsv(run))
  }
  writeResultFile('quality-summary.json', `${JSON.stringify(summaryJson(runs), null, 2)}\n`)
  console.log(`\nPer-page scores and summary written to ${RESULTS_DIR}`)
  if (options.check && !checkFloors(runs, readFloors())) process.exitCode = 1
  console.log(formatLabelled(runLabelled(options.doors), options.verbose))
}

const COMMAND_LINE_OPTIONS = {
  door: { type: 'string' },
  only: { type: 'string' },
  'no-baseline': { type: 'boolean', default: false },
  check: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
} as const

function readOptions(argv: string[]): Options {
  const { values } = parseCommandLine(argv)
  const door = values.door
  if (door !== undefined && !isDoor(door)) throw new UsageError(`--door must be html or text, not ${door}`)
  if (values.only !== undefined && values.check) throw new UsageError('--check needs the whole corpus; drop --only')
  return {
    doors: door === undefined ? [...DOORS] : [door],
    only: values.only ?? null,
    baseline: !values['no-baseline'],
    check: values.check,
    verbose: values.verbose,
  }
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: COMMAND_LINE_OPTIONS })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

function isDoor(value: string): value is Door {
  return (DOORS as readonly string[]).includes(value)
}

function loadTruth(): TruthRow[] {
  return readFileSync(TRUTH_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as TruthRow
      return { id: row.id, url: row.url, body: row.body }
    })
}

function selectPages(truth: TruthRow[], idPrefix: string | null): TruthRow[] {
  if (idPrefix === null) return truth
  const matches = truth.filter((row) => row.id.startsWith(idPrefix))
  if (matches.length !== 1) {
    const found = matches.map((row) => row.id.slice(0, ID_PREFIX_LENGTH)).join(', ') || 'none'
    throw new UsageError(`--only ${idPrefix} must match exactly one page id (matched: ${found})`)
  }
  return matches
}

function loadInputs(door: Door, truth: readonly TruthRow[]): Map<string, string> {
  const { dir, suffix } = PAGE_SOURCES[door]
  return new Map(truth.map((row) => [row.id, readGzippedText(join(dir, `${row.id}${suffix}`))]))
}

function readGzippedText(path: string): string {
  return new TextDecoder('utf-8').decode(gunzipSync(readFileSync(path)))
}

/** cleanArticle does not throw on a string: it reports an internal failure as a warning that starts so. */
const INTERNAL_FAILURE_WARNING = /^could not clean this input/

/** The article text, or a throw when cleanArticle reports that it failed inside. */
function cleanArticleText(input: string, options: CleanArticleOptions): string {
  const article = cleanArticle(input, options)
  const failure = article.warnings.find((warning) => INTERNAL_FAILURE_WARNING.test(warning))
  if (failure !== undefined) throw new Error(failure)
  return article.text
}

function readabilityText(html: string): string {
  const { document } = parseHTML(html)
  return new Readability(document).parse()?.textContent ?? ''
}

function runExtractor(
  extractor: Extractor,
  truth: readonly TruthRow[],
  inputs: ReadonlyMap<string, string> | undefined,
): Run {
  const pages = truth.map((page) => runPage(extractor, page, inputs?.get(page.id) ?? ''))
  return {
    extractor,
    pages,
    summary: summarise(pages.map((result) => result.score)),
    errors: pages.filter((result) => result.error !== null).length,
    medianMs: median(pages.map((result) => result.ms)),
  }
}

function runPage(extractor: Extractor, page: TruthRow, input: string): PageResult {
  const started = performance.now()
  let predicted = ''
  let error: string | null = null
  try {
    predicted = extractor.extract(input, page)
  } catch (thrown) {
    error = thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)
  }
  const ms = performance.now() - started
  const score = scorePage(predicted, page.body)
  return { page, predicted, score, f1: pageF1(score), error, ms }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return 0
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2
}

function formatTable(runs: readonly Run[]): string {
  const header = ['door', 'extractor', 'pages', 'P', 'R', 'F1', 'accuracy', 'errors', 'median ms']
  const rows = runs.map(({ extractor, summary, errors, medianMs }) => [
    extractor.door,
    extractor.name,
    String(summary.pages),
    withSpread(summary.precision, summary.precisionStd),
    withSpread(summary.recall, summary.recallStd),
    withSpread(summary.f1, summary.f1Std),
    withSpread(summary.accuracy, summary.accuracyStd),
    String(errors),
    medianMs.toFixed(1),
  ])
  return alignColumns([header, ...rows])
}

function formatWorstPages(run: Run): string {
  const worst = [...run.pages]
    .sort((a, b) => a.f1 - b.f1 || a.page.id.localeCompare(b.page.id))
    .slice(0, WORST_PAGES_SHOWN)
  const header = ['id', 'host', 'P', 'R', 'F1', 'error']
  const rows = worst.map((result) => [
    result.page.id.slice(0, ID_PREFIX_LENGTH),
    hostOf(result.page.url),
    figure(result.score.precision),
    figure(result.score.recall),
    figure(result.f1),
    result.error === null ? '' : firstLine(result.error),
  ])
  const title = `\nWorst ${worst.length} pages, ${run.extractor.door} door (${run.extractor.name}), by F1:`
  return `${title}\n${alignColumns([header, ...rows])}`
}

function formatPageTsv(run: Run): string {
  const header = ['id', 'url', 'precision', 'recall', 'f1', 'predicted_chars', 'truth_chars', 'error']
  const rows = run.pages.map((result) => [
    result.page.id,
    result.page.url,
    tsvNumber(result.score.precision),
    tsvNumber(result.score.recall),
    tsvNumber(result.f1),
    String(result.predicted.length),
    String(result.page.body.length),
    result.error === null ? '' : firstLine(result.error),
  ])
  return `${[header, ...rows].map((cells) => cells.join('\t')).join('\n')}\n`
}

function summaryJson(runs: readonly Run[]): object {
  return {
    generatedAt: new Date().toISOString(),
    node: process.version,
    runs: runs.map(({ extractor, summary, errors, medianMs }) => ({
      door: extractor.door,
      extractor: extractor.name,
      frontDoor: extractor.frontDoor,
      ...summary,
      errors,
      medianMs,
    })),
  }
}

function writeResultFile(name: string, content: string): void {
  mkdirSync(RESULTS_DIR, { recursive: true })
  writeFileSync(join(RESULTS_DIR, name), content)
}

function readFloors(): Floors {
  return JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Floors
}

/** Prints every figure below its floor; true when there is none. */
function checkFloors(runs: readonly Run[], floors: Floors): boolean {
  const failures: string[] = []
  for (const run of runs.filter((each) => each.extractor.frontDoor)) {
    const doorFloors = floors[run.extractor.door] ?? {}
    for (const [name, floor] of Object.entries(doorFloors)) {
      if (!isFloorFigure(name)) throw new UsageError(`${FLOORS_FILE}: unknown figure ${run.extractor.door}.${name}`)
      const reached = roundReported(run.summary[name])
      if (reached < floor) failures.push(`${run.extractor.door} ${name} ${figure(reached)} < floor ${floor}`)
    }
  }
  console.log(failures.length === 0 ? '\nFloor check: ok' : `\nFloor check FAILED:\n  ${failures.join('\n  ')}`)
  return failures.length === 0
}

function isFloorFigure(name: string): name is FloorFigure {
  return (FLOOR_FIGURES as readonly string[]).includes(name)
}

function printOnePage(runs: readonly Run[]): void {
  const page = runs[0]?.pages[0]?.page
  if (page === undefined) return
  console.log(`page ${page.id}\nurl  ${page.url}\n`)
  console.log(formatOnePageScores(runs))
  for (const run of runs) {
    const error = run.pages[0]?.error
    if (error) console.log(`\n${run.extractor.door} ${run.extractor.name} threw:\n${error}`)
  }
  const filePrefix = `only-${page.id.slice(0, ID_PREFIX_LENGTH)}`
  const truthLines = paragraphLines(page.body)
  writeResultFile(`${filePrefix}-truth.txt`, truthLines)
  for (const run of runs.filter((each) => each.extractor.frontDoor)) {
    const predictedLines = paragraphLines(run.pages[0]?.predicted ?? '')
    writeResultFile(`${filePrefix}-${run.extractor.door}.txt`, predictedLines)
    console.log(`\n=== predicted, ${run.extractor.door} door (${run.extractor.name}), one paragraph per line ===`)
    console.log(`(diff -u ${join(RESULTS_DIR, `${filePrefix}-truth.txt`)} ${join(RESULTS_DIR, `${filePrefix}-${run.extractor.door}.txt`)})`)
    process.stdout.write(predictedLines)
  }
  console.log('\n=== truth, one paragraph per line ===')
  process.stdout.write(truthLines)
}

function formatOnePageScores(runs: readonly Run[]): string {
  const header = ['door', 'extractor', 'P', 'R', 'F1', 'exact', 'predicted chars', 'truth chars', 'ms']
  const rows = runs.flatMap(({ extractor, pages }) =>
    pages.map((result) => [
      extractor.door,
      extractor.name,
      figure(result.score.precision),
      figure(result.score.recall),
      figure(result.f1),
      result.score.exact ? 'yes' : 'no',
      String(result.predicted.length),
      String(result.page.body.length),
      result.ms.toFixed(1),
    ]),
  )
  return alignColumns([header, ...rows])
}

/** The labelled quotations and captions, scored. */
interface LabelledRun {
  quotes: { door: Door | null; set: string; score: QuoteScore }[]
  captions: CaptionScore
  splitting: CaptionScore
  /** The same on the round-2 pages (labelled blind in round 2, used for development since). */
  heldOutCaptions: CaptionScore
  heldOutSplitting: CaptionScore
  /** The same on the blind pages (labelled blind in round 3, used for development since round 4). */
  blindCaptions: CaptionScore
  blindSplitting: CaptionScore
}

function runLabelled(doors: readonly Door[]): LabelledRun {
  const quoteLabels = loadQuoteLabels()
  const captionLabels = loadCaptionLabels()
  return {
    quotes: [
      ...doors.map((door) => ({ door, set: 'pages', score: evaluatePageQuotes(quoteLabels, door) })),
      { door: null, set: 'hand-made', score: evaluateCaseQuotes(quoteLabels) },
    ],
    captions: evaluateCaptions(captionLabels),
    splitting: evaluateCaptionSplitting(captionLabels),
    heldOutCaptions: evaluateCaptions(captionLabels, 'heldOut'),
    heldOutSplitting: evaluateCaptionSplitting(captionLabels, 'heldOut'),
    blindCaptions: evaluateCaptions(captionLabels, 'blind'),
    blindSplitting: evaluateCaptionSplitting(captionLabels, 'blind'),
  }
}

/** The figures table, the failure file, and with --verbose the failures themselves. */
function formatLabelled(run: LabelledRun, verbose: boolean): string {
  const header = ['door', 'set', 'sources', 'labelled', 'found', 'matched', 'precision', 'recall', 'speaker accuracy']
  const rows = run.quotes.map(({ door, set, score }) => {
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
      counted(figures.speakerAccuracy),
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
  ]
  const failures = formatLabelledFailures(run)
  writeResultFile('labelled-failures.txt', failures)
  writeResultFile('labelled-summary.json', `${JSON.stringify(labelledJson(run), null, 2)}\n`)
  return [
    '\nQuotations against the hand labels (bench/labels/quotes.json; matched by shared words, see bench/labels/README.md):',
    alignColumns([header, ...rows]),
    '\nCaptions against the hand labels (bench/labels/captions.json): found by cleanArticle in the page, and split alone from the caption as printed:',
    alignColumns(captionRows),
    '("round 2": labelled blind in round 2, used for development since; "round 3" (the `blind` set of captions.json): labelled blind in round 3, used for development since round 4; see bench/labels/README.md; no floor on either)',
    `\nFailures written to ${join(RESULTS_DIR, 'labelled-failures.txt')}${verbose ? ':' : ' (--verbose prints them)'}`,
    ...(verbose ? [failures] : []),
  ].join('\n')
}

function labelledJson(run: LabelledRun): object {
  return {
    generatedAt: new Date().toISOString(),
    quotes: run.quotes.map(({ door, set, score }) => ({ door, set, ...quoteFigures(score) })),
    captions: captionFigures(run.captions),
    captionSplitting: captionFigures(run.splitting),
    captionsHeldOut: captionFigures(run.heldOutCaptions),
    captionSplittingHeldOut: captionFigures(run.heldOutSplitting),
    captionsBlind: captionFigures(run.blindCaptions),
    captionSplittingBlind: captionFigures(run.blindSplitting),
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

/** A figure with its counts: "0.912 (52/57)". */
function counted(value: Figure): string {
  return `${figure(value.value)} (${value.numerator}/${value.denominator})`
}

function paragraphLines(text: string): string {
  return text
    .split(PARAGRAPH_BREAK)
    .map((paragraph) => paragraph.replace(INNER_WHITESPACE, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `${paragraph}\n`)
    .join('')
}

function alignColumns(table: readonly (readonly string[])[]): string {
  const widths = (table[0] ?? []).map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)))
  return table
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd())
    .join('\n')
}

function withSpread(value: number, spread: number): string {
  return `${figure(value)} ± ${figure(spread)}`
}

function figure(value: number | null): string {
  return value === null ? '—' : value.toFixed(REPORTED_DECIMALS)
}

function tsvNumber(value: number | null): string {
  return value === null ? '' : value.toFixed(TSV_DECIMALS)
}

function roundReported(value: number): number {
  return Number(value.toFixed(REPORTED_DECIMALS))
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? ''
}

try {
  main()
} catch (error) {
  if (!(error instanceof UsageError)) throw error
  console.error(`bench:quality: ${error.message}`)
  process.exitCode = USAGE_EXIT_CODE
}
