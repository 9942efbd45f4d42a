/** Chrome: the page's own controls that copy along with the text (buttons, close glyphs, counters). */
import type { Rule } from '../types.js'
import { starts, whole } from './patterns.js'

export const chromeRules = [
  {
    id: 'chrome/close-glyph',
    kind: 'chrome',
    reason: 'A lone ×, ✕ or "Close" is the close button of a banner or modal.',
    match: { text: whole(['×', '✕', '✖', '✗', '╳', 'x', 'close', 'schließen', 'fermer', 'cerrar', 'chiudi', 'fechar', 'sluiten', 'закрыть']), maxWords: 1 },
  },
  {
    id: 'chrome/button-line',
    kind: 'chrome',
    reason: 'A line that is only a button label (Continue, Show more, Once / Monthly / Annual) is an interface control, not prose.',
    match: {
      text: whole([
        'once', 'one time', 'one-time', 'monthly', 'annual', 'annually', 'yearly', 'continue', 'submit', 'ok', 'okay',
        'got it', 'cancel', 'back', 'next', 'previous', 'prev', 'show more', 'load more', 'see more', 'view more',
        'show less', 'expand', 'collapse', 'listen', 'play', 'pause', 'play video', 'watch', 'watch video',
        'listen to this article', 'open in app', 'open', 'toggle', 'select', 'send', 'go', 'done',
        'mehr anzeigen', 'weiter', 'zurück', 'afficher plus', 'voir plus', 'suivant', 'ver más', 'mostrar más', 'siguiente',
        'mostra di più', 'avanti', 'mostrar mais', 'ver mais', 'meer tonen', 'volgende', 'показать ещё', 'показать еще', 'далее',
      ]),
      maxWords: 4,
    },
  },
  {
    id: 'chrome/dismiss',
    kind: 'chrome',
    reason: '"Remind me later", "No thanks", "Not now" dismiss a prompt; they are never article text.',
    match: { text: whole(['remind me later', 'no thanks', 'no, thanks', 'not now', 'maybe later', 'dismiss', 'close this', 'nein danke', 'später', 'non merci', 'plus tard', 'no gracias', 'más tarde', 'no grazie', 'più tardi', 'não, obrigado', 'mais tarde', 'nee bedankt', 'later', 'нет, спасибо', 'позже']), maxWords: 4 },
  },
  {
    id: 'chrome/skip-link',
    kind: 'chrome',
    reason: '"Skip to content" links exist for keyboard users and carry no article text.',
    match: { text: starts(['skip to content', 'skip to main content', 'skip to navigation', 'skip to footer', 'skip navigation', 'jump to content', 'jump to navigation', 'zum inhalt springen', 'aller au contenu', 'saltar al contenido', 'vai al contenuto', 'pular para o conteúdo', 'naar inhoud', 'перейти к содержимому']), maxWords: 6 },
  },
  {
    id: 'chrome/script-notice',
    kind: 'chrome',
    reason: 'Notices that the browser lacks JavaScript or a feature describe the page, not the story.',
    match: { text: starts(['please enable javascript', 'you need to enable javascript', 'javascript is disabled', 'javascript is required', 'this site requires javascript', 'your browser does not support', 'to view this video please enable javascript', 'we\'ve detected that javascript is disabled', 'bitte aktivieren sie javascript', 'veuillez activer javascript', 'por favor, habilita javascript']), maxWords: 40 },
  },
  {
    id: 'chrome/media-counter',
    kind: 'chrome',
    reason: 'Gallery counters ("1 of 12", "Image 3/10") label slideshow controls.',
    match: { text: /^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|фото)\s+)?\d{1,3}\s*(?:of|\/|von|sur|de|di|van|из)\s*\d{1,3}$/iu, maxWords: 4 },
  },
  {
    id: 'chrome/screen-reader-class',
    kind: 'chrome',
    reason: 'Text styled for screen readers only (sr-only, visually-hidden) is invisible on the page.',
    match: { tokens: ['sr-only', 'screen-reader-text', 'screen-reader-only', 'visually-hidden', 'visuallyhidden', 'screenreader', 'offscreen', 'element-invisible', 'hidden-text'] },
  },
  {
    id: 'chrome/button-element',
    kind: 'chrome',
    reason: 'The label of a <button> (or role=button) is an interface control, never article text.',
    match: { tokens: ['tag:button', 'role:button'], maxWords: 12 },
  },
] as const satisfies readonly Rule[]
