import type { Block } from '../blocks/block.js'

/**
 * Dates as pages print them, to ISO 8601. A date without a time gives `YYYY-MM-DD`; a time
 * with a known offset gives a full timestamp; a time in an unknown zone keeps the date only.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
  januar: 1, februar: 2, märz: 3, mai: 5, juni: 6, juli: 7, oktober: 10, dezember: 12,
  janvier: 1, février: 2, mars: 3, avril: 4, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  janeiro: 1, fevereiro: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, dezembro: 12,
  januari: 1, februari: 2, maart: 3, mei: 5, augustus: 8,
  // Russian, in the genitive that dates print ("19 ноября 2019"), and the nominative.
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10, ноября: 11, декабря: 12,
  январь: 1, февраль: 2, март: 3, апрель: 4, май: 5, июнь: 6, июль: 7, август: 8, сентябрь: 9, октябрь: 10, ноябрь: 11, декабрь: 12,
}
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')

/** 2019-11-19, optionally with a time and an offset. */
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s?(Z|[+-]\d{2}:?\d{2})?)?/
/** "November 19, 2019" / "Nov. 19 2019" (month first, US style). */
const MONTH_FIRST = new RegExp(String.raw`\b(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`, 'iu')
/** "19 November 2019" / "19. November 2019" / "19 de noviembre de 2019" (day first). */
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(${MONTH})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)`, 'iu')
/** "19.11.2019": day, month, year with dots, as German, Dutch and Russian pages print them. */
const DAY_DOTS = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/
/**
 * "10/31/2024" or "31/10/2024": month and day in either order, read only when one of them is over
 * 12 and so can only be the day ("03/01/2017" is left alone).
 */
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/
/** "2019/11/19" or "2019.11.19": year first with slashes or dots. */
const YEAR_SLASHES = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/
/** "2019年11月19日": the CJK form. */
const CJK_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/u
/**
 * A date in a URL path: /2019/11/19/, /2019-11-19-, /20191119/. The year is 19xx or 20xx and the
 * parts are bounded by slashes or hyphens, so an article id or a price is not taken for one.
 */
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=[/\-_.+]|$)|\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/)/
/** Labels of an update: a line or value with one is when the article was changed, not published. */
const UPDATED_LABEL = /^(?:last\s+)?(?:updated|modified|edited|revised|aktualisiert|geändert|mis à jour|modifié|actualizado|modificado|aggiornato|modificato|atualizado|bijgewerkt|gewijzigd|обновлено|изменено)(?![\p{L}\p{N}])/iu
/** Date lines are short: the date and a label ("Updated", "Published"), perhaps a time. */
const MAX_DATE_LINE_WORDS = 12
/** A date line that ends like a sentence is a sentence unless it is this short ("Published May 3, 2023."). */
const MAX_SENTENCE_DATE_WORDS = 6
/** A number above this can only be a day, not a month. */
const MONTHS_IN_YEAR = 12
/** Years a news page plausibly states as its own date. */
const MIN_YEAR = 1990
const MAX_YEAR = 2100

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function valid(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function isoDay(year: number, month: number, day: number): string | null {
  return valid(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null
}

/** The first date in the text, as ISO 8601, or null. */
export function parseDate(text: string): string | null {
  const iso = ISO_DATE.exec(text)
  if (iso) {
    const [, y, m, d, hh, mm, ss, zone] = iso
    const day = isoDay(Number(y), Number(m), Number(d))
    if (day === null) return null
    if (hh === undefined || zone === undefined) return day
    const offset = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`
    return `${day}T${hh}:${mm}:${ss ?? '00'}${offset}`
  }
  const monthFirst = MONTH_FIRST.exec(text)
  if (monthFirst) {
    const [, month, day, year] = monthFirst
    return isoDay(Number(year), MONTHS[(month ?? '').toLowerCase()] ?? 0, Number(day))
  }
  const dayFirst = DAY_FIRST.exec(text)
  if (dayFirst) {
    const [, day, month, year] = dayFirst
    return isoDay(Number(year), MONTHS[(month ?? '').toLowerCase()] ?? 0, Number(day))
  }
  const numeric = DAY_DOTS.exec(text)
  if (numeric) return isoDay(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]))
  const yearFirst = YEAR_SLASHES.exec(text) ?? CJK_DATE.exec(text)
  if (yearFirst) return isoDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]))
  const slashed = SLASHED.exec(text)
  if (slashed) {
    const [first, second, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])]
    if (first > MONTHS_IN_YEAR) return isoDay(year, second, first)
    if (second > MONTHS_IN_YEAR) return isoDay(year, first, second)
  }
  return null
}

/** The date in a URL's path ("/2019/11/19/"), as YYYY-MM-DD, or null. */
export function dateFromUrl(url: string | null): string | null {
  if (url === null) return null
  const match = URL_DATE.exec(url)
  if (!match) return null
  const [, y1, m1, d1, y2, m2, d2] = match
  return isoDay(Number(y1 ?? y2), Number(m1 ?? m2), Number(d1 ?? d2))
}

/** Labels of a date line: it says when the article was published or changed ("Published …", "Posted on …", "Updated …"). */
const DATE_LINE_LABEL = /^(?:published|posted|date|dated|veröffentlicht|publiziert|publié|publicado|pubblicato|gepubliceerd|опубликовано)(?![\p{L}\p{N}])/iu

/** Whether a line opens with a date label, of publication or of an update. */
export function hasDateLabel(text: string): boolean {
  return DATE_LINE_LABEL.test(text) || UPDATED_LABEL.test(text)
}

/** Whether a date line or label says when the article was updated ("Updated", "Last modified", "Aktualisiert"). */
export function isUpdateLabel(text: string): boolean {
  return UPDATED_LABEL.test(text)
}

/** The calendar day of an ISO date or timestamp: its first ten characters. */
export function calendarDay(iso: string): string {
  return iso.slice(0, 10)
}

/** A time of day as a date line prints it: "14:32", "2:32 p.m.", "9h05" (French, Portuguese). */
const TIME_OF_DAY = /(?<![\d:.])(\d{1,2})(?::|h)(\d{2})(?::(\d{2}))?(?!\d)(?:\s?([ap])\.?\s?m\b\.?)?/iu
/** The zone printed after a time: "UTC", "GMT+2", "(UTC+1)", "+01:00" or an abbreviation in capitals ("CET"). */
const TIME_ZONE = /^\s*(?:\(\s*)?(?:(?:UTC|GMT)\s?([+\-−]\d{1,2}(?::?\d{2})?)?(?![\p{L}\d])|([+\-−]\d{2}:?\d{2})(?!\d)|(\p{Lu}{2,5})(?!\p{L}))/u
/**
 * Zone abbreviations that name one offset. Those that name two zones ("CST": China or US central,
 * "IST": India, Ireland or Israel) or none at all ("ET", "PT": summer or winter time) are left out:
 * a time in them keeps the date only.
 */
const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  UTC: 'Z', GMT: 'Z', WET: 'Z', WEST: '+01:00', BST: '+01:00', CET: '+01:00', MEZ: '+01:00', CEST: '+02:00', MESZ: '+02:00',
  EET: '+02:00', EEST: '+03:00', MSK: '+03:00', EST: '-05:00', EDT: '-04:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00',
  PST: '-08:00', PDT: '-07:00', AKST: '-09:00', AKDT: '-08:00', HST: '-10:00', JST: '+09:00', KST: '+09:00', HKT: '+08:00',
  SGT: '+08:00', AWST: '+08:00', ACST: '+09:30', AEST: '+10:00', AEDT: '+11:00', NZST: '+12:00', NZDT: '+13:00',
}
/** Hours on a 12-hour clock. */
const HALF_DAY = 12

/** A numeric offset as ISO 8601 writes it: "+1" → "+01:00", "-0530" → "-05:30", a Unicode minus read as "-". */
function isoOffset(offset: string): string {
  const sign = offset.startsWith('+') ? '+' : '-'
  const digits = offset.slice(1).replace(':', '')
  const [hours, minutes] = digits.length <= 2 ? [digits, '00'] : [digits.slice(0, -2), digits.slice(-2)]
  return `${sign}${hours.padStart(2, '0')}:${minutes}`
}

/** The offset of the zone printed right after a time, or null when none is printed or it names no single offset. */
function zoneAfter(text: string): string | null {
  const zone = TIME_ZONE.exec(text)
  if (!zone) return null
  const [whole, utcOffset, offset, abbreviation] = zone
  if (abbreviation !== undefined) return ZONE_OFFSETS[abbreviation] ?? null
  if (offset !== undefined) return isoOffset(offset)
  if (utcOffset !== undefined) return isoOffset(utcOffset)
  return whole.trim() === '' ? null : 'Z'
}

/**
 * The date of a date line, with its time when the line prints one with a zone that names a single
 * offset ("Updated 14:32 CET, Monday, March 3, 2025" → 2025-03-03T14:32:00+01:00); a time without a
 * zone, or in an unknown one, keeps the date only.
 */
export function lineDate(text: string): string | null {
  const day = parseDate(text)
  if (day === null || day.length > calendarDay(day).length) return day
  const time = TIME_OF_DAY.exec(text)
  if (!time) return day
  const [whole, hh, mm, ss, half] = time
  const offset = zoneAfter(text.slice(time.index + whole.length))
  let hours = Number(hh)
  if (half !== undefined) {
    if (hours < 1 || hours > HALF_DAY) return day
    hours = (hours % HALF_DAY) + (half.toLowerCase() === 'p' ? HALF_DAY : 0)
  }
  if (offset === null || hours > 23 || Number(mm) > 59) return day
  return `${day}T${pad(hours)}:${mm}:${ss ?? '00'}${offset}`
}

/** The ISO date of a line that is only a date (with a label or a time), else null. */
export function dateLine(block: Block): string | null {
  if (block.words > MAX_DATE_LINE_WORDS) return null
  if (block.endsSentence && block.words > MAX_SENTENCE_DATE_WORDS) return null
  return lineDate(block.text)
}

