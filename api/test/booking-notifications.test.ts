/**
 * What a youth receives, through the outbox and a real SMTP server, on a controlled clock:
 * the confirmation with its .ics, the waitlist email, the promotion, the cancellation, the
 * session's change or cancellation by the organisation, and exactly one reminder 24 h before.
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOKING_SUBJECTS } from '../src/bookings/booking-emails.js';
import { EMAIL_TOPIC } from '../src/notifications/email.js';
import { OutboxEvent } from '../src/outbox/outbox-event.entity.js';
import { organisationId, signedIn } from './support/accounts.js';
import { BOOK, CANCEL_BOOKING, bookableOffer, bookableSession, bookingInput } from './support/bookings.js';
import { DATABASE_KINDS, freshDatabase, type TestDatabase } from './support/databases.js';
import { CANCEL_SESSION, UPDATE_SESSION, venuesOf } from './support/portal.js';
import { SmtpCatcher } from './support/smtp-catcher.js';
import { FIXED_NOW, startTestServer, type TestClient, type TestServer } from './support/test-server.js';

const HOUR = 3_600_000;

describe.each(DATABASE_KINDS)('booking emails, calendar file and reminders on %s', (kind) => {
  let now = FIXED_NOW;
  let database: TestDatabase;
  let catcher: SmtpCatcher;
  let server: TestServer;
  let editor: TestClient;
  let offerId: string;
  let venueId: string;

  beforeAll(async () => {
    catcher = await SmtpCatcher.start();
    database = await freshDatabase(kind);
    server = await startTestServer(database, { clock: () => now, env: { SMTP_URL: catcher.url, PUBLIC_URL: 'https://balise.example.fr' } });
    // Deliveries happen when the test drains, on the test's clock: no background worker.
    await server.outbox.stop();
    const mlLandes = await organisationId(server.orm.em, 'ml-landes');
    offerId = await bookableOffer(server.orm.em, mlLandes);
    venueId = (await venuesOf(server.orm.em, mlLandes))[0]!.id;
    editor = await signedIn(server.client(), 'edition@ml-landes.balise.test');
  });
  afterAll(async () => {
    await server?.stop();
    await catcher?.stop();
    await database?.drop();
  });

  const em = () => server.orm.em.fork();
  const book = async (input: Record<string, unknown>) => {
    const answer = await server.gql(BOOK, { input });
    expect(answer.errors).toBeUndefined();
    return answer.data!.bookWorkshop;
  };
  /** Delivers what is due and returns the emails the SMTP server received meanwhile, parsed. */
  const delivered = async (): Promise<ParsedMail[]> => {
    const before = catcher.messages.length;
    await server.outbox.drain();
    return Promise.all(catcher.messages.slice(before).map((message) => simpleParser(message.raw)));
  };
  const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)!.text;
  const calendarOf = (mail: ParsedMail) => mail.attachments.find((attachment) => attachment.filename === 'atelier-balise.ics')?.content.toString('utf8');
  const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

  it('confirms by email with the calendar file, tells the waitlisted their position, and sends nothing to a phone-only youth', async () => {
    const sessionId = await bookableSession(em(), offerId, { capacity: 1, startsAt: new Date('2026-12-01T13:00:00Z') });
    const lea = await book(bookingInput(sessionId, { firstName: 'Léa', email: 'lea@exemple.fr' }));
    await book(bookingInput(sessionId, { firstName: 'Sami', email: null, phone: '06 12 34 56 78' }));
    await book(bookingInput(sessionId, { firstName: 'Inès', email: 'ines@exemple.fr' }));
    const mails = await delivered();
    expect(mails.map((mail) => [to(mail), mail.subject])).toEqual([
      ['lea@exemple.fr', BOOKING_SUBJECTS.confirmed],
      ['ines@exemple.fr', BOOKING_SUBJECTS.waitlisted],
    ]);
    const [confirmation, waitlist] = mails as [ParsedMail, ParsedMail];
    expect(confirmation.text).toContain('Bonjour Léa,');
    expect(confirmation.text).toContain('mardi 1 décembre 2026, de 14 h 00 à 15 h 30 (heure de Paris)');
    expect(confirmation.text).toContain('Mission Locale des Landes');
    expect(confirmation.text).toContain(`https://balise.example.fr/reservation?jeton=${lea.token}`);
    const ics = unfold(calendarOf(confirmation)!);
    expect(ics).toContain(`UID:${lea.id}@reservations.balise`);
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20261201T140000');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toContain('SEQUENCE:0');
    expect(confirmation.attachments[0]!.contentType).toBe('text/calendar');
    expect(waitlist.text).toContain('tu es n° 2 sur la liste d’attente'); // Sami, phone only, is n° 1
    expect(waitlist.attachments).toHaveLength(0);
    // No personal data and no workshop title in any subject; payloads dropped once delivered.
    for (const mail of mails) expect(mail.subject).not.toMatch(/Léa|Inès|Atelier fixture/);
    const kept = await em().find(OutboxEvent, { topic: EMAIL_TOPIC, deliveredAt: { $ne: null } });
    expect(kept.every((event) => JSON.stringify(event.payload) === '{"redacted":true}')).toBe(true);
  });

  it('sends exactly one reminder 24 h before the start, on the outbox’s clock, even when drained twice', async () => {
    const startsAt = new Date(FIXED_NOW.getTime() + 72 * HOUR);
    const sessionId = await bookableSession(em(), offerId, { capacity: 1, startsAt });
    await book(bookingInput(sessionId, { firstName: 'Léa', email: 'rappel@exemple.fr' }));
    await book(bookingInput(sessionId, { firstName: 'Inès', email: 'attente@exemple.fr' }));
    await book(bookingInput(sessionId, { firstName: 'Sami', email: null, phone: '07 81 23 45 67' }));
    await delivered();
    try {
      now = new Date(startsAt.getTime() - 24 * HOUR - 60_000);
      expect(await delivered()).toEqual([]);
      now = new Date(startsAt.getTime() - 24 * HOUR + 60_000);
      const reminders = await delivered();
      expect(reminders.map((mail) => [to(mail), mail.subject])).toEqual([['rappel@exemple.fr', BOOKING_SUBJECTS.reminder]]);
      expect(reminders[0]!.text).toContain('Petit rappel');
      expect(calendarOf(reminders[0]!)).toContain('STATUS:CONFIRMED');
      expect(await delivered()).toEqual([]);
      now = new Date(startsAt.getTime() - HOUR);
      expect(await delivered()).toEqual([]);
    } finally {
      now = FIXED_NOW;
    }
  });

  it('a freed seat goes to the first waitlisted youth, who is told with the calendar file; the canceller gets a cancelling file', async () => {
    const sessionId = await bookableSession(em(), offerId, { capacity: 1, startsAt: new Date('2026-12-02T09:00:00Z') });
    const first = await book(bookingInput(sessionId, { firstName: 'Tom', email: 'tom@exemple.fr' }));
    const second = await book(bookingInput(sessionId, { firstName: 'Zoé', email: 'zoe@exemple.fr' }));
    await delivered();
    expect((await server.gql(CANCEL_BOOKING, { token: first.token })).errors).toBeUndefined();
    const mails = await delivered();
    expect(mails.map((mail) => [to(mail), mail.subject])).toEqual([
      ['tom@exemple.fr', BOOKING_SUBJECTS.cancelled],
      ['zoe@exemple.fr', BOOKING_SUBJECTS.promoted],
    ]);
    const cancelling = unfold(calendarOf(mails[0]!)!);
    expect(cancelling).toContain(`UID:${first.id}@reservations.balise`);
    expect(cancelling).toContain('STATUS:CANCELLED');
    expect(cancelling).toContain('SEQUENCE:1');
    const promoted = unfold(calendarOf(mails[1]!)!);
    expect(promoted).toContain(`UID:${second.id}@reservations.balise`);
    expect(promoted).toContain('STATUS:CONFIRMED');
  });

  it('a moved session tells the booked youths with an updated file (same UID, higher SEQUENCE) and moves the reminder', async () => {
    const startsAt = new Date(FIXED_NOW.getTime() + 72 * HOUR);
    const sessionId = await bookableSession(em(), offerId, { capacity: 1, startsAt });
    const seat = await book(bookingInput(sessionId, { firstName: 'Léa', email: 'deplace@exemple.fr' }));
    await book(bookingInput(sessionId, { firstName: 'Inès', email: 'deplace-attente@exemple.fr' }));
    await delivered();
    // Three days later, 09:30–10:30 in Paris (CET), at a venue.
    const moved = await editor.gql(UPDATE_SESSION, { id: sessionId, input: { date: '2026-11-29', startTime: '09:30', durationMinutes: 60, capacity: 1, venueId } });
    expect(moved.errors).toBeUndefined();
    const mails = await delivered();
    expect(mails.map((mail) => [to(mail), mail.subject]).sort()).toEqual([
      ['deplace-attente@exemple.fr', BOOKING_SUBJECTS.sessionChanged],
      ['deplace@exemple.fr', BOOKING_SUBJECTS.sessionChanged],
    ]);
    const seatMail = mails.find((mail) => to(mail) === 'deplace@exemple.fr')!;
    expect(seatMail.text).toContain('dimanche 29 novembre 2026, de 9 h 30 à 10 h 30');
    const ics = unfold(calendarOf(seatMail)!);
    expect(ics).toContain(`UID:${seat.id}@reservations.balise`);
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20261129T093000');
    try {
      now = new Date(startsAt.getTime() - 24 * HOUR + 60_000);
      expect(await delivered(), 'no reminder at the old time').toEqual([]);
      now = new Date(Date.parse('2026-11-29T08:30:00Z') - 24 * HOUR + 60_000);
      expect((await delivered()).map((mail) => [to(mail), mail.subject])).toEqual([['deplace@exemple.fr', BOOKING_SUBJECTS.reminder]]);
    } finally {
      now = FIXED_NOW;
    }
  });

  it('a session cancelled by the organisation tells everyone booked or waitlisted, and cancels their bookings', async () => {
    const sessionId = await bookableSession(em(), offerId, { capacity: 1, startsAt: new Date('2026-12-04T13:00:00Z') });
    const seat = await book(bookingInput(sessionId, { firstName: 'Léa', email: 'annule@exemple.fr' }));
    const waiting = await book(bookingInput(sessionId, { firstName: 'Inès', email: 'annule-attente@exemple.fr' }));
    const cancelledEarlier = await book(bookingInput(sessionId, { firstName: 'Tom', email: 'deja-parti@exemple.fr' }));
    await server.gql(CANCEL_BOOKING, { token: cancelledEarlier.token });
    await delivered();
    expect((await editor.gql(CANCEL_SESSION, { id: sessionId })).errors).toBeUndefined();
    const mails = await delivered();
    expect(mails.map((mail) => [to(mail), mail.subject]).sort()).toEqual([
      ['annule-attente@exemple.fr', BOOKING_SUBJECTS.sessionCancelled],
      ['annule@exemple.fr', BOOKING_SUBJECTS.sessionCancelled],
    ]);
    expect(unfold(calendarOf(mails.find((mail) => to(mail) === 'annule@exemple.fr')!)!)).toContain('STATUS:CANCELLED');
    for (const token of [seat.token, waiting.token]) {
      const tracked = (await server.gql(`query($t: String!) { bookingByToken(token: $t) { status cancelledBy cancellable session { status seatsLeft } } }`, { t: token })).data!.bookingByToken;
      expect(tracked).toMatchObject({ status: 'CANCELLED', cancelledBy: 'ORGANISATION', cancellable: false, session: { status: 'CANCELLED', seatsLeft: 0 } });
    }
  });
});
