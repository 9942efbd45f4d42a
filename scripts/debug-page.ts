// Prints how a benchmark page was classified, block by block: `npx tsx scripts/debug-page.ts <id-prefix> [html|text]`.
import { readdirSync, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { classify } from '../src/lib/classify/classify.ts'
import { htmlToPage } from '../src/lib/html/to-page.ts'
import { resolveOptions } from '../src/lib/options.ts'
import { textToPage } from '../src/lib/text/to-page.ts'

const [prefix = '', door = 'html'] = process.argv.slice(2)
const folder = door === 'html' ? 'bench/data/scrapinghub' : 'bench/data/scrapinghub-text'
const file = readdirSync(folder).find((name) => name.startsWith(prefix) && name.endsWith('.gz'))
if (!file) throw new Error(`no page ${prefix}`)
const source = gunzipSync(readFileSync(`${folder}/${file}`)).toString('utf8')
const page = door === 'html' ? htmlToPage(source, { url: null, maxDepth: 512 }) : textToPage(source)
const result = classify(page.blocks, resolveOptions({}).rules, page.languageKnown)
const c = result.container
console.log('container', c && `${c.tag}.${c.tokens.join('.')} depth ${c.depth}`)
console.log('region', result.region, 'language', page.meta.language, 'known', page.languageKnown)
page.blocks.forEach((block, i) => {
  const mark = result.body[i] ? 'BODY' : result.removals[i] ? result.removals[i]!.rule : '-'
  const tag = block.element ? `${block.element.tag}.${block.element.tokens.slice(0, 3).join('.')}` : ''
  console.log(`${String(i).padStart(4)} ${mark.padEnd(28)} ${result.qualities[i]!.padEnd(9)} w${String(block.words).padEnd(4)} ld${block.linkDensity.toFixed(1)} ${tag.slice(0, 30).padEnd(30)} ${block.text.slice(0, 90)}`)
})
