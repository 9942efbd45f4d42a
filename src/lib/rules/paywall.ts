/** Paywall: prompts that gate the article behind a subscription or a login. */
import type { Rule } from '../types.js'
import { contains, starts, whole } from './patterns.js'

export const paywallRules = [
  {
    id: 'paywall/continue-reading',
    kind: 'paywall',
    reason: '"Subscribe to continue reading" and its kin stand where the free part of a gated article stops.',
    match: {
      text: contains([
        'subscribe to continue reading', 'subscribe to read', 'to continue reading', 'to read the full story', 'to read the full article',
        'to read this article', 'continue reading your article', 'this article is for subscribers', 'this content is for subscribers',
        'for subscribers only', 'subscribers only', 'exclusive for subscribers', 'you have reached your limit', 'you\'ve reached your limit',
        'free articles remaining', 'free article limit', 'unlock this article', 'create a free account to continue',
        'register to continue reading', 'sign in to continue reading', 'log in to continue reading', 'start your free trial',
        'subscribe now for', 'subscribe for full access', 'already have an account',
        'jetzt weiterlesen', 'weiterlesen mit', 'nur für abonnenten', 'exklusiv für abonnenten', 'abonnieren sie jetzt', 'abo abschließen',
        'réservé aux abonnés', 'pour lire la suite', 'abonnez-vous pour lire', 'lire la suite de l\'article',
        'exclusivo para suscriptores', 'solo para suscriptores', 'para seguir leyendo', 'suscríbete para seguir leyendo',
        'riservato agli abbonati', 'per continuare a leggere', 'abbonati per leggere',
        'exclusivo para assinantes', 'para continuar lendo', 'assine para ler', 'conteúdo exclusivo para assinantes',
        'alleen voor abonnees', 'om verder te lezen', 'word abonnee', 'lees verder met',
        'только для подписчиков', 'чтобы продолжить чтение', 'оформите подписку',
      ]),
      maxWords: 40,
    },
  },
  {
    id: 'paywall/already-subscriber',
    kind: 'paywall',
    reason: '"Already a subscriber? Log in" belongs to the subscription prompt.',
    match: { text: starts(['already a subscriber', 'already subscribed', 'are you a subscriber', 'schon abonnent', 'bereits abonnent', 'déjà abonné', 'ya eres suscriptor', 'ya soy suscriptor', 'sei già abbonato', 'já é assinante', 'al abonnee', 'уже подписаны', 'уже есть подписка']), maxWords: 15 },
  },
  {
    id: 'paywall/subscribe-button',
    kind: 'paywall',
    reason: 'A line that is only "Subscribe" or "Subscribe now" is the button of a subscription prompt.',
    match: { text: whole(['subscribe', 'subscribe now', 'subscribe today', 'subscribesign in', 'subscribe sign in', 'sign in', 'log in', 'login', 'sign in to read', 'abonnieren', 'jetzt abonnieren', 'anmelden', 's\'abonner', 'abonnez-vous', 'se connecter', 'suscríbete', 'suscribirse', 'iniciar sesión', 'abbonati', 'accedi', 'assine', 'assinar', 'entrar', 'abonneer', 'inloggen', 'подписаться', 'войти']), maxWords: 4 },
  },
  {
    id: 'paywall/prompt-class',
    kind: 'paywall',
    reason: 'Elements classed as paywall or subscription prompts (paywall, regwall, piano, meter) gate the article; they are not it.',
    match: { tokens: ['paywall', 'regwall', 'piano', 'tp-modal', 'subscription-prompt', 'subscribe-prompt', 'meter', 'metered', 'premium-prompt', 'pw-prompt'], maxWords: 200 },
  },
] as const satisfies readonly Rule[]
