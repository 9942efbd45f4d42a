/** Share: share bars and social buttons. */
import type { Rule } from '../types.js'
import { starts } from './patterns.js'

/** Names of share targets; a line made only of these (and counters) is a share bar. */
const SHARE_WORDS = [
  'share', 'shares', 'tweet', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'email', 'e-mail', 'mail',
  'print', 'copy', 'link', 'copy link', 'copied', 'messenger', 'telegram', 'flipboard', 'pocket', 'tumblr', 'sms', 'threads', 'bluesky',
  'mastodon', 'vk', 'teilen', 'partager', 'compartir', 'condividi', 'compartilhar', 'partilhar', 'delen', 'поделиться', 'save', 'gift',
  'gift article', 'comment', 'comments', 'text', 'embed', 'more', 'drucken', 'imprimer', 'imprimir', 'stampa', 'afdrukken', 'печать',
]
const SHARE_WORD = SHARE_WORDS.map((word) => word.replace(/ /g, '\\s+')).join('|')
/** One to eight share words, each followed by separators or a counter; bounded, literal alternatives only. */
const SHARE_BAR = new RegExp(String.raw`^(?:(?:${SHARE_WORD}|\d{1,6}[kKmM]?)(?:[\s\p{P}\p{S}]{1,6}|$)){1,8}$`, 'iu')

export const shareRules = [
  {
    id: 'share/share-bar',
    kind: 'share',
    reason: 'A line made only of share targets (Facebook, Twitter, Email, Copy link) is a share bar.',
    match: { text: SHARE_BAR, maxWords: 12 },
  },
  {
    id: 'share/share-prompt',
    kind: 'share',
    reason: '"Share this article", "Share on Facebook" and their kin invite sharing; they are not the story.',
    match: { text: starts(['share this', 'share on', 'share via', 'share the story', 'share article', 'share this article', 'share this story', 'share to', 'click to share', 'follow us on', 'diesen artikel teilen', 'artikel teilen', 'partager cet article', 'partager sur', 'compartir en', 'comparte esta', 'condividi su', 'condividi questo', 'compartilhe', 'compartilhar no', 'deel dit', 'delen op', 'поделиться в']), maxWords: 12 },
  },
  {
    id: 'share/bar-class',
    kind: 'share',
    reason: 'Elements classed share, sharing or social are share bars.',
    match: { tokens: ['share', 'shares', 'sharing', 'social', 'share-bar', 'sharebar', 'social-share', 'share-buttons', 'share-tools', 'addthis', 'sharethis', 'shariff', 'sharedaddy', 'social-links', 'social-media', 'follow-us'], maxWords: 60 },
  },
] as const satisfies readonly Rule[]
