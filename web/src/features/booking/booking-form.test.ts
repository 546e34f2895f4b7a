import { describe, expect, it } from 'vitest';
import { fr } from './messages.fr.js';
import { bookingInput, checkBookingForm, fieldOfApiError } from './booking-form.js';
import { newIdempotencyKey } from '../../shared/idempotency-key.js';

const words = fr;

describe('booking form checks', () => {
  it('needs a first name and at least one contact', () => {
    expect(checkBookingForm({ firstName: ' ', email: '', phone: '' }, words)).toEqual({ firstName: words.firstNameMissing, email: words.contactMissing });
    expect(checkBookingForm({ firstName: 'Léa', email: 'lea@exemple.fr', phone: '' }, words)).toEqual({});
    expect(checkBookingForm({ firstName: 'Léa', email: '', phone: '06 12 34 56 78' }, words)).toEqual({});
  });

  it('flags an email or a phone that cannot be one, and leaves the rest to the server', () => {
    expect(checkBookingForm({ firstName: 'Léa', email: 'lea@', phone: '' }, words)).toEqual({ email: words.emailInvalid });
    expect(checkBookingForm({ firstName: 'Léa', email: '', phone: '06 12' }, words)).toEqual({ phone: words.phoneInvalid });
    expect(checkBookingForm({ firstName: 'Léa', email: '', phone: 'zéro six' }, words)).toEqual({ phone: words.phoneInvalid });
    expect(checkBookingForm({ firstName: 'Léa', email: '', phone: '+33 6 12 34 56 78' }, words)).toEqual({});
  });

  it('refuses a first name longer than the API takes', () => {
    expect(checkBookingForm({ firstName: 'x'.repeat(61), email: 'a@b.fr', phone: '' }, words)).toEqual({ firstName: words.firstNameTooLong(60) });
  });

  it('sends trimmed values, blanks as null, with the form’s key', () => {
    expect(bookingInput({ firstName: ' Léa ', email: ' lea@exemple.fr ', phone: '  ' }, 's-1', 'k'.repeat(22))).toEqual({
      sessionId: 's-1',
      firstName: 'Léa',
      email: 'lea@exemple.fr',
      phone: null,
      idempotencyKey: 'k'.repeat(22),
    });
  });

  it('maps the API’s extensions.field to the form’s fields', () => {
    expect(fieldOfApiError('input.email')).toBe('email');
    expect(fieldOfApiError('input.phone')).toBe('phone');
    expect(fieldOfApiError('input.firstName')).toBe('firstName');
    expect(fieldOfApiError('input.sessionId')).toBe('session');
    expect(fieldOfApiError('input.idempotencyKey')).toBeUndefined();
    expect(fieldOfApiError(undefined)).toBeUndefined();
  });
});

describe('idempotency key', () => {
  it('is 128 random bits in base64url, as the API expects (20–128 URL-safe characters)', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newIdempotencyKey()).not.toBe(key);
    expect(newIdempotencyKey((bytes) => bytes.fill(255))).toBe('_____________________w');
  });
});
