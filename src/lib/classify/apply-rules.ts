/**
 * Rule matching and the spread of a match over its section. A rule names what it matches;
 * this module decides which blocks each match removes.
 */
import { perBlock, type Block, type ElementRef } from '../blocks/block.js'
import { keyTokens, keyWordsOf } from '../rules/patterns.js'
import type { BoilerplateKind, Rule } from '../types.js'

/** A rule without its own word limit never touches a block longer than this: long prose is safe by default. */
export const DEFAULT_RULE_MAX_WORDS = 25
/** Ancestors looked at for class tokens and good-text sums: deeper nesting is generated markup. */
const MAX_ANCESTORS = 100
/** A section spreads over following blocks of its group up to this size (appeal lines, buttons), never over long prose. */
const SECTION_SPREAD_MAX_WORDS = 40
/** ...and stops at good prose of this many words that no rule names: an article paragraph after a plug sentence. */
const SECTION_SPREAD_PROSE_WORDS = 25

/**
 * Kinds of text rules that never match a picture's caption or credit (the caption finder has
 * named it before rules run): a slash credit ("Jane Roe / Reuters", "The ferry. Jane Roe / Getty
 * Images") reads as a breadcrumb trail. Class-token rules still apply: a caption inside a <nav>
 * is the menu's.
 */
const NOT_FOR_CAPTIONS: ReadonlySet<BoilerplateKind> = new Set(['navigation'])

export interface Removal {
  kind: BoilerplateKind
  rule: string
}

/**
 * A pattern opening with this word-start lookbehind pays for it at every position of every
 * block. Without it the pattern matches a superset (an assertion only ever rules matches out),
 * and is much quicker to fail, so it is tried first: a miss without it is a miss with it.
 */
const LEADING_WORD_START = '(?<![\\p{L}\\p{N}])'
/** Each pattern's version without its leading word-start lookbehind, or null (none, or `test` keeps state). */
const RELAXED_PATTERNS = new WeakMap<RegExp, RegExp | null>()

function relaxedPattern(pattern: RegExp): RegExp | null {
  let relaxed = RELAXED_PATTERNS.get(pattern)
  if (relaxed === undefined) {
    relaxed = null
    if (!pattern.global && !pattern.sticky && pattern.source.startsWith(LEADING_WORD_START)) {
      try {
        relaxed = new RegExp(pattern.source.slice(LEADING_WORD_START.length), pattern.flags)
      } catch {
        // Not a pattern of its own without the prefix: test the pattern as it is.
      }
    }
    RELAXED_PATTERNS.set(pattern, relaxed)
  }
  return relaxed
}

/** True when the text conditions of a rule hold for the block (token conditions are checked per element). */
export function textMatches(rule: Rule, block: Block): boolean {
  const { text, maxWords = DEFAULT_RULE_MAX_WORDS } = rule.match
  if (text === undefined || block.words > maxWords || (isCaption(block) && NOT_FOR_CAPTIONS.has(rule.kind))) return false
  const relaxed = relaxedPattern(text)
  return (relaxed === null || relaxed.test(block.text)) && text.test(block.text)
}

/** Elements that are the page itself: site builders write theme settings as their class words. */
const PAGE_TAGS: ReadonlySet<string> = new Set(['html', 'body'])

function ownTokenHit(rule: Rule, element: ElementRef): boolean {
  const tokens = rule.match.tokens
  return tokens !== undefined && !PAGE_TAGS.has(element.tag) && tokens.some((token) => element.tokens.includes(token))
}

/**
 * Class-token rules act on elements: a block is hit when its element or an ancestor carries a
 * rule's token. A protected element (one holding much of the page's prose) never counts as
 * hit, whatever its class says: a wrapper called "content-with-related" is not a related box.
 * A generic token (a rule's `genericTokens`) hits only an element that looks like boilerplate:
 * page builders call every box a "widget", news CMSs call their lead paragraph a "teaser".
 */
class TokenHits {
  private readonly memo = new Map<number, number>()
  /** Per class/id token, the token-only rules (indices in `rules`, ascending) that name it. */
  private readonly rulesByToken = new Map<string, number[]>()
  /** Per rule, its generic tokens, or null when every token of it is enough alone. */
  private readonly generic: (ReadonlySet<string> | null)[]
  constructor(
    private readonly rules: readonly Rule[],
    private readonly isProtected: (element: ElementRef) => boolean,
    private readonly looksLikeBoilerplate: (element: ElementRef) => boolean,
  ) {
    this.generic = rules.map((rule) => (rule.match.genericTokens === undefined ? null : new Set(rule.match.genericTokens)))
    rules.forEach((rule, i) => {
      if (rule.match.text !== undefined) return
      for (const token of rule.match.tokens ?? []) {
        const named = this.rulesByToken.get(token)
        if (named === undefined) this.rulesByToken.set(token, [i])
        else if (!named.includes(i)) named.push(i)
      }
    })
  }

  /** Index in `rules` of the token rule hitting the element, or -1. */
  hit(element: ElementRef | null): number {
    const pending: ElementRef[] = []
    let found = -1
    for (let el = element, depth = 0; el !== null && depth < MAX_ANCESTORS; el = el.parent, depth++) {
      const known = this.memo.get(el.id)
      if (known !== undefined) {
        found = known
        break
      }
      pending.push(el)
      const named = this.firstRuleNaming(el)
      const own = named !== -1 && this.isProtected(el) && this.rules[named]!.match.thirdParty !== true ? -1 : named
      if (own !== -1) {
        found = own
        break
      }
    }
    for (const el of pending) this.memo.set(el.id, found)
    return found
  }

  /**
   * The first token-only rule naming one of the element's own tokens with the evidence it needs,
   * or -1: a generic match counts only on an element that looks like boilerplate.
   */
  private firstRuleNaming(element: ElementRef): number {
    // The page's own class words are its theme settings ("tweak-blog-read-more-style-show"), never a box.
    if (PAGE_TAGS.has(element.tag)) return -1
    let first = -1
    let evidence: boolean | null = null
    for (const token of element.tokens) {
      const rules = this.rulesByToken.get(token)
      if (rules === undefined) continue
      for (const rule of rules) {
        if (first !== -1 && rule >= first) break
        if (this.generic[rule]?.has(token) === true && !(evidence ??= this.looksLikeBoilerplate(element))) continue
        first = rule
        break
      }
    }
    return first
  }
}

/**
 * Which text rules a block is worth trying, and their answers. A rule whose pattern has key words
 * (patterns.ts) can only match a block holding one of them, so the block's words are looked up
 * once and only the rules they name run their regex: most blocks name none. A text the page
 * repeats (a menu in the header and the footer, "Share" under every photo) is looked up once and
 * each regex runs once on it: rule patterns never have the g or y flag (options.ts refuses them),
 * so `test` keeps no state and a skipped repeat cannot change an answer.
 */
class TextRuleMatcher {
  /** Per repeated text: the rules its words name, and per rule 0 untested, 1 matches, 2 does not. */
  private readonly repeated = new Map<string, { named: Uint8Array; results: Uint8Array }>()
  /** The rules the current block's words name (1), for a text the page does not repeat. */
  private readonly named: Uint8Array
  private current = -1

  constructor(
    blocks: readonly Block[],
    private readonly index: KeyWordIndex,
  ) {
    this.named = new Uint8Array(index.filtered.length)
    const seen = new Set<string>()
    for (const block of blocks) {
      if (!seen.has(block.text)) seen.add(block.text)
      else if (!this.repeated.has(block.text)) this.repeated.set(block.text, { named: this.namedBy(block.text, new Uint8Array(this.named.length)), results: new Uint8Array(this.named.length) })
    }
  }

  /** `textMatches(rules[rule], block)` for block number `n` (the blocks come in order). */
  matches(rule: number, block: Block, n: number): boolean {
    const repeat = this.repeated.get(block.text)
    if (repeat === undefined) {
      if (this.current !== n) {
        this.current = n
        this.namedBy(block.text, this.named.fill(0))
      }
      return (!this.index.filtered[rule] || this.named[rule] === 1) && this.test(rule, block)
    }
    if (this.index.filtered[rule] && repeat.named[rule] !== 1) return false
    if (repeat.results[rule] === 0) repeat.results[rule] = this.test(rule, block) ? 1 : 2
    return repeat.results[rule] === 1
  }

  /** Marks in `named` the rules the key words of `text` name. */
  private namedBy(text: string, named: Uint8Array): Uint8Array {
    for (const word of keyTokens(text)) {
      const rules = this.index.rulesByWord.get(word)
      if (rules !== undefined) for (const i of rules) named[i] = 1
    }
    return named
  }

  private test(rule: number, block: Block): boolean {
    const relaxed = this.index.relaxed[rule] ?? null
    return (relaxed === null || relaxed.test(block.text)) && this.index.patterns[rule]!.test(block.text)
  }
}

/** The key words of a rule list, looked up by word; built once per list (the built-in list is one array). */
interface KeyWordIndex {
  /** Per key word, the indices of the rules it names. */
  rulesByWord: Map<string, number[]>
  /** Per rule: true when it has key words (else it is always tried). */
  filtered: boolean[]
  /** Per rule, its text pattern (undefined for a token-only rule) and that pattern without its leading lookbehind (or null). */
  patterns: (RegExp | undefined)[]
  relaxed: (RegExp | null)[]
}

const INDEXES = new WeakMap<readonly Rule[], KeyWordIndex>()

/** The index of a rule list, made again when the list or a rule's pattern has changed since (a caller's rule objects are theirs). */
function keyWordIndex(rules: readonly Rule[]): KeyWordIndex {
  let index = INDEXES.get(rules)
  if (index === undefined || index.patterns.length !== rules.length || rules.some((rule, i) => rule.match.text !== index!.patterns[i])) {
    const rulesByWord = new Map<string, number[]>()
    const filtered = rules.map((rule, i) => {
      const keys = keyWordsOf(rule.match.text)
      for (const key of keys ?? []) {
        const named = rulesByWord.get(key)
        if (named === undefined) rulesByWord.set(key, [i])
        else named.push(i)
      }
      return keys !== undefined
    })
    const patterns = rules.map((rule) => rule.match.text)
    index = { rulesByWord, filtered, patterns, relaxed: patterns.map((pattern) => (pattern === undefined ? null : relaxedPattern(pattern))) }
    INDEXES.set(rules, index)
  }
  return index
}

/** The first rule (in registry order) that matches each block, or null. */
export function matchRules(
  blocks: readonly Block[],
  rules: readonly Rule[],
  isProtected: (element: ElementRef) => boolean,
  looksLikeBoilerplate: (element: ElementRef) => boolean,
): (Rule | null)[] {
  const hasTokenRules = rules.some((rule) => rule.match.tokens !== undefined)
  const tokenHits = new TokenHits(rules, isProtected, looksLikeBoilerplate)
  const texts = new TextRuleMatcher(blocks, keyWordIndex(rules))
  return perBlock(blocks, (block, n) => {
    let byToken = hasTokenRules && block.element ? tokenHits.hit(block.element) : -1
    const tokenLimit = byToken === -1 ? undefined : rules[byToken]!.match.maxWords
    if (tokenLimit !== undefined && block.words > tokenLimit) byToken = -1
    const limit = byToken === -1 ? rules.length : byToken
    for (let i = 0; i < limit; i++) {
      const rule = rules[i]!
      const { text, maxWords = DEFAULT_RULE_MAX_WORDS } = rule.match
      if (text === undefined || block.words > maxWords || (isCaption(block) && NOT_FOR_CAPTIONS.has(rule.kind)) || !texts.matches(i, block, n)) continue
      if (rule.match.tokens === undefined || (block.element && withinTokens(rule, block.element))) return rule
    }
    return byToken === -1 ? null : rules[byToken]!
  })
}

/** Whether a block is a picture's caption or credit. */
function isCaption(block: Block): boolean {
  return block.role === 'caption' || block.role === 'credit'
}

function withinTokens(rule: Rule, element: ElementRef): boolean {
  for (let el: ElementRef | null = element, depth = 0; el !== null && depth < MAX_ANCESTORS; el = el.parent, depth++) {
    if (ownTokenHit(rule, el)) return true
  }
  return false
}

/**
 * Turns rule hits into removals.
 * - `block` rules remove their block.
 * - `section` rules also remove the short blocks that follow in the same group (the rest of an
 *   appeal box: its text and buttons), until a block with a hit of its own or a long block.
 * - `end` rules, once the article has started (`articleStarted(i)`), remove everything after
 *   them: a later block with a hit of another kind starts a new stretch of that kind; the
 *   others inherit the kind before them.
 *   Chrome hits inside a section (its buttons) are part of the section.
 */
export function spreadRemovals(
  blocks: readonly Block[],
  hits: readonly (Rule | null)[],
  articleStarted: (index: number) => boolean,
  isProse: (index: number) => boolean = () => false,
): (Removal | null)[] {
  const removals = perBlock<Removal | null>(blocks, (_, i) => {
    const rule = hits[i]
    return rule ? { kind: rule.kind, rule: rule.id } : null
  })
  let ending: Removal | null = null
  const lineGroups = everyLineAGroup(blocks)
  for (let i = 0; i < blocks.length; i++) {
    const own = hits[i]
    if (ending !== null) {
      if (own && own.kind !== 'chrome' && own.kind !== ending.kind) ending = { kind: own.kind, rule: own.id }
      removals[i] = ending
      continue
    }
    if (!own) continue
    reachBack(blocks, removals, i, { kind: own.kind, rule: own.id })
    const scope = own.scope ?? 'block'
    if (scope === 'end' && articleStarted(i)) {
      ending = { kind: own.kind, rule: own.id }
    } else if (scope === 'section' || scope === 'end') {
      i = spreadSection(blocks, hits, removals, i, { kind: own.kind, rule: own.id }, isProse, lineGroups)
    }
  }
  return removals
}

/** Kinds of box whose heading line sits above the line a rule recognises ("Get the Evening Digest" above "Sign up for our newsletter"). */
const BOX_KINDS: ReadonlySet<BoilerplateKind> = new Set<BoilerplateKind>(['newsletter', 'donation', 'paywall', 'cookie', 'author-bio'])
/** A box's own lines above the recognised one: its heading and a line of text at most. */
const BOX_LINES_BEFORE = 2

/**
 * Text door: a box's heading takes the box's kind. When a box kind's rule hits a line of a
 * blank-line group and the lines above it, from the group's start, are at most BOX_LINES_BEFORE
 * short lines no rule named, they are the box's heading and text.
 */
function reachBack(blocks: readonly Block[], removals: (Removal | null)[], hit: number, removal: Removal): void {
  const block = blocks[hit]!
  if (block.element !== null || !BOX_KINDS.has(removal.kind)) return
  let start = hit
  while (start > 0 && blocks[start - 1]!.group === block.group && hit - start < BOX_LINES_BEFORE) start--
  if (start > 0 && blocks[start - 1]!.group === block.group) return
  for (let j = start; j < hit; j++) if (removals[j] !== null || blocks[j]!.words >= SECTION_SPREAD_PROSE_WORDS) return
  for (let j = start; j < hit; j++) removals[j] = removal
}

/**
 * Text without a single blank line: every line is a group of its own, so a group says nothing
 * about where a box ends, and a section spreads over the lines that follow it while they are
 * sentences or hits of their own (still stopped by prose, long blocks and other kinds' hits).
 */
function everyLineAGroup(blocks: readonly Block[]): boolean {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.element !== null || (i > 0 && blocks[i - 1]!.group === block.group)) return false
  }
  return blocks.length > 1
}

/** A button of a box is a line of this many words at most ("Subscribe", "Sign up now"). */
const BOX_BUTTON_WORDS = 3

/** Spreads a section from `start` over its group (over following lines when `lineGroups`); returns the last index it covered. */
function spreadSection(
  blocks: readonly Block[],
  hits: readonly (Rule | null)[],
  removals: (Removal | null)[],
  start: number,
  removal: Removal,
  isProse: (index: number) => boolean,
  lineGroups: boolean,
): number {
  const group = blocks[start]?.group
  let last = start
  for (let j = start + 1; j < blocks.length; j++) {
    const block = blocks[j]
    const hit = hits[j]
    if (!block || block.words > SECTION_SPREAD_MAX_WORDS) break
    // Across lines (no groups to go by), only the box's sentences follow it: a headline or a caption after it is no part of it.
    if (block.group !== group && !(lineGroups && (hit || block.endsSentence))) break
    // Text door: a box's button in its group is the box's, whatever box rule names it ("Subscribe" under a newsletter sign-up is no paywall).
    const button = hit !== null && hit !== undefined && block.element === null && (hit.scope ?? 'block') === 'block' && BOX_KINDS.has(removal.kind) && BOX_KINDS.has(hit.kind) && block.group === group && block.words <= BOX_BUTTON_WORDS
    if (hit && hit.kind !== 'chrome' && hit.kind !== removal.kind && !button) break
    if (!hit && block.words >= SECTION_SPREAD_PROSE_WORDS && isProse(j)) break
    removals[j] = removal
    last = j
  }
  return last
}

/** Runs of each pattern that V8 needs to compile it fully: bytecode at the first, native code at the next. */
const COMPILING_RUNS = 2

/**
 * Compiles every text pattern of a rule list now instead of on the pages that first need it: V8
 * compiles a regex when it first runs, and the big case-insensitive phrase patterns take tens of
 * milliseconds each. For a batch worker's start-up (its pages' times and time limits then measure
 * the pages alone); results never depend on it.
 */
export function compileRules(rules: readonly Rule[]): void {
  const index = keyWordIndex(rules)
  for (let run = 0; run < COMPILING_RUNS; run++) {
    for (let i = 0; i < rules.length; i++) {
      index.relaxed[i]?.test('')
      index.patterns[i]?.test('')
    }
  }
}
