/**
 * Pages whose F1 moved between two bench:quality runs (seen pages only: the TSVs hold no others):
 *   npx tsx scripts/compare-runs.ts <before.tsv> <after.tsv> [--min 0.02]
 */
import { readFileSync } from 'node:fs'

const [before, after, ...rest] = process.argv.slice(2)
if (before === undefined || after === undefined) throw new Error('usage: compare-runs.ts <before.tsv> <after.tsv> [--min 0.02]')
const minIndex = rest.indexOf('--min')
const min = minIndex === -1 ? 0.02 : Number(rest[minIndex + 1])

function read(path: string): Map<string, { url: string; p: string; r: string; f1: number }> {
  const rows = readFileSync(path, 'utf8').trim().split('\n').slice(1)
  return new Map(rows.map((line) => {
    const [id, url, p, r, f1] = line.split('\t')
    return [id!, { url: url!, p: p!, r: r!, f1: Number(f1) }] as const
  }))
}

const a = read(before)
const b = read(after)
const moved = [...b].map(([id, row]) => ({ id, row, was: a.get(id) })).filter(({ row, was }) => was !== undefined && Math.abs(row.f1 - was.f1) >= min)
moved.sort((x, y) => (x.row.f1 - x.was!.f1) - (y.row.f1 - y.was!.f1))
for (const { id, row, was } of moved) {
  console.log(`${id.slice(0, 12).padEnd(12)}  ${was!.f1.toFixed(3)} -> ${row.f1.toFixed(3)}  (P ${was!.p.slice(0, 5)}->${row.p.slice(0, 5)} R ${was!.r.slice(0, 5)}->${row.r.slice(0, 5)})  ${row.url.slice(0, 70)}`)
}
const gained = moved.filter(({ row, was }) => row.f1 > was!.f1).length
console.log(`${moved.length} pages moved by ${min} or more: ${gained} up, ${moved.length - gained} down`)
