// Scaffolds a fixture: `node scripts/new-fixture.mjs <area>--<case> <source>`.
// <source> is a file path, or bench:<id-prefix>:html|text for a benchmark page.
// Writes fixtures/<name>/input.{html,txt}; run `UPDATE=1 npx vitest run test/fixtures.test.ts -t <name>`
// to write expected.json, then check it by hand and note the page's origin in fixtures/README.md.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { extname, join } from 'node:path'

const [name, source] = process.argv.slice(2)
if (!name || !source || !/^[a-z0-9]+--[a-z0-9-]+$/.test(name)) {
  console.error('usage: node scripts/new-fixture.mjs <area>--<case> <file | bench:<id-prefix>:html|text>')
  process.exit(2)
}
const dir = join('fixtures', name)
if (existsSync(dir)) {
  console.error(`fixtures/${name} exists already`)
  process.exit(2)
}
mkdirSync(dir, { recursive: true })
if (source.startsWith('bench:')) {
  const [, prefix, door] = source.split(':')
  const folder = door === 'html' ? 'bench/data/scrapinghub' : 'bench/data/scrapinghub-text'
  const file = readdirSync(folder).find((f) => f.startsWith(prefix) && f.endsWith('.gz'))
  if (!file) {
    console.error(`no benchmark page starts with ${prefix}`)
    process.exit(2)
  }
  writeFileSync(join(dir, door === 'html' ? 'input.html' : 'input.txt'), gunzipSync(readFileSync(join(folder, file))))
} else {
  copyFileSync(source, join(dir, extname(source) === '.html' ? 'input.html' : 'input.txt'))
}
console.log(`fixtures/${name} created; now: UPDATE=1 npx vitest run test/fixtures.test.ts -t ${name}`)
