/** Cookie: consent banners and their buttons. */
import type { Rule } from '../types.js'
import { contains, whole } from './patterns.js'

export const cookieRules = [
  {
    id: 'cookie/consent-text',
    kind: 'cookie',
    reason: 'A site telling the reader it uses cookies, or asking consent to them, is a consent banner.',
    match: {
      text: contains({
        en: [
          'we use cookies', 'we use cookies and similar technologies', 'we and our partners use cookies', 'this site uses cookies',
          'this website uses cookies', 'our site uses cookies', 'our website uses cookies', 'site uses cookies to', 'website uses cookies to',
          'you consent to our use of cookies', 'you agree to our use of cookies',
          'consent to the use of cookies', 'agree to the use of cookies', 'by continuing to browse', 'by continuing to use this site',
          'by continuing to use this website', 'by continuing to use our site', 'by using this site, you agree', 'by using this website, you agree',
          'by using our site, you agree', 'manage your cookie', 'store and/or access information on a device', 'cookies to improve your experience',
        ],
        de: [
          'wir verwenden cookies', 'wir nutzen cookies', 'wir setzen cookies ein', 'diese website verwendet cookies', 'diese webseite verwendet cookies',
          'diese website nutzt cookies', 'diese seite verwendet cookies', 'verwendet cookies, um', 'nutzt cookies, um',
          'einsatz von cookies zu', 'verwendung von cookies zu',
        ],
        fr: [
          'nous utilisons des cookies', 'ce site utilise des cookies', 'ce site web utilise des cookies', 'notre site utilise des cookies',
          'utilise des cookies pour', 'acceptez l\'utilisation de cookies', 'vous acceptez l\'utilisation',
          'en poursuivant votre navigation', 'cookies ou autres traceurs', 'nous et nos partenaires utilisons',
        ],
        es: [
          'utilizamos cookies', 'usamos cookies', 'este sitio web utiliza cookies', 'este sitio utiliza cookies', 'esta web utiliza cookies',
          'este sitio web usa cookies', 'esta web usa cookies', 'cookies propias y de terceros', 'aceptas el uso de cookies',
          'acepta el uso de cookies', 'si continúa navegando', 'si continúas navegando', 'consideramos que acepta',
        ],
        it: [
          'utilizziamo i cookie', 'utilizziamo cookie', 'usiamo i cookie', 'questo sito utilizza cookie', 'questo sito utilizza i cookie',
          'questo sito web utilizza i cookie', 'questo sito usa i cookie', 'questo sito fa uso di cookie', 'cookie tecnici e di profilazione',
          "acconsenti all'uso dei cookie", 'proseguendo la navigazione', 'chiudendo questo banner',
        ],
        pt: [
          'utilizamos cookies', 'usamos cookies', 'este site utiliza cookies', 'este site usa cookies', 'este website utiliza cookies',
          'este sítio utiliza cookies', 'concorda com o uso de cookies', 'concorda com a utilização de cookies',
          'ao continuar navegando', 'ao continuar a navegar', 'ao utilizar este site, você concorda', 'ao navegar neste site',
        ],
        nl: [
          'we gebruiken cookies', 'wij gebruiken cookies', 'deze website gebruikt cookies', 'deze site gebruikt cookies', 'wij maken gebruik van cookies',
          'we maken gebruik van cookies', 'maakt gebruik van cookies', 'akkoord met het gebruik van cookies',
          'door verder te gaan op deze website',
        ],
        ru: [
          'мы используем файлы cookie', 'мы используем cookie', 'мы используем куки', 'этот сайт использует cookie', 'этот сайт использует файлы cookie',
          'сайт использует файлы cookie', 'сайт использует cookie', 'использует файлы cookie', 'продолжая использовать сайт', 'продолжая пользоваться сайтом',
          'вы соглашаетесь на использование', 'согласие на использование файлов cookie',
        ],
      }),
      maxWords: 120,
    },
    scope: 'section',
  },
  {
    id: 'cookie/embed-consent',
    kind: 'cookie',
    reason: 'A video or embed player asking consent before it plays ("By clicking to watch this video, you agree …") is a notice over the player, not text.',
    match: {
      text: contains({
        en: [
          'by clicking to watch this video', 'by clicking to play this video', 'by clicking to view this video', 'by clicking play, you agree',
          'by clicking play you agree', 'by playing this video, you agree', 'by playing this video you agree', 'by watching this video, you agree',
          'to watch this video, you need to', 'to watch this video you need to', 'to view this video, please accept', 'accept cookies to watch this video',
          'to play this video, you must accept', 'this video is hosted by a third party',
        ],
        de: ['mit dem abspielen des videos', 'wenn sie das video abspielen, stimmen sie', 'um dieses video anzusehen, müssen sie', 'um das video anzuzeigen, müssen sie'],
        fr: ['en cliquant pour regarder cette vidéo', 'en lançant cette vidéo, vous acceptez', 'pour regarder cette vidéo, vous devez accepter'],
        es: ['al reproducir este vídeo, aceptas', 'al reproducir este video, aceptas', 'para ver este vídeo, debes aceptar', 'para ver este video, debes aceptar'],
        it: ['riproducendo questo video, accetti', 'per guardare questo video, devi accettare'],
        pt: ['ao reproduzir este vídeo, você concorda', 'para assistir a este vídeo, você precisa aceitar'],
        nl: ['door deze video af te spelen, ga je akkoord', 'om deze video te bekijken, moet je'],
        ru: ['нажимая на воспроизведение видео, вы соглашаетесь', 'чтобы посмотреть это видео, примите'],
      }),
      maxWords: 60,
    },
  },
  {
    id: 'cookie/consent-button',
    kind: 'cookie',
    reason: 'Buttons of a consent banner ("Accept all", "Reject all", "Manage preferences", "Cookie settings").',
    match: {
      text: whole({
        en: [
          'accept', 'accept all', 'accept cookies', 'accept all cookies', 'i accept', 'i agree', 'agree', 'agree and close', 'agree & close',
          'accept and close', 'accept & close', 'accept and continue', 'reject', 'reject all', 'reject all cookies', 'decline', 'decline all',
          'allow all', 'allow cookies', 'allow all cookies', 'allow selection', 'deny', 'manage preferences', 'manage options', 'manage cookies',
          'manage cookie preferences', 'cookie settings', 'cookies settings', 'cookie preferences', 'privacy settings', 'save preferences',
          'save settings', 'save & exit', 'customize settings', 'customise settings', 'use necessary cookies only', 'only necessary cookies',
          'necessary only',
        ],
        de: [
          'akzeptieren', 'alle akzeptieren', 'alle cookies akzeptieren', 'zustimmen', 'alle ablehnen', 'ablehnen', 'einstellungen verwalten',
          'auswahl speichern', 'auswahl erlauben', 'nur notwendige cookies', 'akzeptieren und schließen', 'zustimmen und weiter', 'cookie-einstellungen',
          'datenschutzeinstellungen', 'privatsphäre-einstellungen',
        ],
        fr: [
          'tout accepter', 'accepter', "j'accepte", 'tout refuser', 'refuser', 'continuer sans accepter', 'paramétrer', 'personnaliser',
          'accepter et fermer', 'gérer mes choix', 'paramètres des cookies', 'gérer les cookies', 'enregistrer mes choix',
        ],
        es: [
          'aceptar', 'aceptar todo', 'aceptar todas', 'aceptar cookies', 'aceptar todas las cookies', 'rechazar', 'rechazar todo', 'configurar',
          'configurar cookies', 'configuración de cookies', 'acepto', 'estoy de acuerdo', 'guardar preferencias',
        ],
        it: [
          'accetta', 'accetta tutto', 'accetta tutti', 'accetta tutti i cookie', 'accetto', 'rifiuta', 'rifiuta tutto', 'personalizza',
          'gestisci preferenze', 'gestisci le preferenze', 'accetta e chiudi', 'impostazioni dei cookie', 'salva preferenze',
        ],
        pt: [
          'aceitar', 'aceitar tudo', 'aceitar todos', 'aceitar cookies', 'aceito', 'concordo', 'rejeitar', 'rejeitar tudo', 'recusar',
          'personalizar', 'gerenciar preferências', 'gerir preferências', 'configurações de cookies', 'definições de cookies',
        ],
        nl: [
          'accepteren', 'alles accepteren', 'accepteer', 'accepteer alle cookies', 'akkoord', 'ik ga akkoord', 'weigeren', 'alles weigeren',
          'voorkeuren beheren', 'cookie-instellingen', 'cookie instellingen', 'instellingen aanpassen',
        ],
        ru: ['принять', 'принять все', 'согласен', 'я согласен', 'отклонить', 'отклонить все', 'принять и закрыть', 'настройки cookie', 'настроить cookie'],
      }),
      maxWords: 5,
    },
  },
  {
    id: 'cookie/category-label',
    kind: 'cookie',
    reason: 'Consent categories ("Strictly necessary cookies", "Always active") are the settings panel of a consent banner.',
    match: {
      text: whole({
        en: [
          'necessary always enabled', 'always enabled', 'always active', 'non-necessary', 'strictly necessary', 'strictly necessary cookies',
          'necessary cookies', 'functional cookies', 'performance cookies', 'analytics cookies', 'targeting cookies', 'marketing cookies',
          'advertising cookies', 'preference cookies', 'privacy overview', 'cookie details', 'cookie list',
        ],
        de: ['notwendige cookies', 'essenzielle cookies', 'funktionale cookies', 'statistik-cookies', 'marketing-cookies', 'immer aktiv', 'unbedingt erforderliche cookies'],
        fr: ['cookies nécessaires', 'cookies strictement nécessaires', 'cookies fonctionnels', 'cookies de performance', 'cookies publicitaires', 'cookies analytiques', 'toujours actif', 'toujours activé'],
        es: ['cookies necesarias', 'cookies necesarios', 'cookies estrictamente necesarias', 'cookies analíticas', 'cookies de marketing', 'cookies funcionales', 'siempre activas', 'siempre activo'],
        it: ['cookie necessari', 'cookie strettamente necessari', 'cookie tecnici', 'cookie analitici', 'cookie di profilazione', 'cookie funzionali', 'sempre attivi', 'sempre attivo'],
        pt: ['cookies necessários', 'cookies estritamente necessários', 'cookies analíticos', 'cookies de marketing', 'cookies funcionais', 'sempre ativo', 'sempre ativos'],
        nl: ['noodzakelijke cookies', 'functionele cookies', 'analytische cookies', 'marketingcookies', 'marketing cookies', 'tracking cookies', 'altijd actief'],
        ru: ['необходимые файлы cookie', 'обязательные cookie', 'аналитические cookie', 'маркетинговые cookie', 'функциональные cookie', 'всегда активны'],
      }),
      maxWords: 5,
    },
  },
  {
    id: 'cookie/banner-class',
    kind: 'cookie',
    reason: 'Elements classed cookie, consent or gdpr are consent banners.',
    match: { tokens: ['cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'cookiebanner', 'cookie-banner', 'cookie-notice', 'cookie-consent', 'cc-banner'], genericTokens: ['cmp'], maxWords: 300 },
  },
  {
    id: 'cookie/consent-platform',
    kind: 'cookie',
    reason: "A consent platform's own elements (OneTrust, Didomi, Cookiebot …) hold its banner and settings panel, never the article, however long.",
    match: { tokens: ['onetrust', 'didomi', 'qc-cmp2', 'cookiebot', 'usercentrics', 'truste', 'trustarc'], thirdParty: true },
  },
] as const satisfies readonly Rule[]
