/**
 * Builders for the text patterns of rules. Rules list phrases as data, by language; these turn
 * the lists into one case-insensitive, Unicode-aware regex, compiled once when the rule module
 * loads, and remember which languages each regex speaks (for the README table and the tests).
 * Phrases are literal text (escaped), so a rule can never introduce backtracking blow-ups:
 * every pattern is an alternation of literals with bounded gaps and tails.
 */

/** The languages built-in rules carry phrases for (BCP 47 primary tags). */
export const RULE_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru'] as const
export type RuleLanguage = (typeof RULE_LANGUAGES)[number]

/** Phrases of one pattern by language; `any` holds words no language owns (brand names, glyphs). */
export type Phrases = Partial<Record<RuleLanguage | 'any', readonly string[]>>

/** Regex metacharacters a phrase may contain; they are matched literally. A set, not a regex:
 * the patterns are built one character at a time at import, and a lookup is what that costs least. */
const SPECIAL = new Set('.*+?^${}()|[]\\/')

/** Trailing punctuation, glyphs and counters a button or heading may carry ("Comments (12)", "Share »"). */
const TAIL = String.raw`[\s\p{P}\p{S}\d]{0,12}`
/** Separators between the items of a link row or share bar: spaces, pipes, bullets, a counter's brackets. */
const SEPARATOR = String.raw`[\s\p{P}\p{S}]{1,6}`
/** No letter or digit touches the match on this side: phrases match whole words. */
const WORD_START = String.raw`(?<![\p{L}\p{N}])`
const WORD_END = String.raw`(?![\p{L}\p{N}])`
/** Flags of every built pattern: case-insensitive, Unicode; never global or sticky (`test` must not keep state). */
const FLAGS = 'iu'

const LANGUAGES = new WeakMap<RegExp, readonly RuleLanguage[]>()
/**
 * Per pattern, its key words: a match always holds one of them as a key token (below), so a text
 * without any of them needs no regex run. Built patterns get theirs from their phrases;
 * hand-written ones declare them (`withKeyWords`); absent when every text must be tried.
 */
const KEY_WORDS = new WeakMap<RegExp, ReadonlySet<string>>()
/**
 * Key tokens of a text: its runs of letters (a phrase's letter run is matched as a whole word:
 * nothing next to it in a phrase or around one is a letter), and single glyphs that rules are
 * made of and that letters cannot stand for (close buttons, copyright signs, breadcrumb arrows).
 */
const KEY_TOKEN = /\p{L}+|[©ⓒ×✕✖✗╳›»>/|•·]/gu
/** The one letter whose case folding (what `iu` patterns compare) differs from its lower case:
 * long s matches `s`. */
const LONG_S = /ſ/g

/** The key words of a pattern, or undefined when every text must be tried. */
export function keyWordsOf(pattern: RegExp | undefined): ReadonlySet<string> | undefined {
  return pattern && KEY_WORDS.get(pattern)
}

/** A text's key tokens, as key words are compared: lower case, long s as s. */
export function keyTokens(text: string): string[] {
  const lower = text.toLowerCase()
  return (lower.includes('ſ') ? lower.replace(LONG_S, 's') : lower).match(KEY_TOKEN) ?? []
}

/**
 * Declares the key words of a hand-written pattern: every text it matches holds one of them as a
 * key token. test/rule-filter.test.ts checks the declaration on every benchmark block.
 */
export function withKeyWords(pattern: RegExp, words: readonly string[]): RegExp {
  KEY_WORDS.set(pattern, new Set(words.map((word) => word.toLowerCase())))
  return pattern
}

/** The key words of a phrase list (see keyWordsIn), for a hand-written pattern made of it. */
export function keyWordsOfPhrases(phrases: Phrases): readonly string[] {
  const keys = keyWordsIn(allPhrases(phrases))
  if (keys === undefined) throw new Error('every phrase needs a letter or a key glyph')
  return [...keys]
}

/**
 * One key word per phrase (its longest run of letters, the rarest in text; else a glyph), or
 * undefined when a phrase has neither.
 */
function keyWordsIn(phrases: readonly string[]): ReadonlySet<string> | undefined {
  const keys = new Set<string>()
  for (const phrase of phrases) {
    const tokens = keyTokens(phrase)
    if (tokens.length === 0) return undefined
    keys.add(tokens.reduce((best, token) => (token.length > best.length ? token : best)))
  }
  return keys
}

/** The languages whose phrases a built pattern holds, in `RULE_LANGUAGES` order; none for other regexes. */
export function languagesOf(pattern: RegExp | undefined): readonly RuleLanguage[] {
  return (pattern && LANGUAGES.get(pattern)) ?? []
}

/** Records the languages of a hand-written pattern (one whose words come from these languages). */
export function withLanguages(pattern: RegExp, languages: readonly RuleLanguage[]): RegExp {
  LANGUAGES.set(pattern, RULE_LANGUAGES.filter((language) => languages.includes(language)))
  return pattern
}

function languagesIn(phrases: Phrases): RuleLanguage[] {
  return RULE_LANGUAGES.filter((language) => (phrases[language]?.length ?? 0) > 0)
}

function allPhrases(phrases: Phrases): string[] {
  return Object.values(phrases).flatMap((list) => [...(list ?? [])])
}

/** One character of a phrase as regex source: metacharacters escaped, apostrophes and spaces widened. */
function literalChar(char: string): string {
  if (char === "'") return "['’]"
  if (char === ' ') return String.raw`\s+`
  return SPECIAL.has(char) ? `\\${char}` : char
}

/** A prefix tree of phrases, character by character; `end` marks where a phrase stops. */
interface TrieNode {
  end: boolean
  next: Map<string, TrieNode>
}

function trieOf(phrases: readonly string[]): TrieNode {
  const root: TrieNode = { end: false, next: new Map() }
  for (const phrase of phrases) {
    let node = root
    for (const char of phrase) {
      let child = node.next.get(char)
      if (child === undefined) {
        child = { end: false, next: new Map() }
        node.next.set(char, child)
      }
      node = child
    }
    node.end = true
  }
  return root
}

/** Regex source for the phrases below a trie node; longer continuations are tried first (greedy `?`). */
function trieSource(node: TrieNode): string {
  const branches: string[] = []
  for (const [char, child] of node.next) branches.push(literalChar(char) + trieSource(child))
  if (branches.length === 0) return ''
  if (node.end) return `(?:${branches.join('|')})?`
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`
}

/**
 * One pattern for every phrase, as a prefix tree ("share (?:this (?:article|story)|on)"): the same
 * language as a plain alternation, but far smaller, so it compiles fast even with case folding.
 */
export function alternation(phrases: Phrases): string {
  const list = [...new Set(allPhrases(phrases).map((phrase) => phrase.toLowerCase()))]
  if (list.length === 0) throw new Error('a rule pattern needs at least one phrase')
  return trieSource(trieOf(list))
}

/** The phrases of several lists together, language by language. */
export function merge(...lists: readonly Phrases[]): Phrases {
  const merged: Record<string, string[]> = {}
  for (const list of lists) {
    for (const [language, phrases] of Object.entries(list)) merged[language] = [...(merged[language] ?? []), ...(phrases ?? [])]
  }
  return merged
}

function build(source: string, languages: readonly RuleLanguage[], keys: ReadonlySet<string> | undefined): RegExp {
  const pattern = withLanguages(new RegExp(source, FLAGS), languages)
  if (keys !== undefined) KEY_WORDS.set(pattern, keys)
  return pattern
}

/** The whole block is one of the phrases (give or take punctuation and a counter). */
export function whole(phrases: Phrases): RegExp {
  return build(String.raw`^${TAIL}(?:${alternation(phrases)})${TAIL}$`, languagesIn(phrases), keyWordsIn(allPhrases(phrases)))
}

/** The block starts with one of the phrases, followed by a word boundary. */
export function starts(phrases: Phrases): RegExp {
  return build(String.raw`^${TAIL}(?:${alternation(phrases)})${WORD_END}`, languagesIn(phrases), keyWordsIn(allPhrases(phrases)))
}

/** One of the phrases occurs anywhere in the block as whole words. */
export function contains(phrases: Phrases): RegExp {
  return build(String.raw`${WORD_START}(?:${alternation(phrases)})${WORD_END}`, languagesIn(phrases), keyWordsIn(allPhrases(phrases)))
}

/**
 * The block is a row of `min` to `max` of the phrases and nothing else ("Privacy | Terms | Cookies",
 * "Terms of Service Privacy Notice"): a footer link row as copied.
 */
export function row(phrases: Phrases, min: number, max: number): RegExp {
  const item = `(?:${alternation(phrases)})`
  return build(String.raw`^${TAIL}(?:${item}(?:${SEPARATOR}(?!$)|${TAIL}$)){${min},${max}}$`, languagesIn(phrases), keyWordsIn(allPhrases(phrases)))
}

/** A pair of phrase lists: a verb or opener, and what it must lead to within a short gap. */
export type PhrasePair = readonly [first: readonly string[], then: readonly string[]]

/** Where the first phrase of a `followedBy` pattern may stand. */
export type Opening = 'block' | 'sentence'

/** The start of the block, or of any sentence in it, give or take quotes and a counter. */
const OPENINGS: Record<Opening, string> = {
  block: `^${TAIL}`,
  sentence: String.raw`(?:^|[.!?:]\s+)${TAIL}`,
}

/**
 * A phrase of the first list opening the block or a sentence, then within `gap` characters of the
 * same sentence a phrase of the second, per language. Calls to action open their sentence ("Sign
 * up for our free daily newsletter", "Follow us on Instagram"); reporting does not ("people who
 * follow her on Instagram", "you can also subscribe to this newsletter").
 */
export function followedBy(pairs: Partial<Record<RuleLanguage, PhrasePair>>, gap: number, at: Opening): RegExp {
  const languages = RULE_LANGUAGES.filter((language) => pairs[language] !== undefined)
  const opening = OPENINGS[at]
  const sources = languages.map((language) => {
    const [first, then] = pairs[language]!
    return String.raw`${opening}(?:${alternation({ [language]: first })})${WORD_END}[^.!?\n]{0,${gap}}?${WORD_START}(?:${alternation({ [language]: then })})${WORD_END}`
  })
  // Every match holds a phrase of a second list ("newsletter", "Instagram"): the rarer words.
  return build(sources.join('|'), languages, keyWordsIn(languages.flatMap((language) => pairs[language]![1])))
}

/** Either pattern matches: one regex for a rule that has two shapes. Both must be built here. */
export function either(...patterns: readonly RegExp[]): RegExp {
  if (patterns.some((pattern) => pattern.flags !== FLAGS)) throw new Error(`either() joins patterns with flags ${FLAGS} only`)
  const languages = RULE_LANGUAGES.filter((language) => patterns.some((pattern) => languagesOf(pattern).includes(language)))
  const keys = patterns.map((pattern) => KEY_WORDS.get(pattern))
  const union = keys.every((set) => set !== undefined) ? new Set(keys.flatMap((set) => [...set!])) : undefined
  return build(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), languages, union)
}
