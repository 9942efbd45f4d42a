/**
 * The ordered registry of built-in rules. The first rule that matches a block decides its kind,
 * so specific rules come before general ones: page chrome and ad labels first (unambiguous short
 * lines), then prompts (newsletter before paywall, so a bare "Subscribe" button inside a sign-up
 * box is the box's; then cookie, donation), then lists (related, share), then
 * structure (legal before navigation, so a row of only legal links is legal and a mixed footer
 * row is navigation; then comments and author bio). Last, the button fallback: a <button> whose
 * label no rule names is chrome.
 */
import type { Rule } from '../types.js'
import { adRules } from './ad.js'
import { authorBioRules } from './author-bio.js'
import { chromeFallbackRules, chromeRules } from './chrome.js'
import { commentsRules } from './comments.js'
import { cookieRules } from './cookie.js'
import { donationRules } from './donation.js'
import { legalRules } from './legal.js'
import { navigationRules } from './navigation.js'
import { newsletterRules } from './newsletter.js'
import { paywallRules } from './paywall.js'
import { relatedRules } from './related.js'
import { shareRules } from './share.js'

export const RULES = [
  ...chromeRules,
  ...adRules,
  ...newsletterRules,
  ...paywallRules,
  ...cookieRules,
  ...donationRules,
  ...relatedRules,
  ...shareRules,
  ...legalRules,
  ...navigationRules,
  ...commentsRules,
  ...authorBioRules,
  ...chromeFallbackRules,
] as const satisfies readonly Rule[]

/** The id of a built-in rule; a typo in `disableRules` does not compile. */
export type RuleId = (typeof RULES)[number]['id']

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id))

/**
 * Built-in rules that take a discussion's replies for a comment section ("Comments" headings end
 * the article, "reply" and "discussion" boxes are comments): off on a page that says it is a
 * discussion thread. Comment-form prompts and counters stay boilerplate there too.
 */
const OFF_IN_DISCUSSIONS: ReadonlySet<RuleId> = new Set<RuleId>(['comments/heading', 'comments/thread-title', 'comments/section-class'])
const DISCUSSION_RULES = new WeakMap<readonly Rule[], readonly Rule[]>()

/** The rules for a discussion thread: `rules` without the built-in ones that remove replies (one list per `rules`). */
export function rulesForDiscussion(rules: readonly Rule[]): readonly Rule[] {
  let kept = DISCUSSION_RULES.get(rules)
  if (kept === undefined) {
    kept = rules.filter((rule) => !(OFF_IN_DISCUSSIONS as ReadonlySet<string>).has(rule.id))
    DISCUSSION_RULES.set(rules, kept)
  }
  return kept
}
