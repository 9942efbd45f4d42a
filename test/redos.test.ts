/**
 * No super-linear regexes: every regex of the library is checked with scslre, a static analyser
 * that finds polynomial and exponential backtracking (within one match attempt, and across the
 * start positions a search tries) for attack strings made of one repeated character.
 *
 * The regexes come from
 * 1. the source: every regex literal in src/**\/*.ts, found with the TypeScript compiler API;
 * 2. the modules as loaded: every RegExp built while src modules load (the rule registry's
 *    `match.text` patterns, credit and date patterns), seen through a RegExp constructor that
 *    records what it builds, plus every RegExp reachable from a module's exports.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { analyse } from 'scslre'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')
const SRC = join(ROOT, 'src')
/** The CLI runs when imported: its regexes are found in its source only. Other modules that cannot
 * be imported outside their setting (a worker thread's entry) are found the same way. */
const NOT_IMPORTED = /^src\/cli\//
/** How deep exports are searched for RegExp values (RULES → rule → match → text is 4). */
const MAX_EXPORT_DEPTH = 6
/** Where a regex was built, from a stack frame of the recording constructor. */
const SRC_FRAME = /(src\/[\w/.-]+\.ts):(\d+)/

/** Files that build regexes only at run time, from their caller's input, with why that is safe. */
const RUNTIME_BUILDERS: ReadonlyMap<string, string> = new Map([
  ['src/batch/sources.ts', 'globToRegex turns a glob typed on the command line into a regex; pages never reach it'],
  ['src/lib/classify/apply-rules.ts', 'relaxedPattern drops the leading lookbehind of a rule pattern already checked here: the same alternation, one assertion fewer'],
])

/** Regexes allowed to backtrack super-linearly, as `/source/flags`, with the reason it cannot be avoided. None so far. */
const ALLOWED: ReadonlyMap<string, string> = new Map()

interface Found {
  where: string
  source: string
  flags: string
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return tsFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

const FILES = tsFiles(SRC).map((path) => relative(ROOT, path))

/** Regex literals and the files that build regexes with the RegExp constructor. */
function scanSources(): { literals: Found[]; builders: Set<string> } {
  const literals: Found[] = []
  const builders = new Set<string>()
  for (const file of FILES) {
    const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true)
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source)
        const slash = text.lastIndexOf('/')
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
        literals.push({ where: `${file}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1) })
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        builders.add(file)
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return { literals, builders }
}

/** Every RegExp in a value, searched through objects and arrays. */
function regexesIn(value: unknown, where: string, out: Found[], depth = 0, seen = new Set<unknown>()): void {
  if (value instanceof RegExp) {
    out.push({ where, source: value.source, flags: value.flags })
    return
  }
  if (depth >= MAX_EXPORT_DEPTH || typeof value !== 'object' || value === null || seen.has(value)) return
  seen.add(value)
  const items = value instanceof Map || value instanceof Set ? [...value.values()] : Object.values(value)
  for (const item of items) regexesIn(item, where, out, depth + 1, seen)
}

/** Imports every src module with a recording RegExp constructor in place. */
async function loadModules(): Promise<{ built: Found[]; exported: Found[]; unimported: Set<string> }> {
  const built: Found[] = []
  const exported: Found[] = []
  const unimported = new Set(FILES.filter((file) => NOT_IMPORTED.test(file)))
  const Original = globalThis.RegExp
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const regex = Reflect.construct(target, args, newTarget) as RegExp
      const frame = SRC_FRAME.exec(new Error().stack ?? '')
      if (frame) built.push({ where: `${frame[1]}:${frame[2]}`, source: regex.source, flags: regex.flags })
      return regex
    },
  })
  try {
    for (const file of FILES) {
      if (unimported.has(file)) continue
      let module: Record<string, unknown>
      try {
        module = (await import(join(ROOT, file))) as Record<string, unknown>
      } catch {
        unimported.add(file)
        continue
      }
      for (const [name, value] of Object.entries(module)) regexesIn(value, `${file} export ${name}`, exported)
    }
  } finally {
    globalThis.RegExp = Original
  }
  return { built, exported, unimported }
}

const literal = (found: Found): string => `/${found.source}/${found.flags}`

/** What the analyser says is wrong with a regex, in one line, or nothing. */
function problems(found: Found): string[] {
  const reports = analyse({ source: found.source, flags: found.flags }).reports
  if (reports.length === 0) return []
  const growth = reports.some((report) => report.exponential) ? 'exponentially' : 'polynomially'
  const runs = [...new Set(reports.map((report) => JSON.stringify(report.character.pick)))].join(', ')
  return [`${found.where}: ${literal(found)} backtracks ${growth} on a long run of ${runs}`]
}

describe('ReDoS: every regex of the library matches in linear time', async () => {
  const { literals, builders } = scanSources()
  const { built, exported, unimported } = await loadModules()

  it('finds the regexes: literals in every module that has them, and those the RegExp constructor builds', () => {
    expect(literals.length).toBeGreaterThan(50)
    const buildingFiles = new Set(built.map((found) => found.where.replace(/:\d+$/, '')))
    for (const file of builders) {
      if (RUNTIME_BUILDERS.has(file)) continue
      expect(unimported.has(file), `${file} builds regexes but cannot be imported: build them in a library module`).toBe(false)
      expect(buildingFiles, `regexes built in ${file} when it loads were not seen`).toContain(file)
    }
    const ruleTexts = exported.filter((found) => found.where.includes('registry.ts export RULES'))
    expect(ruleTexts.length).toBeGreaterThan(20)
  })

  it('has no regex that backtracks super-linearly', () => {
    const unique = new Map<string, Found>()
    for (const found of [...literals, ...built, ...exported]) {
      if (!unique.has(literal(found)) && !ALLOWED.has(literal(found))) unique.set(literal(found), found)
    }
    expect([...unique.values()].flatMap(problems)).toEqual([])
  })

  it('allows exceptions only while they still backtrack', () => {
    for (const key of ALLOWED.keys()) {
      const slash = key.lastIndexOf('/')
      expect(problems({ where: 'ALLOWED', source: key.slice(1, slash), flags: key.slice(slash + 1) })).not.toEqual([])
    }
  })
})
