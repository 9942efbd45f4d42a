/** Chrome: the page's own controls that copy along with the text (buttons, close glyphs, counters). */
import type { Rule } from '../types.js'
import { VISUALLY_HIDDEN_CLASSES } from '../html/tags.js'
import { starts, whole, withKeyWords, withLanguages } from './patterns.js'

/** "1 of 12", "Image 3/10", "Foto 2 von 8": a gallery position, optionally named, numbers bounded. */
const MEDIA_COUNTER = withKeyWords(
  withLanguages(
    /^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|imagem|afbeelding|фото)\s+)?\d{1,3}\s*(?:of|\/|von|sur|de|di|van|из)\s*\d{1,3}$/iu,
    ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru'],
  ),
  ['of', '/', 'von', 'sur', 'de', 'di', 'van', 'из'],
)

/** A lone counter ("6", "1.2k", "34K"): the number on a share, like or gallery button. */
const LONE_COUNTER = /^[\s\p{P}]{0,2}\d{1,6}(?:[.,]\d{1,2})?[kKmM]?[\s\p{P}]{0,2}$/u

export const chromeRules = [
  {
    id: 'chrome/close-glyph',
    kind: 'chrome',
    reason: 'A lone ×, ✕ or "Close" is the close button of a banner or modal.',
    match: {
      text: whole({
        any: ['×', '✕', '✖', '✗', '╳', 'x'],
        en: ['close'],
        de: ['schließen'],
        fr: ['fermer'],
        es: ['cerrar'],
        it: ['chiudi'],
        pt: ['fechar'],
        nl: ['sluiten'],
        ru: ['закрыть'],
      }),
      maxWords: 1,
    },
  },
  {
    id: 'chrome/button-line',
    kind: 'chrome',
    reason: 'A line that is only a button label (Continue, Show more, Back to top, Once / Monthly) is an interface control, not prose.',
    match: {
      text: whole({
        en: [
          'once', 'one time', 'one-time', 'monthly', 'annual', 'annually', 'yearly', 'continue', 'submit', 'ok', 'okay', 'got it',
          'cancel', 'back', 'next', 'previous', 'prev', 'show more', 'load more', 'see more', 'view more', 'show less', 'expand',
          'collapse', 'listen', 'play', 'pause', 'play video', 'watch', 'watch video', 'listen to this article', 'open in app', 'open',
          'toggle', 'select', 'send', 'go', 'done', 'back to top', 'scroll to top', 'top of page', 'caption', 'hide caption',
          'toggle caption', 'show caption', 'expand image', 'enlarge image', 'enlarge this image', 'view full image', 'back to gallery',
          'view gallery', 'open gallery', 'replay', 'unmute', 'mute', 'full screen', 'fullscreen', 'continue reading',
          'continue reading the main story', 'continue reading below',
        ],
        de: ['einmalig', 'monatlich', 'jährlich', 'mehr anzeigen', 'mehr laden', 'weiter', 'zurück', 'nach oben', 'zum seitenanfang', 'abspielen', 'vollbild', 'bild vergrößern', 'artikel anhören'],
        fr: ['une fois', 'ponctuel', 'mensuel', 'annuel', 'afficher plus', 'voir plus', 'charger plus', 'suivant', 'précédent', 'retour en haut', 'haut de page', 'lecture', 'plein écran', 'agrandir', "écouter l'article"],
        es: ['una vez', 'mensual', 'anual', 'ver más', 'mostrar más', 'cargar más', 'siguiente', 'anterior', 'volver arriba', 'ir arriba', 'reproducir', 'pantalla completa', 'ampliar', 'escuchar'],
        it: ['una tantum', 'mensile', 'annuale', 'mostra di più', 'carica altri', 'avanti', 'indietro', 'successivo', 'precedente', 'torna su', "torna all'inizio", 'riproduci', 'schermo intero', 'ingrandisci', 'ascolta'],
        pt: ['uma vez', 'mensal', 'anual', 'mostrar mais', 'ver mais', 'carregar mais', 'próximo', 'anterior', 'voltar ao topo', 'reproduzir', 'tela cheia', 'ecrã inteiro', 'ampliar', 'ouvir'],
        nl: ['eenmalig', 'maandelijks', 'jaarlijks', 'meer tonen', 'toon meer', 'laad meer', 'volgende', 'vorige', 'terug naar boven', 'naar boven', 'afspelen', 'volledig scherm', 'vergroten', 'luister'],
        ru: ['разово', 'ежемесячно', 'ежегодно', 'показать ещё', 'показать еще', 'загрузить ещё', 'загрузить еще', 'далее', 'назад', 'наверх', 'вперёд', 'вперед', 'смотреть', 'слушать', 'во весь экран'],
      }),
      maxWords: 4,
    },
  },
  {
    id: 'chrome/dismiss',
    kind: 'chrome',
    reason: '"Remind me later", "No thanks", "Not now" dismiss a prompt; they are never article text.',
    match: {
      text: whole({
        en: ['remind me later', 'no thanks', 'no, thanks', 'not now', 'maybe later', 'dismiss', 'close this', 'later', 'no thank you', 'skip'],
        de: ['nein danke', 'nein, danke', 'später', 'jetzt nicht', 'vielleicht später', 'später erinnern'],
        fr: ['non merci', 'plus tard', 'pas maintenant', 'me le rappeler plus tard'],
        es: ['no gracias', 'no, gracias', 'más tarde', 'ahora no', 'quizás más tarde', 'recordármelo más tarde'],
        it: ['no grazie', 'no, grazie', 'più tardi', 'non ora', 'ricordamelo più tardi'],
        pt: ['não, obrigado', 'não obrigado', 'mais tarde', 'agora não', 'lembrar mais tarde'],
        nl: ['nee bedankt', 'nee, bedankt', 'later', 'niet nu', 'misschien later', 'herinner me later'],
        ru: ['нет, спасибо', 'нет спасибо', 'позже', 'не сейчас', 'напомнить позже'],
      }),
      maxWords: 4,
    },
  },
  {
    id: 'chrome/skip-link',
    kind: 'chrome',
    reason: '"Skip to content" links exist for keyboard users and carry no article text.',
    match: {
      text: starts({
        en: [
          'skip to content', 'skip to main content', 'skip to article', 'skip to main', 'skip to navigation', 'skip to search',
          'skip to footer', 'skip to primary navigation', 'skip to site navigation', 'skip navigation', 'skip to sections navigation',
          'jump to content', 'jump to navigation', 'jump to main content',
        ],
        de: ['zum inhalt springen', 'direkt zum inhalt', 'zum hauptinhalt', 'zur navigation springen', 'zur navigation', 'zur suche springen'],
        fr: ['aller au contenu', 'aller au contenu principal', 'passer au contenu', 'accéder au contenu', 'aller au menu', 'aller à la navigation', 'aller à la recherche'],
        es: ['saltar al contenido', 'ir al contenido', 'pasar al contenido principal', 'saltar a la navegación', 'ir a la navegación'],
        it: ['vai al contenuto', 'salta al contenuto', 'vai al contenuto principale', 'vai al menu', 'salta alla navigazione'],
        pt: ['pular para o conteúdo', 'ir para o conteúdo', 'saltar para o conteúdo', 'ir para o conteúdo principal', 'ir para a navegação'],
        nl: ['naar inhoud', 'ga naar de inhoud', 'direct naar inhoud', 'naar hoofdinhoud', 'ga naar hoofdinhoud', 'naar navigatie'],
        ru: ['перейти к содержимому', 'перейти к содержанию', 'перейти к основному содержанию', 'к содержанию', 'перейти к навигации'],
      }),
      maxWords: 6,
    },
  },
  {
    id: 'chrome/script-notice',
    kind: 'chrome',
    reason: 'Notices that the browser lacks JavaScript or a feature (a media player\'s "playback is unsupported" fallback) describe the page, not the story.',
    match: {
      text: starts({
        en: [
          'please enable javascript', 'you need to enable javascript', 'javascript is disabled', 'javascript is required',
          'this site requires javascript', 'your browser does not support', 'to view this video please enable javascript',
          "we've detected that javascript is disabled", 'this slideshow requires javascript', 'this content requires javascript',
          'please upgrade your browser', 'you are using an outdated browser', 'media playback is unsupported',
          'media playback is not supported', 'video playback is not supported',
        ],
        de: ['bitte aktivieren sie javascript', 'javascript ist deaktiviert', 'ihr browser unterstützt', 'um dieses video'],
        fr: ['veuillez activer javascript', 'javascript est désactivé', 'votre navigateur ne prend pas en charge'],
        es: ['por favor, habilita javascript', 'por favor habilita javascript', 'activa javascript', 'tu navegador no soporta', 'su navegador no admite'],
        it: ['per favore abilita javascript', 'abilita javascript', 'javascript è disabilitato', 'il tuo browser non supporta'],
        pt: ['por favor, ative o javascript', 'ative o javascript', 'habilite o javascript', 'seu navegador não suporta', 'o seu navegador não suporta'],
        nl: ['schakel javascript in', 'javascript is uitgeschakeld', 'je browser ondersteunt', 'uw browser ondersteunt'],
        ru: ['включите javascript', 'для работы сайта необходим javascript', 'ваш браузер не поддерживает'],
      }),
      maxWords: 40,
    },
  },
  {
    id: 'chrome/media-counter',
    kind: 'chrome',
    reason: 'Gallery counters ("1 of 12", "Image 3/10") label slideshow controls.',
    match: { text: MEDIA_COUNTER, maxWords: 4 },
  },
  {
    id: 'chrome/counter',
    kind: 'chrome',
    reason: 'A line that is only a number ("6", "1.2k") is the counter of a share, like or gallery button.',
    match: { text: LONE_COUNTER, maxWords: 2 },
  },
  {
    id: 'chrome/account-link',
    kind: 'chrome',
    reason: 'A line that is only "Sign in", "Log out" or "My account" is the site\'s account menu.',
    match: {
      text: whole({
        en: [
          'sign in', 'log in', 'login', 'log out', 'logout', 'sign out', 'my account', 'account', 'register', 'sign up',
          'log in or sign up', 'sign in or register', 'sign in / register', 'create account', 'create an account', 'edit profile',
          'manage account', 'my profile', 'welcome back',
        ],
        de: ['anmelden', 'einloggen', 'abmelden', 'ausloggen', 'registrieren', 'mein konto', 'konto erstellen', 'mein profil'],
        fr: ['se connecter', 'connexion', 'se déconnecter', 'déconnexion', 'mon compte', "s'inscrire", 'créer un compte', 'mon profil'],
        es: ['iniciar sesión', 'inicia sesión', 'cerrar sesión', 'mi cuenta', 'regístrate', 'registrarse', 'crear cuenta', 'mi perfil', 'entrar'],
        it: ['accedi', 'login', 'esci', 'il mio account', 'registrati', 'crea un account', 'il mio profilo'],
        pt: ['entrar', 'sair', 'iniciar sessão', 'minha conta', 'a minha conta', 'cadastre-se', 'criar conta', 'registar', 'meu perfil'],
        nl: ['inloggen', 'log in', 'uitloggen', 'mijn account', 'registreren', 'account aanmaken', 'mijn profiel'],
        ru: ['войти', 'выйти', 'вход', 'регистрация', 'зарегистрироваться', 'личный кабинет', 'мой профиль'],
      }),
      maxWords: 5,
    },
  },
  {
    id: 'chrome/screen-reader-class',
    kind: 'chrome',
    reason: 'Text styled for screen readers only (sr-only, visually-hidden) is invisible on the page.',
    match: { tokens: [...VISUALLY_HIDDEN_CLASSES, 'hidden-text'] },
  },
] as const satisfies readonly Rule[]

/**
 * Chrome rules tried after every other rule: a button's own label may name it more precisely
 * ("Accept all" in a consent banner is cookie, "Donate" is donation); any other button is chrome.
 */
export const chromeFallbackRules = [
  {
    id: 'chrome/button-element',
    kind: 'chrome',
    reason: 'The label of a <button> (or role=button) is an interface control, never article text.',
    match: { tokens: ['tag:button', 'role:button'], maxWords: 12 },
  },
] as const satisfies readonly Rule[]
