/**
 * Bylines: who wrote the article, as printed ("By Jane Doe and John Roe" → "Jane Doe and John
 * Roe"), and the names in it (`authors`). Shared by both front doors and the metadata reader:
 * a byline line, a metadata author value and a byline-classed element all go through here, so
 * a URL, a date or a placeholder is never a byline whatever its source.
 */
import { parseDate } from './date.js'

/** The "By" word of a byline, in our languages (a colon after it is common: "Written by:"). */
const BY_PREFIX = /^(?:by|written by|words by|story by|reporting by|posted by|text by|submitted by|started by|thread starter|discussion starter|von|par|por|di|door|от|автор)\s*:?\s+/iu
/**
 * A byline after a date label and a date, on one line: "Published August 7, 2023 by Nicole Burke",
 * "Posted on 3 May 2024 by Jane Doe". The label comes first; the names follow the last "by".
 */
const DATED_BY = /^(?:published|posted|updated|written|last updated|veröffentlicht|publié|publicado|pubblicato)\b[^|]{0,60}?\s(?:by|von|par|por|di|door)\s*:?\s+/iu
/**
 * Where the names end: a date label or a preposition before a date, a digit, or a separator.
 * Each alternative starts at the first space of its run (the lookbehind), so a failed match does
 * not retry inside a long run of spaces.
 */
const NAMES_END = /(?<!\s)\s+(?:updated|published|posted|publiziert|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|опубликовано|on|am|le|el|il|op|at|in|for)\s|(?<!\s)\s*(?:[|•·–—]|\s-\s|\d)/iu
/** A month or weekday name left after the names when the date's digits ended them: "Jane Doe March" of "Jane Doe March 18". */
const TRAILING_DATE_WORDS =
  /(?<=\p{L})[\s,]+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?(?:,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?)?\s*$/iu
/** A " by " inside a line: what comes before it may be a date ("03/01/2017 by Jane Doe"). */
const INNER_BY = /\s(?:by|von|par|por)\s*:?\s+/iu
/** Most characters of a date before an inner " by ". */
const MAX_DATE_BEFORE_BY = 40
/**
 * A user name after an explicit "By" or "Thread starter" ("felixen", "b.scherer", "Pippin06"):
 * forum and comment bylines name accounts, often in lower case. One token.
 */
const USERNAME = /^[\p{L}\d][\p{L}\d._-]{1,30}$/u
/** A forum's "started by" inside a line: "Discussion in 'Hosting Advice' started by pelex, May 26, 2025". */
const INNER_FORUM_BY = /^(?:discussion|thread|topic) in\s[^.!?]{0,80}?\s(?:started|submitted) by\s+/iu
/** Labels forums put before the name of a thread's author. */
const FORUM_PREFIX = /^(?:thread starter|discussion starter|started by|submitted by|posted by)\b/iu
/** A token shaped like an account name rather than a word: a digit, a dot or underscore, or a capital after the first letter. */
const USERNAME_SHAPE = /[\d._]|.\p{Lu}/u
/** A date in digits only: "03/01/2017", "2017-03-01", "1.3.2017". */
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/u
/** Lower-case words a byline may hold as a group's name: "The Currency editors", "Staff and agencies". */
const GROUP_WORD = String.raw`(?:editors|staff|reporters|writers|correspondents|agencies|team|desk|newsroom)`
/** Lower-case particles inside names: "Michiel de Jong", "Marna van der Merwe". */
const PARTICLE = String.raw`(?:de|van|von|der|den|da|di|du|la|le|del|della|dos|das|ten|ter|bin|al|el)`
/** A capitalised word of a name ("O'Neil", "J.", "Roberts-Grey"), or a particle before one. */
const NAME_WORD = String.raw`(?:${PARTICLE}\s+){0,2}\p{Lu}[\p{L}\p{M}'’.-]*`
/** Capitalised names joined by commas or "and" (a role after a comma is capitalised too: "Jon Berg, Courts Reporter"). */
const NAMES = new RegExp(String.raw`^${NAME_WORD}(?:[\s,]+(?:(?:and|&|und|et|y|e|en|и)\s+)?(?:${NAME_WORD}|${GROUP_WORD})){0,7}$`, 'u')
/** The first token of a text, up to a space. */
const FIRST_TOKEN = /^\S+(?=\s|$)/u
/** A digit: where a date begins. */
const DIGIT = /\d/u
/** Bylines are short: a name list, perhaps a role and a date. */
const MAX_BYLINE_WORDS = 16
const MAX_BYLINE_CHARS = 200
/** Commas and spaces left at the end of the names; the lookbehind anchors the run at its start. */
const TRAILING_SEPARATORS = /(?<![\s,])[\s,]+$/u

/**
 * Job titles that follow a name after a comma ("Jon Berg, Courts Reporter", "AP Sports Writer"):
 * the byline keeps them as printed, `authors` does not. Case ignored; a word may go on ("editors",
 * "AnalystUpdated" where a template glued the next label on).
 */
const ROLE_WORD =
  /(?<![\p{L}\p{N}])(?:reporter|correspondent|writer|editor|columnist|contributor|journalist|expert|producer|analyst|critic|photographer|staff|intern|redakteur|redakteurin|korrespondent|korrespondentin|journaliste|rédacteur|rédactrice|correspondant|correspondante|periodista|redactor|redactora|corresponsal|giornalista|corrispondente|redacteur|verslaggever|корреспондент|обозреватель|журналист)/iu
/** A name line with a role after a comma, without "By": "Jon Berg, Courts Reporter". */
const NAME_THEN_ROLE = new RegExp(String.raw`^(${NAME_WORD}(?:\s+${NAME_WORD}){1,3}),\s+(.{3,60})$`, 'u')
/** Credentials after a name: capitals only ("MS", "RD", "E-RYT 200"; no `i` flag, which would make \p{Lu} match any letter)... */
const CAPITALS_CREDENTIAL = /^[\p{Lu}\d][\p{Lu}\d.\- ]{0,11}$/u
/** ...or degrees and suffixes written with lower-case letters ("Ph.D.", "M.Sc.", "Jr."). */
const DEGREE = /^(?:ph\.?\s?d|m\.?\s?d|ed\.?\s?d|psy\.?\s?d|m\.?\s?sc|b\.?\s?sc|mba|jr|sr)\.?$/iu
/** Whole-capitals names are names ("NATALIYA VASILYEVA"): two words of three letters or more. */
const CAPITALS_NAME = /^\p{Lu}{3,}(?:\s+\p{Lu}{3,})+$/u
/** Where one name ends and the next begins: commas, semicolons, "&", "and" in our languages. */
const NAME_SEPARATOR = /(?<!\s)\s*[,;&]\s*|(?<!\s)\s+(?:and|und|et|y|e|en|и)\s+/iu
/**
 * News agencies: after a writer's name ("Jane Roe, Reuters") one says whom the writer files for,
 * not another author; alone ("Reuters", "Associated Press") it is the author. Whole parts only.
 */
const NEWS_AGENCY =
  /^(?:reuters|associated press|ap|afp|agence france[- ]presse|dpa|deutsche presse-agentur|efe|agencia efe|ansa|bloomberg|bloomberg news|xinhua|kyodo|kyodo news|yonhap|pa|pa media|press association|upi|united press international|tass|interfax|ria novosti|anadolu agency|europa press|lusa|belga|anp|apa|sda|ats|ritzau|ntb|tt|aap|cp|the canadian press)$/iu
/** "and" left at the start of a part after a comma: "A, B, and C". */
const LEADING_CONJUNCTION = /^(?:and|und|et|y|e|en|и)\s+/iu
/** Anything in brackets after a name: a handle, an affiliation (no bracket inside, so a run of openers is read once). */
const BRACKETED = /(?<!\s)\s*[([][^()[\]]*[)\]]/gu

/** A URL or a path: never a name. */
const URL_LIKE = /^(?:[a-z][a-z\d+.-]*:|\/\/|www\.)|^\/|[\w-]\.(?:com|org|net|io|co|de|fr|uk)(?:\/|$)|\/[\w-]+\//iu
/** An e-mail address. */
const EMAIL = /[^\s@]@[^\s@]+\.[^\s@]/u
/** Values pages put in author fields that name nobody (compared whole, case ignored). */
const PLACEHOLDER =
  /^(?:follow(?:\s+(?:the\s+)?author)?|admin(?:istrator)?|staff|author|authors|unknown|anonymous|anon|null|undefined|none|n\/?a|fail|false|true|by|editor|guest|user|webmaster|root|default|test|name|author name|your name|\[?object object\]?)$/iu
/** Words of a date ("Mon Feb", "Today"): a name made of them only is a date cut short. */
const DATE_WORDS_ONLY =
  /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|today|yesterday|am|pm)\.?,?(?:\s+|$))+$/iu
/** A value needs letters: "—", "123" name nobody. */
const HAS_LETTER = /\p{L}/u
/** Author values longer than this are descriptions, not names. */
const MAX_AUTHOR_VALUE_WORDS = 20

/** The author names of a byline line, or null when the line is not a byline. */
export function parseByline(text: string): string | null {
  if (text.length > MAX_BYLINE_CHARS || text.split(' ').length > MAX_BYLINE_WORDS) return null
  const prefix = BY_PREFIX.exec(text) ?? DATED_BY.exec(text)
  const length = prefix?.[0].length ?? datedByLength(text)
  if (length === null) return roleLine(text)
  const rest = text.slice(length)
  // An account name with digits ("Pippin06") is one token: the digits do not end it.
  const account = FIRST_TOKEN.exec(rest)?.[0]
  if (account !== undefined && DIGIT.test(account) && USERNAME.test(account) && USERNAME_SHAPE.test(account) && !DIGIT.test(account.charAt(0))) return account
  const end = rest.search(NAMES_END)
  let names = (end === -1 ? rest : rest.slice(0, end)).replace(TRAILING_SEPARATORS, '')
  // The names were ended by a date's digits: a month or weekday before them belongs to the date.
  if (end !== -1 && DIGIT.test(rest.charAt(end + rest.slice(end).search(DIGIT)))) names = names.replace(TRAILING_DATE_WORDS, '').replace(TRAILING_SEPARATORS, '')
  if (names.length < 2 || !isAuthorValue(names)) return null
  if (NAMES.test(names)) return names
  // An account name: after a forum's label, or shaped like one (digits, dots, inner capitals).
  return USERNAME.test(names) && (FORUM_PREFIX.test(text) || INNER_FORUM_BY.test(text) || USERNAME_SHAPE.test(names)) ? names : null
}

/**
 * "03/01/2017 by Jane Doe", "Discussion in 'Help' started by pelex": the length of what opens the
 * line up to the " by " before the names, when it is a date or a forum's "started by", or null.
 */
function datedByLength(text: string): number | null {
  const started = INNER_FORUM_BY.exec(text)
  if (started !== null) return started[0].length
  const by = INNER_BY.exec(text)
  if (by === null || by.index > MAX_DATE_BEFORE_BY) return null
  const before = text.slice(0, by.index)
  return parseDate(before) !== null || NUMERIC_DATE.test(before) ? by.index + by[0].length : null
}

/** "Jon Berg, Courts Reporter": a name and a role after a comma, printed as the byline. */
function roleLine(text: string): string | null {
  const match = NAME_THEN_ROLE.exec(text)
  if (!match || !ROLE_WORD.test(match[2]!) || ROLE_WORD.test(match[1]!)) return null
  return NAMES.test(text) ? text : null
}

/**
 * Whether a value may be printed as a byline: it has letters and is not a URL, an e-mail
 * address, a date or a placeholder ("Follow author", "admin", "FAIL").
 */
export function isAuthorValue(value: string): boolean {
  const text = value.trim()
  if (text === '' || !HAS_LETTER.test(text)) return false
  if (URL_LIKE.test(text) || EMAIL.test(text) || PLACEHOLDER.test(text) || DATE_WORDS_ONLY.test(text)) return false
  return parseDate(text) === null
}

/**
 * A metadata author value as a byline: "By" and bracketed handles or URLs dropped, or null when
 * it names nobody (see isAuthorValue) or is a description rather than a name.
 */
export function cleanAuthor(value: string): string | null {
  const text = value.replace(BY_PREFIX, '').replace(BRACKETED, '').trim()
  if (text.split(' ').length > MAX_AUTHOR_VALUE_WORDS || text.length > MAX_BYLINE_CHARS) return null
  return isAuthorValue(text) ? text : null
}

/**
 * The names in a byline: split at commas, semicolons, "&" and "and" in our languages; roles
 * ("Courts Reporter") and credentials ("MS", "Ph.D.") left out; agencies kept as written. A
 * part in lower case ("Staff and agencies") is not a name of its own: the byline is one name then.
 */
export function splitAuthors(byline: string | null): string[] {
  if (byline === null) return []
  const parts = byline
    .replace(BRACKETED, '')
    .split(NAME_SEPARATOR)
    .map((part) => part.replace(LEADING_CONJUNCTION, '').trim())
    .filter((part) => part !== '')
    // An agency after the first name is whom the writers file for (see NEWS_AGENCY).
    .filter((part, index) => index === 0 || !NEWS_AGENCY.test(part))
  if (parts.some((part) => !HAS_LETTER.test(part.charAt(0)) || part.charAt(0) === part.charAt(0).toLowerCase())) return isAuthorValue(byline) ? [byline.trim()] : []
  const names: string[] = []
  for (const part of parts) {
    // Roles and credentials follow a name; a first part is a name whatever its shape ("AP").
    const credential = DEGREE.test(part) || (CAPITALS_CREDENTIAL.test(part) && !CAPITALS_NAME.test(part))
    if (names.length > 0 && (ROLE_WORD.test(part) || credential)) continue
    if (!isAuthorValue(part) || names.includes(part)) continue
    names.push(part)
  }
  return names
}
