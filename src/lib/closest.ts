/** The nearest of a few names to a misspelt one, for error messages ("fromat": did you mean "format"?). */

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours) between two short strings. */
function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = best
    }
  }
  return rows[a.length]![b.length]!
}

/** Longest part of a name compared: names are short, and a huge key must not cost a huge table. */
const MAX_NAME_CHARS = 64

/** The name in `names` closest to `name`, ignoring case; the first of equals. */
export function closest(name: string, names: readonly string[]): string {
  const lower = name.slice(0, MAX_NAME_CHARS).toLowerCase()
  let best = names[0] ?? ''
  let bestDistance = Infinity
  for (const candidate of names) {
    const d = distance(lower, candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}
