#!/usr/bin/env bash
# The package as its users get it. In a fresh clone of the committed tree: `npm pack` (prepack
# builds), publint and @arethetypeswrong/cli on the tarball, then the tarball installed into an
# empty folder and used five ways: an ESM script (with cleanArticles' worker threads), a CommonJS
# `require` (Node 20.19+), TypeScript consumers with `nodenext` and `bundler` resolution,
# `npx clean-article --version`, a browser bundle and an esbuild-bundled Node app starting batch
# workers. The tools come from the clone's devDependencies; the app folder holds only the tarball
# and its dependencies. Any failure fails the script. Called by .ci/run.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
step() { printf '\n== %s\n' "$1"; }

step "fresh clone of $(git -C "$repo" rev-parse --short HEAD)"
git clone --quiet --no-local "$repo" "$work/clone"
cd "$work/clone"
npm ci --prefer-offline --no-audit --no-fund --loglevel=error
bin="$work/clone/node_modules/.bin"

step "npm pack"
npm pack --pack-destination "$work" --loglevel=warn >/dev/null
tarball="$(ls "$work"/clean-article-*.tgz)"
tar -tzf "$tarball" | sort > "$work/files.txt"
echo "$(wc -l < "$work/files.txt") files, $(du -k "$tarball" | cut -f1) kB packed"
if grep -vE '^package/(package\.json|README\.md|CHANGELOG\.md|LICENSE|dist/.+\.(js|d\.ts))$' "$work/files.txt"; then
  echo "the files above should not be in the package" >&2
  exit 1
fi

step "publint"
"$bin/publint" run "$tarball" --strict

step "@arethetypeswrong/cli (ESM-only on purpose: the profile leaves out CommonJS resolution)"
"$bin/attw" "$tarball" --profile esm-only

step "install the tarball into an empty folder"
app="$work/app"
mkdir "$app"
cd "$app"
printf '{ "name": "app", "private": true, "type": "module" }\n' > package.json
npm install --prefer-offline --no-audit --no-fund --loglevel=error "$tarball"

cat > page.mjs <<'EOF'
export const PAGE = `<html><head><title>Bridge closes for a year</title></head><body><article><h1>Bridge closes for a year</h1>
${'<p>The council voted on Tuesday to close the bridge for repairs, and the work will take a year to finish.</p>'.repeat(4)}
<p>Sign up for our newsletter</p></article></body></html>`
EOF

step "ESM script: cleanArticle and cleanArticles"
cat > esm.mjs <<'EOF'
import { cleanArticle, cleanArticles, toMarkdown } from 'clean-article'
import { PAGE } from './page.mjs'
const article = cleanArticle(PAGE)
if (article.paragraphs.length !== 4) throw new Error(`expected 4 paragraphs, got ${JSON.stringify(article.paragraphs)}`)
if (!toMarkdown(article).includes('The council voted')) throw new Error('no Markdown')
const results = []
for await (const result of cleanArticles([{ id: 'a', html: PAGE }, { id: 'b', html: PAGE }], { jobs: 2 })) results.push(result)
if (results.map((r) => (r.error ? r.error : r.paragraphs.length)).join() !== '4,4') throw new Error(JSON.stringify(results))
console.log('ok: cleanArticle and cleanArticles')
EOF
node esm.mjs

step "ESM script: clean-article/output and clean-article/unified (their dependencies installed with the package)"
cat > output.mjs <<'EOF'
import { cleanArticle } from 'clean-article'
import { toHtml, toMarkdown } from 'clean-article/output'
import { rehypeCleanArticle } from 'clean-article/unified'
import { PAGE } from './page.mjs'
const article = cleanArticle(PAGE)
if (!toHtml(article).includes('<p>The council voted')) throw new Error('no HTML')
if (!toMarkdown(article).startsWith('# Bridge closes for a year')) throw new Error('no Markdown')
const file = { value: PAGE, data: {} }
const tree = rehypeCleanArticle()({ type: 'root', children: [] }, file)
if (file.data.cleanArticle.paragraphs.length !== 4 || tree.children.length === 0) throw new Error('plugin')
console.log('ok: output and unified')
EOF
node output.mjs

step "CommonJS require (Node 20.19 or later)"
cat > cjs.cjs <<'EOF'
const { cleanArticle } = require('clean-article')
if (cleanArticle('<article><p>' + 'A sentence of a short article about a bridge. '.repeat(5) + '</p></article>').paragraphs.length !== 1) throw new Error('require')
console.log('ok: require')
EOF
node --no-warnings cjs.cjs

step "TypeScript consumers: nodenext (Node) and bundler (browser)"
cat > node-consumer.ts <<'EOF'
import { cleanArticle, cleanArticles, type BatchResult, type CleanArticle, type ContentBlock } from 'clean-article'
import { toHtml, toMarkdown, type OutputOptions } from 'clean-article/output'
import { rehypeCleanArticle } from 'clean-article/unified'
const article: CleanArticle = cleanArticle('text', { format: 'text', url: 'https://example.com/' })
const blocks: ContentBlock[] = article.content
const options: OutputOptions = { header: false }
export const rendered: string[] = [toHtml(article, options), toMarkdown(article), String(blocks.length), typeof rehypeCleanArticle({ url: 'https://example.com/' })]
export async function headlines(pages: { id: string; html: string }[]): Promise<(string | null)[]> {
  const out: (string | null)[] = [article.headline]
  for await (const r of cleanArticles(pages)) {
    const result: BatchResult = r
    if (result.error) out.push(result.error)
    else out.push(result.headline)
  }
  return out
}
EOF
cat > browser-consumer.ts <<'EOF'
import { cleanArticle, toPlainText, RULES, type RuleId } from 'clean-article'
const off: RuleId[] = ['chrome/close-glyph']
export const text: string = toPlainText(cleanArticle(document.body.innerHTML, { disableRules: off }))
export const rules: number = RULES.length
EOF
cat > tsconfig.node.json <<EOF
{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022", "strict": true, "noEmit": true,
  "skipLibCheck": false, "types": ["node"], "typeRoots": ["$work/clone/node_modules/@types"] }, "files": ["node-consumer.ts"] }
EOF
cat > tsconfig.browser.json <<'EOF'
{ "compilerOptions": { "module": "esnext", "moduleResolution": "bundler", "target": "es2022", "lib": ["es2022", "dom"], "strict": true,
  "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["browser-consumer.ts"] }
EOF
"$bin/tsc" -p tsconfig.node.json
"$bin/tsc" -p tsconfig.browser.json
echo "ok: both compile"

step "npx clean-article --version"
version="$(npx --no-install clean-article --version)"
expected="$(node -p "require('./node_modules/clean-article/package.json').version")"
[ "$version" = "$expected" ] || { echo "--version printed '$version', expected '$expected'" >&2; exit 1; }
echo "ok: $version"

step "browser bundle (esbuild, platform browser) and a worker-style bundle (workerd, worker, browser conditions)"
printf "import { cleanArticle } from 'clean-article'\nglobalThis.result = cleanArticle(globalThis.page)\n" > browser-app.mjs
"$bin/esbuild" browser-app.mjs --bundle --platform=browser --format=iife --minify --outfile=browser.js --log-level=warning
"$bin/esbuild" browser-app.mjs --bundle --platform=neutral --conditions=workerd,worker,browser --main-fields=module,main --format=esm --minify --outfile=worker.mjs --log-level=warning
# Run the browser bundle where there is no require, process or Buffer: only the web platform's globals.
node --input-type=module -e "
import { readFileSync } from 'node:fs'
import vm from 'node:vm'
import { PAGE } from './page.mjs'
const context = vm.createContext({ TextDecoder, TextEncoder, URL, atob, btoa, console, page: PAGE })
vm.runInContext(readFileSync('browser.js', 'utf8'), context)
if (context.result.paragraphs.length !== 4) throw new Error(JSON.stringify(context.result.paragraphs))
console.log('ok: browser bundle', Math.round(readFileSync('browser.js').length / 1000), 'kB minified')
"

step "a Node app bundled with esbuild starts batch workers (clean-article/worker bundled beside it)"
cat > batch-app.mjs <<'EOF'
import { cleanArticles } from 'clean-article'
import { PAGE } from './page.mjs'
const workerUrl = new URL('./clean-article-worker.mjs', import.meta.url)
const ids = []
for await (const result of cleanArticles([{ id: 'x', html: PAGE }, { id: 'y', html: PAGE }], { jobs: 2, workerUrl })) {
  if (result.error) throw new Error(result.error)
  ids.push(result.id)
}
console.log('ok: bundled app cleaned', ids.join(', '))
EOF
"$bin/esbuild" batch-app.mjs clean-article-worker=clean-article/worker --bundle --platform=node --format=esm \
  --outdir=bundled --out-extension:.js=.mjs --log-level=warning
rm -rf node_modules
node bundled/batch-app.mjs

step "package checks passed"
