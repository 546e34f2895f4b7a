/**
 * Workshop booking as a youth sees it, on both engines: sessions with seats left, booking
 * (confirmed, then waitlisted), idempotent retries, one booking per contact, tracking and
 * cancellation with the token, promotion from the waitlist, and refusals that write nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Booking } from '../src/bookings/booking.entity.js';
import { Offer } from '../src/offers/offer.entity.js';
import { OutboxEvent } from '../src/outbox/outbox-event.entity.js';
import { WorkshopSession } from '../src/workshops/workshop-session.entity.js';
import { organisationId } from './support/accounts.js';
import { BOOK, BOOKING_BY_TOKEN, BOOKING_CALENDAR, CANCEL_BOOKING, WORKSHOP_SESSIONS, bookableOffer, bookableSession, bookingInput } from './support/bookings.js';
import { DATABASE_KINDS } from './support/databases.js';
import { fixtureOffer } from './support/portal.js';
import { FIXED_NOW, useTestServer } from './support/test-server.js';

const HOUR = 3_600_000;

describe.each(DATABASE_KINDS)('workshop booking on %s', (kind) => {
  let now = FIXED_NOW;
  const context = useTestServer(kind, { clock: () => now, env: { WAITLIST_MAX: '3' } });
  let mlLandes: string;
  let offerId: string;

  beforeAll(async () => {
    mlLandes = await organisationId(context.server.orm.em, 'ml-landes');
    offerId = await bookableOffer(context.server.orm.em, mlLandes);
  });

  const em = () => context.server.orm.em.fork();
  const book = (input: Record<string, unknown>) => context.server.gql(BOOK, { input });
  const booked = async (input: Record<string, unknown>) => {
    const answer = await book(input);
    expect(answer.errors).toBeUndefined();
    return answer.data!.bookWorkshop;
  };
  const refusal = async (input: Record<string, unknown>) => (await book(input)).errors?.[0];
  const written = async () => (await em().count(Booking, {})) + (await em().count(OutboxEvent, {}));

  it('lists the upcoming scheduled sessions of a published workshop by start, with seats left', async () => {
    const later = await bookableSession(em(), offerId, { startsAt: new Date('2026-12-08T13:00:00Z'), capacity: 8 });
    const sooner = await bookableSession(em(), offerId, { startsAt: new Date('2026-12-01T09:00:00Z'), capacity: 12, online: true });
    const past = await bookableSession(em(), offerId, { startsAt: new Date(now.getTime() - HOUR) });
    const cancelled = await bookableSession(em(), offerId, { startsAt: new Date('2026-12-03T13:00:00Z') });
    await em().nativeUpdate(WorkshopSession, { id: cancelled }, { status: 'CANCELLED' });

    const sessions = (await context.server.gql(WORKSHOP_SESSIONS, { offerId })).data!.workshopSessions;
    expect(sessions.map((s: any) => s.id)).toEqual([sooner, later]);
    expect(sessions.map((s: any) => s.id)).not.toContain(past);
    // The visio link is not public: it comes with a seat.
    expect(sessions[0]).toMatchObject({ capacity: 12, seatsLeft: 12, waitlistLength: 0, waitlistFull: false, venue: null, online: true, onlineUrl: null, startsAt: '2026-12-01T09:00:00.000Z' });
    expect(sessions[1]).toMatchObject({ capacity: 8, seatsLeft: 8, online: false, venue: { commune: { code: expect.any(String) } } });
    const seat = await booked(bookingInput(sooner));
    expect(seat.session).toMatchObject({ online: true, onlineUrl: 'https://visio.balise.test/atelier' });
  });

  it('lists nothing for an unknown or unpublished offer, and refuses a malformed id', async () => {
    const draft = await fixtureOffer(em(), mlLandes, 'DRAFT');
    await bookableSession(em(), draft);
    expect((await context.server.gql(WORKSHOP_SESSIONS, { offerId: draft })).data!.workshopSessions).toEqual([]);
    expect((await context.server.gql(WORKSHOP_SESSIONS, { offerId: '00000000-0000-4000-8000-000000000000' })).data!.workshopSessions).toEqual([]);
    const malformed = await context.server.gql(WORKSHOP_SESSIONS, { offerId: 'abc' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offerId' });
  });

  it('confirms while seats remain, then waitlists with positions 1..n; the receipt has what the confirmation screen needs', async () => {
    const sessionId = await bookableSession(em(), offerId, { capacity: 2, online: true });
    const first = await booked(bookingInput(sessionId, { firstName: '  Léa ' }));
    expect(first.session.onlineUrl).toBe('https://visio.balise.test/atelier');
    expect(first).toMatchObject({ status: 'CONFIRMED', waitlistPosition: null, offerId, organisationName: 'Mission Locale des Landes', session: { id: sessionId, seatsLeft: 1 } });
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.offerTitle).toMatch(/^Atelier fixture/);
    expect((await booked(bookingInput(sessionId, { email: null, phone: '06 12 34 56 78' }))).status).toBe('CONFIRMED');
    const third = await booked(bookingInput(sessionId));
    const fourth = await booked(bookingInput(sessionId));
    expect(third.session.onlineUrl, 'no visio link without a seat').toBeNull();
    expect([third.status, third.waitlistPosition, fourth.status, fourth.waitlistPosition]).toEqual(['WAITLISTED', 1, 'WAITLISTED', 2]);
    expect(fourth.session).toMatchObject({ seatsLeft: 0, waitlistLength: 2, waitlistFull: false });
    const tracked = (await context.server.gql(BOOKING_BY_TOKEN, { token: first.token })).data!.bookingByToken;
    expect(tracked).toMatchObject({ id: first.id, status: 'CONFIRMED', firstName: 'Léa', cancellable: true, cancelledAt: null });
  });

  it('answers a retry with the same idempotency key with the same booking and token, and refuses the key for another request', async () => {
    const sessionId = await bookableSession(em(), offerId, { capacity: 1 });
    const input = bookingInput(sessionId, { email: 'Lea.Martin@Exemple.FR' });
    const first = await booked(input);
    const again = await booked({ ...input, email: ' lea.martin@exemple.fr ' });
    expect(again).toMatchObject({ id: first.id, token: first.token, status: 'CONFIRMED' });
    expect(await em().count(Booking, { session: sessionId })).toBe(1);
    const other = await refusal({ ...input, email: 'quelquun@exemple.fr' });
    expect(other?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.idempotencyKey', reason: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('refuses the same contact twice on a session (CONFLICT), however it is written; a cancelled booking frees the contact', async () => {
    const sessionId = await bookableSession(em(), offerId, { capacity: 5 });
    const byEmail = await booked(bookingInput(sessionId, { email: 'tom@exemple.fr' }));
    expect((await refusal(bookingInput(sessionId, { email: ' TOM@exemple.fr' })))?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_BOOKED', field: 'input.email' });
    await booked(bookingInput(sessionId, { email: null, phone: '07 81 23 45 67' }));
    expect((await refusal(bookingInput(sessionId, { email: null, phone: '+33 7 81 23 45 67' })))?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.phone' });
    expect((await refusal(bookingInput(sessionId, { email: 'autre@exemple.fr', phone: '0781234567' })))?.extensions?.code).toBe('CONFLICT');
    await context.server.gql(CANCEL_BOOKING, { token: byEmail.token });
    expect((await booked(bookingInput(sessionId, { email: 'tom@exemple.fr' }))).status).toBe('CONFIRMED');
  });

  it('cancels with the token until the start: the first waitlisted gets the seat, positions close up, cancelling again changes nothing', async () => {
    const sessionId = await bookableSession(em(), offerId, { capacity: 1, startsAt: new Date(now.getTime() + 48 * HOUR) });
    const seat = await booked(bookingInput(sessionId));
    const [w1, w2, w3] = [await booked(bookingInput(sessionId)), await booked(bookingInput(sessionId)), await booked(bookingInput(sessionId))];
    expect([w1.waitlistPosition, w2.waitlistPosition, w3.waitlistPosition]).toEqual([1, 2, 3]);
    // Cancelling from the middle of the waitlist closes the gap.
    expect((await context.server.gql(CANCEL_BOOKING, { token: w2.token })).data!.cancelBooking).toMatchObject({ status: 'CANCELLED', cancelledBy: 'YOUTH', cancellable: false });
    expect((await context.server.gql(BOOKING_BY_TOKEN, { token: w3.token })).data!.bookingByToken.waitlistPosition).toBe(2);

    const cancelled = (await context.server.gql(CANCEL_BOOKING, { token: seat.token })).data!.cancelBooking;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', session: { seatsLeft: 0, waitlistLength: 1 } });
    const promoted = (await context.server.gql(BOOKING_BY_TOKEN, { token: w1.token })).data!.bookingByToken;
    expect(promoted).toMatchObject({ status: 'CONFIRMED', waitlistPosition: null, promotedAt: now.toISOString() });
    expect((await context.server.gql(BOOKING_BY_TOKEN, { token: w3.token })).data!.bookingByToken.waitlistPosition).toBe(1);
    const again = await context.server.gql(CANCEL_BOOKING, { token: seat.token });
    expect(again.errors).toBeUndefined();
    expect(await em().count(Booking, { session: sessionId, status: 'CONFIRMED' })).toBe(1);

    const saved = now;
    now = new Date(now.getTime() + 48 * HOUR + 60_000);
    try {
      const late = await context.server.gql(CANCEL_BOOKING, { token: w1.token });
      expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_STARTED' });
      expect((await context.server.gql(BOOKING_BY_TOKEN, { token: w1.token })).data!.bookingByToken).toMatchObject({ status: 'CONFIRMED', cancellable: false });
    } finally {
      now = saved;
    }
  });

  it('finds nothing for an unknown or malformed token', async () => {
    expect((await context.server.gql(BOOKING_BY_TOKEN, { token: 'x'.repeat(43) })).data!.bookingByToken).toBeNull();
    expect((await context.server.gql(BOOKING_BY_TOKEN, { token: 'pas-un-jeton' })).data!.bookingByToken).toBeNull();
    expect((await context.server.gql(BOOKING_CALENDAR, { token: 'x'.repeat(43) })).data!.bookingCalendar).toBeNull();
    expect((await context.server.gql(CANCEL_BOOKING, { token: 'x'.repeat(43) })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('gives the same calendar file in the app', async () => {
    const sessionId = await bookableSession(em(), offerId, { startsAt: new Date('2027-07-06T12:00:00Z') });
    const { token } = await booked(bookingInput(sessionId));
    const file = (await context.server.gql(BOOKING_CALENDAR, { token })).data!.bookingCalendar;
    expect(file).toMatchObject({ filename: 'atelier-balise.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH' });
    expect(file.text).toContain('DTSTART;TZID=Europe/Paris:20270706T140000');
    expect(file.text).toContain('STATUS:CONFIRMED');
  });

  it('refuses bad input with a coded error naming the field, and writes nothing', async () => {
    const sessionId = await bookableSession(em(), offerId, { capacity: 1 });
    const cases: [Record<string, unknown>, string, string][] = [
      [bookingInput(sessionId, { email: 'lea@' }), 'BAD_USER_INPUT', 'input.email'],
      [bookingInput(sessionId, { email: null, phone: '05 58 00 00 00' }), 'BAD_USER_INPUT', 'input.phone'],
      [bookingInput(sessionId, { email: null, phone: null }), 'BAD_USER_INPUT', 'input.email'],
      [bookingInput(sessionId, { email: '  ', phone: '' }), 'BAD_USER_INPUT', 'input.email'],
      [bookingInput(sessionId, { firstName: '   ' }), 'BAD_USER_INPUT', 'input.firstName'],
      [bookingInput(sessionId, { firstName: 'L'.repeat(61) }), 'BAD_USER_INPUT', 'input.firstName'],
      [bookingInput(sessionId, { idempotencyKey: 'court' }), 'BAD_USER_INPUT', 'input.idempotencyKey'],
      [bookingInput('pas-un-id'), 'BAD_USER_INPUT', 'input.sessionId'],
      [bookingInput('00000000-0000-4000-8000-000000000000'), 'NOT_FOUND', 'input.sessionId'],
    ];
    const before = await written();
    for (const [input, code, field] of cases) expect((await refusal(input))?.extensions, JSON.stringify(input)).toMatchObject({ code, field });
    expect(await written()).toBe(before);
  });

  it('refuses started, past, cancelled sessions, hidden offers, offers without booking, and a full waitlist, writing nothing', async () => {
    const started = await bookableSession(em(), offerId, { startsAt: new Date(now.getTime() - 60_000), durationMinutes: 120 });
    const past = await bookableSession(em(), offerId, { startsAt: new Date('2026-11-01T09:00:00Z') });
    const cancelled = await bookableSession(em(), offerId);
    await em().nativeUpdate(WorkshopSession, { id: cancelled }, { status: 'CANCELLED' });
    const draftSession = await bookableSession(em(), await fixtureOffer(em(), mlLandes, 'IN_REVIEW'));
    const noBooking = await fixtureOffer(em(), mlLandes, 'PUBLISHED');
    await em().nativeUpdate(Offer, { id: noBooking }, { engagement: ['CONTACT_REQUEST'] });
    const noBookingSession = await bookableSession(em(), noBooking);
    const expired = await fixtureOffer(em(), mlLandes, 'PUBLISHED');
    await em().nativeUpdate(Offer, { id: expired }, { validUntil: '2026-11-22' });
    const notYet = await fixtureOffer(em(), mlLandes, 'PUBLISHED');
    await em().nativeUpdate(Offer, { id: notYet }, { validFrom: '2026-11-24' });
    const [expiredSession, notYetSession] = [await bookableSession(em(), expired), await bookableSession(em(), notYet)];
    const full = await bookableSession(em(), offerId, { capacity: 1 });
    for (let i = 0; i < 4; i += 1) await booked(bookingInput(full));
    expect((await context.server.gql(WORKSHOP_SESSIONS, { offerId })).data!.workshopSessions.find((s: any) => s.id === full)).toMatchObject({ waitlistLength: 3, waitlistFull: true });

    const before = await written();
    expect((await refusal(bookingInput(started)))?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_STARTED' });
    expect((await refusal(bookingInput(past)))?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_STARTED' });
    expect((await refusal(bookingInput(cancelled)))?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_CANCELLED' });
    expect((await refusal(bookingInput(draftSession)))?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.sessionId' });
    expect((await refusal(bookingInput(noBookingSession)))?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_BOOKABLE' });
    expect((await refusal(bookingInput(expiredSession)))?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await refusal(bookingInput(notYetSession)))?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await refusal(bookingInput(full)))?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'WAITLIST_FULL' });
    expect(await written()).toBe(before);
    const current = await fixtureOffer(em(), mlLandes, 'PUBLISHED');
    await em().nativeUpdate(Offer, { id: current }, { validFrom: '2026-11-23', validUntil: '2026-11-23' });
    expect((await book(bookingInput(await bookableSession(em(), current)))).errors, 'valid today, in France').toBeUndefined();
  });
});
