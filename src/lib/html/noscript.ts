/**
 * The page as a browser without scripts shows it. Forum engines (Discourse prints every post of a
 * thread for crawlers and script-less readers) and some single-page apps send an empty application
 * shell and the article inside <noscript>. A browser that runs scripts never shows that text and
 * the walk skips it; when the shell gives no article, the <noscript> text is the page's article.
 */
import type { HtmlElement, HtmlNode } from './dom.js'

/**
 * Characters of text the body's <noscript> elements must hold before a script-less reading is
 * tried: about 80 words, the body below which an answer counts as empty (second-opinion.ts); a
 * "please enable JavaScript" notice is far shorter.
 */
export const SCRIPTLESS_MIN_CHARS = 500

/** Whether the body's <noscript> elements hold at least SCRIPTLESS_MIN_CHARS characters of text; stops counting there. */
export function hasScriptlessText(body: HtmlElement): boolean {
  let chars = 0
  // Iterative, with the depth of any <noscript> tracked: a noscript's text is counted once, however nested.
  const stack: Array<{ node: HtmlNode; inNoscript: boolean }> = [{ node: body, inNoscript: false }]
  while (stack.length > 0) {
    const { node, inNoscript } = stack.pop()!
    if (node.nodeType !== 1) {
      if (inNoscript) chars += node.textContent.trim().length
      if (chars >= SCRIPTLESS_MIN_CHARS) return true
      continue
    }
    const element = node as HtmlElement
    const inside = inNoscript || element.tagName === 'noscript'
    for (const child of element.childNodes) stack.push({ node: child, inNoscript: inside })
  }
  return false
}
