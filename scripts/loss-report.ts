/**
 * Where the article text we miss goes, over the seen pages of a set:
 *   npx tsx scripts/loss-report.ts [scrapinghub|modern] [html|text] [--pages]
 * Each 4-token shingle of a page's true body is looked up in the page's blocks: kept in the body,
 * removed by a rule (by id), left outside the article (region/outside-article), or in no block at
 * all (the walk never read it: hidden, skipped, or not on the page). Missed shingles are summed
 * per fate over the pages, so the costliest mechanisms come first. Blind pages are left out.
 */
import { classify } from '../src/lib/classify/classify.ts'
import { doubt } from '../src/lib/classify/second-opinion.ts'
import { htmlToPage } from '../src/lib/html/to-page.ts'
import { resolveOptions } from '../src/lib/options.ts'
import { rulesForDiscussion } from '../src/lib/rules/registry.ts'
import { textToPage } from '../src/lib/text/to-page.ts'
import { shingles, tokens } from '../bench/metric.ts'
import { loadTruth, readPage, SETS } from '../bench/quality/sets.ts'

const args = process.argv.slice(2)
const listPages = args.includes('--pages')
const [setName = 'modern', door = 'html'] = args.filter((arg) => !arg.startsWith('--'))
const set = SETS.find((each) => each.name === setName && each.door === door)
if (!set) throw new Error(`no set ${setName} with a ${door} door`)
const rules = resolveOptions({}).rules

const totals = new Map<string, number>()
const perPage: { id: string; missed: number; fates: Map<string, number> }[] = []
let allShingles = 0
for (const row of loadTruth(set)) {
  if (row.blind) continue
  const source = readPage(set, row.id)
  const page = door === 'html' ? htmlToPage(source, { url: row.url, maxDepth: 512 }) : textToPage(source)
  // As cleanArticle does: a discussion thread is classified without the rules that remove its replies.
  const discussion = page.meta.discussion
  const result = classify(page.blocks, discussion ? rulesForDiscussion(rules) : rules, page.languageKnown, { discussion })
  // The page's words in block order, each with its block's fate: a true shingle spanning two
  // blocks is found as the prediction (blocks joined) would hold it; its fate is its first word's.
  const stream: string[] = []
  const streamFates: string[] = []
  page.blocks.forEach((block, i) => {
    const fate = result.body[i] ? 'body' : result.removals[i] ? result.removals[i]!.rule : 'outside'
    for (const token of tokens(block.text)) {
      stream.push(token)
      streamFates.push(fate)
    }
  })
  const fateOf = new Map<string, string>()
  for (let i = 0; i + 4 <= stream.length; i++) {
    const key = stream.slice(i, i + 4).join(' ')
    const fate = streamFates.slice(i, i + 4).includes('body') ? 'body' : streamFates[i]!
    if (!fateOf.has(key) || fate === 'body') fateOf.set(key, fate)
  }
  const unsure = door === 'html' && doubt(page.blocks, result, rules) !== null
  const fates = new Map<string, number>()
  let missed = 0
  for (const [key, count] of shingles(tokens(row.body))) {
    allShingles += count
    const fate = fateOf.get(key) ?? 'not in any block'
    if (fate === 'body') continue
    const label = unsure ? `${fate} (second opinion asked)` : fate
    fates.set(label, (fates.get(label) ?? 0) + count)
    totals.set(label, (totals.get(label) ?? 0) + count)
    missed += count
  }
  perPage.push({ id: row.id, missed, fates })
}

const missedAll = [...totals.values()].reduce((sum, n) => sum + n, 0)
console.log(`${setName} ${door}: ${perPage.length} seen pages, ${allShingles} true shingles, ${missedAll} missed (${((100 * missedAll) / allShingles).toFixed(1)}%)`)
for (const [fate, count] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  const pages = perPage.filter((page) => (page.fates.get(fate) ?? 0) > 0).length
  console.log(`${String(count).padStart(8)}  ${((100 * count) / allShingles).toFixed(1).padStart(5)}%  ${String(pages).padStart(4)} pages  ${fate}`)
}
if (listPages) {
  for (const page of perPage.sort((a, b) => b.missed - a.missed).slice(0, 40)) {
    const top = [...page.fates].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([fate, n]) => `${fate} ${n}`).join(', ')
    console.log(`${page.id.slice(0, 12)}  ${String(page.missed).padStart(6)}  ${top}`)
  }
}
