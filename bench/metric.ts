/**
 * The ScrapingHub article-extraction-benchmark metric, re-implemented from its description
 * (see bench/data/README.md):
 *
 * 1. Split a text into word tokens, case kept.
 * 2. Count its 4-token shingles as a multiset.
 * 3. Per page, compare predicted and true shingles: true positives, false positives, false negatives,
 *    and from them precision and recall.
 * 4. Over the corpus, average precision and recall over pages (macro), take F1 from the two means,
 *    count the pages whose token lists match exactly, and estimate a standard deviation for each
 *    figure by bootstrap over pages.
 */

/** Word tokens: the Unicode equivalent of Python's `\w+` (JavaScript's `\w` is ASCII-only). */
const WORD_TOKEN = /[\p{L}\p{N}_]+/gu

/** Shingle length in tokens, as the benchmark uses. */
export const SHINGLE_SIZE = 4

/** Joins the tokens of a shingle into a map key; a space never occurs inside a token. */
const SHINGLE_KEY_SEPARATOR = ' '

/** Bootstrap resamples of pages, as the benchmark uses. */
export const BOOTSTRAP_RESAMPLES = 1000

/** Fixed seed so that the ± figures are the same on every run. */
export const BOOTSTRAP_SEED = 20200101

/** The word tokens of a text, in order, case kept. */
export function tokens(text: string): string[] {
  return text.match(WORD_TOKEN) ?? []
}

/**
 * The shingles of a token list, counted: every run of `size` consecutive tokens.
 * Fewer than `size` tokens give one shorter shingle; no tokens give none.
 */
export function shingles(tokenList: readonly string[], size = SHINGLE_SIZE): Map<string, number> {
  const counts = new Map<string, number>()
  if (tokenList.length === 0) return counts
  const shingleCount = Math.max(1, tokenList.length - size + 1)
  for (let start = 0; start < shingleCount; start++) {
    const key = tokenList.slice(start, start + size).join(SHINGLE_KEY_SEPARATOR)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** How one predicted text compares with the true text of its page. */
export interface PageScore {
  /** Shingles found in both, counted with multiplicity. */
  tp: number
  /** Predicted shingles beyond those in the truth. */
  fp: number
  /** True shingles the prediction misses. */
  fn: number
  /** tp / (tp + fp); null when the prediction has no shingles (the page is left out of precision). */
  precision: number | null
  /** tp / (tp + fn); null when the truth has no shingles (the page is left out of recall). */
  recall: number | null
  /** True when the predicted and true token lists are identical. */
  exact: boolean
}

/** Compares a predicted text with the true text of a page. */
export function scorePage(predicted: string, truth: string): PageScore {
  const predictedTokens = tokens(predicted)
  const trueTokens = tokens(truth)
  const { tp, fp, fn } = compareShingles(shingles(predictedTokens), shingles(trueTokens))
  return {
    tp,
    fp,
    fn,
    precision: ratioOrNull(tp, tp + fp),
    recall: ratioOrNull(tp, tp + fn),
    exact: sameTokens(predictedTokens, trueTokens),
  }
}

/**
 * One F1 figure for a single page, for ranking pages (the corpus F1 comes from the means instead).
 * A page with neither precision nor recall (both texts empty) is a perfect match; a missing one
 * counts as 0.
 */
export function pageF1(score: PageScore): number {
  if (score.precision === null && score.recall === null) return 1
  return harmonicMean(score.precision ?? 0, score.recall ?? 0)
}

/** Corpus figures with their bootstrap standard deviations. */
export interface Summary {
  pages: number
  precision: number
  recall: number
  f1: number
  accuracy: number
  precisionStd: number
  recallStd: number
  f1Std: number
  accuracyStd: number
}

export interface SummaryOptions {
  /** Number of bootstrap resamples. Default {@link BOOTSTRAP_RESAMPLES}. */
  resamples?: number
  /** PRNG seed for the resampling. Default {@link BOOTSTRAP_SEED}. */
  seed?: number
}

/** The corpus figures of a set of page scores. */
export function summarise(scores: readonly PageScore[], options: SummaryOptions = {}): Summary {
  const resamples = options.resamples ?? BOOTSTRAP_RESAMPLES
  const point = corpusFigures(scores)
  const spread = bootstrapStd(scores, resamples, options.seed ?? BOOTSTRAP_SEED)
  return {
    pages: scores.length,
    ...point,
    precisionStd: spread.precision,
    recallStd: spread.recall,
    f1Std: spread.f1,
    accuracyStd: spread.accuracy,
  }
}

/** The four corpus figures, without spread. */
export interface CorpusFigures {
  precision: number
  recall: number
  f1: number
  accuracy: number
}

/**
 * Macro precision and recall (pages without a value left out), F1 from those means, and the share
 * of exact pages. A mean over no pages is 0, so an extractor that returns nothing scores 0.
 */
export function corpusFigures(scores: readonly PageScore[]): CorpusFigures {
  const precision = mean(scores.map((score) => score.precision))
  const recall = mean(scores.map((score) => score.recall))
  const exactPages = scores.filter((score) => score.exact).length
  return {
    precision,
    recall,
    f1: harmonicMean(precision, recall),
    accuracy: scores.length === 0 ? 0 : exactPages / scores.length,
  }
}

function compareShingles(
  predicted: ReadonlyMap<string, number>,
  truth: ReadonlyMap<string, number>,
): { tp: number; fp: number; fn: number } {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [key, predictedCount] of predicted) {
    const trueCount = truth.get(key) ?? 0
    tp += Math.min(predictedCount, trueCount)
    fp += Math.max(0, predictedCount - trueCount)
  }
  for (const [key, trueCount] of truth) {
    fn += Math.max(0, trueCount - (predicted.get(key) ?? 0))
  }
  return { tp, fp, fn }
}

function ratioOrNull(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((token, index) => token === b[index])
}

function harmonicMean(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b)
}

function mean(values: readonly (number | null)[]): number {
  let sum = 0
  let count = 0
  for (const value of values) {
    if (value === null) continue
    sum += value
    count++
  }
  return count === 0 ? 0 : sum / count
}

/** Population standard deviation of each corpus figure over bootstrap resamples of the pages. */
function bootstrapStd(scores: readonly PageScore[], resamples: number, seed: number): CorpusFigures {
  if (scores.length === 0 || resamples === 0) return { precision: 0, recall: 0, f1: 0, accuracy: 0 }
  const nextIndex = seededIndexPicker(seed, scores.length)
  const samples: CorpusFigures[] = []
  for (let round = 0; round < resamples; round++) {
    const resample = scores.map(() => scores[nextIndex()] as PageScore)
    samples.push(corpusFigures(resample))
  }
  return {
    precision: standardDeviation(samples.map((sample) => sample.precision)),
    recall: standardDeviation(samples.map((sample) => sample.recall)),
    f1: standardDeviation(samples.map((sample) => sample.f1)),
    accuracy: standardDeviation(samples.map((sample) => sample.accuracy)),
  }
}

function standardDeviation(values: readonly number[]): number {
  const average = mean(values)
  return Math.sqrt(mean(values.map((value) => (value - average) ** 2)))
}

/** Marsaglia's xorshift32 state cannot be 0; any non-zero constant will do in its place. */
const XORSHIFT_ZERO_SEED_REPLACEMENT = 0x9e3779b9

/** 2^32, to turn an unsigned 32-bit integer into a fraction in [0, 1). */
const UINT32_RANGE = 0x1_0000_0000

/** A deterministic picker of indices in [0, size), driven by a xorshift32 generator. */
export function seededIndexPicker(seed: number, size: number): () => number {
  let state = seed >>> 0 || XORSHIFT_ZERO_SEED_REPLACEMENT
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return Math.floor((state / UINT32_RANGE) * size)
  }
}
