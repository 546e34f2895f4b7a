import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';

/**
 * Where a youth can be reached, as typed in a form: French mobile numbers in their usual
 * written forms (06 12 34 56 78, 06.12.34.56.78, +33 6 12 34 56 78, 0033612345678, overseas
 * mobiles such as 0692 12 34 56), and email addresses. libphonenumber-js (full metadata) knows
 * which numbers are mobiles, overseas ones included.
 */
const FRENCH_REGIONS = ['FR', 'RE', 'YT', 'GP', 'MQ', 'GF', 'PM', 'BL', 'MF', 'NC', 'PF', 'WF'] as const;

export const PHONE_INVALID = 'Ce numéro de portable n’est pas valide. Écris-le par exemple 06 12 34 56 78.';
export const EMAIL_INVALID = 'Cette adresse e-mail n’est pas valide. Écris-la par exemple prenom@exemple.fr.';

/** The number in E.164 (+33612345678), or undefined when it is not a French mobile. */
export function normaliseFrenchMobile(typed: string): string | undefined {
  const compact = typed.trim().replace(/\(0\)/g, '').replace(/^00/, '+');
  if (!/^\+?[\d\s.\-/]{9,20}$/.test(compact)) return undefined;
  // A number written the domestic way (06…, 0692…) belongs to mainland France or to an overseas region.
  const regions = compact.startsWith('+') ? [undefined] : FRENCH_REGIONS;
  for (const region of regions) {
    const phone = parsePhoneNumberFromString(compact, region);
    if (!phone?.isValid() || !(FRENCH_REGIONS as readonly string[]).includes(phone.country ?? '')) continue;
    const type = phone.getType();
    if (type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE') return phone.number;
  }
  return undefined;
}

/** How a stored number is shown in France: 06 12 34 56 78 (overseas: 0692 12 34 56). */
export function displayPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatNational() ?? e164;
}

const emailSchema = z.email();

/** Lower-cased, trimmed address, or undefined when it is not one. */
export function normaliseEmail(typed: string): string | undefined {
  const email = typed.trim().toLowerCase();
  if (email.length > 254) return undefined;
  return emailSchema.safeParse(email).success ? email : undefined;
}
