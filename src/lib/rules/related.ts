/** Related: links to other articles ("Read more", "Most read", teaser lists). */
import type { Rule } from '../types.js'
import { starts, whole } from './patterns.js'

export const relatedRules = [
  {
    id: 'related/heading',
    kind: 'related',
    reason: 'Headings such as "Related stories", "Most read" or "Recommended" open a list of other articles.',
    match: {
      text: whole([
        'related', 'related articles', 'related stories', 'related posts', 'related content', 'related coverage', 'related news',
        'related topics', 'related links', 'more stories', 'more news', 'more from', 'more on this story', 'more on this topic', 'most read', 'most popular',
        'most viewed', 'most shared', 'most commented', 'popular', 'popular now', 'popular stories', 'trending', 'trending now',
        'recommended', 'recommended for you', 'recommended stories', 'you may also like', 'you might also like', 'you may be interested in',
        'what to read next', 'read next', 'up next', 'further reading', 'latest news', 'latest stories', 'top stories', 'editor\'s picks',
        'more in', 'also in the news', 'in case you missed it', 'don\'t miss', 'more from this author', 'other stories',
        'mehr zum thema', 'das könnte sie auch interessieren', 'meistgelesen', 'meistgelesene artikel', 'weitere artikel', 'verwandte artikel',
        'sur le même sujet', 'les plus lus', 'à lire aussi', 'articles similaires', 'dans la même rubrique',
        'te puede interesar', 'noticias relacionadas', 'lo más leído', 'más noticias', 'también te puede interesar',
        'potrebbe interessarti', 'i più letti', 'articoli correlati', 'altre notizie', 'leggi anche',
        'mais lidas', 'notícias relacionadas', 'veja também', 'leia também', 'você pode gostar',
        'meest gelezen', 'gerelateerd', 'gerelateerde artikelen', 'lees ook', 'meer nieuws',
        'читайте также', 'похожие статьи', 'самое популярное', 'популярное', 'по теме', 'другие новости',
      ]),
      maxWords: 8,
    },
    scope: 'section',
  },
  {
    id: 'related/read-more',
    kind: 'related',
    reason: '"Read more", "Read also: …", "See also: …" point to other pages, they are not part of this one.',
    match: {
      text: starts(['read more', 'read also', 'also read', 'see also', 'related:', 'related story:', 'related article:', 'recommended:', 'more:', 'watch:', 'listen:', 'read:', 'lesen sie auch', 'mehr lesen', 'lire aussi', 'à lire aussi', 'lire plus', 'lee también', 'leer más', 'lea también', 'leggi anche', 'leia também', 'leia mais', 'lees ook', 'lees meer', 'читайте также', 'читать далее', 'читать также']),
      maxWords: 25,
    },
  },
  {
    id: 'related/list-class',
    kind: 'related',
    reason: 'Elements classed related, recommended, most-read or trending list other articles.',
    match: { tokens: ['related', 'related-articles', 'related-posts', 'related-content', 'relatedposts', 'recommended', 'recommendations', 'more-stories', 'morestories', 'read-more', 'most-read', 'mostread', 'most-popular', 'popular', 'trending', 'also-read', 'yarpp', 'jp-relatedposts', 'crp_related', 'teaser', 'teasers', 'read-next', 'up-next'], maxWords: 300 },
  },
  {
    id: 'related/sidebar',
    kind: 'related',
    reason: 'Sidebars (<aside>, role=complementary, sidebar or widget classes) hold teasers and widgets beside the article.',
    match: { tokens: ['tag:aside', 'role:complementary', 'sidebar', 'side-bar', 'widget', 'widgets', 'rail', 'right-rail'], maxWords: 300 },
  },
] as const satisfies readonly Rule[]
