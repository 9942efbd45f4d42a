/** Navigation: menus, breadcrumbs and section links. */
import type { Rule } from '../types.js'
import { whole } from './patterns.js'

/** A breadcrumb: 2–6 short items separated by ›, », > or /. Bounded repeats of a bounded item. */
const BREADCRUMB = /^[^›»>/\n]{1,30}(?:\s[›»>/]\s[^›»>/\n]{1,30}){1,5}$/u

export const navigationRules = [
  {
    id: 'navigation/breadcrumb',
    kind: 'navigation',
    reason: '"Home › News › World" is a breadcrumb trail, not text.',
    match: { text: BREADCRUMB, maxWords: 14 },
  },
  {
    id: 'navigation/menu-item',
    kind: 'navigation',
    reason: 'Lines that are only a site-menu label ("Home", "Menu", "Search", "Sections") are navigation.',
    match: { text: whole(['home', 'menu', 'main menu', 'search', 'sections', 'all sections', 'navigation', 'open menu', 'close menu', 'toggle navigation', 'you are here', 'startseite', 'suche', 'accueil', 'rechercher', 'inicio', 'buscar', 'cerca', 'início', 'pesquisar', 'zoeken', 'главная', 'поиск', 'меню']), maxWords: 3 },
  },
  {
    id: 'navigation/menu-class',
    kind: 'navigation',
    reason: 'Navigation landmarks (<nav>, role=navigation) and menu or breadcrumb classes are site navigation.',
    match: { tokens: ['tag:nav', 'role:navigation', 'nav', 'navbar', 'navigation', 'menu', 'submenu', 'breadcrumb', 'breadcrumbs', 'masthead', 'skip-link', 'skiplink', 'pagination', 'pager', 'toc'], maxWords: 300 },
  },
  {
    id: 'navigation/page-footer',
    kind: 'navigation',
    reason: 'The page footer (<footer>, role=contentinfo) holds site links and legal lines.',
    match: { tokens: ['tag:footer', 'role:contentinfo', 'site-footer', 'page-footer', 'footer', 'global-footer'], maxWords: 300 },
  },
] as const satisfies readonly Rule[]
