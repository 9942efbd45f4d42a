/**
 * The only throws: a wrong argument type (TypeError) or an option out of range (RangeError),
 * each with a message that names the argument or option.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle, type CleanArticleOptions, type Rule } from '../src/index.js'
import { cleanArticles, type BatchOptions } from '../src/node.js'

const rule = (overrides: Record<string, unknown>): Rule => ({ id: 'site/x', kind: 'ad', reason: 'A test rule.', match: { text: /x/ }, ...overrides }) as Rule
const call = (options: unknown) => (): unknown => cleanArticle('Some text.', options as CleanArticleOptions)

describe('cleanArticle arguments', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object', { html: '<p>x</p>' }],
    ['an array', ['<p>x</p>']],
    ['an ArrayBuffer', new ArrayBuffer(4)],
  ])('throws a TypeError for input that is %s', (_, input) => {
    expect(() => cleanArticle(input as unknown as string)).toThrow(TypeError)
    expect(() => cleanArticle(input as unknown as string)).toThrow(/^clean-article: input must be a string or a Uint8Array, not /)
  })

  it('accepts a Buffer, which is a Uint8Array', () => {
    expect(cleanArticle(Buffer.from('Some text.')).format).toBe('text')
  })
})

describe('options', () => {
  it('accepts nothing, undefined and null as "no options"', () => {
    expect(call(undefined)).not.toThrow()
    expect(call(null)).not.toThrow()
    expect(call({})).not.toThrow()
  })

  it.each<[string, unknown, ErrorConstructor, RegExp]>([
    ['options that are a string', 'html', TypeError, /options must be an object/],
    ['options that are an array', [], TypeError, /options must be an object/],
    ['an unknown format', { format: 'pdf' }, RangeError, /options\.format must be auto, html or text, not pdf/],
    ['a url that is not a string', { url: 42 }, TypeError, /options\.url must be a string/],
    ['a misspelt option', { fromat: 'html' }, TypeError, /unknown option "fromat": did you mean "format"\? \(known: format, url, keep, disableRules, rules, maxInputBytes, maxDepth\)/],
    ['an option in the wrong case', { maxdepth: 4 }, TypeError, /unknown option "maxdepth": did you mean "maxDepth"\?/],
    ['an option far from every name', { colour: 'red' }, TypeError, /unknown option "colour": did you mean "format"\?/],
    ['a url that is not a URL', { url: 'notaurl' }, RangeError, /options\.url must be an absolute http\(s\) URL, not "notaurl"/],
    ['a url without its scheme', { url: 'example.com/news/1' }, RangeError, /options\.url must be an absolute http\(s\) URL/],
    ['a url of another scheme', { url: 'javascript:alert(1)' }, RangeError, /options\.url must be an absolute http\(s\) URL/],
    ['keep that is not an array', { keep: 'ad' }, TypeError, /options\.keep must be an array of kinds/],
    ['an unknown kind to keep', { keep: ['adverts'] }, RangeError, /options\.keep has unknown kind "adverts"/],
    ['disableRules that is not an array', { disableRules: 'ad/label' }, TypeError, /options\.disableRules must be an array of rule ids/],
    ['an unknown rule id to disable', { disableRules: ['ad/nope'] }, RangeError, /options\.disableRules has unknown rule id "ad\/nope"/],
    ['rules that is not an array', { rules: rule({}) }, TypeError, /options\.rules must be an array of rules/],
    ['a rule that is not an object', { rules: [null] }, TypeError, /options\.rules\[0\] must be an object/],
    ['a rule without an id', { rules: [rule({ id: '' })] }, TypeError, /options\.rules\[0\]\.id must be a non-empty string/],
    ['a rule of an unknown kind', { rules: [rule({ kind: 'spam' })] }, TypeError, /options\.rules\[0\]\.kind must be one of/],
    ['a rule without a reason', { rules: [rule({ reason: undefined })] }, TypeError, /options\.rules\[0\]\.reason/],
    ['a rule without a match', { rules: [rule({ match: undefined })] }, TypeError, /options\.rules\[0\]\.match must be an object/],
    ['a rule matching nothing', { rules: [rule({ match: {} })] }, TypeError, /options\.rules\[0\]\.match needs text or tokens/],
    ['a rule whose text is a string', { rules: [rule({ match: { text: 'x' } })] }, TypeError, /options\.rules\[0\]\.match\.text must be a RegExp/],
    ['a rule whose text has the g flag', { rules: [rule({ match: { text: /x/g } })] }, RangeError, /options\.rules\[0\]\.match\.text must not have the g or y flag/],
    ['a rule whose text has the y flag', { rules: [rule({ match: { text: /x/y } })] }, RangeError, /must not have the g or y flag/],
    ['a rule whose tokens are not strings', { rules: [rule({ match: { tokens: [1] } })] }, TypeError, /options\.rules\[0\]\.match\.tokens must be an array of strings/],
    ['a rule with no tokens', { rules: [rule({ match: { tokens: [] } })] }, RangeError, /options\.rules\[0\]\.match\.tokens must be lower-case words without spaces/],
    ['a rule with an upper-case token', { rules: [rule({ match: { tokens: ['Share'] } })] }, RangeError, /match\.tokens must be lower-case words without spaces/],
    ['a rule with a token with a space', { rules: [rule({ match: { tokens: ['share bar'] } })] }, RangeError, /match\.tokens must be lower-case words without spaces/],
    ['a rule with maxWords 0', { rules: [rule({ match: { text: /x/, maxWords: 0 } })] }, RangeError, /options\.rules\[0\]\.match\.maxWords must be a positive integer/],
    ['generic tokens that are not strings', { rules: [rule({ match: { tokens: ['promo'], genericTokens: [1] as unknown as string[] } })] }, TypeError, /match\.genericTokens must be an array of strings/],
    ['a generic token the rule does not name', { rules: [rule({ match: { tokens: ['promo'], genericTokens: ['box'] } })] }, RangeError, /match\.genericTokens must be some of match\.tokens/],
    ['a rule with an unknown scope', { rules: [rule({ scope: 'page' })] }, TypeError, /options\.rules\[0\]\.scope must be block, section or end/],
    ['a rule with a misspelt key', { rules: [rule({ scop: 'end' })] }, TypeError, /unknown key in options\.rules\[0\] "scop": did you mean "scope"\?/],
    ['a rule match with a misspelt key', { rules: [rule({ match: { text: /x/, maxwords: 3 } })] }, TypeError, /unknown key in options\.rules\[0\]\.match "maxwords": did you mean "maxWords"\?/],
    ['two rules with one id', { rules: [rule({}), rule({})] }, RangeError, /rule id "site\/x" is used twice/],
    ['a rule with a built-in id', { rules: [rule({ id: 'chrome/close-glyph' })] }, RangeError, /rule id "chrome\/close-glyph" is used twice/],
    ['maxInputBytes that is a string', { maxInputBytes: '1MB' }, TypeError, /options\.maxInputBytes must be a number/],
    ['maxInputBytes of 0', { maxInputBytes: 0 }, RangeError, /options\.maxInputBytes must be a positive integer, not 0/],
    ['negative maxInputBytes', { maxInputBytes: -1 }, RangeError, /options\.maxInputBytes must be a positive integer/],
    ['fractional maxInputBytes', { maxInputBytes: 1.5 }, RangeError, /options\.maxInputBytes must be a positive integer/],
    ['maxInputBytes that is NaN', { maxInputBytes: Number.NaN }, RangeError, /options\.maxInputBytes must be a positive integer/],
    ['maxInputBytes that is Infinity', { maxInputBytes: Number.POSITIVE_INFINITY }, RangeError, /options\.maxInputBytes must be a positive integer/],
    ['maxDepth that is a string', { maxDepth: 'deep' }, TypeError, /options\.maxDepth must be a number/],
    ['maxDepth of 0', { maxDepth: 0 }, RangeError, /options\.maxDepth must be a positive integer, not 0/],
    ['fractional maxDepth', { maxDepth: 2.5 }, RangeError, /options\.maxDepth must be a positive integer/],
  ])('rejects %s', (_, options, type, message) => {
    expect(call(options)).toThrow(type)
    expect(call(options)).toThrow(message)
  })

  it('accepts valid limits and rules', () => {
    const article = cleanArticle('Some text.', {
      maxInputBytes: 5,
      maxDepth: 1,
      rules: [rule({ match: { text: /x/iu, tokens: ['share-bar'], maxWords: 3 }, scope: 'section' })],
      keep: ['ad'],
      disableRules: ['chrome/close-glyph'],
    })
    expect(article.warnings).toContain('input truncated to 5 characters')
  })
})

describe('batch options', () => {
  it('rejects a misspelt batch option before any worker starts, naming the closest', async () => {
    const batch = cleanArticles([{ text: 'Some text.' }], { job: 2 } as BatchOptions)
    await expect(batch.next()).rejects.toThrow(/^clean-article: unknown batch option "job": did you mean "jobs"\?/)
  })

  it('turns a page whose url is not a URL into an error result', async () => {
    const results = []
    for await (const result of cleanArticles([{ id: 'p', text: 'Some text.', url: '/relative/path' }], { jobs: 1 })) results.push(result)
    expect(results).toEqual([{ id: 'p', ms: 0, error: 'page url must be an absolute http(s) URL, not "/relative/path"' }])
  }, 60_000)
})
