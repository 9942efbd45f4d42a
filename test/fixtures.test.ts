/**
 * Fixture runner: every folder in fixtures/ holds one page (input.txt or input.html), the full
 * expected result (expected.json) and optional checks (checks.json: mustContain /
 * mustNotContain strings for the article text, and the options to call with).
 * Expected files are rewritten only with UPDATE=1; a missing one fails the test.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { FIXTURE_NAMES as cases, FIXTURES_DIR as ROOT, fixtureInput } from './support/fixtures.js'

const UPDATE = process.env['UPDATE'] === '1'

describe('fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(10)
  })

  for (const name of cases) {
    it(name, () => {
      const dir = join(ROOT, name)
      const { file: inputFile, checks } = fixtureInput(name)
      const actual = cleanArticle(readFileSync(inputFile), checks.options)
      const expectedFile = join(dir, 'expected.json')
      if (UPDATE) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`)
      if (!existsSync(expectedFile)) throw new Error(`${name}: no expected.json (run with UPDATE=1 to write it, then check it by hand)`)
      const expected: unknown = JSON.parse(readFileSync(expectedFile, 'utf8'))
      expect(JSON.parse(JSON.stringify(actual))).toEqual(expected)
      const articleText = [actual.headline ?? '', ...actual.paragraphs].join('\n')
      for (const needle of checks.mustContain ?? []) expect(articleText, `must contain ${needle}`).toContain(needle)
      for (const needle of checks.mustNotContain ?? []) expect(articleText, `must not contain ${needle}`).not.toContain(needle)
      for (const block of actual.removed) {
        expect(block.kind).toBeTruthy()
        expect(block.rule).toBeTruthy()
      }
    })
  }
})
