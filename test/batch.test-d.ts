/** The batch API's types: a result narrows on `if (r.error)`, as the README shows. */
import { describe, expectTypeOf, it } from 'vitest'
import type { BatchErrorMessage, BatchResult, CleanArticle } from '../src/node.js'

describe('BatchResult', () => {
  it('narrows to the article or the error on `if (r.error)`', () => {
    const use = (r: BatchResult): string | null => {
      if (r.error) {
        expectTypeOf(r.error).toEqualTypeOf<BatchErrorMessage>()
        expectTypeOf(r).not.toHaveProperty('headline')
        return r.error
      }
      expectTypeOf(r).toMatchTypeOf<CleanArticle & { id: string | number; ms: number }>()
      return r.headline
    }
    expectTypeOf(use).returns.toEqualTypeOf<string | null>()
  })

  it('an error message is a string, never the empty one', () => {
    expectTypeOf<BatchErrorMessage>().toMatchTypeOf<string>()
    expectTypeOf<''>().not.toMatchTypeOf<BatchErrorMessage>()
  })
})
