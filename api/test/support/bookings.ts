import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { Booking } from '../../src/bookings/booking.entity.js';
import { Offer } from '../../src/offers/offer.entity.js';
import { Venue } from '../../src/organisations/venue.entity.js';
import { WorkshopSession } from '../../src/workshops/workshop-session.entity.js';
import { fixtureOffer } from './portal.js';

const SESSION_FIELDS = /* GraphQL */ `id startsAt endsAt capacity status online onlineUrl seatsLeft waitlistLength waitlistFull venue { id name address commune { code name } }`;
const TRACKING_FIELDS = /* GraphQL */ `id status waitlistPosition firstName offerId offerTitle organisationName createdAt cancelledAt cancelledBy promotedAt cancellable session { ${SESSION_FIELDS} }`;

export const WORKSHOP_SESSIONS = /* GraphQL */ `query($offerId: ID!) { workshopSessions(offerId: $offerId) { ${SESSION_FIELDS} } }`;
export const BOOK = /* GraphQL */ `mutation($input: BookWorkshopInput!) { bookWorkshop(input: $input) {
  id token status waitlistPosition offerId offerTitle organisationName session { ${SESSION_FIELDS} } } }`;
export const BOOKING_BY_TOKEN = /* GraphQL */ `query($token: String!) { bookingByToken(token: $token) { ${TRACKING_FIELDS} } }`;
export const CANCEL_BOOKING = /* GraphQL */ `mutation($token: String!) { cancelBooking(token: $token) { ${TRACKING_FIELDS} } }`;
export const BOOKING_CALENDAR = /* GraphQL */ `query($token: String!) { bookingCalendar(token: $token) { filename contentType text } }`;
export const SESSION_ATTENDANCE = /* GraphQL */ `query($sessionId: ID!) { sessionAttendance(sessionId: $sessionId) {
  offerId offerTitle cancelledCount session { id seatsLeft waitlistLength }
  entries { id firstName email phone status waitlistPosition createdAt promotedAt attendanceMarkedAt } } }`;
export const SESSION_ATTENDANCE_CSV = /* GraphQL */ `query($sessionId: ID!) { sessionAttendanceCsv(sessionId: $sessionId) { filename contentType text } }`;
export const MARK_ATTENDANCE = /* GraphQL */ `mutation($bookingId: ID!, $attended: Boolean!) { markAttendance(bookingId: $bookingId, attended: $attended) { id status attendanceMarkedAt } }`;
export const OFFER_BOOKING_STATS = /* GraphQL */ `query($organisationId: ID!) { offerBookingStats(organisationId: $organisationId) {
  offerId title sessionsHeld seatsOffered seatsBooked attended noShows fillRate noShowRate upcomingSessions upcomingSeatsOffered upcomingSeatsBooked waitlisted } }`;

export interface SessionOptions {
  capacity?: number;
  startsAt?: Date;
  durationMinutes?: number;
  online?: boolean;
}

/** A PUBLISHED workshop offer of the organisation (format WORKSHOP, engagement BOOKING, its first venue). */
export function bookableOffer(em: EntityManager, organisationId: string): Promise<string> {
  return fixtureOffer(em, organisationId, 'PUBLISHED');
}

/** A scheduled session of the offer, at its first venue unless online. */
export async function bookableSession(em: EntityManager, offerId: string, options: SessionOptions = {}): Promise<string> {
  const fork = em.fork();
  const offer = await fork.findOneOrFail(Offer, { id: offerId }, { populate: ['venues'] });
  const venue: Venue | null = options.online ? null : (offer.venues.getItems()[0] ?? null);
  const startsAt = options.startsAt ?? new Date('2026-12-01T13:00:00Z');
  const session = fork.create(WorkshopSession, {
    id: randomUUID(),
    sourceKey: null,
    offer,
    startsAt,
    endsAt: new Date(startsAt.getTime() + (options.durationMinutes ?? 90) * 60_000),
    venue,
    onlineUrl: venue ? null : 'https://visio.balise.test/atelier',
    capacity: options.capacity ?? 12,
    status: 'SCHEDULED',
  });
  await fork.flush();
  return session.id;
}

let counter = 0;
/** A BookWorkshopInput for a distinct youth (email unless `phone` is given), with a fresh idempotency key. */
export function bookingInput(sessionId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return { sessionId, firstName: `Léa${counter}`, email: `jeune-${counter}-${randomUUID().slice(0, 8)}@exemple.fr`, idempotencyKey: randomUUID(), ...overrides };
}

/** A booking written straight to the database (no email, no reminder): a fixture in a given status. */
export async function fixtureBooking(em: EntityManager, sessionId: string, status: 'CONFIRMED' | 'WAITLISTED' = 'CONFIRMED'): Promise<string> {
  const fork = em.fork();
  const booking = fork.create(Booking, {
    id: randomUUID(),
    session: fork.getReference(WorkshopSession, sessionId),
    firstName: 'Léa',
    email: `fixture-${randomUUID().slice(0, 8)}@exemple.fr`,
    phone: null,
    status,
    queueNumber: status === 'WAITLISTED' ? 1 : null,
    idempotencyKeyHash: randomUUID().replace(/-/g, '').padEnd(64, '0'),
    tokenHash: randomUUID().replace(/-/g, '').padEnd(64, '1'),
    calendarSequence: 0,
    createdAt: new Date(),
  });
  await fork.flush();
  return booking.id;
}
