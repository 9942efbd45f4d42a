// Cleans every file in a folder in parallel worker threads and writes one JSON result per line.
//
//   npm run build
//   node examples/clean-folder.mjs <folder> [results.ndjson]
//
// Results come back in the order the pages go in; a page that fails is a line with "error".
import { createWriteStream, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { cleanArticles } from 'clean-article'

const [folder, outPath = 'results.ndjson'] = process.argv.slice(2)
if (!folder) {
  console.error('usage: node examples/clean-folder.mjs <folder> [results.ndjson]')
  process.exit(2)
}

// The pages (the folder's files, not its subfolders), read one at a time as the workers ask for them.
function* pages() {
  const files = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
  for (const { name } of files.sort((a, b) => a.name.localeCompare(b.name))) {
    yield { id: name, input: readFileSync(join(folder, name)) }
  }
}

const out = createWriteStream(outPath)
let done = 0
let failed = 0
const started = performance.now()
for await (const result of cleanArticles(pages(), { timeoutMs: 20_000 })) {
  done++
  if (result.error) failed++
  if (!out.write(`${JSON.stringify(result)}\n`)) await new Promise((resolve) => out.once('drain', resolve))
}
out.end()
const seconds = (performance.now() - started) / 1000
console.error(`${done} pages (${failed} failed) in ${seconds.toFixed(1)} s → ${outPath}`)
