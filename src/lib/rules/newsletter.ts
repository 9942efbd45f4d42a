/** Newsletter: e-mail sign-up boxes. */
import type { Rule } from '../types.js'
import { contains, followedBy, whole, withKeyWords, withLanguages } from './patterns.js'

/** Characters allowed between a sign-up verb and the newsletter it offers ("Sign up for the free daily newsletter"). */
const INVITATION_GAP = 40

/**
 * A short line ending in a newsletter's name ("Pick Six Newsletter", "The Morning Briefing newsletter"):
 * the heading of a sign-up box. Plural or bare ("Newsletters") it is a menu link instead.
 */
const NEWSLETTER_NAME = withKeyWords(
  withLanguages(
    /^[^.!?\n]{1,60}?\s(?:newsletter|e-?mail newsletter|nieuwsbrief|boletín|boletim|infolettre|lettre d['’]information|рассылка)[\s\p{P}]{0,3}$/iu,
    ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru'],
  ),
  ['newsletter', 'nieuwsbrief', 'boletín', 'boletim', 'infolettre', 'information', 'рассылка'],
)

/** Sign-up invitations: a sentence opening with a sign-up verb, then a newsletter or mailing list a few words on. */
const INVITATION = followedBy(
  {
    en: [
      ['sign up', 'subscribe', 'register', 'get', 'join our', 'receive'],
      ['newsletter', 'newsletters', 'mailing list', 'email list', 'email updates', 'email alerts', 'e-mail updates', 'daily briefing', 'in your inbox', 'to your inbox'],
    ],
    de: [['melden sie sich', 'abonnieren sie', 'erhalten sie', 'registrieren sie sich', 'melde dich', 'abonniere'], ['newsletter', 'newsletters']],
    fr: [['inscrivez-vous', 'abonnez-vous', 'recevez', 'inscris-toi', "s'inscrire", "s'abonner"], ['newsletter', 'newsletters', 'lettre d\'information', 'infolettre']],
    es: [['suscríbete', 'suscríbase', 'apúntate', 'regístrate', 'recibe', 'suscribirse'], ['boletín', 'boletines', 'newsletter', 'newsletters']],
    it: [['iscriviti', 'registrati', 'ricevi', 'abbonati', 'iscriversi'], ['newsletter']],
    pt: [['inscreva-se', 'assine', 'cadastre-se', 'receba', 'subscreva'], ['newsletter', 'newsletters', 'boletim']],
    nl: [['schrijf je in', 'schrijf u in', 'meld je aan', 'meld u aan', 'abonneer je', 'ontvang'], ['nieuwsbrief', 'nieuwsbrieven']],
    ru: [['подпишитесь', 'подписаться', 'подпишись', 'получайте'], ['рассылку', 'рассылка', 'рассылки', 'newsletter']],
  },
  INVITATION_GAP,
  'sentence',
)

/** Phrases only sign-up boxes use: inbox promises, e-mail fields, the fine print under the button. */
const SIGN_UP_PHRASES = contains({
  en: [
    'newsletter sign up', 'newsletter sign-up', 'newsletter signup', 'subscribe to our newsletter', 'sign up for our newsletter',
    'sign up to our newsletter', 'you have successfully subscribed', 'confirm your subscription', 'activation link',
    'sign up here', 'delivered to your inbox', 'straight to your inbox', 'directly to your inbox', 'direct to your inbox',
    'right to your inbox', 'in your inbox every', 'to your inbox every', 'enter your email', 'enter your e-mail', 'by signing up, you agree',
    'by subscribing, you agree', 'by clicking subscribe', "you're all set", 'thanks for signing up', 'thank you for signing up',
    'thank you for subscribing', 'no spam, we promise', 'we promise not to spam', 'we will never spam', "we'll never spam",
    'unsubscribe at any time', 'opt out at any time', 'invalid email address', 'please enter a valid email', 'keep an eye on your inbox',
    'check the opt-in box', 'error processing your subscription',
  ],
  de: [
    'newsletter abonnieren', 'zum newsletter anmelden', 'für unseren newsletter', 'ihre e-mail-adresse eingeben', 'e-mail-adresse eingeben',
    'direkt in ihr postfach', 'abmeldung jederzeit möglich', 'jederzeit abbestellen', 'jederzeit wieder abmelden',
    'danke für ihre anmeldung', 'vielen dank für ihre anmeldung',
  ],
  fr: [
    'saisissez votre adresse e-mail',
    'entrez votre adresse e-mail', 'directement dans votre boîte', 'chaque jour dans votre boîte', 'désinscrire à tout moment',
    'désabonner à tout moment', 'merci pour votre inscription',
  ],
  es: [
    'introduce tu correo electrónico',
    'introduce tu email', 'escribe tu correo electrónico', 'directamente en tu bandeja de entrada', 'darte de baja en cualquier momento',
    'gracias por suscribirte',
  ],
  it: [
    'inserisci il tuo indirizzo email', 'inserisci la tua email',
    'direttamente nella tua casella', "annullare l'iscrizione in qualsiasi momento", 'grazie per esserti iscritto',
  ],
  pt: [
    'digite seu e-mail', 'digite o seu e-mail',
    'insira seu e-mail', 'informe seu e-mail', 'diretamente na sua caixa de entrada', 'cancelar a inscrição a qualquer momento',
    'obrigado por se inscrever',
  ],
  nl: [
    'vul je e-mailadres in', 'vul uw e-mailadres in', 'direct in je mailbox', 'direct in je inbox', 'je kunt je altijd afmelden', 'bedankt voor je aanmelding',
  ],
  ru: [
    'введите ваш e-mail', 'введите ваш email',
    'введите e-mail', 'прямо на вашу почту', 'отписаться в любой момент', 'спасибо за подписку',
  ],
})

export const newsletterRules = [
  {
    id: 'newsletter/sign-up',
    kind: 'newsletter',
    reason: 'Inbox promises and the fine print of sign-up forms ("Enter your email", "Unsubscribe at any time") are sign-up boxes, not reporting.',
    match: { text: SIGN_UP_PHRASES, maxWords: 45 },
    scope: 'section',
  },
  {
    id: 'newsletter/invitation',
    kind: 'newsletter',
    reason: 'A sentence inviting the reader to sign up for a newsletter ("Sign up for our free daily newsletter") is a plug, wherever it stands.',
    match: { text: INVITATION, maxWords: 45 },
  },
  {
    id: 'newsletter/heading',
    kind: 'newsletter',
    reason: 'A short line naming a newsletter ("The Morning Briefing newsletter") heads a sign-up box.',
    match: { text: NEWSLETTER_NAME, maxWords: 8 },
    scope: 'section',
  },
  {
    id: 'newsletter/menu-link',
    kind: 'newsletter',
    reason: 'A line that is only "Newsletters" or "Email newsletters" links to the sign-up page; it opens no box.',
    match: {
      text: whole({
        en: ['newsletter', 'newsletters', 'email newsletters', 'e-mail newsletters', 'our newsletters', 'all newsletters', 'see all newsletters', 'more newsletters', 'free newsletters', 'email alerts'],
        de: ['newsletter', 'unsere newsletter', 'alle newsletter'],
        fr: ['newsletters', 'nos newsletters', 'lettres d\'information', 'infolettres'],
        es: ['boletines', 'nuestros boletines', 'newsletters'],
        it: ['newsletter', 'le nostre newsletter'],
        pt: ['newsletters', 'nossas newsletters', 'boletins'],
        nl: ['nieuwsbrief', 'nieuwsbrieven', 'onze nieuwsbrieven'],
        ru: ['рассылки', 'наши рассылки', 'рассылка'],
      }),
      maxWords: 4,
    },
  },
  {
    id: 'newsletter/email-field',
    kind: 'newsletter',
    reason: 'A line that is only an e-mail field label ("Email address", "Your email") belongs to a sign-up form.',
    match: {
      text: whole({
        en: ['email address', 'e-mail address', 'your email', 'your email address', 'your e-mail address', 'enter your email', 'enter your email address'],
        de: ['e-mail-adresse', 'ihre e-mail-adresse', 'ihre e-mail', 'deine e-mail-adresse'],
        fr: ['adresse e-mail', 'adresse email', 'votre adresse e-mail', 'votre adresse email', 'votre e-mail'],
        es: ['correo electrónico', 'tu correo electrónico', 'tu email', 'tu e-mail', 'dirección de correo electrónico'],
        it: ['indirizzo email', 'il tuo indirizzo email', 'la tua email', 'indirizzo e-mail'],
        pt: ['endereço de e-mail', 'seu e-mail', 'o seu e-mail', 'seu email', 'endereço de email'],
        nl: ['e-mailadres', 'je e-mailadres', 'uw e-mailadres', 'jouw e-mailadres'],
        ru: ['ваш e-mail', 'ваш email', 'электронная почта', 'адрес электронной почты'],
      }),
      maxWords: 6,
    },
  },
  {
    id: 'newsletter/signup-class',
    kind: 'newsletter',
    reason: 'Elements classed newsletter or signup are e-mail sign-up boxes.',
    match: { tokens: ['newsletter', 'newsletters', 'newsletter-signup', 'signup', 'sign-up', 'email-signup', 'mailchimp', 'mc4wp', 'optin', 'opt-in'], genericTokens: ['signup', 'sign-up', 'optin', 'opt-in'], maxWords: 200 },
  },
] as const satisfies readonly Rule[]
