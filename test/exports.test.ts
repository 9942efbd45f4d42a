/** The public surface: exactly these runtime exports, nothing more by accident. */
import { describe, expect, it } from 'vitest'
import * as batch from '../src/batch.js'
import * as core from '../src/index.js'
import * as node from '../src/node.js'

const CORE = ['BOILERPLATE_KINDS', 'RULES', 'cleanArticle', 'toMarkdown', 'toPlainText']

describe('public exports', () => {
  it('the core entry (browsers, workers, Deno, Bun) exports exactly the documented functions and data', () => {
    expect(Object.keys(core).sort()).toEqual(CORE)
  })

  it("Node's entry adds the batch API, and clean-article/batch is the batch API alone", () => {
    expect(Object.keys(node).sort()).toEqual([...CORE, 'cleanArticles'].sort())
    expect(Object.keys(batch)).toEqual(['cleanArticles'])
    expect(node.cleanArticles).toBe(batch.cleanArticles)
  })
})
