/** Author bio: the "about the author" box under an article. */
import type { Rule } from '../types.js'
import { whole } from './patterns.js'

export const authorBioRules = [
  {
    id: 'author-bio/heading',
    kind: 'author-bio',
    reason: 'An "About the author" heading opens a biography box, not the article.',
    match: {
      text: whole({
        en: ['about the author', 'about the authors', 'about the writer', 'about the reporter', 'author bio', 'author biography', 'more about the author'],
        de: ['über den autor', 'über die autorin', 'über die autoren', 'zum autor', 'zur autorin', 'zu den autoren'],
        fr: ["à propos de l'auteur", "à propos de l'autrice", "sur l'auteur", 'biographie de l\'auteur'],
        es: ['sobre el autor', 'sobre la autora', 'acerca del autor', 'acerca de la autora', 'sobre los autores'],
        it: ["sull'autore", "sull'autrice", "chi è l'autore", "l'autore"],
        pt: ['sobre o autor', 'sobre a autora', 'sobre os autores'],
        nl: ['over de auteur', 'over de schrijver', 'over de auteurs', 'over de maker'],
        ru: ['об авторе', 'об авторах', 'информация об авторе'],
      }),
      maxWords: 6,
    },
    scope: 'section',
  },
  {
    id: 'author-bio/box-class',
    kind: 'author-bio',
    reason: 'Elements classed author-bio, about-author or author-box are biography boxes.',
    match: { tokens: ['author-bio', 'authorbio', 'author-box', 'about-author', 'author-info', 'author-card', 'bio', 'contributor-bio', 'author-description', 'author-about'], genericTokens: ['bio'], maxWords: 200 },
  },
] as const satisfies readonly Rule[]
