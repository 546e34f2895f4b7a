import { z } from 'zod';
import { EMAIL_INVALID, PHONE_INVALID, normaliseEmail, normaliseFrenchMobile } from '../shared/contact-details.js';
import { invalidInput } from '../shared/domain-error.js';
import { parseId } from '../shared/pagination.js';
import { line, parseInput } from '../portal/validation.js';
import { IDEMPOTENCY_KEY } from './booking-token.js';

export const CONTACT_MISSING = 'Indique ton adresse e-mail ou ton numéro de portable : c’est là que tu recevras la confirmation.';

const bookingInputSchema = z.object({
  sessionId: z.string(),
  firstName: line('Ton prénom', 60),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  idempotencyKey: z.string().regex(IDEMPOTENCY_KEY, { error: 'La clé d’idempotence doit faire 20 à 128 caractères (lettres, chiffres, - et _), par exemple crypto.randomUUID().' }),
});

export interface BookingRequest {
  sessionId: string;
  firstName: string;
  email: string | null;
  phone: string | null;
  idempotencyKey: string;
}

/** Checks and normalises `BookWorkshopInput`: BAD_USER_INPUT naming the field, before anything is read or written. */
export function parseBookingInput(input: unknown): BookingRequest {
  const value = parseInput(bookingInputSchema, input);
  const sessionId = parseId('input.sessionId', value.sessionId);
  const email = contact(value.email, normaliseEmail, 'input.email', EMAIL_INVALID);
  const phone = contact(value.phone, normaliseFrenchMobile, 'input.phone', PHONE_INVALID);
  if (!email && !phone) throw invalidInput('input.email', CONTACT_MISSING);
  return { sessionId, firstName: value.firstName, email, phone, idempotencyKey: value.idempotencyKey };
}

function contact(typed: string | null | undefined, normalise: (typed: string) => string | undefined, field: string, message: string): string | null {
  if (typed === null || typed === undefined || typed.trim() === '') return null;
  const value = normalise(typed);
  if (!value) throw invalidInput(field, message);
  return value;
}
