/**
 * Page ids in batches and queues: kept as given (a string stays a string, a number a number),
 * compared by a key that tells the two apart, and generated in a form of their own for pages
 * that come without one.
 */

/** A page's id: as the caller gave it, or generated (`#<position>`). */
export type PageId = string | number

/** Generated ids start with this mark, so `#3` (the third page, which had no id) is never read as a given `3`. */
const GENERATED_MARK = '#'

/** The id of the page at `position` (from 1: the NDJSON line, or the place in the source) that came without one. */
export function generatedId(position: number): string {
  return `${GENERATED_MARK}${position}`
}

/** A string or a finite number (JSON has no NaN or Infinity, so those could not come back). */
export function isPageId(value: unknown): value is PageId {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))
}

/** The key two ids are compared by: the number 42 and the string "42" are different pages. */
export function idKey(id: PageId): string {
  return typeof id === 'number' ? `n${id}` : `s${id}`
}

/** An id as it is written in a message: strings quoted, numbers bare. */
export function showId(id: PageId): string {
  return typeof id === 'number' ? String(id) : JSON.stringify(id)
}

/** Remembers the ids seen so far and names a repeat. */
export class IdRegistry {
  private readonly seen = new Set<string>()

  /** Null for a new id; for one seen before, the error for its page. */
  claim(id: PageId): string | null {
    const key = idKey(id)
    if (this.seen.has(key)) return `duplicate id ${showId(id)}: an earlier page has it`
    this.seen.add(key)
    return null
  }
}
