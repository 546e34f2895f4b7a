import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fr } from './messages.fr.js';
import { addMyStep, getMyStep, type BookingStep } from '../my-steps/my-steps.store.js';
import { refreshMySteps } from '../my-steps/refresh.js';
import { closeBaliseDb } from '../offline/balise-db.js';
import { bookingStatusText, bookingStatusTone } from './booking-status.js';
import { bookingPatch, bookingStep, mayCancel } from './booking-step.js';

const receipt = {
  id: 'bk-1',
  status: 'WAITLISTED',
  waitlistPosition: 2,
  offerId: 'offer-1',
  offerTitle: 'Atelier CV',
  organisationName: 'Mission Locale des Landes',
  session: { startsAt: '2026-12-01T13:00:00.000Z' },
};
const step: BookingStep = {
  kind: 'booking',
  id: 'bk-1',
  token: 'booking-token',
  offerId: 'offer-1',
  offerTitle: 'Atelier CV',
  organisationName: 'Mission Locale des Landes',
  createdAt: '2026-11-21T09:00:00.000Z',
  sessionStartsAt: '2026-12-01T13:00:00.000Z',
  status: 'WAITLISTED',
  waitlistPosition: 2,
};
const request = {
  kind: 'contact-request' as const,
  id: 'cr-1',
  token: 'request-token',
  offerId: 'offer-2',
  offerTitle: 'Trouver un logement',
  organisationName: 'Mission Locale des Landes',
  createdAt: '2026-11-20T09:00:00.000Z',
  status: 'NEW' as const,
};

beforeEach(async () => {
  await closeBaliseDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
});

describe('a booking in Mes démarches', () => {
  it('is written from the receipt with its token and the session’s start', () => {
    expect(bookingStep(receipt, 'booking-token', '2026-11-21T09:00:00.000Z')).toEqual(step);
  });

  it('takes a fresh status, clears the waitlist position once off it, keeps who cancelled', () => {
    expect(bookingPatch({ status: 'CONFIRMED', waitlistPosition: null, cancelledBy: null, session: { startsAt: '2026-12-02T13:00:00.000Z' } })).toEqual({
      status: 'CONFIRMED',
      waitlistPosition: undefined,
      cancelledBy: undefined,
      sessionStartsAt: '2026-12-02T13:00:00.000Z',
    });
    expect(bookingPatch({ status: 'CANCELLED', cancelledBy: 'ORGANISATION' })).toEqual({ status: 'CANCELLED', cancelledBy: 'ORGANISATION' });
    expect(bookingPatch({ status: 'SOMETHING_NEW' })).toEqual({});
  });

  it('offers to cancel only while active and ahead', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(mayCancel(step, now)).toBe(true);
    expect(mayCancel({ ...step, status: 'CANCELLED' }, now)).toBe(false);
    expect(mayCancel({ ...step, sessionStartsAt: '2026-11-23T09:00:00Z' }, now)).toBe(false);
    expect(mayCancel({ ...step, token: '' }, now)).toBe(false);
  });

  it('refreshes bookings with bookingByToken, even while contact requests cannot be asked about', async () => {
    await addMyStep(step);
    await addMyStep(request);
    const fetchGraphql = vi.fn(async () => ({
      data: { s0: { status: 'CONFIRMED', waitlistPosition: null, cancelledBy: null, session: { startsAt: '2026-12-01T13:00:00.000Z' } } },
    }));

    const steps = await refreshMySteps({ fetchGraphql, available: { booking: true, 'contact-request': false }, online: () => true, now: () => new Date('2026-11-22T12:00:00Z') });

    expect(fetchGraphql).toHaveBeenCalledWith(
      'query MyStepsRefresh($t0: String!) { s0: bookingByToken(token: $t0) { status waitlistPosition cancelledBy session { startsAt } } }',
      { t0: 'booking-token' },
    );
    const refreshed = steps.find((s) => s.kind === 'booking');
    expect(refreshed).toMatchObject({ status: 'CONFIRMED', statusCheckedAt: '2026-11-22T12:00:00.000Z' });
    expect(refreshed).not.toHaveProperty('waitlistPosition');
    expect(await getMyStep('contact-request', 'cr-1')).toEqual(request);
  });

  it('keeps what it knows when the token is unknown to the server', async () => {
    await addMyStep(step);
    const fetchGraphql = vi.fn(async () => ({ data: { s0: null } }));
    expect(await refreshMySteps({ fetchGraphql, available: { booking: true }, online: () => true })).toEqual([step]);
  });
});

describe('booking status in plain words', () => {
  const b = fr;
  it('says each status, the waitlist position, who cancelled, and a promotion', () => {
    expect(bookingStatusText({ status: 'CONFIRMED' }, b)).toBe('Ta place est réservée.');
    expect(bookingStatusText({ status: 'CONFIRMED', promotedAt: '2026-11-22T10:00:00Z' }, b)).toMatch(/une place s’est libérée/);
    expect(bookingStatusText({ status: 'WAITLISTED', waitlistPosition: 2 }, b)).toBe('Tu es n° 2 sur la liste d’attente : on te prévient si une place se libère.');
    expect(bookingStatusText({ status: 'CANCELLED', cancelledBy: 'YOUTH' }, b)).toBe('Tu as annulé cette réservation.');
    expect(bookingStatusText({ status: 'CANCELLED', cancelledBy: 'ORGANISATION' }, b)).toMatch(/^L’organisme a annulé cette séance/);
    expect(bookingStatusText({ status: 'ATTENDED' }, b)).toBe('Tu as participé à cet atelier.');
    expect(bookingStatusText({ status: 'NO_SHOW' }, b)).toBe('L’organisme a noté ton absence à cet atelier.');
    expect(bookingStatusTone('CONFIRMED')).toBe('success');
    expect(bookingStatusTone('CANCELLED')).toBe('warning');
  });
});
