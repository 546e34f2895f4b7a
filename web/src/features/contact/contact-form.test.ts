import { describe, expect, it } from 'vitest';
import { fr } from './messages.fr.js';
import { checkContactForm, contactInput, fieldOfApiError, looksLikeEmail, looksLikeFrenchMobile, matchCommune, type ContactFormValues } from './contact-form.js';
import { newIdempotencyKey } from '../../shared/idempotency-key.js';
import { dueDateText } from './due-date.js';
import { NOTICE_VERSION } from './notice.js';

const DAX = { code: '40088', name: 'Dax', postcodes: ['40100'], lat: 43.71, lng: -1.05 };
const valid: ContactFormValues = {
  firstName: ' Léa ',
  age: '19',
  place: DAX,
  situation: 'JOB_SEEKER',
  channel: 'SMS',
  phone: '06 12 34 56 78',
  email: '',
  moments: ['EVENING', 'MORNING'],
  message: '  ',
};
const offer = { ageMin: 16, ageMax: 25, organisationName: 'Mission Locale des Landes' };
const m = fr;

describe('the contact form, before sending', () => {
  it('accepts French mobiles in their usual written forms, lightly', () => {
    for (const phone of ['06 12 34 56 78', '06.12.34.56.78', '0612345678', '07-12-34-56-78', '+33 6 12 34 56 78', '+33 (0)6 12 34 56 78', '0033612345678', '0692 12 34 56', '+262 692 12 34 56']) {
      expect(looksLikeFrenchMobile(phone), phone).toBe(true);
    }
    for (const phone of ['', '06 12 34 56', '05 58 12 34 56', '12345678901', 'zéro six']) expect(looksLikeFrenchMobile(phone), phone).toBe(false);
    expect(looksLikeEmail('lea.martin@exemple.fr')).toBe(true);
    expect(looksLikeEmail('lea@exemple')).toBe(false);
  });

  it('builds the input the API expects, with the notice version and the form’s key', () => {
    expect(checkContactForm(valid, offer, m)).toEqual({ errors: {} });
    expect(contactInput(valid, 'offer-1', 'key-of-this-form-0000')).toEqual({
      offerId: 'offer-1',
      firstName: 'Léa',
      age: 19,
      communeCode: '40088',
      situation: 'JOB_SEEKER',
      channel: 'SMS',
      phone: '06 12 34 56 78',
      email: null,
      preferredMoments: ['MORNING', 'EVENING'],
      message: null,
      noticeVersion: NOTICE_VERSION,
      idempotencyKey: 'key-of-this-form-0000',
    });
    expect(NOTICE_VERSION).toBe('2026-11-contact-v1');
    // By email: no phone sent even if one was typed before switching.
    expect(contactInput({ ...valid, channel: 'EMAIL', email: 'lea@exemple.fr' }, 'o', 'k')).toMatchObject({ phone: null, email: 'lea@exemple.fr' });
  });

  it('names each missing or wrong field', () => {
    const empty: ContactFormValues = { firstName: '', age: '', situation: '', channel: 'PHONE_CALL', phone: '', email: '', moments: [], message: '' };
    expect(checkContactForm(empty, offer, m).errors).toEqual({ firstName: m.firstNameMissing, age: m.ageMissing, commune: m.communeMissing, phone: m.phoneMissing });
    expect(checkContactForm({ ...valid, channel: 'EMAIL' }, offer, m).errors).toEqual({ email: m.emailMissing });
    expect(checkContactForm({ ...valid, phone: '05 58 00 00 00', email: 'pas-une-adresse', age: 'dix-neuf', firstName: '123' }, offer, m).errors).toEqual({
      firstName: m.firstNameLetters,
      age: m.ageNotNumber,
      phone: m.phoneInvalid,
      email: m.emailInvalid,
    });
    expect(checkContactForm({ ...valid, message: 'x'.repeat(1001) }, offer, m).errors).toEqual({ message: m.messageTooLong(1000) });
  });

  it('under 15, over 30, or outside the offer’s ages: a kind message, and the form stops', () => {
    expect(checkContactForm({ ...valid, age: '13' }, offer, m)).toEqual({ errors: { age: m.under15('Mission Locale des Landes') }, ageStop: 'UNDER_15' });
    expect(checkContactForm({ ...valid, age: '34' }, offer, m)).toEqual({ errors: { age: m.over30('Mission Locale des Landes') }, ageStop: 'OVER_30' });
    expect(checkContactForm({ ...valid, age: '28' }, offer, m)).toEqual({ errors: { age: m.offerAges(16, 25) }, ageStop: 'OFFER_AGES' });
    expect(m.under15('X')).toContain('Nous n’avons rien envoyé');
  });

  it('maps the API’s extensions.field to the form’s fields', () => {
    expect(fieldOfApiError('input.phone')).toBe('phone');
    expect(fieldOfApiError('input.communeCode')).toBe('commune');
    expect(fieldOfApiError('input.preferredMoments[1]')).toBe('moments');
    expect(fieldOfApiError('input.offerId')).toBeUndefined();
    expect(fieldOfApiError('idempotencyKey')).toBeUndefined();
    expect(fieldOfApiError(undefined)).toBeUndefined();
  });

  it('matches a typed commune with its suggestion', () => {
    const places = [DAX, { ...DAX, code: '40279', name: 'Saint-Paul-lès-Dax', postcodes: ['40990'] }];
    expect(matchCommune('dax', places)).toBe(DAX);
    expect(matchCommune('Dax (40100)', places)).toBe(DAX);
    expect(matchCommune('40990', places)?.code).toBe('40279');
    expect(matchCommune('da', places)).toBeUndefined();
  });
});

describe('the idempotency key', () => {
  it('is 128 random bits in base64url: 22 characters the API accepts', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newIdempotencyKey()).not.toBe(key);
    expect(newIdempotencyKey((bytes) => bytes.fill(255))).toBe('_____________________w');
  });
});

describe('the due date, said the same way everywhere', () => {
  const due = { dueAt: '2026-11-26T22:59:59.000Z', dueDateLabel: 'jeudi 26 novembre' };
  it('in French, the API’s words; in English, the day in France', () => {
    expect(dueDateText('fr', due)).toBe('jeudi 26 novembre');
    expect(dueDateText('en', due)).toBe('Thursday 26 November');
    // 23:30 UTC on the 26th is already Friday 27th in Paris.
    expect(dueDateText('en', { dueAt: '2026-11-26T23:30:00.000Z' })).toBe('Friday 27 November');
    expect(dueDateText('fr', { dueAt: '2026-11-26T22:59:59.000Z' })).toBe('jeudi 26 novembre');
    expect(dueDateText('en', {})).toBeUndefined();
  });
});
