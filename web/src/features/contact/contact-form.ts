/**
 * The "Être rappelé·e" form's values and its light checks before sending. The server checks
 * everything again (and normalises phone numbers and emails): these checks only spare the youth
 * a round trip, and tell under-15s and over-30s kindly that nothing is sent.
 */
import type { ContactChannel, PreferredMoment, RequestContactInput, Situation } from '../../gql/graphql.js';
import { AGE_MAX, AGE_MIN } from '../profile/profile.js';
import type { Place } from '../search/place.js';
import type { ContactMessages } from './messages.fr.js';
import { NOTICE_VERSION } from './notice.js';

export const CHANNELS: readonly ContactChannel[] = ['PHONE_CALL', 'SMS', 'EMAIL'];
export const MOMENTS: readonly PreferredMoment[] = ['MORNING', 'LUNCH', 'AFTERNOON', 'EVENING', 'SATURDAY'];
export const FIRST_NAME_MAX = 60;
export const MESSAGE_MAX = 1000;

export type FieldName = 'firstName' | 'age' | 'commune' | 'situation' | 'channel' | 'phone' | 'email' | 'moments' | 'message';
/** Summary and field order. */
export const FIELD_ORDER: readonly FieldName[] = ['firstName', 'age', 'commune', 'situation', 'channel', 'phone', 'email', 'moments', 'message'];

export interface ContactFormValues {
  firstName: string;
  age: string;
  place?: Place;
  situation: Situation | '';
  channel: ContactChannel;
  phone: string;
  email: string;
  moments: PreferredMoment[];
  message: string;
}

/** Why an age stops the form (nothing is sent): a kind message rather than an error. */
export type AgeStop = 'UNDER_15' | 'OVER_30' | 'OFFER_AGES';

export interface FormCheck {
  errors: Partial<Record<FieldName, string>>;
  ageStop?: AgeStop;
}

/**
 * French mobile numbers in their usual written forms: 06 12 34 56 78, 06.12.34.56.78, 0612345678,
 * +33 6 12 34 56 78, +33 (0)6…, 0033 6…, overseas mobiles (0692…, +262 692…). Light on purpose.
 */
export function looksLikeFrenchMobile(typed: string): boolean {
  const compact = typed.trim().replace(/\(0\)/g, '').replace(/[\s.\-/()]/g, '').replace(/^00/, '+');
  return /^0[67]\d{8}$/.test(compact) || /^\+33[67]\d{8}$/.test(compact) || /^\+(262|269|590|594|596|508|687|689|681)\d{6,9}$/.test(compact);
}

export function looksLikeEmail(typed: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(typed.trim());
}

export function needsPhone(channel: ContactChannel): boolean {
  return channel !== 'EMAIL';
}

/** The age typed, as a whole number, or undefined. */
export function typedAge(value: string): number | undefined {
  return /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : undefined;
}

export function checkContactForm(
  values: ContactFormValues,
  offer: { ageMin: number; ageMax: number; organisationName: string },
  m: ContactMessages,
): FormCheck {
  const errors: FormCheck['errors'] = {};
  let ageStop: AgeStop | undefined;
  const firstName = values.firstName.trim();
  if (!firstName) errors.firstName = m.firstNameMissing;
  else if (firstName.length > FIRST_NAME_MAX) errors.firstName = m.firstNameTooLong(FIRST_NAME_MAX);
  else if (!/\p{L}/u.test(firstName)) errors.firstName = m.firstNameLetters;

  const age = typedAge(values.age);
  if (!values.age.trim()) errors.age = m.ageMissing;
  else if (age === undefined) errors.age = m.ageNotNumber;
  else if (age < AGE_MIN) [errors.age, ageStop] = [m.under15(offer.organisationName), 'UNDER_15'];
  else if (age > AGE_MAX) [errors.age, ageStop] = [m.over30(offer.organisationName), 'OVER_30'];
  else if (age < offer.ageMin || age > offer.ageMax) [errors.age, ageStop] = [m.offerAges(offer.ageMin, offer.ageMax), 'OFFER_AGES'];

  if (!values.place) errors.commune = m.communeMissing;

  if (needsPhone(values.channel)) {
    if (!values.phone.trim()) errors.phone = m.phoneMissing;
    else if (!looksLikeFrenchMobile(values.phone)) errors.phone = m.phoneInvalid;
  }
  if (values.channel === 'EMAIL' && !values.email.trim()) errors.email = m.emailMissing;
  else if (values.email.trim() && !looksLikeEmail(values.email)) errors.email = m.emailInvalid;

  if (values.message.trim().length > MESSAGE_MAX) errors.message = m.messageTooLong(MESSAGE_MAX);
  return { errors, ...(ageStop ? { ageStop } : {}) };
}

/** The mutation's input (only what the chosen channel needs; an email given with a phone channel gets the acknowledgement). */
export function contactInput(values: ContactFormValues, offerId: string, idempotencyKey: string): RequestContactInput {
  const phone = needsPhone(values.channel) ? values.phone.trim() : '';
  const email = values.email.trim();
  const message = values.message.trim();
  return {
    offerId,
    firstName: values.firstName.trim(),
    age: typedAge(values.age) ?? 0,
    communeCode: values.place?.code ?? '',
    situation: values.situation || null,
    channel: values.channel,
    phone: phone || null,
    email: email || null,
    preferredMoments: MOMENTS.filter((moment) => values.moments.includes(moment)),
    message: message || null,
    noticeVersion: NOTICE_VERSION,
    idempotencyKey,
  };
}

/** The form field an API error names in `extensions.field` (`input.phone` → phone); undefined for the form as a whole. */
export function fieldOfApiError(field: string | undefined): FieldName | undefined {
  const name = field?.replace(/^input\./, '').replace(/\[\d+\]$/, '');
  switch (name) {
    case 'firstName':
    case 'age':
    case 'situation':
    case 'channel':
    case 'phone':
    case 'email':
    case 'message':
      return name;
    case 'communeCode':
      return 'commune';
    case 'preferredMoments':
      return 'moments';
    default:
      return undefined;
  }
}

/** For matching a typed commune with a suggestion: no accents, hyphens or case. */
export function normaliseCommune(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-'’\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The suggestion the youth meant: same name or postcode, or the only one. */
export function matchCommune(text: string, places: readonly Place[]): Place | undefined {
  const typed = text.trim();
  const wanted = normaliseCommune(typed.replace(/\(.*\)/, ''));
  return places.find((place) => normaliseCommune(place.name) === wanted || place.postcodes.includes(typed)) ?? (places.length === 1 ? places[0] : undefined);
}
