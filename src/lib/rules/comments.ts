/** Comments: the reader discussion under an article. */
import type { Rule } from '../types.js'
import { starts, whole, withKeyWords, withLanguages } from './patterns.js'

/**
 * A comment counter ("0 Comments", "Comments (12)"): a link in the article's meta line as often as
 * the head of the discussion, so it is removed alone and never ends the article.
 */
const COMMENT_COUNT = withKeyWords(
  withLanguages(
    /^[\s\p{P}]{0,3}(?:\d{1,6}\s*(?:comments?|responses?|replies|reply|kommentare?|commentaires?|comentarios?|commenti|commento|comentários?|comentário|reacties|reactie|комментари(?:й|я|ев|и))|(?:comments?|kommentare|commentaires|comentarios|commenti|comentários|reacties|комментарии)\s*[([]?\d{1,6}[)\]]?)[\s\p{P}]{0,3}$/iu,
    ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru'],
  ),
  [
    'comment', 'comments', 'response', 'responses', 'replies', 'reply', 'kommentar', 'kommentare', 'commentaire', 'commentaires',
    'comentario', 'comentarios', 'commenti', 'commento', 'comentário', 'comentários', 'reacties', 'reactie', 'комментарий',
    'комментария', 'комментариев', 'комментарии',
  ],
)

/**
 * The title a blog engine prints over its comment thread, naming the post: "59 Comments on
 * “Title”", "One thought on “Title”", "12 Responses to "Title"" (WordPress's default wordings and
 * their translations). The count, the word for comments, a preposition and the quoted title; the
 * line ends with the closing mark, so a sentence quoting a title runs on and is no match.
 */
const THREAD_TITLE = withKeyWords(
  withLanguages(
    /^(?:\d{1,6}|one|a|two|three|ein|eine|einen|un|une|uno|una|um|uma|één|een|один|одна)\s+(?:comments?|thoughts?|responses?|replies|reply|kommentare?|antworten|commentaires?|réponses?|comentarios?|respuestas?|commenti|commento|risposte|comentários?|respostas?|reacties|reactie|комментари(?:й|я|ев)|ответ(?:а|ов)?)\s+(?:on|to|zu|auf|sur|à|en|a|su|em|para|op|bij|к|на)\s+[“"«„‘'‹].{1,300}[”“"»«‘’'›‹]$/iu,
    ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru'],
  ),
  [
    'comment', 'comments', 'thought', 'thoughts', 'response', 'responses', 'replies', 'reply', 'kommentar', 'kommentare', 'antworten',
    'commentaire', 'commentaires', 'réponse', 'réponses', 'comentario', 'comentarios', 'respuesta', 'respuestas', 'commenti', 'commento',
    'risposte', 'comentário', 'comentários', 'resposta', 'respostas', 'reacties', 'reactie', 'комментарий', 'комментария', 'комментариев',
    'ответ', 'ответа', 'ответов',
  ],
)

export const commentsRules = [
  {
    id: 'comments/count',
    kind: 'comments',
    reason: 'A comment counter ("0 Comments", "Comments (12)") links to the discussion; it is no article text.',
    match: { text: COMMENT_COUNT, maxWords: 3 },
  },
  {
    id: 'comments/heading',
    kind: 'comments',
    reason: 'A "Comments" heading or "Leave a reply" prompt starts the reader discussion: the article is over.',
    match: {
      text: whole({
        en: [
          'comments', 'reader comments', 'show comments', 'view comments', 'load comments', 'join the conversation', 'join the discussion',
          'leave a comment', 'leave a reply', 'post a comment', 'add a comment', 'add your comment', 'comments are closed', 'have your say',
          'comment on this article', 'comment on this story', 'discuss this article', 'view the discussion thread', 'conversation',
          'top comments', 'top rated comments', 'all comments', 'latest comments', 'newest comments', 'most recent comments', 'reader discussion',
        ],
        de: ['kommentare', 'leserkommentare', 'kommentieren', 'kommentar schreiben', 'kommentar verfassen', 'diskutieren sie mit', 'kommentare anzeigen'],
        fr: ['commentaires', 'réagir', 'réagissez', 'laisser un commentaire', 'ajouter un commentaire', 'vos commentaires', 'les commentaires sont fermés', 'voir les commentaires'],
        es: ['comentarios', 'comentar', 'deja un comentario', 'deja tu comentario', 'añadir comentario', 'los comentarios están cerrados', 'ver comentarios'],
        it: ['commenti', 'commenta', 'lascia un commento', 'aggiungi un commento', 'i commenti sono chiusi', 'mostra commenti'],
        pt: ['comentários', 'comentar', 'deixe um comentário', 'deixe seu comentário', 'adicionar comentário', 'comentários encerrados', 'ver comentários'],
        nl: ['reacties', 'reageer', 'plaats een reactie', 'laat een reactie achter', 'reageer op dit artikel', 'reacties zijn gesloten', 'bekijk reacties'],
        ru: ['комментарии', 'комментировать', 'оставить комментарий', 'добавить комментарий', 'написать комментарий', 'комментарии закрыты'],
      }),
      maxWords: 6,
    },
    scope: 'end',
  },
  {
    id: 'comments/thread-title',
    kind: 'comments',
    reason: 'A thread title naming the post ("59 Comments on “Title”", "One thought on “Title”") opens the reader discussion: the article is over.',
    match: { text: THREAD_TITLE, maxWords: 60 },
    scope: 'end',
  },
  {
    id: 'comments/prompt',
    kind: 'comments',
    reason: 'Comment-form lines ("Your email address will not be published", "Required fields are marked") belong to the discussion.',
    match: {
      text: starts({
        en: [
          'your email address will not be published', 'you must be logged in to post a comment', 'log in to comment', 'sign in to comment',
          'be the first to comment', 'comments are moderated', 'we welcome comments', 'you are commenting using', 'as you comment, please',
          'required fields are marked', 'notify me of follow-up comments', 'notify me of new comments', 'notify me of new posts by email',
          'save my name, email, and website', 'no comments yet', 'commenting is closed', 'commenting has been disabled',
          'this discussion is now closed', 'comments are subject to', 'read our community guidelines', 'comment policy',
        ],
        de: ['ihre e-mail-adresse wird nicht veröffentlicht', 'deine e-mail-adresse wird nicht veröffentlicht', 'kommentare werden moderiert', 'erforderliche felder sind mit', 'melden sie sich an, um zu kommentieren', 'noch keine kommentare', 'sei der erste', 'schreiben sie den ersten kommentar'],
        fr: ['votre adresse e-mail ne sera pas publiée', 'votre adresse de messagerie ne sera pas publiée', 'les champs obligatoires sont indiqués', 'soyez le premier à commenter', 'connectez-vous pour commenter', 'aucun commentaire', 'soyez le premier à réagir'],
        es: ['tu dirección de correo electrónico no será publicada', 'tu correo electrónico no será publicado', 'los campos obligatorios están marcados', 'sé el primero en comentar', 'inicia sesión para comentar', 'no hay comentarios'],
        it: ['il tuo indirizzo email non sarà pubblicato', 'i campi obbligatori sono contrassegnati', 'commenta per primo', 'sii il primo a commentare', 'accedi per commentare', 'nessun commento'],
        pt: ['o seu endereço de email não será publicado', 'o seu endereço de e-mail não será publicado', 'seu endereço de e-mail não será publicado', 'campos obrigatórios são marcados', 'seja o primeiro a comentar', 'faça login para comentar', 'nenhum comentário'],
        nl: ['je e-mailadres wordt niet gepubliceerd', 'uw e-mailadres wordt niet gepubliceerd', 'vereiste velden zijn gemarkeerd', 'reageer als eerste', 'log in om te reageren', 'nog geen reacties'],
        ru: ['ваш адрес email не будет опубликован', 'ваш e-mail не будет опубликован', 'обязательные поля помечены', 'будьте первым', 'войдите, чтобы оставить комментарий', 'комментариев пока нет', 'нет комментариев'],
      }),
      maxWords: 30,
    },
  },
  {
    id: 'comments/section-class',
    kind: 'comments',
    reason: 'Elements classed comments, disqus or respond hold the reader discussion.',
    match: { tokens: ['comments', 'comment', 'comment-list', 'commentlist', 'comments-area', 'disqus', 'disqus_thread', 'respond', 'reply', 'replies', 'discussion'], genericTokens: ['comment', 'reply', 'replies', 'discussion'], maxWords: 1000 },
  },
] as const satisfies readonly Rule[]
