/**
 * Prints how a seen benchmark page was classified, block by block:
 *   npx tsx scripts/debug-page.ts <id-prefix> [html|text] [scrapinghub|modern]
 * Blind pages (bench/data/blind.json) are refused: they are only ever scored in aggregate.
 */
import { classify } from '../src/lib/classify/classify.ts'
import { htmlToPage } from '../src/lib/html/to-page.ts'
import { resolveOptions } from '../src/lib/options.ts'
import { rulesForDiscussion } from '../src/lib/rules/registry.ts'
import { textToPage } from '../src/lib/text/to-page.ts'
import { loadTruth, readPage, SETS } from '../bench/quality/sets.ts'

const [prefix = '', door = 'html', setName = 'scrapinghub'] = process.argv.slice(2)
const set = SETS.find((each) => each.name === setName && each.door === door)
if (!set) throw new Error(`no set ${setName} with a ${door} door`)
const matches = loadTruth(set).filter((row) => row.id.startsWith(prefix))
if (matches.length !== 1) throw new Error(`${matches.length} pages of ${setName} start with ${prefix}`)
const row = matches[0]!
if (row.blind) throw new Error(`${row.id} is a blind page: it is only scored in aggregate`)
const source = readPage(set, row.id)
const page = door === 'html' ? htmlToPage(source, { url: row.url, maxDepth: 512 }) : textToPage(source)
// As cleanArticle does: a discussion thread is classified without the rules that remove its replies.
const discussion = page.meta.discussion
const rules = resolveOptions({}).rules
const result = classify(page.blocks, discussion ? rulesForDiscussion(rules) : rules, page.languageKnown, { discussion })
const c = result.container
console.log('url', row.url)
console.log('container', c && `${c.tag}.${c.tokens.join('.')} depth ${c.depth} id ${c.id}`)
console.log('region', result.region, 'language', page.meta.language, 'known', page.languageKnown)
page.blocks.forEach((block, i) => {
  const mark = result.body[i] ? 'BODY' : result.removals[i] ? result.removals[i]!.rule : '-'
  const tag = block.element ? `${block.element.tag}.${block.element.tokens.slice(0, 3).join('.')}` : ''
  console.log(`${String(i).padStart(4)} ${mark.padEnd(28)} ${result.qualities[i]!.padEnd(9)} w${String(block.words).padEnd(4)} ld${block.linkDensity.toFixed(1)} ${block.role.slice(0, 5).padEnd(5)} ${tag.slice(0, 30).padEnd(30)} ${block.text.slice(0, 90)}`)
})
