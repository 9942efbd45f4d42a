/**
 * Quality benchmark: how close `cleanArticle` gets to the true article bodies of every development
 * set (bench/data/, see its README), through both front doors, side by side with the baselines.
 *
 *   npm run bench:quality -- [--set scrapinghub|modern|readability-pages] [--door html|text] [--only <id>]
 *                            [--no-baseline] [--fresh-baselines] [--no-labels] [--no-tree] [--check] [--verbose]
 *
 * 1. Read each set's truth and pages; mark the set's blind fifth (bench/data/blind.json).
 * 2. Run every extractor of each set's door over its pages: ours, and the baselines (Readability on
 *    linkedom for HTML, cached by page hash; every line and the densest run of sentences for text).
 *    A throw, or a failure cleanArticle reports in its warnings, is an error and an empty prediction.
 * 3. Score each prediction against the true body (bench/metric.ts).
 * 4. Print per set and door: all pages, the pages we look at ("seen") and the blind fifth on rows of
 *    their own; the worst seen pages; seen pages we return empty where Readability finds 100 words
 *    (blind ones only counted); pages whose tree's text differs from parse5's (the parse
 *    differential). Write per-page TSVs of the seen pages and a JSON summary to bench/results/.
 * 5. With --check, exit 1 when a figure falls below its floor in bench/quality-floors.json.
 * 6. Score quotations and captions against the hand labels (bench/quality/labelled.ts).
 * 7. Score headline, byline, authors, date and site name on modern and Readability's test pages
 *    (bench/quality/metadata.ts), and count bylines that are a URL, a date or a placeholder on every
 *    page run; with --check, exit 1 when there is one or a metadata figure falls below its floor.
 *
 * With --only, run one (seen) page and print its prediction and truth, one paragraph per line.
 * Blind pages are never listed, printed or written one by one.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { cleanArticle, type CleanArticleOptions } from '../src/index.ts'
import { isPageUrl } from '../src/lib/options.ts'
import { pageF1, scorePage, summarise, tokens, type PageScore, type Summary } from './metric.ts'
import { densestRun, ReadabilityCache } from './quality/baselines.ts'
import { formatLabelled, runLabelled } from './quality/labelled.ts'
import { AGREEMENT, treeDisagreements } from './quality/tree-differential.ts'
import {
  cardOf,
  formatMetadataMisses,
  formatMetadataTable,
  formatUnsafeBylines,
  given,
  metadataFigure,
  METADATA_FIGURES,
  runReadabilityPages,
  writeMetadataTsv,
  type Card,
  type MetadataRun,
} from './quality/metadata.ts'
import {
  alignColumns,
  figure,
  firstLine,
  hostOf,
  median,
  RESULTS_DIR,
  roundReported,
  tsvNumber,
  withSpread,
  writeResultFile,
} from './quality/report.ts'
import { DOORS, loadTruth, readPage, SET_NAMES, SETS, type BenchSet, type Door, type SetName, type TruthRow } from './quality/sets.ts'

const FLOORS_FILE = join(RESULTS_DIR, '..', 'quality-floors.json')
const READABILITY_CACHE = join(RESULTS_DIR, 'cache', 'readability.json')

/** Seen pages listed per set and door, worst first. */
const WORST_PAGES_SHOWN = 10
/** Characters of a page id shown in listings (ScrapingHub ids are 64 hex digits). */
const ID_PREFIX_LENGTH = 12
/** A page where Readability finds this many words and we return none is a failure to explain. */
const READABILITY_FOUND_WORDS = 100
/** Line breaks between paragraphs, single or blank-line, in a truth body or a prediction. */
const PARAGRAPH_BREAK = /\n+/
/** Runs of white space inside a paragraph, folded to one space for a one-line listing. */
const INNER_WHITESPACE = /\s+/g

/** The corpus figures a floor can be set on. */
const FLOOR_FIGURES = ['precision', 'recall', 'f1', 'accuracy'] as const
type FloorFigure = (typeof FLOOR_FIGURES)[number]
/** Floors by "<set>/<door>". */
type Floors = Record<string, Partial<Record<FloorFigure, number>>> & { metadata?: Record<string, Record<string, number>> }

interface Extractor {
  name: string
  /** The library under test: its runs get the worst-page listing, the TSV and the floor check. */
  ours: boolean
  /** A comparison row that --no-baseline skips. */
  baseline: boolean
  extract: (input: string, page: TruthRow) => { text: string; ms?: number; error?: string | null; card?: Card }
}

function extractorsFor(door: Door, readability: ReadabilityCache): Extractor[] {
  const ours: Extractor = {
    name: 'clean-article',
    ours: true,
    baseline: false,
    // A page's URL as a user passes it: an absolute one (the data has a relative path or two, which cleanArticle refuses).
    extract: (input, page) => cleanArticleText(input, door === 'html' ? { format: 'html', ...(isPageUrl(page.url) ? { url: page.url } : {}) } : { format: 'text' }),
  }
  if (door === 'html') {
    return [ours, { name: 'readability 0.6 (linkedom)', ours: false, baseline: true, extract: (html) => readability.run(html) }]
  }
  return [
    ours,
    { name: 'every line (floor)', ours: false, baseline: false, extract: (text) => ({ text }) },
    { name: 'densest run of sentences', ours: false, baseline: true, extract: (text) => ({ text: densestRun(text) }) },
  ]
}

interface PageResult {
  page: TruthRow
  predicted: string
  score: PageScore
  f1: number
  error: string | null
  ms: number
  /** Ours only: the page's headline, byline, authors, date and site name. */
  card: Card | null
}

interface Run {
  set: BenchSet
  extractor: Extractor
  pages: PageResult[]
}

interface Options {
  sets: SetName[]
  doors: Door[]
  only: string | null
  baseline: boolean
  freshBaselines: boolean
  labels: boolean
  /** Compare our tree with parse5's on every HTML page (test/tree-builder-bench.test.ts does it in npm test). */
  tree: boolean
  check: boolean
  verbose: boolean
}

/** A mistake in the command line or the floors file: reported in one line, exit code 2. */
class UsageError extends Error {}
const USAGE_EXIT_CODE = 2

function main(): void {
  const options = readOptions(process.argv.slice(2))
  const readability = new ReadabilityCache(READABILITY_CACHE, options.freshBaselines)
  const sets = SETS.filter((set) => options.sets.includes(set.name) && options.doors.includes(set.door))
  const runs: Run[] = []
  for (const set of sets) {
    const truth = selectPages(loadTruth(set), options.only)
    if (truth.length === 0) continue
    for (const extractor of extractorsFor(set.door, readability)) {
      if (!options.baseline && extractor.baseline) continue
      runs.push({ set, extractor, pages: truth.map((page) => runPage(extractor, page, readPage(set, page.id))) })
    }
  }
  readability.save()
  if (options.only !== null) {
    if (runs.length === 0) throw new UsageError(`--only ${options.only}: no seen page of the chosen sets has that id`)
    printOnePage(runs)
    return
  }
  for (const set of sets) {
    const setRuns = runs.filter((run) => run.set === set)
    if (setRuns.length === 0) continue
    console.log(`\n== ${set.name}, ${set.door} door ==`)
    console.log(formatTable(setRuns))
    const ours = setRuns.find((run) => run.extractor.ours)
    if (ours === undefined) continue
    console.log(formatWorstPages(ours))
    const readabilityRun = setRuns.find((run) => run.extractor.name.startsWith('readability'))
    if (readabilityRun !== undefined) console.log(formatEmptyWhereReadabilityFinds(ours, readabilityRun))
    if (set.door === 'html' && options.tree) console.log(formatTreeDisagreements(set, ours))
    writeResultFile(`quality-${set.name}-${set.door}.tsv`, formatPageTsv(ours))
  }
  const metadataRuns = runMetadata(runs, options)
  writeResultFile('quality-summary.json', `${JSON.stringify(summaryJson(runs), null, 2)}\n`)
  console.log(`\nPer-page scores of seen pages and a summary written to ${RESULTS_DIR}`)
  if (options.check && !checkFloors(runs, readFloors())) process.exitCode = 1
  if (options.check && !checkMetadataFloors(metadataRuns.runs, readFloors())) process.exitCode = 1
  if (options.check && metadataRuns.unsafe > 0) process.exitCode = 1
  if (options.labels && options.sets.includes('scrapinghub')) console.log(formatLabelled(runLabelled(options.doors), options.verbose))
}

const COMMAND_LINE_OPTIONS = {
  set: { type: 'string', multiple: true },
  door: { type: 'string' },
  only: { type: 'string' },
  'no-baseline': { type: 'boolean', default: false },
  'fresh-baselines': { type: 'boolean', default: false },
  'no-labels': { type: 'boolean', default: false },
  'no-tree': { type: 'boolean', default: false },
  check: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
} as const

function readOptions(argv: string[]): Options {
  const { values } = parseCommandLine(argv)
  const door = values.door
  if (door !== undefined && !(DOORS as readonly string[]).includes(door)) throw new UsageError(`--door must be html or text, not ${door}`)
  for (const name of values.set ?? []) {
    if (!(SET_NAMES as readonly string[]).includes(name)) throw new UsageError(`--set must be one of ${SET_NAMES.join(', ')}, not ${name}`)
  }
  if (values.only !== undefined && values.check) throw new UsageError('--check needs every page; drop --only')
  return {
    sets: values.set === undefined ? [...SET_NAMES] : (values.set as SetName[]),
    doors: door === undefined ? [...DOORS] : [door as Door],
    only: values.only ?? null,
    baseline: !values['no-baseline'],
    freshBaselines: values['fresh-baselines'],
    labels: !values['no-labels'] && values.only === undefined,
    tree: !values['no-tree'] && values.only === undefined,
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

/** All pages, or with --only the one seen page whose id starts so (blind pages are never run alone). */
function selectPages(truth: TruthRow[], idPrefix: string | null): TruthRow[] {
  if (idPrefix === null) return truth
  const matches = truth.filter((row) => row.id.startsWith(idPrefix))
  if (matches.length > 1) throw new UsageError(`--only ${idPrefix} matches ${matches.length} pages; give more of the id`)
  if (matches[0]?.blind === true) throw new UsageError(`--only ${idPrefix} is a blind page: its figure is only ever shown with its fifth`)
  return matches
}

/** cleanArticle does not throw on a string: it reports an internal failure as a warning that starts so. */
const INTERNAL_FAILURE_WARNING = /^could not clean this input/

function cleanArticleText(input: string, options: CleanArticleOptions): { text: string; card: Card } {
  const article = cleanArticle(input, options)
  const failure = article.warnings.find((warning) => INTERNAL_FAILURE_WARNING.test(warning))
  if (failure !== undefined) throw new Error(failure)
  return { text: article.text, card: cardOf(article) }
}

function runPage(extractor: Extractor, page: TruthRow, input: string): PageResult {
  const started = performance.now()
  let predicted = ''
  let error: string | null = null
  let ms: number | undefined
  let card: Card | null = null
  try {
    const result = extractor.extract(input, page)
    predicted = result.text
    error = result.error ?? null
    ms = result.ms
    card = result.card ?? null
  } catch (thrown) {
    error = thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)
  }
  ms ??= performance.now() - started
  const score = scorePage(predicted, page.body)
  return { page, predicted, score, f1: pageF1(score), error, ms, card }
}

/** The pages of a run in one part: all of them, the seen ones, or the blind fifth. */
type Part = 'all' | 'seen' | 'blind'

function partPages(pages: readonly PageResult[], part: Part): PageResult[] {
  if (part === 'all') return [...pages]
  return pages.filter((result) => result.page.blind === (part === 'blind'))
}

function partsOf(run: Run): Part[] {
  return run.pages.some((result) => result.page.blind) ? ['all', 'seen', 'blind'] : ['all']
}

function summaryOf(pages: readonly PageResult[]): Summary {
  return summarise(pages.map((result) => result.score))
}

function isEmpty(result: PageResult): boolean {
  return result.score.precision === null
}

function formatTable(runs: readonly Run[]): string {
  const header = ['extractor', 'pages', 'P', 'R', 'F1', 'exact', 'empty', 'errors', 'median ms']
  const rows: string[][] = []
  for (const run of runs) {
    for (const part of partsOf(run)) {
      const pages = partPages(run.pages, part)
      const summary = summaryOf(pages)
      rows.push([
        part === 'all' ? run.extractor.name : `  ${part}`,
        String(summary.pages),
        withSpread(summary.precision, summary.precisionStd),
        withSpread(summary.recall, summary.recallStd),
        withSpread(summary.f1, summary.f1Std),
        figure(summary.accuracy),
        String(pages.filter(isEmpty).length),
        String(pages.filter((result) => result.error !== null).length),
        median(pages.map((result) => result.ms)).toFixed(1),
      ])
    }
  }
  return alignColumns([header, ...rows])
}

function formatWorstPages(run: Run): string {
  const worst = partPages(run.pages, 'seen')
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
  return `\nWorst ${worst.length} seen pages (clean-article), by F1:\n${alignColumns([header, ...rows])}`
}

/** Pages we return empty where Readability finds READABILITY_FOUND_WORDS words or more: seen ones by id, blind ones counted. */
function formatEmptyWhereReadabilityFinds(ours: Run, readability: Run): string {
  const found = new Map(readability.pages.map((result) => [result.page.id, tokens(result.predicted).length]))
  const empty = ours.pages.filter((result) => isEmpty(result) && (found.get(result.page.id) ?? 0) >= READABILITY_FOUND_WORDS)
  const seen = empty.filter((result) => !result.page.blind).map((result) => result.page.id.slice(0, ID_PREFIX_LENGTH))
  const blind = empty.length - seen.length
  const listed = seen.length === 0 ? 'none' : seen.join(' ')
  return `Empty where Readability finds ${READABILITY_FOUND_WORDS}+ words: seen ${seen.length} (${listed}); blind ${blind}`
}

/** Pages whose tree's body text disagrees with parse5's (bench/quality/tree-differential.ts): seen ones by id, blind ones counted. */
function formatTreeDisagreements(set: BenchSet, ours: Run): string {
  const disagreeing = treeDisagreements(ours.pages.map((result) => ({ id: result.page.id, html: readPage(set, result.page.id) })))
  const blind = new Set(ours.pages.filter((result) => result.page.blind).map((result) => result.page.id))
  const seen = disagreeing.filter((page) => !blind.has(page.id)).map((page) => `${page.id.slice(0, ID_PREFIX_LENGTH)} ${figure(page.f1)}`)
  const listed = seen.length === 0 ? 'none' : seen.join(', ')
  return `Tree differs from parse5's (body-text shingle F1 below ${AGREEMENT}): seen ${seen.length} (${listed}); blind ${disagreeing.length - seen.length}`
}

function formatPageTsv(run: Run): string {
  const header = ['id', 'url', 'precision', 'recall', 'f1', 'predicted_chars', 'truth_chars', 'ms', 'error']
  const rows = partPages(run.pages, 'seen').map((result) => [
    result.page.id,
    result.page.url,
    tsvNumber(result.score.precision),
    tsvNumber(result.score.recall),
    tsvNumber(result.f1),
    String(result.predicted.length),
    String(result.page.body.length),
    result.ms.toFixed(1),
    result.error === null ? '' : firstLine(result.error),
  ])
  return `${[header, ...rows].map((cells) => cells.join('\t')).join('\n')}\n`
}

function summaryJson(runs: readonly Run[]): object {
  return {
    generatedAt: new Date().toISOString(),
    node: process.version,
    runs: runs.flatMap((run) =>
      partsOf(run).map((part) => {
        const pages = partPages(run.pages, part)
        return {
          set: run.set.name,
          door: run.set.door,
          extractor: run.extractor.name,
          part,
          ...summaryOf(pages),
          empty: pages.filter(isEmpty).length,
          errors: pages.filter((result) => result.error !== null).length,
          medianMs: median(pages.map((result) => result.ms)),
        }
      }),
    ),
  }
}

function readFloors(): Floors {
  return JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Floors
}

/** Prints every figure of ours (all pages of a set and door) below its floor; true when there is none. */
function checkFloors(runs: readonly Run[], floors: Floors): boolean {
  const failures: string[] = []
  for (const run of runs.filter((each) => each.extractor.ours)) {
    const key = `${run.set.name}/${run.set.door}`
    const summary = summaryOf(run.pages)
    for (const [name, floor] of Object.entries(floors[key] ?? {})) {
      if (!(FLOOR_FIGURES as readonly string[]).includes(name)) throw new UsageError(`${FLOORS_FILE}: unknown figure ${key}.${name}`)
      const reached = roundReported(summary[name as FloorFigure])
      if (reached < floor) failures.push(`${key} ${name} ${figure(reached)} < floor ${floor}`)
    }
  }
  console.log(failures.length === 0 ? '\nFloor check: ok' : `\nFloor check FAILED:\n  ${failures.join('\n  ')}`)
  return failures.length === 0
}

/** The sets whose truth annotates headline, author and date. */
const METADATA_SETS: readonly SetName[] = ['modern']

/**
 * Step 7: the metadata table (modern from the runs above, Readability's test pages run here), the
 * misses of seen pages, and the unsafe bylines of every page run.
 */
function runMetadata(runs: readonly Run[], options: Options): { runs: MetadataRun[]; unsafe: number } {
  const ours = runs.filter((run) => run.extractor.ours)
  const metadataRuns: MetadataRun[] = ours
    .filter((run) => METADATA_SETS.includes(run.set.name))
    .map((run) => ({
      set: run.set.name,
      door: run.set.door,
      pages: run.pages.flatMap((result) =>
        result.card === null
          ? []
          : [
              {
                truth: { id: result.page.id, url: result.page.url, headline: given(result.page.headline), byline: given(result.page.author), date: given(result.page.date), blind: result.page.blind },
                card: result.card,
              },
            ],
      ),
    }))
  if (options.sets.includes('readability-pages') && options.doors.includes('html') && options.only === null) metadataRuns.push(runReadabilityPages())
  if (metadataRuns.length === 0) return { runs: [], unsafe: 0 }
  console.log('\nMetadata (bench/quality/metadata.ts says what counts as right; blind pages only on their rows):')
  console.log(formatMetadataTable(metadataRuns))
  const bylines = [
    ...ours.flatMap((run) => run.pages.map((result) => ({ set: run.set.name, door: run.set.door, id: result.page.id, blind: result.page.blind, byline: result.card?.byline ?? null }))),
    ...metadataRuns
      .filter((run) => !METADATA_SETS.includes(run.set as SetName))
      .flatMap((run) => run.pages.map((page) => ({ set: run.set, door: run.door, id: page.truth.id, blind: page.truth.blind, byline: page.card.byline }))),
  ]
  const unsafe = formatUnsafeBylines(bylines)
  console.log(unsafe.text)
  console.log(formatMetadataMisses(metadataRuns))
  writeMetadataTsv(metadataRuns)
  return { runs: metadataRuns, unsafe: unsafe.count }
}

/** Prints every metadata figure of ours (all pages of a set and door) below its floor in the floors file's "metadata" key; true when there is none. */
function checkMetadataFloors(runs: readonly MetadataRun[], floors: Floors): boolean {
  const failures: string[] = []
  for (const run of runs) {
    const key = `${run.set}/${run.door}`
    for (const [name, floor] of Object.entries(floors.metadata?.[key] ?? {})) {
      if (!(METADATA_FIGURES as readonly string[]).includes(name)) throw new UsageError(`${FLOORS_FILE}: unknown metadata figure ${key}.${name}`)
      const reached = roundReported(metadataFigure(run, name as (typeof METADATA_FIGURES)[number]))
      if (reached < floor) failures.push(`metadata ${key} ${name} ${figure(reached)} < floor ${floor}`)
    }
  }
  console.log(failures.length === 0 ? 'Metadata floor check: ok' : `Metadata floor check FAILED:\n  ${failures.join('\n  ')}`)
  return failures.length === 0
}

function printOnePage(runs: readonly Run[]): void {
  for (const set of new Set(runs.map((run) => run.set))) {
    const setRuns = runs.filter((run) => run.set === set)
    const page = setRuns[0]?.pages[0]?.page
    if (page === undefined) continue
    console.log(`\n== ${set.name}, ${set.door} door: page ${page.id}\nurl  ${page.url}\n`)
    console.log(formatOnePageScores(setRuns))
    const filePrefix = `only-${set.name}-${page.id.slice(0, ID_PREFIX_LENGTH)}`
    writeResultFile(`${filePrefix}-truth.txt`, paragraphLines(page.body))
    for (const run of setRuns.filter((each) => each.extractor.ours)) {
      const result = run.pages[0]
      if (result?.error) console.log(`\nclean-article threw:\n${result.error}`)
      const predictedLines = paragraphLines(result?.predicted ?? '')
      writeResultFile(`${filePrefix}-${set.door}.txt`, predictedLines)
      console.log(`\n=== predicted, ${set.door} door, one paragraph per line ===`)
      console.log(`(diff -u ${join(RESULTS_DIR, `${filePrefix}-truth.txt`)} ${join(RESULTS_DIR, `${filePrefix}-${set.door}.txt`)})`)
      process.stdout.write(predictedLines)
    }
    console.log('\n=== truth, one paragraph per line ===')
    process.stdout.write(paragraphLines(page.body))
  }
}

function formatOnePageScores(runs: readonly Run[]): string {
  const header = ['extractor', 'P', 'R', 'F1', 'exact', 'predicted chars', 'truth chars', 'ms']
  const rows = runs.flatMap(({ extractor, pages }) =>
    pages.map((result) => [
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

function paragraphLines(text: string): string {
  return text
    .split(PARAGRAPH_BREAK)
    .map((paragraph) => paragraph.replace(INNER_WHITESPACE, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `${paragraph}\n`)
    .join('')
}

try {
  main()
} catch (error) {
  if (!(error instanceof UsageError)) throw error
  console.error(`bench:quality: ${error.message}`)
  process.exitCode = USAGE_EXIT_CODE
}
