// Writes the table of built-in rules into README.md between the rules markers:
// `npx tsx scripts/rules-table.ts` (or `npm run rules:table`). test/rules-table.test.ts fails when
// the README table is stale. The table is generated from the registry, never edited by hand.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { DEFAULT_RULE_MAX_WORDS } from '../src/lib/classify/apply-rules.ts'
import { languagesOf } from '../src/lib/rules/patterns.ts'
import { RULES } from '../src/lib/rules/registry.ts'
import type { Rule } from '../src/lib/types.ts'

export const README = fileURLToPath(new URL('../README.md', import.meta.url))
export const START_MARKER = '<!-- rules:start -->'
export const END_MARKER = '<!-- rules:end -->'

/** Characters that would break a table cell or render as markup. */
const CELL_SPECIAL = /[|<>]/g
const CELL_ESCAPES: Record<string, string> = { '|': '\\|', '<': '&lt;', '>': '&gt;' }

function cell(text: string): string {
  return text.replace(CELL_SPECIAL, (char) => CELL_ESCAPES[char] ?? char)
}

/** What a rule tests and on how long a block: text rules default to a word limit, class rules to none. */
function looksAt(rule: Rule): string {
  const what = rule.match.text !== undefined ? 'text' : 'class/id'
  const words = rule.match.maxWords ?? (rule.match.text !== undefined ? DEFAULT_RULE_MAX_WORDS : null)
  if (words === null) return `${what}, any length`
  return `${what}, ≤ ${words} ${words === 1 ? 'word' : 'words'}`
}

function languages(rule: Rule): string {
  if (rule.match.text === undefined) return '—'
  const list = languagesOf(rule.match.text)
  return list.length === 0 ? 'any' : list.join(' ')
}

/** The markdown between the markers: a line on how rules apply, then one row per rule in registry order. */
export function rulesTable(rules: readonly Rule[] = RULES): string {
  const rows = rules.map((rule) => `| \`${rule.id}\` | ${rule.kind} | ${looksAt(rule)} | ${rule.scope ?? 'block'} | ${languages(rule)} | ${cell(rule.reason)} |`)
  return [
    `${rules.length} built-in rules, in the order they are tried: the first rule that matches a block names its kind.`,
    'Scope `block` removes the block, `section` also the short blocks after it in the same box, `end` everything after it once the article has started.',
    '',
    '| Rule | Kind | Looks at | Scope | Languages | Why |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

/** The README with the table between the markers replaced; throws when a marker is missing. */
export function withTable(readme: string, table: string = rulesTable()): string {
  const start = readme.indexOf(START_MARKER)
  const end = readme.indexOf(END_MARKER)
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md needs ${START_MARKER} and ${END_MARKER}, in that order`)
  return `${readme.slice(0, start + START_MARKER.length)}\n${table}\n${readme.slice(end)}`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync(README, 'utf8')
  const updated = withTable(readme)
  if (updated === readme) {
    console.log('README.md rules table is up to date')
  } else {
    writeFileSync(README, updated)
    console.log(`README.md rules table written (${RULES.length} rules)`)
  }
}
