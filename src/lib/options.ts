/**
 * Options: one object, documented defaults, validated once per call. Wrong types throw a
 * TypeError and out-of-range values a RangeError, with a message that says which option.
 */
import { RULES, RULE_IDS } from './rules/registry.js'
import { closest } from './closest.js'
import { BOILERPLATE_KINDS, type BoilerplateKind, type CleanArticleOptions, type Rule, type RuleMatch } from './types.js'

/** Default input limit: 16 MiB is far above any real article page and bounds time and memory. */
export const DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024
/** Default HTML nesting limit: Chromium's parser stops nesting at 512 too, real pages stay under 100,
 * and the parser's cost per tag grows with the depth. */
export const DEFAULT_MAX_DEPTH = 512
/** Regex flags that make `test()` remember where it stopped, so one rule would answer differently
 * for the same block depending on the blocks before it. */
const STATEFUL_FLAGS = /[gy]/
/** A class/id/role token as the HTML walk produces them: lower case, no spaces. */
const TOKEN = /^[^\sA-Z]+$/
const FORMATS = ['auto', 'html', 'text'] as const
/** The URL schemes a page can have: its URL makes image URLs absolute and becomes `canonicalUrl`. */
const PAGE_URL_PROTOCOLS = new Set(['http:', 'https:'])

/** Every option's name, for the unknown-key check (a typo like `fromat` must not pass silently). */
const OPTION_KEYS = ['format', 'url', 'keep', 'disableRules', 'rules', 'maxInputBytes', 'maxDepth'] as const satisfies readonly (keyof CleanArticleOptions)[]
const RULE_KEYS = ['id', 'kind', 'reason', 'match', 'scope'] as const satisfies readonly (keyof Rule)[]
const MATCH_KEYS = ['text', 'tokens', 'genericTokens', 'maxWords', 'thirdParty'] as const satisfies readonly (keyof RuleMatch)[]
/** Compile-time checks that the key lists name every field of their types. */
const _allOptionKeys: Exclude<keyof CleanArticleOptions, (typeof OPTION_KEYS)[number]> extends never ? true : never = true
const _allRuleKeys: Exclude<keyof Rule, (typeof RULE_KEYS)[number]> extends never ? true : never = true
const _allMatchKeys: Exclude<keyof RuleMatch, (typeof MATCH_KEYS)[number]> extends never ? true : never = true

export interface ResolvedOptions {
  format: 'auto' | 'html' | 'text'
  url: string | null
  keep: ReadonlySet<BoilerplateKind>
  /** User rules first, then the built-in rules minus disabled ones and kept kinds. */
  rules: readonly Rule[]
  maxInputBytes: number
  maxDepth: number
}

function fail(message: string): never {
  throw new TypeError(`clean-article: ${message}`)
}

/** Throws a TypeError for a key of `value` that is not one of `known`, naming the nearest known one. */
export function rejectUnknownKeys(value: object, known: readonly string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) fail(`unknown ${where} "${key}": did you mean "${closest(key, known)}"? (known: ${known.join(', ')})`)
  }
}

/** Whether `url` is an absolute http(s) URL, the kind a page has. */
export function isPageUrl(url: string): boolean {
  try {
    return PAGE_URL_PROTOCOLS.has(new URL(url).protocol)
  } catch {
    return false
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

/** A limit: a positive integer, else a TypeError (not a number) or RangeError (out of range). */
function limit(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number') fail(`options.${name} must be a number`)
  if (!Number.isInteger(value) || value <= 0) throw new RangeError(`clean-article: options.${name} must be a positive integer, not ${value}`)
  return value
}

/** Rule lists made for other options, kept so that calls with the same options share one list. */
const RULE_LISTS = new Map<string, { user: readonly Rule[]; rules: readonly Rule[] }>()
/** Option combinations kept; a caller cycling through more rebuilds lists (correct, only slower). */
const MAX_RULE_LISTS = 32

/**
 * The rules in force: the built-in list itself when nothing changes it, else a list made once per
 * combination of user rules, kept kinds and disabled ids. Rule matching keeps its lookup tables per
 * list, so a pipeline passing the same options for every page builds them once, not per page.
 */
function ruleList(user: readonly Rule[], keep: ReadonlySet<string>, disabled: ReadonlySet<string>): readonly Rule[] {
  if (user.length === 0 && keep.size === 0 && disabled.size === 0) return RULES
  const key = `${[...keep].sort().join(',')}|${[...disabled].sort().join(',')}|${user.map((rule) => rule.id).join(',')}`
  const known = RULE_LISTS.get(key)
  // Same ids are not enough: a caller may pass other rule objects (or change one) under an id.
  if (known !== undefined && known.user.length === user.length && known.user.every((rule, i) => rule === user[i])) return known.rules
  const rules = [...user, ...RULES].filter((rule) => !keep.has(rule.kind) && !disabled.has(rule.id))
  if (RULE_LISTS.size >= MAX_RULE_LISTS) RULE_LISTS.clear()
  RULE_LISTS.set(key, { user: [...user], rules })
  return rules
}

/** Checks one user rule; throws a TypeError naming the rule and the field. */
export function validateRule(rule: unknown, index: number): Rule {
  const where = `options.rules[${index}]`
  if (typeof rule !== 'object' || rule === null) fail(`${where} must be an object`)
  rejectUnknownKeys(rule, RULE_KEYS, `key in ${where}`)
  const r = rule as Partial<Rule>
  if (typeof r.id !== 'string' || r.id === '') fail(`${where}.id must be a non-empty string`)
  if (!BOILERPLATE_KINDS.includes(r.kind as BoilerplateKind)) fail(`${where}.kind must be one of ${BOILERPLATE_KINDS.join(', ')}`)
  if (typeof r.reason !== 'string' || r.reason === '') fail(`${where}.reason must say why the rule removes blocks`)
  const match = r.match
  if (typeof match !== 'object' || match === null) fail(`${where}.match must be an object`)
  rejectUnknownKeys(match, MATCH_KEYS, `key in ${where}.match`)
  if (match.text !== undefined && !(match.text instanceof RegExp)) fail(`${where}.match.text must be a RegExp`)
  if (match.text !== undefined && STATEFUL_FLAGS.test(match.text.flags)) {
    throw new RangeError(`clean-article: ${where}.match.text must not have the g or y flag (test() would depend on earlier blocks)`)
  }
  if (match.tokens !== undefined && !isStringArray(match.tokens)) fail(`${where}.match.tokens must be an array of strings`)
  if (match.tokens !== undefined && (match.tokens.length === 0 || !match.tokens.every((token) => TOKEN.test(token)))) {
    throw new RangeError(`clean-article: ${where}.match.tokens must be lower-case words without spaces, at least one`)
  }
  if (match.genericTokens !== undefined && !isStringArray(match.genericTokens)) fail(`${where}.match.genericTokens must be an array of strings`)
  if (match.genericTokens !== undefined && !match.genericTokens.every((token) => match.tokens?.includes(token))) {
    throw new RangeError(`clean-article: ${where}.match.genericTokens must be some of match.tokens`)
  }
  if (match.text === undefined && match.tokens === undefined) fail(`${where}.match needs text or tokens`)
  if (match.maxWords !== undefined && !(Number.isInteger(match.maxWords) && match.maxWords > 0)) {
    throw new RangeError(`clean-article: ${where}.match.maxWords must be a positive integer`)
  }
  if (match.thirdParty !== undefined && typeof match.thirdParty !== 'boolean') fail(`${where}.match.thirdParty must be a boolean`)
  if (r.scope !== undefined && !['block', 'section', 'end'].includes(r.scope)) fail(`${where}.scope must be block, section or end`)
  return r as Rule
}

export function resolveOptions(options: CleanArticleOptions | undefined): ResolvedOptions {
  if (options === undefined || options === null) options = {}
  if (typeof options !== 'object' || Array.isArray(options)) fail('options must be an object')
  const format = options.format ?? 'auto'
  if (!FORMATS.includes(format)) throw new RangeError(`clean-article: options.format must be auto, html or text, not ${String(format)}`)
  rejectUnknownKeys(options, OPTION_KEYS, 'option')
  if (options.url !== undefined && typeof options.url !== 'string') fail('options.url must be a string')
  if (options.url !== undefined && !isPageUrl(options.url)) {
    throw new RangeError(`clean-article: options.url must be an absolute http(s) URL, not "${options.url}"`)
  }
  const keep = options.keep ?? []
  if (!isStringArray(keep)) fail('options.keep must be an array of kinds')
  for (const kind of keep) {
    if (!BOILERPLATE_KINDS.includes(kind)) throw new RangeError(`clean-article: options.keep has unknown kind "${kind}"`)
  }
  const disabled = options.disableRules ?? []
  if (!isStringArray(disabled)) fail('options.disableRules must be an array of rule ids')
  for (const id of disabled) {
    if (!RULE_IDS.has(id)) throw new RangeError(`clean-article: options.disableRules has unknown rule id "${id}"`)
  }
  const userRules = options.rules ?? []
  if (!Array.isArray(userRules)) fail('options.rules must be an array of rules')
  const validated = userRules.map(validateRule)
  const ids = new Set<string>()
  for (const rule of validated) {
    if (ids.has(rule.id) || RULE_IDS.has(rule.id)) throw new RangeError(`clean-article: rule id "${rule.id}" is used twice`)
    ids.add(rule.id)
  }
  const maxInputBytes = limit(options.maxInputBytes, 'maxInputBytes', DEFAULT_MAX_INPUT_BYTES)
  const maxDepth = limit(options.maxDepth, 'maxDepth', DEFAULT_MAX_DEPTH)
  const keepSet = new Set(keep)
  const disabledSet = new Set<string>(disabled)
  const rules = ruleList(validated, keepSet, disabledSet)
  return { format, url: options.url ?? null, keep: keepSet, rules, maxInputBytes, maxDepth }
}
