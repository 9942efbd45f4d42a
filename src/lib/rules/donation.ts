/** Donation: appeals for money or membership that interrupt or end an article. */
import type { Rule } from '../types.js'
import { contains, starts } from './patterns.js'

export const donationRules = [
  {
    id: 'donation/message-from',
    kind: 'donation',
    reason: '"A Message from <publication>:" and "Dear readers," open a letter to readers placed after the article: the article is over.',
    match: { text: starts(['a message from', 'a note from', 'a letter from', 'dear reader', 'dear readers', 'liebe leserinnen', 'liebe leser', 'chers lecteurs', 'chères lectrices', 'queridos lectores', 'estimados lectores', 'cari lettori', 'caros leitores', 'beste lezers', 'дорогие читатели', 'уважаемые читатели']), maxWords: 12 },
    scope: 'end',
  },
  {
    id: 'donation/appeal-heading',
    kind: 'donation',
    reason: 'Headings such as "Support independent journalism" or "Before you go" open a donation box.',
    match: {
      text: starts([
        'support us', 'support our journalism', 'support independent journalism', 'support the guardian', 'support quality journalism',
        'enjoying ad-free content', 'before you go', 'we need your help', 'we need your support', 'can you help', 'will you support',
        'make a contribution', 'make a donation', 'donate now', 'donate today', 'donate', 'give now', 'become a member', 'become a supporter',
        'become a patron', 'join our members', 'not ready to support', 'contribute now', 'contribute today', 'chip in',
        'unterstützen sie uns', 'unterstützen sie', 'jetzt spenden', 'jetzt unterstützen', 'spenden', 'soutenez-nous', 'soutenez', 'faire un don', 'faites un don',
        'apóyanos', 'apoya', 'haz una donación', 'dona ahora', 'sostienici', 'sostieni', 'fai una donazione', 'dona ora',
        'apoie', 'faça uma doação', 'doe agora', 'steun ons', 'steun', 'doneer', 'doneer nu',
        'поддержите нас', 'поддержите', 'пожертвовать', 'сделать пожертвование', 'помогите нам',
      ]),
      maxWords: 12,
    },
    scope: 'section',
  },
  {
    id: 'donation/appeal-text',
    kind: 'donation',
    reason: 'Short lines asking for "your support", a donation or a contribution belong to an appeal box, not to the report.',
    match: {
      text: contains([
        'your support can', 'your support helps', 'your support makes', 'with your support', 'support us', 'please donate',
        'donate now', 'make a donation', 'make a contribution', 'every contribution', 'recurring contribution',
        'one-off contribution', 'payment methods', 'paiment methods', 'support our work', 'reader-funded',
        'reader-supported', 'supported by readers', 'we need your help', 'not ready to support',
        'mit ihrer unterstützung', 'jetzt spenden', 'votre soutien nous', 'faites un don', 'con tu apoyo', 'haz una donación',
        'con il tuo sostegno', 'fai una donazione', 'com o seu apoio', 'faça uma doação', 'met uw steun', 'doneer nu',
        'ваша поддержка', 'поддержите нас',
      ]),
      maxWords: 40,
    },
    scope: 'section',
  },
  {
    id: 'donation/appeal-class',
    kind: 'donation',
    reason: 'Elements classed donate, donation, contribute or support-us are donation boxes.',
    match: { tokens: ['donate', 'donation', 'donations', 'contribute', 'contributions', 'contribution', 'support-us', 'plea', 'epic', 'membership-prompt'], maxWords: 300 },
  },
] as const satisfies readonly Rule[]
