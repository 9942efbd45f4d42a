/**
 * The parse differential: on every HTML page of every benchmark set, the body text of our tree
 * agrees with the body text of parse5's (bench/quality/tree-differential.ts says how). A page that
 * disagrees is one where we would read different text than a browser shows.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { treeDisagreements } from '../bench/quality/tree-differential.ts'
import { DATA_DIR, loadTruth, readGzippedText, readPage, SETS } from '../bench/quality/sets.ts'

const READABILITY_PAGES = join(DATA_DIR, 'readability-pages')

describe('tree builder against parse5 on every benchmark page', () => {
  for (const set of SETS.filter((each) => each.door === 'html')) {
    it(`agrees on every ${set.name} page`, () => {
      const pages = loadTruth(set).map((row) => ({ id: row.id, html: readPage(set, row.id) }))
      expect(treeDisagreements(pages)).toEqual([])
    }, 300_000)
  }

  it("agrees on every page of Readability's test set", () => {
    const names = readdirSync(READABILITY_PAGES).filter((name) => name.endsWith('.html.gz') && !name.endsWith('.expected.html.gz'))
    const pages = names.map((name) => ({ id: name, html: readGzippedText(join(READABILITY_PAGES, name)) }))
    expect(treeDisagreements(pages)).toEqual([])
  }, 300_000)
})
