/** Author bio: the "about the author" box under an article. */
import type { Rule } from '../types.js'
import { whole } from './patterns.js'

export const authorBioRules = [
  {
    id: 'author-bio/heading',
    kind: 'author-bio',
    reason: 'An "About the author" heading opens a biography box, not the article.',
    match: { text: whole(['about the author', 'about the authors', 'about the writer', 'author bio', 'über den autor', 'über die autorin', 'à propos de l\'auteur', 'sobre el autor', 'sobre la autora', 'sull\'autore', 'sobre o autor', 'over de auteur', 'об авторе']), maxWords: 6 },
    scope: 'section',
  },
  {
    id: 'author-bio/box-class',
    kind: 'author-bio',
    reason: 'Elements classed author-bio, about-author or author-box are biography boxes.',
    match: { tokens: ['author-bio', 'authorbio', 'author-box', 'about-author', 'author-info', 'author-card', 'bio', 'contributor-bio'], maxWords: 200 },
  },
] as const satisfies readonly Rule[]
