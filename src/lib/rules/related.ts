/** Related: links to other articles ("Read more", "Most read", teaser lists). */
import type { Rule } from '../types.js'
import { starts, whole } from './patterns.js'

export const relatedRules = [
  {
    id: 'related/heading',
    kind: 'related',
    reason: 'Headings such as "Related stories", "Most read" or "Recommended" open a list of other articles.',
    match: {
      text: whole({
        en: [
          'related', 'related articles', 'related stories', 'related posts', 'related content', 'related coverage', 'related news',
          'related topics', 'related links', 'related reading', 'more stories', 'more news', 'more from', 'more on this story',
          'more on this topic', 'more like this', 'more headlines', 'more top stories', 'most read', 'most read stories', 'most popular',
          'most viewed', 'most shared', 'most commented', 'most emailed', 'popular', 'popular now', 'popular stories', 'trending',
          'trending now', 'trending stories', 'recommended', 'recommended for you', 'recommended stories', 'recommended reading',
          'you may also like', 'you might also like', 'you may like', 'you may be interested in', 'you may also be interested in', 'you might be interested in',
          'what to read next', 'read next', 'further reading', 'latest news', 'latest stories', 'top stories', "editor's picks",
          "editors' picks", "editor's choice", 'more in', 'also in the news', 'in case you missed it', "don't miss", 'more from this author',
          'other stories', 'more to explore', 'keep reading',
        ],
        de: [
          'mehr zum thema', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'meistgelesen', 'meistgelesene artikel',
          'meistgelesene', 'am meisten gelesen', 'weitere artikel', 'verwandte artikel', 'ähnliche artikel', 'auch interessant', 'empfehlungen',
          'unsere empfehlungen', 'beliebte artikel', 'neueste artikel', 'weitere nachrichten', 'zum thema', 'mehr aus dem ressort', 'top-artikel',
        ],
        fr: [
          'sur le même sujet', 'les plus lus', 'à lire aussi', 'à lire également', 'lire aussi', 'articles similaires', 'dans la même rubrique',
          'vous aimerez aussi', 'vous aimerez peut-être aussi', 'articles recommandés', 'les plus partagés', 'les plus populaires',
          'à découvrir aussi', 'à voir aussi', 'sur le même thème', 'articles liés', 'nos articles recommandés',
        ],
        es: [
          'te puede interesar', 'noticias relacionadas', 'lo más leído', 'más noticias', 'también te puede interesar', 'te recomendamos',
          'artículos relacionados', 'lo más visto', 'lo más popular', 'más leídas', 'más leídos', 'puede interesarte', 'contenido relacionado',
          'lee también', 'también te puede gustar',
        ],
        it: [
          'potrebbe interessarti', 'potrebbe interessarti anche', 'ti potrebbe interessare', 'i più letti', 'più letti', 'articoli più letti',
          'articoli correlati', 'notizie correlate', 'correlati', 'altre notizie', 'leggi anche', 'ultime notizie', 'ti potrebbero interessare',
        ],
        pt: [
          'mais lidas', 'mais lidos', 'notícias relacionadas', 'matérias relacionadas', 'artigos relacionados', 'relacionados', 'veja também',
          'leia também', 'você pode gostar', 'você também pode gostar', 'recomendados para você', 'mais notícias',
        ],
        nl: [
          'meest gelezen', 'gerelateerd', 'gerelateerde artikelen', 'gerelateerde berichten', 'lees ook', 'meer nieuws', 'ook interessant',
          'aanbevolen', 'populair', 'meest bekeken', 'meer over dit onderwerp',
        ],
        ru: [
          'читайте также', 'читайте еще', 'читайте ещё', 'похожие статьи', 'похожие новости', 'самое популярное', 'популярное', 'по теме',
          'другие новости', 'материалы по теме', 'новости по теме', 'ещё по теме', 'вам может быть интересно', 'рекомендуем', 'самое читаемое',
          'главные новости',
        ],
      }),
      maxWords: 8,
    },
    scope: 'section',
  },
  {
    id: 'related/read-more',
    kind: 'related',
    reason: '"Read more", "Read also: …", "See also: …" point to other pages, they are not part of this one.',
    match: {
      text: starts({
        en: ['read more', 'read also', 'also read', 'see also', 'related:', 'related story:', 'related article:', 'recommended:', 'more:', 'watch:', 'listen:', 'read:', 'also see:', 'read more:', 'must read:'],
        de: ['lesen sie auch', 'lesen sie mehr', 'mehr lesen', 'mehr zum thema:', 'auch interessant:', 'siehe auch'],
        fr: ['lire aussi', 'à lire aussi', 'lire plus', 'lire également', 'voir aussi', 'à voir aussi', 'à lire :', 'à lire:'],
        es: ['lee también', 'leer más', 'lea también', 'lea además', 'ver también', 'te puede interesar:', 'relacionado:'],
        it: ['leggi anche', 'leggi di più', 'leggi pure', 'vedi anche', 'approfondisci:', 'guarda anche'],
        pt: ['leia também', 'leia mais', 'veja também', 'leia ainda', 'veja mais:', 'relacionado:'],
        nl: ['lees ook', 'lees meer', 'zie ook', 'ook interessant:', 'bekijk ook'],
        ru: ['читайте также', 'читать далее', 'читать также', 'читайте еще', 'читайте ещё', 'смотрите также', 'по теме:'],
      }),
      maxWords: 25,
    },
  },
  {
    id: 'related/list-class',
    kind: 'related',
    reason: 'Elements classed related, recommended, most-read or trending list other articles.',
    match: { tokens: ['related', 'related-articles', 'related-posts', 'related-content', 'relatedposts', 'recommended', 'recommendations', 'more-stories', 'morestories', 'read-more', 'most-read', 'mostread', 'most-popular', 'popular', 'trending', 'also-read', 'yarpp', 'jp-relatedposts', 'crp_related', 'teaser', 'teasers', 'read-next', 'up-next', 'latest-news', 'latest-posts', 'latest-stories', 'latest-articles'], genericTokens: ['popular', 'trending', 'teaser', 'teasers', 'recommended', 'read-more'], maxWords: 300 },
  },
  {
    id: 'related/sidebar',
    kind: 'related',
    reason: 'Sidebars (<aside>, role=complementary, sidebar or widget classes) hold teasers and widgets beside the article.',
    match: { tokens: ['tag:aside', 'role:complementary', 'sidebar', 'side-bar', 'widget', 'widgets', 'widget-area', 'rail', 'right-rail'], genericTokens: ['tag:aside', 'widget', 'widgets', 'rail'], maxWords: 300 },
  },
] as const satisfies readonly Rule[]
