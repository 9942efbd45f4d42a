/** The public surface: exactly these runtime exports, nothing more by accident. */
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('public exports', () => {
  it('exports exactly the documented functions and data', () => {
    expect(Object.keys(api).sort()).toEqual(['BOILERPLATE_KINDS', 'RULES', 'cleanArticle', 'cleanArticles', 'toMarkdown', 'toPlainText'])
  })
})
