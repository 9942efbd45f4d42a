/** Donation: appeals for money or membership that interrupt or end an article. */
import type { Rule } from '../types.js'
import { contains, starts, whole } from './patterns.js'

export const donationRules = [
  {
    id: 'donation/message-from',
    kind: 'donation',
    reason: '"A Message from <publication>:", "Dear readers," and "A word to our readers" open a letter to readers placed after the article: the article is over.',
    match: {
      text: starts({
        en: [
          'a message from', 'a note from', 'a letter from', 'dear reader', 'dear readers', 'a word to our readers', 'a word to our loyal readers',
          'a note to our readers', 'a letter to our readers', 'an open letter to our readers', 'to our readers',
        ],
        de: ['liebe leserinnen', 'liebe leser', 'liebe leserin', 'an unsere leserinnen und leser', 'an unsere leser', 'in eigener sache'],
        fr: ['chers lecteurs', 'chères lectrices', 'chère lectrice', 'cher lecteur', 'à nos lecteurs', 'un mot à nos lecteurs'],
        es: ['queridos lectores', 'estimados lectores', 'querido lector', 'querida lectora', 'a nuestros lectores'],
        it: ['cari lettori', 'care lettrici', 'caro lettore', 'cara lettrice', 'ai nostri lettori'],
        pt: ['caros leitores', 'caro leitor', 'cara leitora', 'prezados leitores', 'aos nossos leitores'],
        nl: ['beste lezers', 'beste lezer', 'lieve lezers', 'aan onze lezers'],
        ru: ['дорогие читатели', 'уважаемые читатели', 'дорогой читатель', 'нашим читателям', 'к нашим читателям'],
      }),
      maxWords: 12,
    },
    scope: 'end',
  },
  {
    id: 'donation/appeal-heading',
    kind: 'donation',
    reason: 'Headings such as "Support independent journalism" or "Before you go" open a donation box.',
    match: {
      text: starts({
        en: [
          'support us', 'support our journalism', 'support independent journalism', 'support quality journalism', 'support local journalism',
          'support local news', 'support our work', 'support our mission', 'support nonprofit journalism', 'will you support us',
          'will you support our', 'can you chip in', 'make a contribution', 'make a donation', 'donate now', 'donate today', 'give now',
          'give today', 'become a member', 'become a supporter', 'become a patron', 'join our members', 'not ready to support',
          'contribute now', 'contribute today', 'independent journalism needs you', 'enjoying ad-free content', 'enjoyed this article?',
          'enjoying this article?', 'like what you read?',
        ],
        de: [
          'unterstützen sie uns', 'unterstützen sie unabhängigen journalismus', 'unterstützen sie unsere arbeit', 'jetzt spenden',
          'jetzt unterstützen', 'werden sie mitglied', 'jetzt mitglied werden', 'unabhängigen journalismus unterstützen',
        ],
        fr: [
          'soutenez-nous', 'soutenez notre journalisme', 'soutenez un journalisme indépendant', 'soutenez notre travail', 'faire un don',
          'faites un don', 'je fais un don', 'je soutiens', 'devenez membre', 'devenez donateur',
        ],
        es: [
          'apóyanos', 'apoya nuestro periodismo', 'apoya el periodismo independiente', 'apoya nuestro trabajo', 'haz una donación',
          'dona ahora', 'hazte socio', 'hazte socia', 'hazte miembro', 'colabora con nosotros',
        ],
        it: [
          'sostienici', 'sostieni il giornalismo indipendente', 'sostieni il nostro lavoro', 'sostieni la nostra informazione',
          'fai una donazione', 'dona ora', 'diventa socio', 'diventa sostenitore',
        ],
        pt: [
          'apoie-nos', 'apoie o jornalismo independente', 'apoie o nosso trabalho', 'apoie nosso trabalho', 'faça uma doação', 'doe agora',
          'seja membro', 'seja um apoiador', 'seja apoiador', 'seja assinante apoiador',
        ],
        nl: [
          'steun ons', 'steun onafhankelijke journalistiek', 'steun onze journalistiek', 'doneer nu', 'word donateur', 'word steunlid',
          'word lid',
        ],
        ru: [
          'поддержите нас', 'поддержите редакцию', 'поддержите независимую журналистику', 'поддержать проект', 'сделать пожертвование',
          'поддержать редакцию',
        ],
      }),
      maxWords: 12,
    },
    scope: 'section',
  },
  {
    id: 'donation/donate-button',
    kind: 'donation',
    reason: 'A line that is only "Donate" or "Contribute" is a donation button or menu link.',
    match: {
      text: whole({
        en: ['donate', 'donate to us', 'contribute'],
        de: ['spenden', 'unterstützen', 'spende'],
        fr: ['faire un don', 'soutenir', 'je donne'],
        es: ['donar', 'dona', 'apoyar'],
        it: ['dona', 'donare', 'sostieni'],
        pt: ['doar', 'doe', 'apoie', 'contribua'],
        nl: ['doneer', 'doneren', 'steun'],
        ru: ['пожертвовать', 'поддержать', 'поддержите'],
      }),
      maxWords: 4,
    },
  },
  {
    id: 'donation/appeal-text',
    kind: 'donation',
    reason: 'Short lines asking for "your support", a donation or a contribution belong to an appeal box, not to the report.',
    match: {
      text: contains({
        en: [
          'your support helps us', 'your support can help us', 'your support makes our', 'your support keeps', 'we need your help to keep',
          'we need your support to keep', 'please donate', 'please support us', 'donate now',
          'every contribution, however', 'recurring contribution', 'one-off contribution', 'support our work',
          'support our journalism', 'support independent journalism', 'reader-funded', 'reader-supported', 'supported by readers',
          'funded by readers', 'funded by our readers', 'readers like you', 'not ready to support', 'become a member today',
          'contribute as little as', 'support us from as little as',
        ],
        de: [
          'ihre unterstützung hilft uns', 'mit ihrer spende', 'jetzt spenden', 'unterstützen sie unabhängigen journalismus',
          'unterstützen sie unsere arbeit', 'unterstützen sie unseren journalismus', 'mit einem freiwilligen beitrag', 'leserfinanziert',
        ],
        fr: [
          'votre soutien nous', 'faites un don', 'soutenez notre travail', 'soutenez notre journalisme', 'soutenez-nous',
          'financé par ses lecteurs', 'financé par nos lecteurs',
        ],
        es: [
          'tu apoyo nos', 'con tu apoyo podemos', 'haz una donación', 'apoya nuestro trabajo', 'apoya nuestro periodismo', 'hazte socio',
          'financiado por sus lectores', 'financiado por nuestros lectores',
        ],
        it: [
          'il tuo sostegno ci', 'con il tuo sostegno possiamo', 'fai una donazione', 'sostieni il nostro lavoro', 'sostieni il nostro giornalismo',
          'finanziato dai lettori',
        ],
        pt: [
          'o seu apoio nos', 'seu apoio nos', 'com o seu apoio podemos', 'faça uma doação', 'apoie o nosso trabalho', 'apoie nosso trabalho',
          'apoie o jornalismo', 'financiado pelos leitores',
        ],
        nl: ['met uw steun kunnen wij', 'met jouw steun kunnen we', 'doneer nu', 'steun onze journalistiek', 'steun onafhankelijke journalistiek', 'gefinancierd door lezers'],
        ru: ['ваша поддержка поможет', 'ваша поддержка важна', 'поддержите нас', 'поддержите редакцию', 'поддержать редакцию', 'поддержите независимую журналистику'],
      }),
      maxWords: 40,
    },
    scope: 'section',
  },
  {
    id: 'donation/appeal-class',
    kind: 'donation',
    reason: 'Elements classed donate, donation, contribute or support-us are donation boxes.',
    match: { tokens: ['donate', 'donation', 'donations', 'contribute', 'contributions', 'contribution', 'support-us', 'plea', 'epic', 'membership-prompt'], genericTokens: ['contribute', 'contributions', 'contribution', 'plea', 'epic'], maxWords: 300 },
  },
] as const satisfies readonly Rule[]
