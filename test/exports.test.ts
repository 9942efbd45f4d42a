/** The public surface: exactly these runtime exports, nothing more by accident. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as batch from '../src/batch.js'
import * as core from '../src/index.js'
import * as node from '../src/node.js'
import * as output from '../src/output.js'
import * as unified from '../src/unified.js'

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

  it('clean-article/output has the unified-based writers, clean-article/unified the rehype plugin', () => {
    expect(Object.keys(output).sort()).toEqual(['toHast', 'toHtml', 'toMarkdown', 'toPlainText'])
    expect(Object.keys(unified)).toEqual(['rehypeCleanArticle'])
  })
})

/** The names an entry file exports, types included, read from its source. */
function exportedNames(file: string): string[] {
  const source = readFileSync(join(import.meta.dirname, '..', 'src', file), 'utf8')
  const names = new Set<string>()
  for (const [, list] of source.matchAll(/export (?:type )?\{([^}]*)\}/g)) {
    for (const item of list!.split(',')) {
      const name = item.trim().replace(/^type /, '')
      if (name !== '') names.add(name)
    }
  }
  return [...names]
}

describe('README', () => {
  it('documents every export of every entry, types included', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')
    const names = [...exportedNames('index.ts'), ...exportedNames('batch.ts'), ...exportedNames('output.ts'), ...exportedNames('unified.ts')]
    expect(names.length).toBeGreaterThan(15)
    expect(names.filter((name) => !readme.includes(`\`${name}\``) && !readme.includes(`\`${name}(`))).toEqual([])
  })
})
