/** Share: share bars, social buttons and "follow us" prompts. */
import type { Rule } from '../types.js'
import { alternation, either, followedBy, keyWordsOfPhrases, starts, whole, withKeyWords, withLanguages, type Phrases } from './patterns.js'

/** Social networks and messengers, named the same in every language. */
const NETWORKS = [
  'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'messenger', 'telegram', 'flipboard', 'pocket', 'tumblr',
  'threads', 'bluesky', 'mastodon', 'vk', 'vkontakte', 'odnoklassniki', 'ok.ru', 'xing', 'viber', 'instagram', 'youtube', 'tiktok',
  'snapchat', 'rss', 'sms', 'weibo', 'wechat',
]

/** Words that make a line a share bar: share verbs and the targets they send to. */
const SHARE_TARGETS: Phrases = {
  any: NETWORKS,
  en: ['share', 'shares', 'tweet', 'email', 'e-mail', 'print', 'copy link', 'copied', 'gift article', 'share article', 'share story'],
  de: ['teilen', 'twittern', 'drucken', 'link kopieren', 'versenden'],
  fr: ['partager', 'partages', 'imprimer', 'copier le lien', 'envoyer par e-mail'],
  es: ['compartir', 'imprimir', 'copiar enlace', 'enviar por correo'],
  it: ['condividi', 'stampa', 'copia link', 'invia per email'],
  pt: ['compartilhar', 'partilhar', 'imprimir', 'copiar link', 'enviar por e-mail'],
  nl: ['delen', 'afdrukken', 'printen', 'kopieer link', 'link kopiëren', 'mailen'],
  ru: ['поделиться', 'печать', 'распечатать', 'скопировать ссылку', 'копировать ссылку', 'твитнуть'],
}

/** Words share bars carry beside their targets ("Save", "Comments", "More"); alone they make no share bar. */
const BAR_EXTRAS: Phrases = {
  en: ['mail', 'copy', 'link', 'save', 'gift', 'comment', 'comments', 'text', 'embed', 'more', 'via'],
  de: ['speichern', 'merken', 'kommentare', 'mehr'],
  fr: ['enregistrer', 'commentaires', 'plus'],
  es: ['guardar', 'comentarios', 'más'],
  it: ['salva', 'commenti', 'altro'],
  pt: ['salvar', 'guardar', 'comentários', 'mais'],
  nl: ['opslaan', 'reacties', 'meer'],
  ru: ['сохранить', 'комментарии', 'ещё', 'еще'],
}

/** Separators between buttons: spaces, pipes, bullets, the brackets of a counter. */
const BAR_SEPARATOR = String.raw`(?:[\s\p{P}\p{S}]{1,6}|$)`
/** A share counter ("1.2k", "34"). */
const COUNTER = String.raw`\d{1,6}(?:[.,]\d)?[kKmM]?`
/** Items a share bar may hold besides its one required target; bounded on both sides. */
const BAR_SIDE_ITEMS = 7
const TARGET = `(?:${alternation(SHARE_TARGETS)})`
const ANY_ITEM = `(?:${alternation(SHARE_TARGETS)}|${alternation(BAR_EXTRAS)}|${COUNTER})`

/** A line made only of share buttons and counters, with at least one share target among them (its key words). */
const SHARE_BAR = withKeyWords(
  withLanguages(
    new RegExp(
      String.raw`^[\s\p{P}\p{S}]{0,6}(?:${ANY_ITEM}${BAR_SEPARATOR}){0,${BAR_SIDE_ITEMS}}${TARGET}${BAR_SEPARATOR}(?:${ANY_ITEM}${BAR_SEPARATOR}){0,${BAR_SIDE_ITEMS}}$`,
      'iu',
    ),
    ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru'],
  ),
  keyWordsOfPhrases(SHARE_TARGETS),
)

/** Characters between "Follow" and the network it points to ("Follow Newsbeat on Instagram"). */
const FOLLOW_GAP = 50

export const shareRules = [
  {
    id: 'share/share-bar',
    kind: 'share',
    reason: 'A line made only of share targets (Facebook, Twitter, Email, Copy link) is a share bar.',
    match: { text: SHARE_BAR, maxWords: 14 },
  },
  {
    id: 'share/share-prompt',
    kind: 'share',
    reason: '"Share this article", "Share on Facebook" and their kin invite sharing; they are not the story.',
    match: {
      text: either(
        whole({ en: ['share this'], de: ['teilen sie das'], fr: ['partagez'], es: ['comparte'], it: ['condividi'], pt: ['compartilhe'], nl: ['deel'], ru: ['поделитесь'] }),
        starts({
          en: [
            'share this article', 'share this story', 'share this post', 'share this page', 'share this video', 'share this:', 'share this on', 'share on',
            'share via', 'share the story', 'share article', 'share story', 'share to', 'click to share', 'share with a friend',
            'like this story? share', 'share your thoughts', 'share all sharing options', 'sharing options', 'share it with friends',
            'share with friends', 'print this article', 'print this page', 'print this story', 'print article', 'email this article',
            'email this story', 'email this page', 'send to a friend', 'email to a friend',
          ],
          de: ['diesen artikel teilen', 'artikel teilen', 'teilen sie diesen artikel', 'teilen auf', 'auf facebook teilen', 'per e-mail teilen', 'beitrag teilen'],
          fr: ['partager cet article', 'partager sur', 'partagez cet article', 'partager par e-mail', "partager l'article"],
          es: ['compartir en', 'comparte esta', 'comparte este artículo', 'compartir este artículo', 'compartir esta noticia', 'compartir por'],
          it: ['condividi su', 'condividi questo', "condividi l'articolo", 'condividi questa', 'condividi via'],
          pt: ['compartilhe', 'compartilhar no', 'compartilhar em', 'compartilhe esta', 'partilhe', 'partilhar no', 'partilhar este artigo'],
          nl: ['deel dit', 'delen op', 'deel dit artikel', 'deel op', 'deel via', 'dit artikel delen'],
          ru: ['поделиться в', 'поделитесь', 'поделиться статьей', 'поделиться статьёй', 'поделиться новостью'],
        }),
      ),
      maxWords: 12,
    },
  },
  {
    id: 'share/follow-prompt',
    kind: 'share',
    reason: '"Follow us on Twitter" and "Find us on Facebook" point to the site\'s social accounts, not to the story.',
    match: {
      text: either(
        starts({
          en: ['follow us', 'follow us on', 'connect with us', 'find us on', 'like us on facebook', 'stay connected', 'get social'],
          de: ['folgen sie uns', 'folge uns', 'besuchen sie uns auf', 'finden sie uns auf'],
          fr: ['suivez-nous', 'retrouvez-nous sur', 'rejoignez-nous sur', 'abonnez-vous à notre chaîne'],
          es: ['síguenos', 'síguenos en', 'siguenos en', 'únete a nuestro canal', 'encuéntranos en'],
          it: ['seguici', 'seguici su', 'unisciti al nostro canale', 'trovaci su'],
          pt: ['siga-nos', 'siga-nos no', 'nos siga', 'acompanhe-nos', 'curta nossa página'],
          nl: ['volg ons', 'volg ons op', 'vind ons op', 'word fan'],
          ru: ['подписывайтесь на нас', 'мы в соцсетях', 'мы в социальных сетях', 'следите за нами', 'присоединяйтесь к нам'],
        }),
        followedBy(
          {
            en: [['follow', 'subscribe to'], NETWORKS.filter((network) => network !== 'x' && network !== 'sms' && network !== 'rss')],
            de: [['folgen sie', 'folge'], ['facebook', 'twitter', 'instagram', 'youtube', 'tiktok', 'linkedin', 'telegram', 'mastodon', 'bluesky']],
            fr: [['suivez', 'abonnez-vous à'], ['facebook', 'twitter', 'instagram', 'youtube', 'tiktok', 'linkedin', 'telegram']],
            es: [['sigue a', 'síguenos en'], ['facebook', 'twitter', 'instagram', 'youtube', 'tiktok', 'telegram', 'whatsapp']],
            it: [['segui', 'seguici su'], ['facebook', 'twitter', 'instagram', 'youtube', 'tiktok', 'telegram', 'whatsapp']],
            pt: [['siga', 'acompanhe'], ['facebook', 'twitter', 'instagram', 'youtube', 'tiktok', 'telegram', 'whatsapp']],
            nl: [['volg', 'volg ons op'], ['facebook', 'twitter', 'instagram', 'youtube', 'tiktok', 'linkedin']],
            ru: [['подписывайтесь на', 'следите за', 'читайте нас в'], ['telegram', 'телеграм', 'вконтакте', 'youtube', 'twitter', 'дзен']],
          },
          FOLLOW_GAP,
          'block',
        ),
      ),
      maxWords: 25,
    },
  },
  {
    id: 'share/bar-class',
    kind: 'share',
    reason: 'Elements classed share, sharing or social-share are share bars.',
    match: { tokens: ['share', 'shares', 'sharing', 'share-bar', 'sharebar', 'social-share', 'social-sharing', 'social-buttons', 'social-icons', 'social-bar', 'share-buttons', 'share-tools', 'addthis', 'sharethis', 'shariff', 'sharedaddy', 'social-links', 'follow-us'], genericTokens: ['share', 'shares', 'sharing'], maxWords: 60 },
  },
] as const satisfies readonly Rule[]
