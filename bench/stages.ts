/**
 * Our pipeline cut where clean-article.ts cuts it, each stage timed by calling the internal stage
 * functions in the same order: shared by `npm run bench` (stages per page set) and the size
 * sweep (stages per MB as a page grows).
 */
import { performance } from 'node:perf_hooks'

export type Door = 'html' | 'text'

export const STAGES = ['decode', 'parse', 'blocks', 'classify', 'second opinion', 'extract', 'quotes'] as const
export type Stage = (typeof STAGES)[number]

/** The internal stage functions, in the order clean-article.ts calls them. */
export async function loadPipeline() {
  const [options, decode, detect, toPage, textPage, classifier, secondOpinion, article, quotes] = await Promise.all([
    import('../src/lib/options.ts'),
    import('../src/lib/input/decode.ts'),
    import('../src/lib/detect.ts'),
    import('../src/lib/html/to-page.ts'),
    import('../src/lib/text/to-page.ts'),
    import('../src/lib/classify/classify.ts'),
    import('../src/lib/classify/second-opinion.ts'),
    import('../src/lib/extract/article.ts'),
    import('../src/lib/extract/quotes.ts'),
  ])
  return {
    resolveOptions: options.resolveOptions,
    decodeInput: decode.decodeInput,
    looksLikeHtml: detect.looksLikeHtml,
    parseHtml: toPage.parseHtml,
    pageFromDocument: toPage.pageFromDocument,
    textToPage: textPage.textToPage,
    classify: classifier.classify,
    doubt: secondOpinion.doubt,
    secondOpinion: secondOpinion.secondOpinion,
    extractArticle: article.extractArticle,
    extractQuotes: quotes.extractQuotes,
  }
}
export type Pipeline = Awaited<ReturnType<typeof loadPipeline>>

/** One page through the pipeline, stage by stage, in clean-article.ts's order; adds each stage's ms. */
/** Milliseconds now: the wall clock, or with `cpuClock` this process's CPU time (less disturbed by other load on a busy machine, GC threads included). */
export type Clock = () => number
export const cpuClock: Clock = () => {
  const used = process.cpuUsage()
  return (used.user + used.system) / 1000
}

export function runStages(pipeline: Pipeline, input: string, door: Door, url: string | undefined, times: Record<Stage, number[]>, maxInputBytes?: number, clock: Clock = () => performance.now()): void {
  const { resolveOptions, decodeInput, looksLikeHtml, parseHtml, pageFromDocument, textToPage, classify, doubt, secondOpinion, extractArticle, extractQuotes } = pipeline
  const took: Record<Stage, number> = { decode: 0, parse: 0, blocks: 0, classify: 0, 'second opinion': 0, extract: 0, quotes: 0 }
  let mark = clock()
  const lap = (stage: Stage): void => {
    const now = clock()
    took[stage] += now - mark
    mark = now
  }
  const resolved = resolveOptions({ format: door, url, ...(maxInputBytes === undefined ? {} : { maxInputBytes }) })
  const decoded = decodeInput(input, resolved.maxInputBytes)
  const html = resolved.format === 'auto' ? looksLikeHtml(decoded.text) : resolved.format === 'html'
  lap('decode')
  let page
  if (html) {
    const document = parseHtml(decoded.text, resolved.maxDepth)
    lap('parse')
    page = pageFromDocument(document, { url: resolved.url, maxDepth: resolved.maxDepth })
  } else {
    page = textToPage(decoded.text)
  }
  lap('blocks')
  const first = classify(page.blocks, resolved.rules, page.languageKnown)
  lap('classify')
  const why = html ? doubt(page.blocks, first, resolved.rules) : null
  const classification = (why !== null ? secondOpinion(page.blocks, first, resolved.rules, why) : null) ?? first
  lap('second opinion')
  const fields = extractArticle(page, classification)
  lap('extract')
  extractQuotes({ paragraphs: fields.paragraphs, blockquotes: fields.blockquotes })
  lap('quotes')
  for (const stage of STAGES) times[stage].push(took[stage])
}

