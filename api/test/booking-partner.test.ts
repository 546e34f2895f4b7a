/**
 * The organisation's side of bookings, on both engines: the attendance list (printable, CSV),
 * attended / no-show once the session started, fill and no-show rates per offer, capacity
 * changes that keep promises, and the erasure of youths' details after the retention period.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Booking } from '../src/bookings/booking.entity.js';
import { eraseExpiredBookings } from '../src/bookings/booking-retention.js';
import { organisationId, signedIn } from './support/accounts.js';
import {
  BOOK, BOOKING_BY_TOKEN, MARK_ATTENDANCE, OFFER_BOOKING_STATS, SESSION_ATTENDANCE, SESSION_ATTENDANCE_CSV, bookableOffer, bookableSession, bookingInput,
} from './support/bookings.js';
import { DATABASE_KINDS } from './support/databases.js';
import { UPDATE_SESSION, venuesOf } from './support/portal.js';
import { FIXED_NOW, useTestServer, type TestClient } from './support/test-server.js';

const HOUR = 3_600_000;

describe.each(DATABASE_KINDS)('bookings for the organisation on %s', (kind) => {
  let now = FIXED_NOW;
  const context = useTestServer(kind, { clock: () => now });
  let editor: TestClient;
  let counsellor: TestClient;
  let mlLandes: string;
  let offerId: string;
  let sessionId: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const startsAt = new Date(FIXED_NOW.getTime() + 2 * HOUR);

  beforeAll(async () => {
    const em = context.server.orm.em;
    mlLandes = await organisationId(em, 'ml-landes');
    offerId = await bookableOffer(em, mlLandes);
    sessionId = await bookableSession(em, offerId, { capacity: 3, startsAt });
    for (const [firstName, contact] of [
      ['Zoé', { email: 'zoe@exemple.fr' }],
      ['Adam', { email: null, phone: '06 12 34 56 78' }],
      ['Léa', { email: 'lea@exemple.fr' }],
      ['Tom', { email: 'tom@exemple.fr' }],
      ['Inès', { email: 'ines@exemple.fr' }],
    ] as const) {
      const receipt = (await context.server.gql(BOOK, { input: bookingInput(sessionId, { firstName, ...contact }) })).data!.bookWorkshop;
      tokens[firstName] = receipt.token;
      ids[firstName] = receipt.id;
    }
    editor = await signedIn(context.server.client(), 'edition@ml-landes.balise.test');
    counsellor = await signedIn(context.server.client(), 'conseil@ml-landes.balise.test');
  });

  const ok = async (client: TestClient, query: string, variables: Record<string, unknown>) => {
    const answer = await client.gql(query, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };

  it('lists the seats by first name, then the waitlist in order, with contacts as written in France', async () => {
    const attendance = (await ok(counsellor, SESSION_ATTENDANCE, { sessionId })).sessionAttendance;
    expect(attendance).toMatchObject({ offerId, cancelledCount: 0, session: { id: sessionId, seatsLeft: 0, waitlistLength: 2 } });
    expect(attendance.entries.map((e: any) => [e.firstName, e.email, e.phone, e.status, e.waitlistPosition])).toEqual([
      ['Adam', null, '06 12 34 56 78', 'CONFIRMED', null],
      ['Léa', 'lea@exemple.fr', null, 'CONFIRMED', null],
      ['Zoé', 'zoe@exemple.fr', null, 'CONFIRMED', null],
      ['Tom', 'tom@exemple.fr', null, 'WAITLISTED', 1],
      ['Inès', 'ines@exemple.fr', null, 'WAITLISTED', 2],
    ]);
  });

  it('exports the list as CSV for French spreadsheets', async () => {
    const file = (await ok(editor, SESSION_ATTENDANCE_CSV, { sessionId })).sessionAttendanceCsv;
    expect(file).toMatchObject({ filename: 'presences-2026-11-23-12-00.csv', contentType: 'text/csv; charset=utf-8' });
    const rows = file.text.split('\r\n');
    expect(rows[0]).toBe('\uFEFFPrénom;E-mail;Téléphone;Statut;Position en liste d’attente;Réservé le');
    expect(rows[1]).toBe('Adam;;06 12 34 56 78;Inscrit·e;;23/11/2026 10:00');
    expect(rows[4]).toBe('Tom;tom@exemple.fr;;Liste d’attente;1;23/11/2026 10:00');
    expect(rows).toHaveLength(7);
  });

  it('refuses fewer seats than booked, and gives added seats to the waitlist', async () => {
    const venueId = (await venuesOf(context.server.orm.em, mlLandes))[0]!.id;
    // Same day, time and place (12:00 in Paris): only the capacity changes.
    const input = (capacity: number) => ({ date: '2026-11-23', startTime: '12:00', durationMinutes: 90, capacity, venueId });
    const refused = await editor.gql(UPDATE_SESSION, { id: sessionId, input: input(2) });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.capacity', reason: 'SEATS_BOOKED' });
    await ok(editor, UPDATE_SESSION, { id: sessionId, input: input(4) });
    const tom = (await context.server.gql(BOOKING_BY_TOKEN, { token: tokens['Tom'] })).data!.bookingByToken;
    expect(tom).toMatchObject({ status: 'CONFIRMED', promotedAt: now.toISOString() });
    expect((await context.server.gql(BOOKING_BY_TOKEN, { token: tokens['Inès'] })).data!.bookingByToken.waitlistPosition).toBe(1);
  });

  it('marks attended or no-show once the session has started, seats only; a mark can be corrected', async () => {
    const early = await editor.gql(MARK_ATTENDANCE, { bookingId: ids['Adam'], attended: true });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_STARTED' });
    now = new Date(startsAt.getTime() + 10 * 60_000);
    expect((await ok(counsellor, MARK_ATTENDANCE, { bookingId: ids['Adam'], attended: true })).markAttendance).toMatchObject({ status: 'ATTENDED', attendanceMarkedAt: now.toISOString() });
    await ok(editor, MARK_ATTENDANCE, { bookingId: ids['Léa'], attended: true });
    await ok(editor, MARK_ATTENDANCE, { bookingId: ids['Zoé'], attended: true });
    expect((await ok(editor, MARK_ATTENDANCE, { bookingId: ids['Zoé'], attended: false })).markAttendance.status).toBe('NO_SHOW');
    await ok(editor, MARK_ATTENDANCE, { bookingId: ids['Tom'], attended: false });
    const waitlisted = await editor.gql(MARK_ATTENDANCE, { bookingId: ids['Inès'], attended: true });
    expect(waitlisted.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_A_SEAT' });
    const unknown = await editor.gql(MARK_ATTENDANCE, { bookingId: '00000000-0000-4000-8000-000000000000', attended: true });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'bookingId' });
  });

  it('gives each offer’s fill rate and no-show rate over the sessions held, and what is booked ahead', async () => {
    const upcoming = await bookableSession(context.server.orm.em, offerId, { capacity: 10, startsAt: new Date(now.getTime() + 48 * HOUR) });
    await context.server.gql(BOOK, { input: bookingInput(upcoming) });
    const stats = (await ok(counsellor, OFFER_BOOKING_STATS, { organisationId: mlLandes })).offerBookingStats;
    expect(stats.find((row: any) => row.offerId === offerId)).toEqual({
      offerId, title: expect.stringMatching(/^Atelier fixture/),
      sessionsHeld: 1, seatsOffered: 4, seatsBooked: 4, attended: 2, noShows: 2, fillRate: 1, noShowRate: 0.5,
      upcomingSessions: 1, upcomingSeatsOffered: 10, upcomingSeatsBooked: 1, waitlisted: 0,
    });
  });

  it('erases first names and contacts once the retention period after the session is over, keeping the figures', async () => {
    const em = context.server.orm.em.fork();
    const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
    expect(await eraseExpiredBookings(em, new Date(endsAt.getTime() + 80 * 24 * HOUR), 3)).toBe(0);
    expect(await eraseExpiredBookings(em, new Date(endsAt.getTime() + 93 * 24 * HOUR), 3)).toBe(5);
    expect(await eraseExpiredBookings(em, new Date(endsAt.getTime() + 94 * 24 * HOUR), 3)).toBe(0);
    const rows = await context.server.orm.em.fork().find(Booking, { session: sessionId });
    expect(rows.every((row) => row.firstName === null && row.email === null && row.phone === null && row.erasedAt)).toBe(true);
    const attendance = (await ok(editor, SESSION_ATTENDANCE, { sessionId })).sessionAttendance;
    expect(attendance.entries.map((e: any) => [e.firstName, e.email, e.phone, e.status])).toContainEqual([null, null, null, 'ATTENDED']);
    expect((await context.server.gql(BOOKING_BY_TOKEN, { token: tokens['Adam'] })).data!.bookingByToken).toMatchObject({ status: 'ATTENDED', firstName: null });
    const stats = (await ok(editor, OFFER_BOOKING_STATS, { organisationId: mlLandes })).offerBookingStats;
    expect(stats.find((row: any) => row.offerId === offerId)).toMatchObject({ attended: 2, noShows: 2 });
  });
});
