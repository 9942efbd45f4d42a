/** Legal: copyright lines, terms and privacy links. */
import type { Rule } from '../types.js'
import { contains, whole } from './patterns.js'

export const legalRules = [
  {
    id: 'legal/copyright',
    kind: 'legal',
    reason: 'Copyright notices (©, "All rights reserved") are page furniture.',
    match: {
      text: contains(['©', 'copyright ©', 'all rights reserved', 'this material may not be published', 'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados', 'tutti i diritti riservati', 'todos os direitos reservados', 'alle rechten voorbehouden', 'все права защищены']),
      maxWords: 40,
    },
  },
  {
    id: 'legal/policy-link',
    kind: 'legal',
    reason: 'Links to terms, privacy and imprint pages.',
    match: { text: whole(['terms of use', 'terms of service', 'terms and conditions', 'terms & conditions', 'privacy policy', 'privacy notice', 'privacy', 'cookie policy', 'imprint', 'impressum', 'datenschutz', 'datenschutzerklärung', 'mentions légales', 'politique de confidentialité', 'aviso legal', 'política de privacidad', 'note legali', 'informativa sulla privacy', 'política de privacidade', 'termos de uso', 'privacybeleid', 'политика конфиденциальности', 'do not sell my personal information', 'do not sell or share my personal information', 'accessibility', 'contact us', 'about us', 'advertise', 'advertise with us', 'careers', 'sitemap']), maxWords: 8 },
  },
] as const satisfies readonly Rule[]
