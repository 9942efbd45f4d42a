/** Legal: copyright lines, terms and privacy links. */
import type { Rule } from '../types.js'
import { contains, either, row, withKeyWords, withLanguages, type Phrases } from './patterns.js'

/** Links a row of legal links may hold: terms, privacy, imprint, cookie and accessibility pages. */
export const POLICY_LINKS: Phrases = {
  en: [
    'terms', 'terms of use', 'terms of service', 'terms and conditions', 'terms & conditions', 'terms of sale', 'privacy', 'privacy policy',
    'privacy notice', 'privacy statement', 'privacy & cookies', 'privacy and cookies', 'cookie policy', 'cookies policy', 'cookies',
    'cookie notice', 'your privacy rights', 'your california privacy rights', 'california privacy rights', 'your privacy choices',
    'do not sell my personal information', 'do not sell or share my personal information', 'do not sell my info', 'user agreement',
    'mobile user agreement', 'disclaimer', 'legal', 'legal notice', 'legal notices', 'imprint', 'accessibility', 'accessibility statement',
    'copyright policy', 'community guidelines', 'closed captioning policy', 'ethics policy', 'eu privacy', 'gdpr', 'data policy',
    'subscriber agreement', 'subscriber agreement & terms of use', 'your ad choices', 'cookie preferences',
  ],
  de: [
    'impressum', 'datenschutz', 'datenschutzerklärung', 'datenschutzhinweise', 'agb', 'nutzungsbedingungen', 'barrierefreiheit',
    'cookie-richtlinie', 'rechtliche hinweise', 'cookie-hinweise',
  ],
  fr: [
    'mentions légales', 'politique de confidentialité', 'conditions générales', "conditions générales d'utilisation", 'cgu', 'cgv',
    'données personnelles', 'politique cookies', 'politique de cookies', 'accessibilité', 'charte de confidentialité',
  ],
  es: ['aviso legal', 'política de privacidad', 'términos y condiciones', 'condiciones de uso', 'política de cookies', 'accesibilidad', 'privacidad'],
  it: ['note legali', 'informativa sulla privacy', 'privacy policy', 'termini e condizioni', "condizioni d'uso", 'cookie policy', 'accessibilità'],
  pt: ['política de privacidade', 'termos de uso', 'termos e condições', 'termos de utilização', 'aviso legal', 'política de cookies', 'acessibilidade', 'privacidade'],
  nl: ['privacybeleid', 'privacyverklaring', 'algemene voorwaarden', 'gebruiksvoorwaarden', 'disclaimer', 'cookiebeleid', 'cookieverklaring', 'toegankelijkheid'],
  ru: ['политика конфиденциальности', 'пользовательское соглашение', 'правила использования', 'условия использования', 'правовая информация', 'политика cookie'],
}
/** Footer rows join up to this many links on one line. */
const MAX_LINKS_IN_ROW = 8

/**
 * A copyright mark with a year close by ("© 2019 Condé Nast", "© X 2019"), "Copyright 2019",
 * "Copyright ©", or a line that opens with "Copyright", a name of one to three words and the
 * year ("copyright Inexhibit 2019"). A credit such as "© Reuters" under a photo is no notice, and neither is the
 * word copyright inside a sentence ("a copyright lawsuit filed in 2019").
 */
const COPYRIGHT_NOTICE = withKeyWords(
  withLanguages(
    /(?:©|ⓒ|\(c\))\s*[^\n]{0,60}?(?<!\d)(?:19|20)\d{2}(?!\d)|(?<![\p{L}\p{N}])copyright\s*(?:©|ⓒ|\(c\)|(?:19|20)\d{2}(?!\d))|^copyright(?:\s+\S+){1,3}?\s+(?:19|20)\d{2}(?!\d)/iu,
    ['en'],
  ),
  ['©', 'ⓒ', 'c', 'copyright'],
)

export const legalRules = [
  {
    id: 'legal/copyright',
    kind: 'legal',
    reason: 'Copyright notices ("© 2019 X", "All rights reserved") are page furniture.',
    match: {
      text: either(
        COPYRIGHT_NOTICE,
        contains({
          en: [
            'all rights reserved', 'all right reserved', 'this material may not be published', 'may not be reproduced without',
            'may not be reproduced, distributed', 'use of this site constitutes acceptance', 'constitutes acceptance of our user agreement',
          ],
          de: ['alle rechte vorbehalten', 'nachdruck nur mit genehmigung'],
          fr: ['tous droits réservés', 'toute reproduction interdite', 'reproduction interdite'],
          es: ['todos los derechos reservados', 'prohibida su reproducción', 'prohibida la reproducción'],
          it: ['tutti i diritti riservati', 'riproduzione riservata'],
          pt: ['todos os direitos reservados', 'proibida a reprodução'],
          nl: ['alle rechten voorbehouden'],
          ru: ['все права защищены', 'копирование запрещено', 'перепечатка запрещена'],
        }),
      ),
      maxWords: 40,
    },
  },
  {
    id: 'legal/policy-link',
    kind: 'legal',
    reason: 'Links to terms, privacy, imprint and cookie-policy pages, alone or in a row ("Privacy Policy | Terms of Use").',
    match: { text: row(POLICY_LINKS, 1, MAX_LINKS_IN_ROW), maxWords: 20 },
  },
] as const satisfies readonly Rule[]
