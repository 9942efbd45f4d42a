/**
 * The built-in rules as data: every rule is well-formed (id, kind, reason, a compiled pattern or
 * tokens), the text kinds users meet most speak all eight languages, and sample lines in each
 * language are matched by the rule meant for them, and article sentences are not.
 */
import { describe, expect, it } from 'vitest'
import { makeBlock } from '../src/lib/blocks/block.js'
import { STOPWORDS } from '../src/lib/blocks/stopwords.js'
import { textMatches } from '../src/lib/classify/apply-rules.js'
import { languagesOf, RULE_LANGUAGES } from '../src/lib/rules/patterns.js'
import { RULE_IDS, RULES } from '../src/lib/rules/registry.js'
import { BOILERPLATE_KINDS, type BoilerplateKind, type Rule } from '../src/lib/types.js'

const rules: readonly Rule[] = RULES

/** Kinds whose text patterns must cover every supported language. */
const MULTILINGUAL_KINDS: readonly BoilerplateKind[] = ['donation', 'paywall', 'newsletter', 'cookie', 'related', 'share']

function block(text: string) {
  return makeBlock({ index: 0, text, group: 0 }, STOPWORDS)
}

/** The id of the first rule (registry order) whose text pattern matches the line, as the classifier picks. */
function firstTextRule(text: string): string | null {
  const line = block(text)
  return rules.find((rule) => rule.match.tokens === undefined && textMatches(rule, line))?.id ?? null
}

describe('rule registry', () => {
  it('has unique ids', () => {
    expect(RULE_IDS.size).toBe(RULES.length)
  })

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s is well-formed', (id, rule) => {
    expect(id).toMatch(/^[a-z-]+\/[a-z0-9-]+$/)
    expect(id.split('/')[0]).toBe(rule.kind)
    expect(BOILERPLATE_KINDS).toContain(rule.kind)
    expect(rule.reason.trim()).not.toBe('')
    expect(rule.reason).not.toMatch(/\n/)
    expect(rule.match.text !== undefined || rule.match.tokens !== undefined).toBe(true)
    if (rule.match.text !== undefined) {
      expect(rule.match.text).toBeInstanceOf(RegExp)
      expect(rule.match.text.flags).not.toMatch(/[gy]/)
    }
    for (const token of rule.match.tokens ?? []) expect(token).toMatch(/^[^\sA-Z]+$/)
    if (rule.match.maxWords !== undefined) expect(Number.isInteger(rule.match.maxWords) && rule.match.maxWords > 0).toBe(true)
  })

  it('has rules of every kind', () => {
    for (const kind of BOILERPLATE_KINDS) expect(rules.some((rule) => rule.kind === kind), kind).toBe(true)
  })

  it.each(MULTILINGUAL_KINDS)('has %s text patterns in all eight languages', (kind) => {
    const covered = new Set(rules.filter((rule) => rule.kind === kind).flatMap((rule) => languagesOf(rule.match.text)))
    expect([...covered].sort()).toEqual([...RULE_LANGUAGES].sort())
  })
})

/** Lines a page shows, by kind and language, and the rule that must name them. */
const SAMPLES: readonly (readonly [string, string])[] = [
  // donation
  ['Support independent journalism', 'donation/appeal-heading'],
  ['Unterstützen Sie unabhängigen Journalismus', 'donation/appeal-heading'],
  ['Faites un don', 'donation/appeal-heading'],
  ['Hazte socio', 'donation/appeal-heading'],
  ['Sostieni il giornalismo indipendente', 'donation/appeal-heading'],
  ['Apoie o jornalismo independente', 'donation/appeal-heading'],
  ['Steun onafhankelijke journalistiek', 'donation/appeal-heading'],
  ['Поддержите независимую журналистику', 'donation/appeal-heading'],
  ['Donate', 'donation/donate-button'],
  ['Dear readers,', 'donation/message-from'],
  ['Liebe Leserinnen und Leser,', 'donation/message-from'],
  ['This journalism is reader-funded, and it stays free for everyone.', 'donation/appeal-text'],
  // paywall
  ['Subscribe to continue reading', 'paywall/continue-reading'],
  ['Dieser Artikel ist nur für Abonnenten verfügbar.', 'paywall/continue-reading'],
  ['Cet article est réservé aux abonnés.', 'paywall/continue-reading'],
  ['Este contenido es exclusivo para suscriptores.', 'paywall/continue-reading'],
  ['Articolo riservato agli abbonati', 'paywall/continue-reading'],
  ['Conteúdo exclusivo para assinantes', 'paywall/continue-reading'],
  ['Dit artikel is alleen voor abonnees.', 'paywall/continue-reading'],
  ['Материал доступен только подписчикам.', 'paywall/continue-reading'],
  ['Already a subscriber? Log in', 'paywall/already-subscriber'],
  ['Subscribe now', 'paywall/subscribe-button'],
  // newsletter
  ['Sign up for our free daily newsletter.', 'newsletter/invitation'],
  ['Abonnieren Sie unseren kostenlosen Newsletter.', 'newsletter/invitation'],
  ['Inscrivez-vous à notre newsletter quotidienne.', 'newsletter/invitation'],
  ['Suscríbete a nuestro boletín semanal.', 'newsletter/invitation'],
  ['Iscriviti alla nostra newsletter settimanale.', 'newsletter/invitation'],
  ['Inscreva-se na nossa newsletter.', 'newsletter/invitation'],
  ['Schrijf je in voor onze nieuwsbrief.', 'newsletter/invitation'],
  ['Подпишитесь на нашу рассылку.', 'newsletter/invitation'],
  ['You can unsubscribe at any time.', 'newsletter/sign-up'],
  ['The Morning Briefing newsletter', 'newsletter/heading'],
  ['Newsletters', 'newsletter/menu-link'],
  ['Email address', 'newsletter/email-field'],
  // cookie
  ['We use cookies to improve your experience on our site.', 'cookie/consent-text'],
  ['Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.', 'cookie/consent-text'],
  ['Nous utilisons des cookies pour vous offrir la meilleure expérience.', 'cookie/consent-text'],
  ['Utilizamos cookies propias y de terceros para mejorar nuestros servicios.', 'cookie/consent-text'],
  ['Questo sito utilizza i cookie per migliorare la tua esperienza.', 'cookie/consent-text'],
  ['Este site utiliza cookies para melhorar a sua experiência.', 'cookie/consent-text'],
  ['Wij gebruiken cookies om onze website te verbeteren.', 'cookie/consent-text'],
  ['Мы используем файлы cookie, чтобы сайт работал лучше.', 'cookie/consent-text'],
  ['Accept all', 'cookie/consent-button'],
  ['Alle akzeptieren', 'cookie/consent-button'],
  ['Strictly necessary cookies', 'cookie/category-label'],
  // related
  ['Related stories', 'related/heading'],
  ['Das könnte Sie auch interessieren', 'related/heading'],
  ['Sur le même sujet', 'related/heading'],
  ['Noticias relacionadas', 'related/heading'],
  ['Articoli correlati', 'related/heading'],
  ['Notícias relacionadas', 'related/heading'],
  ['Meest gelezen', 'related/heading'],
  ['Читайте также', 'related/heading'],
  ['Read more: Why the bridge was closed', 'related/read-more'],
  // share
  ['Share this article', 'share/share-prompt'],
  ['Diesen Artikel teilen', 'share/share-prompt'],
  ['Partager cet article', 'share/share-prompt'],
  ['Compartir en Facebook', 'share/share-prompt'],
  ['Condividi su WhatsApp', 'share/share-prompt'],
  ['Compartilhe esta notícia', 'share/share-prompt'],
  ['Deel dit artikel', 'share/share-prompt'],
  ['Поделиться в Telegram', 'share/share-prompt'],
  ['Facebook Twitter Email Copy link', 'share/share-bar'],
  ['Teilen | Facebook | Twitter | WhatsApp', 'share/share-bar'],
  ['Follow us on Instagram', 'share/follow-prompt'],
  ['Follow The Daily on Twitter and Facebook.', 'share/follow-prompt'],
  // ad, chrome, navigation, comments, legal, author bio
  ['Advertisement', 'ad/label'],
  ['Story continues below advertisement', 'ad/continues-below'],
  ['×', 'chrome/close-glyph'],
  ['Back to top', 'chrome/button-line'],
  ['Skip to main content', 'chrome/skip-link'],
  ['Image 3 of 12', 'chrome/media-counter'],
  ['1.2k', 'chrome/counter'],
  ['Sign in', 'chrome/account-link'],
  ['Home › News › World', 'navigation/breadcrumb'],
  ['About us | Contact | Privacy policy', 'navigation/site-link'],
  ['Tags: Brexit, Trade, Europe', 'navigation/tag-list'],
  ['12 Comments', 'comments/count'],
  ['Leave a reply', 'comments/heading'],
  ['59 Comments on “The December Comfort Watches 2025, Day Eighteen: Starship Troopers”', 'comments/thread-title'],
  ['One thought on “How to price a yoga class”', 'comments/thread-title'],
  ['12 Responses to "Ten things we learned this week"', 'comments/thread-title'],
  ['3 Kommentare zu „Die Bahn streicht Verbindungen“', 'comments/thread-title'],
  ['5 commentaires sur « La réforme des retraites »', 'comments/thread-title'],
  ['7 comentarios en «El plan de vivienda»', 'comments/thread-title'],
  ['4 reacties op “Het nieuwe kabinet”', 'comments/thread-title'],
  ['15 комментариев к «Новый закон»', 'comments/thread-title'],
  ['Your email address will not be published. Required fields are marked *', 'comments/prompt'],
  ['© 2019 Example Media. All rights reserved.', 'legal/copyright'],
  ['copyright Inexhibit 2019 - ISSN: 2283-5474', 'legal/copyright'],
  ['Privacy Policy | Terms of Use | Cookie Policy', 'legal/policy-link'],
  ['About the author', 'author-bio/heading'],
]

/** Article sentences that talk about the same things and must stay. */
const ARTICLE_LINES: readonly string[] = [
  'Share this information, please?',
  'Supporters of the bill say the use of cookies by advertisers should require consent.',
  'More than two million people follow her on Instagram, where she posts daily.',
  'Platforms like Facebook and Twitter face new fines under the law.',
  'The museum will also send a monthly newsletter to members who join this year.',
  'We need your help to identify the man in the photo, police said.',
  'The company filed a copyright lawsuit in 2019 against the streaming service.',
  'Copyright law was rewritten in 1998, the judge noted, long before streaming existed.',
  '© Reuters',
  '9.30 A.M. / 7.00 P.M.',
  '02-751-1500',
  'Steun voor het plan groeit in de Tweede Kamer.',
  'Sigue la polémica en Twitter tras el partido del domingo.',
  'UP NEXT',
  'Reactions',
  'Before you go',
  'Two thoughts on “the economy” dominated the debate, the moderator said afterwards.',
]

describe('sample lines', () => {
  it.each(SAMPLES)('%s → %s', (text, id) => {
    expect(firstTextRule(text)).toBe(id)
  })

  it.each(ARTICLE_LINES)('keeps %s', (text) => {
    expect(firstTextRule(text)).toBeNull()
  })
})
