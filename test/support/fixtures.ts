/**
 * The fixtures of fixtures/: each folder holds one page (input.html or input.txt), its expected
 * result (expected.json) and optional checks (checks.json: the options to call with, and strings
 * the article must or must not contain).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanArticle, type CleanArticle, type CleanArticleOptions } from '../../src/index.js'

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures')

export interface FixtureChecks {
  options?: CleanArticleOptions
  mustContain?: string[]
  mustNotContain?: string[]
}

/** The fixture folders' names, sorted. */
export const FIXTURE_NAMES: readonly string[] = readdirSync(FIXTURES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

/** A fixture's input file (input.html, else input.txt) and its checks. */
export function fixtureInput(name: string): { file: string; checks: FixtureChecks } {
  const dir = join(FIXTURES_DIR, name)
  const file = ['input.html', 'input.txt'].map((each) => join(dir, each)).find((each) => existsSync(each))
  if (file === undefined) throw new Error(`${name}: no input.html or input.txt`)
  const checksFile = join(dir, 'checks.json')
  const checks = existsSync(checksFile) ? (JSON.parse(readFileSync(checksFile, 'utf8')) as FixtureChecks) : {}
  return { file, checks }
}

/** A fixture's article, cleaned with the fixture's options. */
export function cleanFixture(name: string): CleanArticle {
  const { file, checks } = fixtureInput(name)
  return cleanArticle(readFileSync(file), checks.options)
}
