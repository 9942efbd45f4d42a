/**
 * URLs handed out in the page's card (`image`): absolute http(s) URLs or nothing. A minimal check of
 * our own, behind one function, so a shared URL-safety module can replace it in one place.
 */

/** The schemes a card URL may have: a reader's browser fetches these and nothing else. */
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:'])
/** URLs longer than this are data smuggled into an attribute, not a link. */
const MAX_URL_CHARS = 4096

/** `value` resolved against `base` (when relative), if the result is an http(s) URL; else null. */
export function httpUrlOrNull(value: string | null, base: string | null): string | null {
  if (value === null) return null
  const trimmed = value.trim()
  if (trimmed === '' || trimmed.length > MAX_URL_CHARS) return null
  const url = parsed(trimmed, base)
  return url !== null && ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : null
}

/** The URL, absolute as written or relative to a valid absolute base; null otherwise. */
function parsed(value: string, base: string | null): URL | null {
  try {
    return new URL(value)
  } catch {
    // Relative: needs a base.
  }
  if (base === null) return null
  try {
    return new URL(value, new URL(base))
  } catch {
    return null
  }
}
