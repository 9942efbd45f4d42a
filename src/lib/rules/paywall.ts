/** Paywall: prompts that gate the article behind a subscription or a login. */
import type { Rule } from '../types.js'
import { contains, starts, whole } from './patterns.js'

export const paywallRules = [
  {
    id: 'paywall/continue-reading',
    kind: 'paywall',
    reason: '"Subscribe to continue reading" and its kin stand where the free part of a gated article stops.',
    match: {
      text: contains({
        en: [
          'subscribe to continue reading', 'subscribe to read', 'subscribe to keep reading', 'subscribe to unlock', 'to continue reading, please',
          'to continue reading this article', 'to continue reading, subscribe', 'to continue reading, log in', 'to read the full story',
          'to read the full article', 'to read this article', 'continue reading your article', 'this article is for subscribers',
          'this article is only available to subscribers', 'this content is for subscribers', 'this story is only available to subscribers',
          'for subscribers only', 'subscribers only', 'exclusive for subscribers', 'subscriber exclusive', 'you have reached your limit',
          "you've reached your limit", 'you have reached your free article limit', "you've read your", 'you have read your',
          'free articles remaining', 'free articles left', 'free article limit', 'unlock this article', 'unlock unlimited access',
          'get unlimited access', 'unlimited digital access', 'create a free account to continue',
          'register to continue reading', 'register for free to continue', 'sign in to continue reading', 'log in to continue reading',
          'start your free trial', 'subscribe now for', 'subscribe for full access', 'already have an account', 'become a subscriber to',
        ],
        de: [
          'jetzt weiterlesen', 'weiterlesen mit', 'nur für abonnenten', 'exklusiv für abonnenten', 'abonnieren sie jetzt', 'abo abschließen',
          'um den artikel weiterzulesen', 'um diesen artikel zu lesen', 'dieser artikel ist nur für abonnenten', 'lesen sie jetzt weiter',
          'jetzt abo abschließen', 'zugang zu allen artikeln', 'sie haben ihr limit', 'kostenlose artikel',
        ],
        fr: [
          'réservé aux abonnés', 'pour lire la suite', 'abonnez-vous pour lire', "lire la suite de l'article", 'cet article est réservé aux abonnés',
          'article réservé aux abonnés', 'accédez à tous nos contenus', 'articles gratuits', 'vous avez atteint la limite',
          'pour continuer à lire',
        ],
        es: [
          'exclusivo para suscriptores', 'solo para suscriptores', 'sólo para suscriptores', 'para seguir leyendo', 'suscríbete para seguir leyendo',
          'suscríbete para continuar', 'contenido exclusivo para suscriptores', 'este contenido es exclusivo', 'has alcanzado el límite',
          'artículos gratuitos', 'para continuar leyendo',
        ],
        it: [
          'riservato agli abbonati', 'per continuare a leggere', 'abbonati per leggere', 'abbonati per continuare', 'contenuto riservato agli abbonati',
          'articolo riservato agli abbonati', 'hai raggiunto il limite', 'articoli gratuiti', 'per leggere tutto',
        ],
        pt: [
          'exclusivo para assinantes', 'para continuar lendo', 'para continuar a ler', 'assine para ler', 'conteúdo exclusivo para assinantes',
          'continue lendo com', 'você atingiu o limite', 'atingiu o limite de', 'matérias gratuitas', 'reportagens gratuitas', 'artigos gratuitos',
        ],
        nl: [
          'alleen voor abonnees', 'om verder te lezen', 'word abonnee', 'lees verder met', 'dit artikel is alleen voor abonnees',
          'log in of word abonnee', 'je hebt het maximum', 'u heeft het maximum', 'gratis artikelen', 'lees dit artikel met',
        ],
        ru: [
          'только для подписчиков', 'чтобы продолжить чтение', 'оформите подписку', 'чтобы читать дальше', 'доступно только подписчикам',
          'материал доступен только', 'чтобы прочитать статью полностью', 'чтобы прочитать материал полностью', 'бесплатных статей',
        ],
      }),
      maxWords: 40,
    },
  },
  {
    id: 'paywall/already-subscriber',
    kind: 'paywall',
    reason: '"Already a subscriber? Log in" belongs to the subscription prompt.',
    match: {
      text: starts({
        en: ['already a subscriber', 'already subscribed', 'are you a subscriber', 'already a member', 'current subscriber', 'existing subscriber'],
        de: ['schon abonnent', 'bereits abonnent', 'sie sind bereits abonnent', 'schon abonniert', 'bereits abonniert'],
        fr: ['déjà abonné', 'vous êtes déjà abonné', 'déjà inscrit'],
        es: ['ya eres suscriptor', 'ya soy suscriptor', 'ya estás suscrito', '¿ya eres suscriptor'],
        it: ['sei già abbonato', 'già abbonato', 'sei già registrato'],
        pt: ['já é assinante', 'já sou assinante', 'já é cliente'],
        nl: ['al abonnee', 'ben je al abonnee', 'bent u al abonnee', 'heb je al een account'],
        ru: ['уже подписаны', 'уже есть подписка', 'уже подписчик', 'уже оформили подписку'],
      }),
      maxWords: 15,
    },
  },
  {
    id: 'paywall/subscribe-button',
    kind: 'paywall',
    reason: 'A line that is only "Subscribe" or "Subscribe now" is the button of a subscription prompt.',
    match: {
      text: whole({
        en: ['subscribe', 'subscribe now', 'subscribe today', 'subscribesign in', 'subscribe sign in', 'sign in to read', 'see subscription options', 'view subscription offers', 'get access', 'get full access'],
        de: ['abonnieren', 'jetzt abonnieren', 'abo', 'zum abo', 'abo abschließen', 'jetzt testen', 'abo-angebote'],
        fr: ["s'abonner", 'abonnez-vous', "je m'abonne", 'voir les offres', "offres d'abonnement"],
        es: ['suscríbete', 'suscribirse', 'suscríbete ahora', 'ver planes'],
        it: ['abbonati', 'abbonati ora', 'abbonarsi', 'scopri le offerte'],
        pt: ['assine', 'assinar', 'assine já', 'assine agora', 'ver planos'],
        nl: ['abonneer', 'abonneer nu', 'neem een abonnement', 'bekijk abonnementen'],
        ru: ['подписаться', 'оформить подписку', 'подпишитесь'],
      }),
      maxWords: 4,
    },
  },
  {
    id: 'paywall/prompt-class',
    kind: 'paywall',
    reason: 'Elements classed as paywall or subscription prompts (paywall, regwall, piano, meter) gate the article; they are not it.',
    match: { tokens: ['paywall', 'regwall', 'piano', 'tp-modal', 'subscription-prompt', 'subscribe-prompt', 'meter', 'metered', 'premium-prompt', 'pw-prompt'], genericTokens: ['piano', 'meter', 'metered'], maxWords: 200 },
  },
] as const satisfies readonly Rule[]
