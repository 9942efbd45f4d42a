/** Tag tables for the HTML walk: plain data, one reason each. */

/**
 * Never text of the page: code, styles, embedded documents, form controls, templates, and what a
 * browser's own style sheet hides (`display: none` in the HTML standard's rendering section:
 * fallbacks for missing plugins and frames, ruby parentheses, data lists, parameters, areas).
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'select', 'option', 'textarea', 'input', 'head', 'title', 'meta', 'link', 'map',
  'noembed', 'noframes', 'rp', 'datalist', 'param', 'area', 'base', 'basefont',
])

/** Elements that start and end a block of text; everything else is inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'html',
  'legend', 'picture', 'dialog', 'button',
])

/**
 * Class words of the "visually hidden" utility every CSS framework and CMS ships (Bootstrap
 * sr-only / visually-hidden, WordPress screen-reader-text, Drupal element-invisible, Foundation
 * show-for-sr, the BBC's off-screen): text for screen readers, clipped off the screen.
 */
export const VISUALLY_HIDDEN_CLASSES: readonly string[] = [
  'sr-only', 'screen-reader-text', 'screen-reader-only', 'visually-hidden', 'visuallyhidden', 'screenreader', 'offscreen',
  'off-screen', 'element-invisible', 'show-for-sr',
]

/** Table cells are inline within their row: one row reads as one line, cells separated. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th'])
/** Written between the cells of a row. */
export const CELL_SEPARATOR = ' | '

/** Landmark tags and ARIA roles that name the region a block sits in. */
/** Tags that name their element in class-token rules as `tag:<name>` (landmarks and controls). */
export const TOKEN_TAGS: ReadonlySet<string> = new Set(['header', 'nav', 'main', 'article', 'aside', 'footer', 'form', 'button', 'dialog'])

export const REGION_TAGS: Readonly<Record<string, 'header' | 'nav' | 'main' | 'article' | 'aside' | 'footer' | 'form'>> = {
  header: 'header',
  nav: 'nav',
  main: 'main',
  article: 'article',
  aside: 'aside',
  footer: 'footer',
  form: 'form',
}
export const REGION_ROLES: Readonly<Record<string, 'header' | 'nav' | 'main' | 'article' | 'aside' | 'footer'>> = {
  banner: 'header',
  navigation: 'nav',
  main: 'main',
  article: 'article',
  complementary: 'aside',
  contentinfo: 'footer',
}
