/**
 * The README's table of rules is generated from the registry (scripts/rules-table.ts); this test
 * fails when someone changes a rule without regenerating it.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RULES } from '../src/lib/rules/registry.js'
import { END_MARKER, README, rulesTable, START_MARKER, withTable } from '../scripts/rules-table.js'

describe('README rules table', () => {
  const readme = readFileSync(README, 'utf8')

  it('has one row per built-in rule', () => {
    const rows = rulesTable().split('\n').filter((line) => line.startsWith('| `'))
    expect(rows).toHaveLength(RULES.length)
    for (const rule of RULES) expect(rows.some((row) => row.startsWith(`| \`${rule.id}\` |`)), rule.id).toBe(true)
  })

  it('is up to date in README.md', () => {
    expect(readme).toContain(START_MARKER)
    expect(readme).toContain(END_MARKER)
    expect(withTable(readme) === readme, 'the README rules table is stale: run `npm run rules:table` and commit README.md').toBe(true)
  })

  it('only replaces what is between the markers', () => {
    const page = `# Title\n\n${START_MARKER}\nold\n${END_MARKER}\n\nAfter.\n`
    expect(withTable(page, 'new')).toBe(`# Title\n\n${START_MARKER}\nnew\n${END_MARKER}\n\nAfter.\n`)
    expect(() => withTable('# no markers')).toThrow(/rules:start/)
  })
})
