/** Ad: advertisement labels and sponsored slots. */
import type { Rule } from '../types.js'
import { starts, whole } from './patterns.js'

export const adRules = [
  {
    id: 'ad/label',
    kind: 'ad',
    reason: 'A line that only says "Advertisement" or "Sponsored" labels an ad slot.',
    match: { text: whole(['advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'paid post', 'promoted', 'promoted content', 'partner content', 'ad feedback', 'report this ad', 'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'publicidade', 'advertentie', 'реклама']), maxWords: 4 },
  },
  {
    id: 'ad/continues-below',
    kind: 'ad',
    reason: '"Story continues below advertisement" marks an ad break inside the article.',
    match: { text: starts(['story continues below', 'article continues below', 'continue reading below', 'content continues below', 'scroll to continue with content', 'the article continues after', 'der artikel wird unter der anzeige fortgesetzt', 'la suite après cette publicité', 'el artículo continúa debajo', 'l\'articolo continua dopo']), maxWords: 12 },
  },
  {
    id: 'ad/slot-class',
    kind: 'ad',
    reason: 'Elements classed as ad slots (ad, advert, dfp, sponsored, taboola, outbrain) hold advertising.',
    match: { tokens: ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adsbygoogle', 'adslot', 'adunit', 'dfp', 'gpt', 'sponsored', 'sponsor', 'taboola', 'outbrain', 'banner-ad', 'ad-slot', 'ad-container', 'ad-wrapper'], maxWords: 200 },
  },
] as const satisfies readonly Rule[]
