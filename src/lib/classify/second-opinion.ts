/**
 * The second opinion (HTML): a second look at a page whose first answer is doubtful, over the same
 * blocks — no second parse, so it costs a fraction of the first pass whatever the page.
 *
 * 1. Doubtful: the body kept almost nothing of a page with plenty of text, or kept far less of the
 *    page's prose than the page holds (a class word removed the article's wrapper, the container
 *    caught one box of many).
 * 2. Look again with the class words set aside: blocks a built-in class-token rule removed are
 *    candidates again (page builders and CMSs put "menu", "footer", "widget" words on the
 *    article's own boxes); blocks a text rule or a site rule removed stay removed, whatever their
 *    box. The container is found again over those blocks.
 * 3. The second answer is taken when it keeps much more of the page's prose than the first; the
 *    blocks it restores are no longer reported as removed.
 */
import { perBlock, type Block } from '../blocks/block.js'
import { RULE_IDS } from '../rules/registry.js'
import type { BoilerplateKind, Rule } from '../types.js'
import type { Removal } from './apply-rules.js'
import { bodyWords, containerBody, type Classification } from './classify.js'
import { findContainer } from './container.js'
import type { Quality } from './quality.js'

/** Below this many body words the first answer is doubtful... */
export const UNSURE_BODY_WORDS = 80
/** ...when the page holds at least this many words of text outside links. */
const UNSURE_PAGE_WORDS = 250
/** A page with at least this many words of prose (good or near-good, unlinked)... */
const PLENTY_OF_PROSE = 300
/** ...whose body keeps less than this share of them is doubtful. */
const KEPT_PROSE_SHARE = 0.4
/**
 * When the first answer kept too little, only class words naming page furniture are set aside:
 * page builders put "menu", "nav", "footer", "share" and "ad" words on the boxes of an article too.
 * Boxes named as reader comments, teasers, biographies, appeals, sign-ups or consent stay out: they
 * hold prose that is not the article's. When it found almost nothing, every class word is set aside.
 */
const FURNITURE_KINDS: ReadonlySet<BoilerplateKind> = new Set<BoilerplateKind>(['navigation', 'share', 'ad', 'chrome', 'legal'])
/** The second answer is taken when it keeps at least this many times the first answer's prose. */
const BETTER_BY = 1.5
/**
 * After an empty first answer the second look climbs more readily than the first (container.ts): a
 * word of boilerplate weighs this much against a word of prose, so a listing's or a landing page's
 * sections are taken whole.
 */
const SECOND_LOOK_BOILERPLATE_WEIGHT = 1

/** A teaser's headline: a block at least this share link text... */
const TEASER_TITLE_LINK_DENSITY = 0.8
/** ...a few blocks before the summary (an author and a date line may come between)... */
const TEASER_TITLE_DISTANCE = 3
/** ...in the same card: their elements meet this many levels up at most. */
const TEASER_CARD_LEVELS = 3

/** Whether a block reads as a teaser's summary: a linked headline sits just before it in the same small box. */
function isTeaserSummary(blocks: readonly Block[], i: number): boolean {
  const element = blocks[i]?.element ?? null
  if (element === null) return false
  let card: typeof element | null = element
  for (let n = 0; n < TEASER_CARD_LEVELS && card?.parent != null; n++) card = card.parent
  for (let j = i - 1; j >= 0 && j >= i - TEASER_TITLE_DISTANCE; j--) {
    const title = blocks[j]!
    if (title.linkDensity < TEASER_TITLE_LINK_DENSITY) continue
    for (let el = title.element, n = 0; el !== null && n <= TEASER_CARD_LEVELS + 1; el = el.parent, n++) if (el === card) return true
  }
  return false
}

/** Unlinked words of good and near-good blocks among those `take` selects, teasers' summaries left out. */
function proseWords(blocks: readonly Block[], qualities: readonly Quality[], take: (i: number) => boolean): number {
  let words = 0
  blocks.forEach((block, i) => {
    const quality = qualities[i]
    if ((quality === 'good' || quality === 'near-good') && take(i) && !isTeaserSummary(blocks, i)) words += block.words * (1 - block.linkDensity)
  })
  return words
}

/**
 * Why the first answer is doubtful (step 1), or null when it is not: it found almost nothing
 * (`empty`), or it kept too little of the page's prose (`short`): the prose of blocks no rule
 * removed, and of blocks only a furniture class word removed.
 */
export function doubt(blocks: readonly Block[], classification: Classification, rules: readonly Rule[]): 'empty' | 'short' | null {
  let pageWords = 0
  for (const block of blocks) pageWords += block.words * (1 - block.linkDensity)
  if (bodyWords(blocks, classification) < UNSURE_BODY_WORDS && pageWords >= UNSURE_PAGE_WORDS) return 'empty'
  return keptTooLittle(proseKept(blocks, classification, rules)) ? 'short' : null
}

/** Words of prose the body keeps, and the page holds outside boxes only boilerplate would be in (step 1's measure). */
export interface ProseKept {
  kept: number
  page: number
}

/** The page's prose: blocks no rule removed, and blocks only a furniture class word removed (teasers' summaries left out). */
export function proseKept(blocks: readonly Block[], classification: Classification, rules: readonly Rule[]): ProseKept {
  const { body, qualities, removals } = classification
  const liftable = liftableRules(rules, 'short')
  return {
    kept: Math.round(proseWords(blocks, qualities, (i) => body[i] === true)),
    page: Math.round(proseWords(blocks, qualities, (i) => removals[i] === null || liftable.has(removals[i]!.rule))),
  }
}

/** Whether the body keeps too little of a page with plenty of prose. */
export function keptTooLittle({ kept, page }: ProseKept): boolean {
  return page >= PLENTY_OF_PROSE && kept < KEPT_PROSE_SHARE * page
}

/**
 * The ids of the rules whose removals the second look sets aside: built-in class-token rules (site
 * rules in options.rules are the caller's own knowledge of the page: never; nor rules naming a
 * third-party widget, whose box is never a site's article), all of them after an empty first
 * answer, those naming page furniture after a short one.
 */
function liftableRules(rules: readonly Rule[], why: 'empty' | 'short'): Set<string> {
  const lifted = rules.filter(
    (rule) => RULE_IDS.has(rule.id) && rule.match.text === undefined && rule.match.thirdParty !== true && (why === 'empty' || FURNITURE_KINDS.has(rule.kind)),
  )
  return new Set(lifted.map((rule) => rule.id))
}

/**
 * The second opinion (steps 2 and 3): a new classification when it keeps much more of the page's
 * prose than the first, else null. `rules` is the rule list the first pass used. When the first
 * found almost nothing, the container also climbs more readily (a listing or landing page is
 * the page's content); when it kept too little, only the class words are set aside.
 */
export function secondOpinion(blocks: readonly Block[], classification: Classification, rules: readonly Rule[], why: 'empty' | 'short'): Classification | null {
  const liftable = liftableRules(rules, why)
  const lifted = (removal: Removal | null): boolean => removal !== null && liftable.has(removal.rule)
  const removed = perBlock(blocks, (_, i) => {
    const removal = classification.removals[i] ?? null
    return removal !== null && !lifted(removal)
  })
  const container = findContainer(blocks, classification.qualities, removed, why === 'empty' ? { boilerplateWeight: SECOND_LOOK_BOILERPLATE_WEIGHT } : {})
  if (container === null) return null
  const second = containerBody(blocks, removed, container)
  const first = proseWords(blocks, classification.qualities, (i) => classification.body[i] === true)
  const kept = proseWords(blocks, classification.qualities, (i) => second.body[i] === true)
  if (kept < BETTER_BY * first || kept === 0) return null
  const removals = perBlock(blocks, (_, i) => {
    const removal = classification.removals[i] ?? null
    return second.body[i] === true && lifted(removal) ? null : removal
  })
  return { ...classification, ...second, removals }
}
