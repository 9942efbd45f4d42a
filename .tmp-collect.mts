import ts from 'typescript'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { createRequire } from 'node:module'
const require = createRequire(import.meta.url)
process.env.RECHECK_BACKEND ??= 'native'
const { check } = require('recheck')
function files(dir: string): string[] { return readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []) }
const found: { where: string; source: string; flags: string }[] = []
for (const file of files('src')) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true)
  const visit = (n: ts.Node) => { if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) { const t = n.getText(sf); const i = t.lastIndexOf('/'); found.push({ where: `${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`, source: t.slice(1, i), flags: t.slice(i + 1) }) } ts.forEachChild(n, visit) }
  visit(sf)
}
const Original = RegExp
const built: { where: string; source: string; flags: string }[] = []
globalThis.RegExp = new Proxy(Original, { construct(target, args, nt) { const r = Reflect.construct(target, args, nt) as RegExp; const stack = new Error().stack ?? ''; const m = /\/work\/main\/(src\/[^:)]+):(\d+)/.exec(stack); if (m) built.push({ where: `${m[1]}:${m[2]}`, source: r.source, flags: r.flags }); return r } })
await import('./src/index.ts')
globalThis.RegExp = Original
console.log('literals', found.length, 'built', built.length)
const all = [...found, ...built]
const t0 = performance.now()
for (const r of all) {
  const t = performance.now()
  const d = await check(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 20000, checker: (process.env.CHECKER ?? 'auto') as never, maxNFASize: Number(process.env.NFA ?? 35000) })
  const ms = performance.now() - t
  if (d.status !== 'safe' || ms > 1000) console.log(d.checker, d.status, d.complexity?.type, r.where, JSON.stringify(r.source).slice(0, 150), r.flags, d.attack?.pattern?.slice(0, 80), d.error ? JSON.stringify(d.error) : '', ms.toFixed(0) + 'ms')
}
console.log('total', (performance.now() - t0).toFixed(0))
process.exit(0)
