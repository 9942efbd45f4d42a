/**
 * Names in a run of tokens: which tokens look like name words, where a run of them starts and
 * ends, and the name it holds once titles, function words, a leading organisation or role and
 * possessives are taken off ("US President Donald Trump's" names "Donald Trump").
 */

import {
  ABBREVIATED_TITLES,
  COMMON_NOUN_SUBJECTS,
  FULL_NAME_TITLES,
  FUNCTION_WORDS,
  NAME_PARTICLES,
  OFFICE_WORDS,
  ORGANISATION_HEADS,
  PLACE_PREPOSITIONS,
  ROLE_WORDS,
  SPEAKER_TITLES,
  TITLE_SUFFIXES,
} from './reporting-verbs.js'
import type { Token } from './tokens.js'

/** Names start with a capital letter. */
export const CAPITALISED = /^\p{Lu}/u

/** Arabic-style names with a lower-case particle: "al-Assad", "bin-Salman". */
const PARTICLE_NAME = /^(?:al|el|bin|ibn|abu|ul)-\p{Lu}/u

/** Possessive ending, stripped from names ("Atambayev's government" names Atambayev). */
const POSSESSIVE = /['’]s$/u

/** Plural possessive ending, kept with its word by TOKEN ("Edmunds' director"): the apostrophe is stripped. */
const PLURAL_POSSESSIVE = /(?<=s)['’]$/u

/** An initial with its period ("A." in "Sonya A. Zoghlin"): part of a name even where "A" is a word. */
const INITIAL_WITH_PERIOD = /^\p{Lu}\.$/u

/** An acronym ("NASA", "DL", "GOP"): an organisation or a role before a name, never a person's name word. */
export const ACRONYM = /^\p{Lu}{2,}$/u

/** Roman numerals, which end names ("John Smith III") and are no acronym. */
export const ROMAN_NUMERAL = /^[IVX]+$/u

/** Full names longer than this are phrases, not names. */
export const MAX_NAME_TOKENS = 5

/** A name right after a role and a place names the person, not the place ("envoy to Ukraine Kurt Volker"): this many words at least. */
const MIN_PLACE_AND_NAME_TOKENS = 3

export function isNameLike(token: Token | undefined): boolean {
  if (token === undefined || !token.word) return false
  if (token.text.endsWith('.') && INITIAL_WITH_PERIOD.test(token.text)) return true
  if (token.key === 'i' || FUNCTION_WORDS.has(token.key)) return false
  return CAPITALISED.test(token.text) || (token.text.includes('-') && PARTICLE_NAME.test(token.text))
}

/** Whether a word may end with a possessive: both endings close with "s" or an apostrophe, which most words do not. */
function mayBePossessive(text: string): boolean {
  const last = text[text.length - 1]
  return last === 's' || last === "'" || last === '’'
}

export function isPossessive(token: Token): boolean {
  return mayBePossessive(token.text) && (POSSESSIVE.test(token.text) || PLURAL_POSSESSIVE.test(token.text))
}

/** A name word as printed, without a possessive ending. */
function nameText(token: Token): string {
  return mayBePossessive(token.text) ? token.text.replace(POSSESSIVE, '').replace(PLURAL_POSSESSIVE, '') : token.text
}

/** A compound ends with a title suffix only when more than two letters longer than it: shorter words skip the search. */
const SHORTEST_TITLE_SUFFIX = Math.min(...TITLE_SUFFIXES.map((suffix) => suffix.length))

/**
 * A title word, a hyphenated title that starts with one ("Secretary-General", "President-elect"),
 * or a capitalised German compound that ends with one ("Innenministerin").
 */
export function isTitle(token: Token | undefined): boolean {
  if (token === undefined) return false
  const key = token.key.includes('.') ? token.key.replaceAll('.', '') : token.key
  if (SPEAKER_TITLES.has(key)) return true
  if (ABBREVIATED_TITLES.has(key) && token.text.endsWith('.') && CAPITALISED.test(token.text)) return true
  const hyphen = key.indexOf('-')
  if (hyphen >= 0 && SPEAKER_TITLES.has(key.slice(0, hyphen))) return true
  if (key.length <= SHORTEST_TITLE_SUFFIX + 2) return false
  return CAPITALISED.test(token.text) && TITLE_SUFFIXES.some((suffix) => key.length > suffix.length + 2 && key.endsWith(suffix))
}

/** An acronym or an organisation's last word: "Browns DL", "European Union" before a person's name. */
function endsOrganisationOrRole(token: Token): boolean {
  const bare = nameText(token)
  return (ACRONYM.test(bare) && !ROMAN_NUMERAL.test(bare)) || ORGANISATION_HEADS.has(bare.toLowerCase())
}

/**
 * Where a person's name starts in a run that opens with an organisation or a role ("Browns DL
 * Sheldon Richardson", "European Union Gordon Sondland"): after the last acronym or organisation
 * word that still leaves two words, none of them an acronym ("PFF CLE Browns" is one name).
 */
function personStart(tokens: readonly Token[]): number {
  let start = 0
  for (let k = 0; k + 2 < tokens.length; k++) {
    const token = tokens[k]
    if (token !== undefined && endsOrganisationOrRole(token)) start = k + 1
  }
  const rest = tokens.slice(start)
  return rest.some((t) => ACRONYM.test(nameText(t)) && !ROMAN_NUMERAL.test(nameText(t))) ? 0 : start
}

/**
 * When the words from `j` join a name run that reached `j - 1` — particles ("von der") or "of"
 * after a title ("Secretary of State") — the index of the name-like token they lead to, else -1.
 */
export function joinedNameAt(tokens: readonly Token[], j: number): number {
  const t = tokens[j]
  if (t === undefined || !t.word || CAPITALISED.test(t.text)) return -1
  const joins = NAME_PARTICLES.has(t.key) || (t.key === 'of' && isTitle(tokens[j - 1]))
  if (!joins) return -1
  let k = j + 1
  while (k < tokens.length && NAME_PARTICLES.has(tokens[k]?.key ?? '') && !CAPITALISED.test(tokens[k]?.text ?? '')) k++
  return isNameLike(tokens[k]) ? k : -1
}

/** Maximal runs of name-like tokens, as [start, end) index pairs. A possessive ends a run. */
export function nameRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]
    if (t === undefined || !isNameLike(t)) {
      i++
      continue
    }
    let j = i + 1
    let last = t
    while (j < tokens.length && !isPossessive(last)) {
      const next = isNameLike(tokens[j]) ? j : joinedNameAt(tokens, j)
      const token = tokens[next]
      if (token === undefined) break
      last = token
      j = next + 1
    }
    runs.push([i, j])
    i = j
  }
  return runs
}

/**
 * The name in a run of capitalised tokens: function words, titles, a leading organisation or
 * role, and possessives removed. A lone common noun ("Police", "Witnesses") names nobody.
 */
export function cleanName(run: readonly Token[]): string[] {
  let tokens = run.slice()
  while (tokens[0] !== undefined && FUNCTION_WORDS.has(tokens[0].key) && !isNameLike(tokens[0])) tokens = tokens.slice(1)
  const head = tokens[tokens.length - 1]
  if (head === undefined) return []
  if (!ORGANISATION_HEADS.has(nameText(head).toLowerCase())) {
    if (isTitle(head)) return []
    let lastTitle = -1
    tokens.forEach((t, k) => {
      if (isTitle(t) || (FULL_NAME_TITLES.has(t.key) && tokens.length - k > 2)) lastTitle = k
    })
    tokens = tokens.slice(lastTitle + 1)
    if (tokens[0]?.key === 'of') {
      tokens = tokens.slice(1)
      while (tokens.length > 1 && OFFICE_WORDS.has(tokens[0]?.key ?? '')) tokens = tokens.slice(1)
    }
    tokens = tokens.slice(personStart(tokens))
  }
  const only = tokens.length === 1 ? tokens[0] : undefined
  if (only !== undefined && COMMON_NOUN_SUBJECTS.has(nameText(only).toLowerCase())) return []
  return tokens.map(nameText)
}

/**
 * Whether the run [start, end) follows a role and a preposition, so it opens with the place or
 * body the role serves: "special envoy to Ukraine Kurt Volker", "ambassador to the European Union
 * Gordon Sondland". Such a run of three words or more names the person without its first word;
 * a run that ends like an organisation ("president of the American Farm Bureau") is no person.
 */
export function followsRoleAndPlace(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start < MIN_PLACE_AND_NAME_TOKENS || ORGANISATION_HEADS.has(tokens[end - 1]?.key ?? '')) return false
  let k = start - 1
  if (tokens[k]?.key === 'the') k--
  if (!PLACE_PREPOSITIONS.has(tokens[k]?.key ?? '')) return false
  const role = tokens[k - 1]
  return role !== undefined && (isTitle(role) || ROLE_WORDS.has(role.key))
}

/** The name of the run [start, end), without a place that opens it after a role (see followsRoleAndPlace). */
export function runName(tokens: readonly Token[], start: number, end: number): string[] {
  const from = followsRoleAndPlace(tokens, start, end) ? start + 1 : start
  return cleanName(tokens.slice(from, end))
}

/** Whole phrase is a name ("Maria Zakharova", "the Kremlin", "but General Mark Milley"), as in an appositive. */
export function pureName(phrase: readonly Token[]): string[] {
  let rest = phrase
  while (rest[0] !== undefined && FUNCTION_WORDS.has(rest[0].key) && !isNameLike(rest[0])) rest = rest.slice(1)
  if (rest.length === 0 || rest.length > MAX_NAME_TOKENS + 2) return []
  const runs = nameRuns(rest)
  const run = runs[0]
  if (runs.length !== 1 || run === undefined || run[0] !== 0 || run[1] !== rest.length) return []
  return cleanName(rest)
}
