/**
 * Types of the rule options: `RuleId` is the union of the built-in rule ids, and `disableRules`
 * accepts only those, so a typo in a rule id is a compile error, not a silent no-op.
 */
import { describe, expectTypeOf, it } from 'vitest'
import { cleanArticle, RULES, type CleanArticleOptions, type Rule, type RuleId } from '../src/index.js'

describe('RuleId', () => {
  it('is the union of the built-in ids', () => {
    expectTypeOf<RuleId>().toEqualTypeOf<(typeof RULES)[number]['id']>()
    expectTypeOf<'donation/appeal-heading'>().toExtend<RuleId>()
    expectTypeOf<'cookie/consent-text'>().toExtend<RuleId>()
    expectTypeOf<RuleId>().toExtend<`${Rule['kind']}/${string}`>()
    expectTypeOf<'donation/no-such-rule'>().not.toExtend<RuleId>()
    expectTypeOf<string>().not.toExtend<RuleId>()
  })
})

describe('options', () => {
  it('types disableRules as rule ids and rules as Rule objects', () => {
    expectTypeOf<CleanArticleOptions['disableRules']>().toEqualTypeOf<RuleId[] | undefined>()
    expectTypeOf<CleanArticleOptions['rules']>().toEqualTypeOf<Rule[] | undefined>()
  })

  it('rejects a misspelt rule id at compile time', () => {
    cleanArticle('text', { disableRules: ['share/share-bar', 'newsletter/heading'] })
    // @ts-expect-error "share/sharebar" is not a built-in rule id
    cleanArticle('text', { disableRules: ['share/sharebar'] })
    // @ts-expect-error a plain string[] could hold anything
    cleanArticle('text', { disableRules: ['x'] as string[] })
  })

  it('rejects an unknown kind in keep and in a site rule', () => {
    cleanArticle('text', { keep: ['donation'], rules: [{ id: 'site/promo', kind: 'ad', reason: 'Promo box.', match: { tokens: ['promo'] } }] })
    // @ts-expect-error "donations" is not a kind
    cleanArticle('text', { keep: ['donations'] })
  })
})
