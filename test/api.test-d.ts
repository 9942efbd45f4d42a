/** Types of the public contract, checked by the compiler (vitest typecheck). */
import { describe, expectTypeOf, it } from 'vitest'
import { cleanArticle, type BoilerplateKind, type Caption, type CleanArticle, type ContentBlock, type ContentLink, type Quote, type RemovedBlock } from '../src/index.js'

describe('public types', () => {
  it('cleanArticle takes a string or bytes and returns a CleanArticle', () => {
    expectTypeOf(cleanArticle).parameter(0).toEqualTypeOf<string | Uint8Array>()
    expectTypeOf(cleanArticle).returns.toEqualTypeOf<CleanArticle>()
  })

  it('has the fields of the contract', () => {
    expectTypeOf<CleanArticle['format']>().toEqualTypeOf<'html' | 'text'>()
    expectTypeOf<CleanArticle['headline']>().toEqualTypeOf<string | null>()
    expectTypeOf<CleanArticle['caption']>().toEqualTypeOf<Caption | null>()
    expectTypeOf<CleanArticle['paragraphs']>().toEqualTypeOf<string[]>()
    expectTypeOf<CleanArticle['byline']>().toEqualTypeOf<string | null>()
    expectTypeOf<CleanArticle['authors']>().toEqualTypeOf<string[]>()
    expectTypeOf<CleanArticle['publishedAt']>().toEqualTypeOf<string | null>()
    expectTypeOf<CleanArticle['modifiedAt']>().toEqualTypeOf<string | null>()
    expectTypeOf<CleanArticle['description']>().toEqualTypeOf<string | null>()
    expectTypeOf<CleanArticle['image']>().toEqualTypeOf<string | null>()
    expectTypeOf<CleanArticle['siteName']>().toEqualTypeOf<string | null>()
    expectTypeOf<CleanArticle['quotes']>().toEqualTypeOf<Quote[]>()
    expectTypeOf<CleanArticle['removed']>().toEqualTypeOf<RemovedBlock[]>()
    expectTypeOf<Quote['speaker']>().toEqualTypeOf<string | null>()
    expectTypeOf<Quote['attribution']>().toEqualTypeOf<string | null>()
    expectTypeOf<Caption['credit']>().toEqualTypeOf<string | null>()
    expectTypeOf<BoilerplateKind>().toMatchTypeOf<RemovedBlock['kind']>()
  })

  it('types content by block type', () => {
    expectTypeOf<CleanArticle['content']>().toEqualTypeOf<ContentBlock[]>()
    expectTypeOf<ContentBlock['type']>().toEqualTypeOf<'paragraph' | 'heading' | 'list' | 'blockquote' | 'code' | 'table' | 'figure' | 'hr'>()
    expectTypeOf<Extract<ContentBlock, { type: 'heading' }>['level']>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6>()
    expectTypeOf<ContentLink>().toEqualTypeOf<{ start: number; end: number; text: string; href: string }>()
  })
})
