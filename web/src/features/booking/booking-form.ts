/**
 * The booking form's light checks (the API decides: its refusals land on the field named by
 * `extensions.field`) and the `BookWorkshopInput` it sends. Pure: unit-tested.
 */
import type { BookWorkshopInput } from '../../gql/graphql.js';

export const FIRST_NAME_MAX = 60;

export type FieldName = 'session' | 'firstName' | 'email' | 'phone';
/** The order of the error summary: the page's order. */
export const FIELD_ORDER: readonly FieldName[] = ['session', 'firstName', 'email', 'phone'];

export interface BookingFormValues {
  firstName: string;
  email: string;
  phone: string;
}

export interface BookingFormWords {
  firstNameMissing: string;
  firstNameTooLong: (max: number) => string;
  contactMissing: string;
  emailInvalid: string;
  phoneInvalid: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_CHARACTERS = /^[\d\s+.\-()]+$/;

/** The problems the phone can see before asking the server, by field. */
export function checkBookingForm(values: BookingFormValues, words: BookingFormWords): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  const firstName = values.firstName.trim();
  if (!firstName) errors.firstName = words.firstNameMissing;
  else if (firstName.length > FIRST_NAME_MAX) errors.firstName = words.firstNameTooLong(FIRST_NAME_MAX);
  const email = values.email.trim();
  const phone = values.phone.trim();
  if (!email && !phone) errors.email = words.contactMissing;
  if (email && !EMAIL.test(email)) errors.email = words.emailInvalid;
  if (phone) {
    const digits = phone.replace(/\D/g, '').length;
    if (!PHONE_CHARACTERS.test(phone) || digits < 9 || digits > 15) errors.phone = words.phoneInvalid;
  }
  return errors;
}

/** What `bookWorkshop` receives: trimmed, blanks as null, the form's one idempotency key. */
export function bookingInput(values: BookingFormValues, sessionId: string, idempotencyKey: string): BookWorkshopInput {
  const email = values.email.trim();
  const phone = values.phone.trim();
  return { sessionId, firstName: values.firstName.trim(), email: email || null, phone: phone || null, idempotencyKey };
}

const API_FIELDS: Record<string, FieldName> = {
  'input.sessionId': 'session',
  'input.firstName': 'firstName',
  'input.email': 'email',
  'input.phone': 'phone',
};

/** The form field an API refusal names (`extensions.field`), if it is one of ours. */
export function fieldOfApiError(field: unknown): FieldName | undefined {
  return typeof field === 'string' ? API_FIELDS[field] : undefined;
}
