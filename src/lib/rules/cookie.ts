/** Cookie: consent banners and their buttons. */
import type { Rule } from '../types.js'
import { contains, whole } from './patterns.js'

export const cookieRules = [
  {
    id: 'cookie/consent-text',
    kind: 'cookie',
    reason: 'Text telling the reader the site uses cookies is a consent banner.',
    match: {
      text: contains([
        'we use cookies', 'this site uses cookies', 'this website uses cookies', 'our site uses cookies', 'uses cookies to',
        'use of cookies', 'cookie policy', 'cookies policy', 'cookie settings', 'cookie preferences', 'accept cookies',
        'accept all cookies', 'you consent to our use of cookies', 'you agree to our use of cookies', 'by continuing to browse',
        'by continuing to use this site', 'by using this site, you agree', 'manage your cookie', 'privacy and cookie',
        'wir verwenden cookies', 'diese website verwendet cookies', 'nutzt cookies', 'cookie-einstellungen', 'cookie-richtlinie',
        'nous utilisons des cookies', 'ce site utilise des cookies', 'utilisation des cookies', 'paramètres des cookies',
        'utilizamos cookies', 'este sitio web utiliza cookies', 'este sitio utiliza cookies', 'política de cookies', 'uso de cookies',
        'utilizziamo i cookie', 'questo sito utilizza cookie', 'questo sito utilizza i cookie', 'uso dei cookie', 'cookie policy',
        'utilizamos cookies', 'este site utiliza cookies', 'este site usa cookies', 'política de cookies',
        'we gebruiken cookies', 'wij gebruiken cookies', 'deze website gebruikt cookies', 'cookiebeleid',
        'мы используем файлы cookie', 'мы используем cookie', 'этот сайт использует cookie', 'использование файлов cookie',
      ]),
      maxWords: 90,
    },
    scope: 'section',
  },
  {
    id: 'cookie/consent-button',
    kind: 'cookie',
    reason: 'Buttons of a consent banner ("Accept all", "Manage preferences").',
    match: { text: whole(['accept', 'accept all', 'accept cookies', 'i accept', 'i agree', 'agree', 'reject all', 'decline', 'manage preferences', 'manage options', 'cookie settings', 'alle akzeptieren', 'akzeptieren', 'tout accepter', 'accepter', 'aceptar', 'aceptar todo', 'accetta', 'accetta tutto', 'aceitar', 'aceitar tudo', 'accepteren', 'alles accepteren', 'принять', 'согласен']), maxWords: 4 },
  },
  {
    id: 'cookie/banner-class',
    kind: 'cookie',
    reason: 'Elements classed cookie, consent or gdpr are consent banners.',
    match: { tokens: ['cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'onetrust', 'cookiebanner', 'cookie-banner', 'cookie-notice', 'cookie-consent', 'cc-banner', 'didomi', 'qc-cmp2'], maxWords: 300 },
  },
] as const satisfies readonly Rule[]
