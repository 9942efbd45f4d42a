/** Comments: the reader discussion under an article. */
import type { Rule } from '../types.js'
import { starts, whole } from './patterns.js'

export const commentsRules = [
  {
    id: 'comments/heading',
    kind: 'comments',
    reason: 'A "Comments" heading or "Leave a reply" prompt starts the reader discussion: the article is over.',
    match: {
      text: whole([
        'comments', 'comment', 'reader comments', 'show comments', 'view comments', 'join the conversation', 'join the discussion',
        'leave a comment', 'leave a reply', 'post a comment', 'add a comment', 'add your comment', 'comments are closed', 'discussion',
        'conversation', 'responses', 'reactions', 'kommentare', 'kommentieren', 'commentaires', 'réagir', 'comentarios', 'comentar', 'commenti',
        'commenta', 'comentários', 'reacties', 'reageer', 'комментарии', 'комментировать',
      ]),
      maxWords: 6,
    },
    scope: 'end',
  },
  {
    id: 'comments/prompt',
    kind: 'comments',
    reason: 'Prompts such as "Your email address will not be published" belong to a comment form.',
    match: { text: starts(['your email address will not be published', 'you must be logged in to post a comment', 'log in to comment', 'sign in to comment', 'be the first to comment', 'comments are moderated', 'we welcome comments']), maxWords: 30 },
  },
  {
    id: 'comments/section-class',
    kind: 'comments',
    reason: 'Elements classed comments, disqus or respond hold the reader discussion.',
    match: { tokens: ['comments', 'comment', 'comment-list', 'commentlist', 'comments-area', 'disqus', 'disqus_thread', 'respond', 'reply', 'replies', 'discussion'], maxWords: 1000 },
  },
] as const satisfies readonly Rule[]
