/** Newsletter: e-mail sign-up boxes. */
import type { Rule } from '../types.js'
import { contains } from './patterns.js'

export const newsletterRules = [
  {
    id: 'newsletter/sign-up',
    kind: 'newsletter',
    reason: 'Invitations to get a newsletter or e-mails are sign-up boxes, not reporting.',
    match: {
      text: contains([
        'sign up for our newsletter', 'sign up for the newsletter', 'subscribe to our newsletter', 'subscribe to the newsletter',
        'sign up to our newsletter', 'sign up for our daily', 'sign up for our weekly', 'get our newsletter', 'our free newsletter',
        'newsletter sign up', 'newsletter signup', 'sign up for newsletters', 'sign up here', 'delivered to your inbox',
        'straight to your inbox', 'in your inbox', 'to your inbox', 'enter your email', 'enter your e-mail', 'your email address',
        'by signing up, you agree', 'by subscribing, you agree', 'you\'re all set', 'thanks for signing up', 'thank you for subscribing',
        'newsletter abonnieren', 'zum newsletter anmelden', 'für unseren newsletter', 'ihre e-mail-adresse',
        'inscrivez-vous à notre newsletter', 'inscrivez-vous à la newsletter', 'abonnez-vous à notre newsletter', 'votre adresse e-mail', 'votre adresse email',
        'suscríbete a nuestro boletín', 'suscríbete a nuestra newsletter', 'recibe nuestro boletín', 'tu correo electrónico',
        'iscriviti alla newsletter', 'iscriviti alla nostra newsletter', 'il tuo indirizzo email',
        'inscreva-se na nossa newsletter', 'assine nossa newsletter', 'assine a newsletter', 'seu e-mail',
        'schrijf je in voor onze nieuwsbrief', 'schrijf je in voor de nieuwsbrief', 'meld je aan voor de nieuwsbrief', 'ontvang onze nieuwsbrief',
        'подпишитесь на нашу рассылку', 'подпишитесь на рассылку', 'подписаться на рассылку', 'ваш e-mail',
      ]),
      maxWords: 45,
    },
    scope: 'section',
  },
  {
    id: 'newsletter/heading',
    kind: 'newsletter',
    reason: 'A short line naming a newsletter ("Newsletter", "The Morning Briefing newsletter") heads a sign-up box.',
    match: { text: /^[^.!?]{0,60}(?:newsletters?|nieuwsbrief|boletín|рассылка)[\s\p{P}]{0,3}$/iu, maxWords: 8 },
    scope: 'section',
  },
  {
    id: 'newsletter/signup-class',
    kind: 'newsletter',
    reason: 'Elements classed newsletter or signup are e-mail sign-up boxes.',
    match: { tokens: ['newsletter', 'newsletters', 'newsletter-signup', 'signup', 'sign-up', 'email-signup', 'mailchimp', 'mc4wp', 'optin', 'opt-in'], maxWords: 200 },
  },
] as const satisfies readonly Rule[]
