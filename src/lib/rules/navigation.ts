/** Navigation: menus, breadcrumbs, tag lists and site links. */
import type { Rule } from '../types.js'
import { POLICY_LINKS } from './legal.js'
import { merge, row, starts, whole, withKeyWords, type Phrases } from './patterns.js'

/**
 * A breadcrumb: 2–6 short items separated by ›, », > or /, each starting with a letter (so times
 * and dates such as "9.30 A.M. / 7.00 P.M." are no trail); after the first item ("You are here:
 * Home") no colon (a product's "Weight: XS - XL: 1 lb. / XXL - 4XL: 2 lb." is a spec line). Bounded repeats of a bounded item.
 */
const BREADCRUMB = withKeyWords(/^\p{L}[^›»>/\n]{0,29}(?:\s[›»>/]\s\p{L}[^›»>/\n:]{0,29}){1,5}$/u, ['›', '»', '>', '/'])

/** Pages about the site itself that headers and footers link to: about, contact, help, jobs, feeds. */
const SITE_LINKS: Phrases = {
  en: [
    'about', 'about us', 'contact', 'contact us', 'site map', 'sitemap', 'rss', 'rss feed', 'rss feeds', 'faq', 'faqs',
    'frequently asked questions', 'help', 'help center', 'help centre', 'careers', 'work with us', 'work for us', 'advertise',
    'advertise with us', 'media kit', 'who we are', 'our team', 'customer service', 'customer care', 'subscriber services',
    'feedback', 'send us feedback', 'corrections', 'letters to the editor', 'place an ad', 'place a classified ad', 'classifieds',
    'archives', 'archive', 'e-edition', 'digital edition', 'reprints', 'reprints & permissions',
    'submit a tip', 'send us a tip', 'contact the newsroom', 'masthead', 'news archive', 'about the newsroom',
  ],
  de: ['kontakt', 'über uns', 'hilfe', 'karriere', 'jobs bei uns', 'mediadaten', 'werben', 'leserservice', 'aboservice', 'abo-service', 'archiv', 'sitemap', 'faq'],
  fr: ['contact', 'contactez-nous', 'nous contacter', 'qui sommes-nous', 'qui sommes-nous ?', 'à propos', 'plan du site', 'aide', 'recrutement', 'annonceurs', 'service client', 'flux rss', 'archives'],
  es: ['contacto', 'contáctenos', 'contacta con nosotros', 'quiénes somos', 'sobre nosotros', 'mapa del sitio', 'mapa web', 'ayuda', 'trabaja con nosotros', 'anúnciate', 'hemeroteca', 'archivo'],
  it: ['contatti', 'contattaci', 'chi siamo', 'mappa del sito', 'aiuto', 'lavora con noi', 'archivio'],
  pt: ['contato', 'contacto', 'contactos', 'fale conosco', 'contacte-nos', 'quem somos', 'sobre nós', 'mapa do site', 'ajuda', 'trabalhe conosco', 'anuncie', 'expediente', 'arquivo'],
  nl: ['contact', 'over ons', 'sitemap', 'help', 'vacatures', 'adverteren', 'klantenservice', 'archief', 'colofon'],
  ru: ['контакты', 'о нас', 'о проекте', 'карта сайта', 'помощь', 'вакансии', 'архив', 'обратная связь', 'rss'],
}
/** Header and footer rows join up to this many site links on one line. */
const MAX_LINKS_IN_ROW = 8

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
    match: {
      text: whole({
        en: [
          'home', 'menu', 'main menu', 'search', 'sections', 'all sections', 'navigation', 'main navigation', 'site navigation',
          'primary navigation', 'open menu', 'close menu', 'toggle navigation', 'toggle menu', 'you are here', 'back to main menu',
          'more sections', 'post navigation', 'search for', 'open search', 'close search',
        ],
        de: ['startseite', 'suche', 'menü', 'hauptmenü', 'navigation', 'menü öffnen', 'menü schließen', 'suche öffnen', 'rubriken', 'sie sind hier'],
        fr: ['accueil', 'rechercher', 'recherche', 'menu principal', 'ouvrir le menu', 'fermer le menu', 'rubriques', 'vous êtes ici'],
        es: ['inicio', 'portada', 'buscar', 'menú', 'menú principal', 'abrir menú', 'cerrar menú', 'secciones', 'usted está aquí'],
        it: ['home page', 'cerca', 'menu principale', 'apri il menu', 'chiudi il menu', 'sezioni', 'ti trovi in'],
        pt: ['início', 'página inicial', 'pesquisar', 'buscar', 'menu principal', 'abrir menu', 'fechar menu', 'seções', 'secções', 'você está aqui'],
        nl: ['zoeken', 'hoofdmenu', 'menu openen', 'menu sluiten', 'rubrieken', 'u bent hier', 'je bent hier'],
        ru: ['главная', 'поиск', 'меню', 'главное меню', 'открыть меню', 'закрыть меню', 'разделы', 'рубрики', 'вы здесь'],
      }),
      maxWords: 3,
    },
  },
  {
    id: 'navigation/site-link',
    kind: 'navigation',
    reason: 'Links to pages about the site ("About us", "Contact", "Site map"), alone or in a row with legal links, belong to its header or footer.',
    match: { text: row(merge(SITE_LINKS, POLICY_LINKS), 1, MAX_LINKS_IN_ROW), maxWords: 20 },
  },
  {
    id: 'navigation/tag-list',
    kind: 'navigation',
    reason: '"Tags: …", "Topics: …", "Filed under: …" list the site\'s topic pages, not article text.',
    match: {
      text: starts({
        en: ['tags:', 'tagged:', 'tagged with:', 'topics:', 'filed under:', 'categories:', 'posted in:', 'more about:', 'keywords:'],
        de: ['schlagwörter:', 'schlagworte:', 'themen:', 'stichwörter:', 'kategorien:'],
        fr: ['mots-clés :', 'mots-clés:', 'étiquettes :', 'étiquettes:', 'thèmes :', 'sujets :', 'catégories :', 'tags :'],
        es: ['etiquetas:', 'temas:', 'categorías:', 'archivado en:'],
        it: ['tag:', 'argomenti:', 'categorie:', 'parole chiave:'],
        pt: ['tags:', 'etiquetas:', 'temas:', 'categorias:', 'assuntos:', 'palavras-chave:'],
        nl: ['tags:', 'trefwoorden:', 'onderwerpen:', "thema's:", 'categorieën:'],
        ru: ['теги:', 'метки:', 'темы:', 'рубрики:', 'ключевые слова:'],
      }),
      maxWords: 30,
    },
  },
  {
    id: 'navigation/menu-class',
    kind: 'navigation',
    reason: 'Navigation landmarks (<nav>, role=navigation) and menu, breadcrumb or tag-list classes are site navigation.',
    match: { tokens: ['tag:nav', 'role:navigation', 'nav', 'navbar', 'navigation', 'menu', 'submenu', 'breadcrumb', 'breadcrumbs', 'masthead', 'skip-link', 'skiplink', 'pagination', 'pager', 'toc', 'tag-list', 'tag-cloud', 'tagcloud', 'post-tags', 'entry-tags', 'article-tags'], genericTokens: ['nav', 'navigation', 'menu', 'submenu', 'masthead', 'toc'], maxWords: 300 },
  },
  {
    id: 'navigation/page-footer',
    kind: 'navigation',
    reason: 'The page footer (<footer>, role=contentinfo) holds site links and legal lines.',
    match: { tokens: ['tag:footer', 'role:contentinfo', 'site-footer', 'page-footer', 'footer', 'global-footer'], genericTokens: ['tag:footer', 'footer'], maxWords: 300 },
  },
] as const satisfies readonly Rule[]
