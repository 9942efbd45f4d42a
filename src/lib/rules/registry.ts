/**
 * The ordered registry of built-in rules. The first rule that matches a block decides its kind,
 * so specific rules come before general ones: page chrome and ad labels first (unambiguous short
 * lines), then prompts (paywall, newsletter, cookie, donation), then lists (related, share), then
 * structure (navigation, comments, legal, author bio).
 */
import type { Rule } from '../types.js'
import { adRules } from './ad.js'
import { authorBioRules } from './author-bio.js'
import { chromeRules } from './chrome.js'
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
  ...paywallRules,
  ...newsletterRules,
  ...cookieRules,
  ...donationRules,
  ...relatedRules,
  ...shareRules,
  ...navigationRules,
  ...commentsRules,
  ...legalRules,
  ...authorBioRules,
] as const satisfies readonly Rule[]

/** The id of a built-in rule; a typo in `disableRules` does not compile. */
export type RuleId = (typeof RULES)[number]['id']

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id))
