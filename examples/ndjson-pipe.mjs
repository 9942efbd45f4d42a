// Talks to `clean-article batch -` over pipes: writes pages as NDJSON lines to its standard
// input and reads the cleaned articles back from its standard output, one line per page.
//
//   npm run build
//   node examples/ndjson-pipe.mjs
//
// Any program that can write and read lines can use clean-article this way.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const sample = readFileSync(new URL('./moscow-times.txt', import.meta.url), 'utf8')

const pages = [
  { id: 'moscow-times', text: sample },
  { id: 'snippet', url: 'https://example.org/news/1', html: '<article><h1>Snippet</h1><p>A short article, written as HTML, with one paragraph of prose in it.</p></article>' },
  { id: 'broken', html: 42 },
]

const child = spawn(process.execPath, [cli, 'batch', '-', '--jobs', '2'], { stdio: ['pipe', 'pipe', 'inherit'] })
const answers = createInterface({ input: child.stdout })
answers.on('line', (line) => {
  const result = JSON.parse(line)
  if (result.error) console.log(`${result.id}: error: ${result.error}`)
  else console.log(`${result.id}: ${JSON.stringify(result.headline)}, ${result.paragraphs.length} paragraphs, ${result.quotes.length} quotes (${result.ms.toFixed(1)} ms)`)
})
for (const page of pages) child.stdin.write(`${JSON.stringify(page)}\n`)
child.stdin.end()
child.on('close', (code) => {
  if (code !== 0) process.exitCode = code ?? 1
})
