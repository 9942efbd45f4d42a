/**
 * Stage 4a: the name index. Every name the article prints outside quotations, by surname, first
 * word and title, and every organisation; the fullest form of a name (the nearest earlier longer
 * form that ends with it, or the first later one) and the last person named with a title.
 */

import { NAME_SUFFIXES, ORGANISATION_HEADS, PLACE_FIRST_WORDS, PLACE_HEADS, SMALL_TITLE_WORDS } from './reporting-verbs.js'
import { type Candidate, comparePositions, type Mention, type Position } from './model.js'
import { ACRONYM, CAPITALISED, isTitle, MAX_NAME_TOKENS, nameRuns, ROMAN_NUMERAL, runName } from './names.js'
import type { ParagraphSegments } from './segments.js'
import { SENTENCE_END, type Token } from './tokens.js'

/**
 * Names the article prints: people's, two or more words, by surname ("Atambayev") and by first
 * word ("Liu"); by the titles printed before them ("President"); and every organisation's.
 */
interface NameIndex {
  bySurname: Map<string, Mention[]>
  byFirstWord: Map<string, Mention[]>
  byTitle: Map<string, Mention[]>
  organisations: Mention[]
}

/** A name without the suffixes that close it ("Jr.", "III"): its last word is the surname. */
function nameCore(name: readonly string[]): readonly string[] {
  let end = name.length
  while (end > 1 && NAME_SUFFIXES.has((name[end - 1] ?? '').toLowerCase().replaceAll('.', ''))) end--
  return name.slice(0, end)
}

export function isOrganisationName(name: readonly string[]): boolean {
  const last = name[name.length - 1] ?? ''
  return ORGANISATION_HEADS.has(last.toLowerCase()) || (name.length === 1 && ACRONYM.test(last) && !ROMAN_NUMERAL.test(last))
}

function addMention(index: Map<string, Mention[]>, key: string, mention: Mention): void {
  const mentions = index.get(key) ?? []
  mentions.push(mention)
  index.set(key, mentions)
}

/** The title words printed in a name run before the name ("US President Donald Trump": president). */
function runTitles(tokens: readonly Token[], start: number, end: number): string[] {
  const titles: string[] = []
  for (let k = start; k < end; k++) {
    const t = tokens[k]
    if (t !== undefined && isTitle(t)) titles.push(t.key.replaceAll('.', ''))
  }
  return titles
}

/** A Title-Case line has at least this many words: "Gold Star Mom Corners Obama". */
const MIN_HEADLINE_WORDS = 3

/**
 * A paragraph that is a Title-Case line without an end mark, as headlines and section heads are:
 * its names are no names of people ("Gold Star Mom Corners Obama" is no fuller form of Obama).
 */
export function isHeadlineLine(paragraph: ParagraphSegments): boolean {
  const tokens = paragraph.all.flatMap((segment) => segment.tokens)
  const last = tokens[tokens.length - 1]
  if (last === undefined || SENTENCE_END.has(last.text)) return false
  const words = tokens.filter((t) => t.word && !SMALL_TITLE_WORDS.has(t.key))
  return words.length >= MIN_HEADLINE_WORDS && words.every((t) => CAPITALISED.test(t.text))
}

/**
 * A place, not a person, though it opens a sentence like one ("South Korea sent …"): its first
 * word is a compass or place word, or its last a place's head (PLACE_FIRST_WORDS, PLACE_HEADS).
 */
export function isPlaceName(name: readonly string[]): boolean {
  return PLACE_FIRST_WORDS.has((name[0] ?? '').toLowerCase()) || PLACE_HEADS.has((name[name.length - 1] ?? '').toLowerCase())
}

/** Names in the text outside quotations, and `credits` (blockquote credits, which cover their paragraphs). */
function buildNameIndex(segments: readonly ParagraphSegments[], credits: readonly Mention[]): NameIndex {
  const index: NameIndex = { bySurname: new Map(), byFirstWord: new Map(), byTitle: new Map(), organisations: [] }
  const add = (mention: Mention, titles: readonly string[]): void => {
    const { name } = mention
    if (name.length > MAX_NAME_TOKENS) return
    const core = nameCore(name)
    const surname = core[core.length - 1]
    const first = core[0]
    if (surname === undefined || first === undefined) return
    if (isOrganisationName(name)) {
      if (ORGANISATION_HEADS.has(surname.toLowerCase())) index.organisations.push(mention)
      if (core.length >= 2) addMention(index.bySurname, surname, mention)
      return
    }
    for (const title of titles) addMention(index.byTitle, title, mention)
    if (core.length < 2) return
    addMention(index.bySurname, surname, mention)
    addMention(index.byFirstWord, first, mention)
  }
  for (const segment of segments.filter((p) => !isHeadlineLine(p)).flatMap((p) => p.all)) {
    for (const [start, end] of nameRuns(segment.tokens)) {
      const name = runName(segment.tokens, start, end)
      if (name.length > 0) add({ at: { paragraph: segment.paragraph, offset: segment.tokens[start]?.start ?? 0 }, name }, runTitles(segment.tokens, start, end))
    }
  }
  for (const credit of credits) add(credit, [])
  for (const list of [...index.bySurname.values(), ...index.byFirstWord.values(), ...index.byTitle.values(), index.organisations]) {
    list.sort((a, b) => comparePositions(a.at, b.at))
  }
  return index
}

function endsWith(longer: readonly string[], shorter: readonly string[]): boolean {
  const offset = longer.length - shorter.length
  return offset >= 0 && shorter.every((word, k) => longer[offset + k] === word)
}

/**
 * Longer forms of names the article prints. For each name asked about, the longest mentions that
 * end with it (suffixes aside: "Kennedy" is "James P. Kennedy Jr.") are found once and kept in
 * reading order; `fullest` then picks the nearest earlier one, or the first later one. A one-word
 * name no longer form ends with may be a family name printed first ("Liu" is "Liu Xiaming").
 */
export class FullNames {
  private readonly forms = new Map<string, Mention[]>()
  /** Per name asked about, its fuller forms, and per first word of them the longest: found once, asked once per quotation. */
  private readonly fuller = new Map<string, Mention[]>()
  private readonly personForms = new Map<string, Mention[]>()
  private readonly onePerson = new Map<string, boolean>()
  private readonly index: NameIndex

  constructor(index: NameIndex) {
    this.index = index
  }

  fullest(name: readonly string[], at: Position): readonly string[] {
    const forms = this.nearestPersonForms(name, this.longestForms(name), at)
    let low = 0
    let high = forms.length
    while (low < high) {
      const mid = (low + high) >>> 1
      const form = forms[mid]
      if (form !== undefined && comparePositions(form.at, at) <= 0) low = mid + 1
      else high = mid
    }
    return (forms[low - 1] ?? forms[0])?.name ?? name
  }

  /** Whether the article prints a longer form that ends with the name: a surname of someone it names in full. */
  hasFullerForm(name: readonly string[]): boolean {
    const core = nameCore(name)
    return (this.index.bySurname.get(core[core.length - 1] ?? '') ?? []).some(
      (mention) => mention.name.length > name.length && endsWith(nameCore(mention.name), core),
    )
  }

  /** The last person named with `title` before `at` ("the president" is "Donald Trump"). */
  withTitle(title: string, at: Position): Mention | undefined {
    return lastMentionBefore(this.index.byTitle.get(title) ?? [], at)
  }

  get organisations(): readonly Mention[] {
    return this.index.organisations
  }

  /**
   * Whether a longer form is two names run together ("investigate Joe Biden Volker: …" in a
   * flattened heading): the word before the shorter name is itself another person's surname.
   */
  private glued(longer: readonly string[], core: readonly string[]): boolean {
    const longerCore = nameCore(longer)
    const before = longerCore[longerCore.length - core.length - 1]
    return before !== undefined && before !== core[core.length - 1] && this.index.bySurname.has(before)
  }

  private longestForms(name: readonly string[]): Mention[] {
    const key = name.join(' ')
    const known = this.forms.get(key)
    if (known !== undefined) return known
    const longest = longestOf(this.fullerForms(name))
    this.forms.set(key, longest)
    return longest
  }

  /** Every longer form that ends with the name (or, for a lone word no form ends with, starts with it), in reading order. */
  private fullerForms(name: readonly string[]): Mention[] {
    const key = name.join(' ')
    let forms = this.fuller.get(key)
    if (forms === undefined) {
      forms = this.findFullerForms(name)
      this.fuller.set(key, forms)
    }
    return forms
  }

  private findFullerForms(name: readonly string[]): Mention[] {
    const core = nameCore(name)
    const bySurname = (this.index.bySurname.get(core[core.length - 1] ?? '') ?? []).filter(
      (mention) => mention.name.length > name.length && endsWith(nameCore(mention.name), core) && !this.glued(mention.name, core),
    )
    const byFirstWord = name.length === 1 && bySurname.length === 0 ? (this.index.byFirstWord.get(name[0] ?? '') ?? []) : []
    return [...bySurname, ...byFirstWord]
  }

  /**
   * When the fuller forms name different people (their first words differ: "Hillary Rodham
   * Clinton", "Bill Clinton"), the longest forms of the person named nearest before `at` (or
   * first after it); else the longest forms as they are.
   */
  private nearestPersonForms(name: readonly string[], longest: Mention[], at: Position): Mention[] {
    const fuller = this.fullerForms(name)
    const key = name.join(' ')
    let onePerson = this.onePerson.get(key)
    if (onePerson === undefined) {
      const first = fuller[0]?.name[0]
      onePerson = first === undefined || fuller.every((m) => m.name[0] === first)
      this.onePerson.set(key, onePerson)
    }
    if (onePerson) return longest
    // Fuller forms are in reading order (the index keeps its lists sorted).
    const nearestFirst = (lastMentionBefore(fuller, at) ?? fuller[0])?.name[0] ?? ''
    const formsKey = `${key}\u0000${nearestFirst}`
    let forms = this.personForms.get(formsKey)
    if (forms === undefined) {
      forms = longestOf(fuller.filter((m) => m.name[0] === nearestFirst))
      this.personForms.set(formsKey, forms)
    }
    return forms
  }
}

/** The mentions with the most words, in reading order; the article's own words before blockquote credits. */
function longestOf(mentions: readonly Mention[]): Mention[] {
  let longest: Mention[] = []
  for (const mention of mentions) {
    const best = longest[0]?.name.length ?? 0
    if (mention.name.length > best) longest = [mention]
    else if (mention.name.length === best) longest.push(mention)
  }
  const prose = longest.filter((mention) => mention.credit !== true)
  return prose.length > 0 ? prose : longest
}

/** The last mention strictly before `at`, by binary search over mentions in reading order. */
export function lastMentionBefore(mentions: readonly Mention[], at: Position): Mention | undefined {
  let low = 0
  let high = mentions.length
  while (low < high) {
    const mid = (low + high) >>> 1
    const mention = mentions[mid]
    if (mention !== undefined && comparePositions(mention.at, at) < 0) low = mid + 1
    else high = mid
  }
  return mentions[low - 1]
}

/** The names of the article: those printed outside quotations, and the credits of the kept blockquotes. */
export function articleNames(segments: readonly ParagraphSegments[], kept: readonly Candidate[]): FullNames {
  const credits = kept.flatMap((c) => (c.credit?.kind === 'named' ? [{ at: { paragraph: c.lastParagraph, offset: 0 }, name: c.credit.name, credit: true }] : []))
  return new FullNames(buildNameIndex(segments, credits))
}
