/** Ad: advertisement labels and sponsored slots. */
import type { Rule } from '../types.js'
import { starts, whole } from './patterns.js'

export const adRules = [
  {
    id: 'ad/label',
    kind: 'ad',
    reason: 'A line that only says "Advertisement", "Sponsored" or "Around the web" labels an ad slot or a paid link list.',
    match: {
      text: whole({
        en: [
          'advertisement', 'advertising', 'advert', 'adverts', 'ad', 'ads', 'sponsored', 'sponsored content', 'sponsored stories',
          'sponsored links', 'paid content', 'paid post', 'paid partner content', 'promoted', 'promoted content', 'promoted stories',
          'promoted links', 'partner content', 'from our partners', 'around the web', 'from the web', 'ad feedback', 'report this ad',
          'adchoices', 'ad choices', 'about our ads', 'skip ad', 'click to skip ad',
        ],
        de: ['anzeige', 'werbung', 'gesponsert', 'gesponserter inhalt', 'sponsored', 'bezahlter inhalt', 'anzeigen'],
        fr: ['publicité', 'sponsorisé', 'contenu sponsorisé', 'contenu partenaire', 'contenu de marque'],
        es: ['publicidad', 'anuncio', 'patrocinado', 'contenido patrocinado', 'contenido de marca'],
        it: ['pubblicità', 'sponsorizzato', 'contenuto sponsorizzato'],
        pt: ['publicidade', 'anúncio', 'patrocinado', 'conteúdo patrocinado', 'conteúdo de marca'],
        nl: ['advertentie', 'advertenties', 'gesponsord', 'gesponsorde inhoud', 'partnercontent'],
        ru: ['реклама', 'на правах рекламы', 'спонсорский материал', 'партнерский материал', 'партнёрский материал', 'промо'],
      }),
      maxWords: 6,
    },
  },
  {
    id: 'ad/continues-below',
    kind: 'ad',
    reason: '"Story continues below advertisement" marks an ad break inside the article.',
    match: {
      text: starts({
        en: [
          'story continues below advertisement', 'story continues below this ad', 'story continues after advertisement',
          'article continues below advertisement', 'article continues below this ad', 'article continues after advertisement',
          'article continues after this advertisement', 'continue reading below advertisement', 'advertisement - scroll to continue',
          'advertisement – scroll to continue', 'scroll to continue with content', 'content continues below advertisement',
        ],
        de: ['der artikel wird unter der anzeige fortgesetzt', 'artikel wird nach der anzeige fortgesetzt', 'weiterlesen nach der anzeige', 'lesen sie nach der anzeige weiter', 'fortsetzung nach der anzeige'],
        fr: ['la suite après cette publicité', 'la suite après la publicité', "l'article continue après la publicité", 'suite après la publicité'],
        es: ['el artículo continúa después de la publicidad', 'la noticia continúa después de la publicidad', 'continúa después de la publicidad', 'sigue leyendo después del anuncio'],
        it: ["l'articolo continua dopo la pubblicità", 'continua dopo la pubblicità', 'prosegue dopo la pubblicità', "l'articolo prosegue sotto la pubblicità"],
        pt: ['continua depois da publicidade', 'continua após a publicidade', 'o artigo continua após a publicidade', 'continua após o anúncio'],
        nl: ['het artikel gaat verder onder de advertentie', 'lees verder onder de advertentie', 'het artikel gaat verder na de advertentie'],
        ru: ['продолжение после рекламы', 'статья продолжится после рекламы', 'продолжение статьи после рекламы'],
      }),
      maxWords: 14,
    },
  },
  {
    id: 'ad/slot-class',
    kind: 'ad',
    reason: 'Elements classed as ad slots (ad, advert, dfp, sponsored, taboola, outbrain) hold advertising.',
    match: { tokens: ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adsbygoogle', 'adslot', 'adunit', 'dfp', 'gpt', 'sponsored', 'sponsor', 'taboola', 'outbrain', 'banner-ad', 'ad-slot', 'ad-container', 'ad-wrapper'], genericTokens: ['ad', 'ads', 'gpt', 'sponsored', 'sponsor'], maxWords: 200 },
  },
] as const satisfies readonly Rule[]
