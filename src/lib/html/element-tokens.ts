/**
 * The tokens an element is known by in class-token rules: the words of its class and id values,
 * whole and split ("share-bar" also yields "share" and "bar"; "author-bio-box" also "author-bio"
 * and "bio-box"), `role:x`, `itemprop:x`, and `tag:x` for landmarks and controls.
 */
import type { HtmlElement } from './dom.js'
import { TOKEN_TAGS } from './tags.js'

/** Runs of whitespace between class names. */
const WHITESPACE = /\s+/
/** Words of class and id values, split so "share-bar" yields "share" and "bar". */
const TOKEN_SPLIT = /[\s_-]+/
/**
 * A BEM modifier starts at "--" after the name of a class the element also carries: "content-header
 * content-header--simple-navigation" is a content header in its simple-navigation variant, not
 * navigation. The modifier's words are not tokens (the whole class word still is). Without the
 * base class beside it, "--" is no modifier (CSS modules print "style--links-menu-3jp6").
 */
const BEM_MODIFIER = '--'
/**
 * A class word saying what state its element is in, not what it is: "has-paywall" and
 * "with-sidebar" sit on the article that has them, "no-comments" on one without. Its parts are not
 * tokens (the whole word still is).
 */
const STATE_WORD = /^(?:has|with|without|no|is|show|hide)-/

/** One class or id value's whole words and their parts, kept per value (pages repeat their classes). */
export type TokenMemo = Map<string, { whole: readonly string[]; parts: readonly string[] }>

const NO_WORDS: readonly string[] = []
/** The tokens of a landmark tag without attributes, shared (tokens are never changed). */
const TAG_ONLY = new Map<string, readonly string[]>()

function valueWords(value: string, memo: TokenMemo): { whole: readonly string[]; parts: readonly string[] } {
  let known = memo.get(value)
  if (known !== undefined) return known
  const words = value.toLowerCase().split(WHITESPACE)
  const whole: string[] = []
  const parts: string[] = []
  let names: Set<string> | null = null
  for (const word of words) {
    if (word === '') continue
    whole.push(word)
    if (STATE_WORD.test(word)) continue
    const modifier = word.indexOf(BEM_MODIFIER)
    if (modifier > 0 && (names ??= new Set(words)).has(word.slice(0, modifier))) continue
    const split = word.split(TOKEN_SPLIT).filter((part) => part !== '')
    if (split.length < 2) continue
    for (const part of split) parts.push(part)
    // A longer name built on a known one ("author-bio-box", BEM "post__content") holds it as a hyphened pair.
    for (let i = 1; i < split.length; i++) {
      const pair = `${split[i - 1]}-${split[i]}`
      if (pair !== word) parts.push(pair)
    }
  }
  known = { whole, parts: parts.length === 0 ? NO_WORDS : parts }
  memo.set(value, known)
  return known
}

export function elementTokens(el: HtmlElement, tag: string, memo: TokenMemo): readonly string[] {
  const tokenTag = TOKEN_TAGS.has(tag)
  if (el.bare) return tokenTag ? tagOnly(tag) : NO_WORDS
  const classValue = el.getAttribute('class')
  const id = el.getAttribute('id')
  const role = el.getAttribute('role')
  const itemprop = el.getAttribute('itemprop')
  const classWords = classValue ? valueWords(classValue, memo) : null
  if (!id && !role && !itemprop && !tokenTag) {
    if (classWords === null) return NO_WORDS
    return classWords.parts.length === 0 ? classWords.whole : [...classWords.whole, ...classWords.parts]
  }
  const idWords = id ? valueWords(id, memo) : null
  const tokens = [...(classWords?.whole ?? NO_WORDS), ...(idWords?.whole ?? NO_WORDS)]
  if (role) tokens.push(`role:${role.toLowerCase()}`)
  if (itemprop) tokens.push(`itemprop:${itemprop.toLowerCase()}`)
  if (tokenTag) tokens.push(`tag:${tag}`)
  for (const part of classWords?.parts ?? NO_WORDS) tokens.push(part)
  for (const part of idWords?.parts ?? NO_WORDS) tokens.push(part)
  return tokens
}

function tagOnly(tag: string): readonly string[] {
  let tokens = TAG_ONLY.get(tag)
  if (tokens === undefined) {
    tokens = [`tag:${tag}`]
    TAG_ONLY.set(tag, tokens)
  }
  return tokens
}
