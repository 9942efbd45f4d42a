/**
 * What a reader never sees, so the walk never reads: elements hidden by `hidden`, `aria-hidden`,
 * an inline `display: none` or `visibility: hidden`, and a closed <dialog> (a browser shows a
 * dialog only when it is open). Inside a figure's caption `aria-hidden` hides nothing on the
 * screen: pages set it on caption text the image's alt text already gives to screen readers.
 */
import type { HtmlElement } from './dom.js'
import { VISUALLY_HIDDEN_CLASSES } from './tags.js'

/** Inline styles that hide an element. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i
/**
 * A class word of screen-reader-only text (tags.ts), alone or as the last part of a longer name
 * ("u-visually-hidden", BEM "image__visually-hidden"); anchored at the end, literals only.
 */
const VISUALLY_HIDDEN = new RegExp(`(?:^|[_-])(?:${VISUALLY_HIDDEN_CLASSES.join('|')})$`)

export function isHidden(el: HtmlElement, tag: string, inCaption: boolean): boolean {
  if (tag === 'dialog' && !el.hasAttribute('open')) return true
  if (el.bare) return false
  if (el.hasAttribute('hidden')) return true
  if (!inCaption && el.getAttribute('aria-hidden') === 'true') return true
  const style = el.getAttribute('style')
  return style !== null && HIDDEN_STYLE.test(style)
}

/** Whether an element's class words mark screen-reader-only text ("Image caption" labels inside a caption). */
export function isScreenReaderOnly(tokens: readonly string[]): boolean {
  return tokens.some((token) => VISUALLY_HIDDEN.test(token))
}
