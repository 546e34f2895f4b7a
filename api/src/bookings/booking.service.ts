import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { hashToken, looksLikeToken } from '../accounts/tokens.js';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { Offer } from '../offers/offer.entity.js';
import { visibleOfferWhere } from '../offers/offer.service.js';
import { frenchDay, type Clock } from '../shared/clock.js';
import { parseId } from '../shared/pagination.js';
import { WorkshopSession } from '../workshops/workshop-session.entity.js';
import { ACTIVE_STATUSES, Booking } from './booking.entity.js';
import { BOOKING_POPULATE, trackingLink } from './booking-details.js';
import { BookingMails } from './booking-emails.js';
import {
  alreadyBooked, bookingNotFound, idempotencyKeyReused, notBookable, notCancellable, sessionCancelled, sessionNotFound, sessionStarted, tooLateToCancel, waitlistFull,
} from './booking-errors.js';
import { ICS_CONTENT_TYPE, ICS_FILENAME, bookingCalendar } from './booking-ics.js';
import { parseBookingInput, type BookingRequest } from './booking-input.js';
import {
  bookingByKey, bookingDeskFigures, lockSession, lockSessionRow, seatCountsOf, sqlRows, waitlistPositionOf, type LockedSession, type SeatCounts,
} from './booking-queries.js';
import { planReminder } from './booking-reminders.js';
import { bookingToken, idempotencyKeyHash } from './booking-token.js';
import { promoteFromWaitlist } from './waitlist.js';

export interface BookingSettings {
  /** Waitlisted bookings a session takes beyond its seats. */
  waitlistMax: number;
  /** Months after a session's end before its bookings' personal data are erased. */
  retentionMonths: number;
  /** For links in emails and calendar files. */
  publicUrl: string;
  /** Derives tracking tokens (TOKEN_SECRET, or the one kept in the database). */
  tokenSecret: Buffer;
}

/** A booking as the youth sees it. `booking` has its session, venue, offer and organisation loaded. */
export interface BookingView {
  booking: Booking;
  /** 1..n among the session's waitlist; null unless WAITLISTED. */
  waitlistPosition: number | null;
  /** Known when the youth just presented it (booking, tracking, cancelling). */
  token: string | null;
  /** Cancellable by the youth now: CONFIRMED or WAITLISTED, session scheduled and not started. */
  cancellable: boolean;
}

export interface DownloadFile {
  filename: string;
  contentType: string;
  text: string;
}

/**
 * Workshop booking for youths, without an account: book a seat (or a place on the waitlist),
 * follow it and cancel it with the capability token, get its calendar file.
 *
 * Seats are never oversold: every change to a session's seats runs in a transaction that first
 * takes the session's row lock (`lockSession`, SELECT … FOR UPDATE), then counts and writes.
 * Retries with the same idempotency key return the same booking (and token).
 */
export class BookingService {
  /** Seats taken and waitlist length per session, batched per request (`WorkshopSession.seatsLeft`). */
  readonly seatCounts: DataLoader<string, SeatCounts>;

  constructor(
    private readonly em: EntityManager,
    private readonly geo: GeoDirectory,
    private readonly clock: Clock,
    readonly settings: BookingSettings,
  ) {
    this.seatCounts = new DataLoader(async (ids) => {
      const counts = await seatCountsOf(this.em, ids);
      return ids.map((id) => counts.get(id) ?? { seatsTaken: 0, waitlisted: 0 });
    });
  }

  /** The upcoming scheduled sessions of a visible, bookable offer, by start; [] for an unknown or hidden offer. */
  async upcomingSessions(rawOfferId: string): Promise<WorkshopSession[]> {
    const offerId = parseId('offerId', rawOfferId);
    const now = this.clock();
    const offer = await this.em.findOne(Offer, { $and: [{ id: offerId }, visibleOfferWhere(frenchDay(now))] });
    if (!offer || !takesBookings(offer)) return [];
    return this.em.find(
      WorkshopSession,
      { offer: offerId, status: 'SCHEDULED', startsAt: { $gt: now } },
      { populate: ['venue'], orderBy: { startsAt: 'asc', id: 'asc' } },
    );
  }

  async book(input: unknown): Promise<BookingView> {
    const request = parseBookingInput(input);
    const secrets = { keyHash: idempotencyKeyHash(request.idempotencyKey), ...bookingToken(this.settings.tokenSecret, request.idempotencyKey) };
    const now = this.clock();
    const session = await this.bookableSession(request.sessionId, now);
    let outcome: BookingView | string;
    try {
      outcome = await this.em.transactional((tx) => this.bookHoldingLock(tx, session, request, secrets, now));
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // The same key raced on another session (each held its own session's lock): the first one won.
      const winner = await bookingByKey(this.em, secrets.keyHash);
      if (!winner) throw error;
      outcome = sameRequest(winner, request);
    }
    return typeof outcome === 'string' ? this.viewOf(outcome, secrets.token) : outcome;
  }

  /** The booking behind a token, or null (unknown or malformed token). */
  async findByToken(token: string): Promise<BookingView | null> {
    const found = await this.byToken(token);
    return found ? this.viewOf(found.id, token) : null;
  }

  /**
   * Cancels until the session starts (then CONFLICT, reason SESSION_STARTED); cancelling again
   * changes nothing. A freed seat goes to the first waitlisted youth, who is told.
   */
  async cancel(token: string): Promise<BookingView> {
    const found = await this.byToken(token);
    if (!found) throw bookingNotFound();
    const { id, sessionId } = found;
    const now = this.clock();
    await this.em.transactional(async (tx) => {
      await lockSession(tx, sessionId);
      const booking = await tx.findOneOrFail(Booking, { id }, { populate: BOOKING_POPULATE, refresh: true });
      if (booking.status === 'CANCELLED') return;
      if (!(ACTIVE_STATUSES as readonly string[]).includes(booking.status)) throw notCancellable();
      if (now.getTime() >= booking.session.startsAt.getTime()) throw tooLateToCancel();
      const hadSeat = booking.status === 'CONFIRMED';
      tx.assign(booking, { status: 'CANCELLED', cancelledAt: now, cancelledBy: 'YOUTH', calendarSequence: booking.calendarSequence + 1 });
      const mails = this.mails(tx, now);
      mails.cancelledByYouth(booking, token);
      if (hadSeat) for (const promoted of await promoteFromWaitlist(tx, booking.session, now)) mails.promoted(promoted);
    });
    return this.viewOf(id, token);
  }

  /** The booking's calendar file as it stands (confirmed, tentative while waitlisted, or cancelled); null for an unknown token. */
  async calendar(token: string): Promise<DownloadFile | null> {
    const view = await this.findByToken(token);
    if (!view) return null;
    const text = bookingCalendar(view.booking, this.geo, this.clock(), trackingLink(this.settings.publicUrl, token));
    return { filename: ICS_FILENAME, contentType: ICS_CONTENT_TYPE, text };
  }

  /**
   * The critical section, kept short: lock the session's row, answer a retry, check the session as
   * it is now, count, write the booking with its emails and reminder. Returns the new booking's
   * view, or the id of the booking a retry asks for.
   */
  private async bookHoldingLock(tx: EntityManager, loaded: WorkshopSession, request: BookingRequest, secrets: Secrets, now: Date): Promise<BookingView | string> {
    const row = await lockSessionRow(tx, loaded.id);
    if (!row) throw sessionNotFound();
    const retried = await bookingByKey(tx, secrets.keyHash);
    if (retried) return sameRequest(retried, request);
    // Read before the lock; read again in the rare case it changed meanwhile.
    const session = unchanged(loaded, row) ? loaded : await tx.findOneOrFail(WorkshopSession, { id: loaded.id }, { populate: ['venue', 'offer.organisation'], refresh: true });
    if (session.status === 'CANCELLED') throw sessionCancelled();
    if (now.getTime() >= session.startsAt.getTime()) throw sessionStarted();
    const figures = await bookingDeskFigures(tx, session.id, request.email, request.phone);
    if (figures.sameContact > 0) throw alreadyBooked(request.email ? 'input.email' : 'input.phone');
    const hasSeat = figures.seatsTaken < session.capacity;
    if (!hasSeat && figures.waitlisted >= this.settings.waitlistMax) throw waitlistFull();
    const booking = tx.create(Booking, {
      id: randomUUID(),
      session,
      firstName: request.firstName,
      email: request.email,
      phone: request.phone,
      status: hasSeat ? 'CONFIRMED' : 'WAITLISTED',
      queueNumber: hasSeat ? null : figures.lastQueueNumber + 1,
      idempotencyKeyHash: secrets.keyHash,
      tokenHash: secrets.hash,
      calendarSequence: 0,
      createdAt: now,
    });
    const waitlistPosition = hasSeat ? null : figures.waitlisted + 1;
    this.mails(tx, now).booked(booking, secrets.token, waitlistPosition);
    planReminder(tx, booking, now);
    return { booking, waitlistPosition, token: secrets.token, cancellable: true };
  }

  /** The session with its place, offer and organisation; refusals that need no lock: unknown session, offer youths cannot see or book. */
  private async bookableSession(sessionId: string, now: Date): Promise<WorkshopSession> {
    const session = await this.em.findOne(WorkshopSession, { id: sessionId }, { populate: ['venue', 'offer.organisation'] });
    if (!session || !isVisible(session.offer, frenchDay(now))) throw sessionNotFound();
    if (!takesBookings(session.offer)) throw notBookable();
    return session;
  }

  /** The booking (id and session) behind a token; null for a malformed or unknown one. */
  private async byToken(token: string): Promise<{ id: string; sessionId: string } | null> {
    if (!looksLikeToken(token)) return null;
    const [row] = await sqlRows<{ id: string; sessionId: string }>(this.em, 'select id, session_id as "sessionId" from booking where token_hash = ?', [hashToken(token)]);
    return row ?? null;
  }

  private async viewOf(id: string, token: string | null): Promise<BookingView> {
    const booking = await this.em.fork().findOneOrFail(Booking, { id }, { populate: BOOKING_POPULATE });
    const now = this.clock();
    const waitlistPosition = booking.status === 'WAITLISTED' && booking.queueNumber != null ? await waitlistPositionOf(this.em, booking.session.id, booking.queueNumber) : null;
    const cancellable =
      (ACTIVE_STATUSES as readonly string[]).includes(booking.status) && booking.session.status === 'SCHEDULED' && now.getTime() < booking.session.startsAt.getTime();
    return { booking, waitlistPosition, token, cancellable };
  }

  private mails(tx: EntityManager, now: Date): BookingMails {
    return new BookingMails(tx, { geo: this.geo, publicUrl: this.settings.publicUrl, now });
  }
}

/** The public catalogue's rule (`visibleOfferWhere`), on a loaded offer and its organisation: published, of an active organisation, within its dates. */
function isVisible(offer: Offer, today: string): boolean {
  return (
    offer.status === 'PUBLISHED' && offer.organisation.status === 'ACTIVE' &&
    (!offer.validFrom || offer.validFrom <= today) && (!offer.validUntil || offer.validUntil >= today)
  );
}

/** A workshop offer that takes bookings in the app. */
function takesBookings(offer: Offer): boolean {
  return offer.format === 'WORKSHOP' && offer.engagement.includes('BOOKING');
}

interface Secrets {
  keyHash: string;
  token: string;
  hash: string;
}

/** The session as loaded still matches its locked row (status, times, place, seats). */
function unchanged(session: WorkshopSession, row: LockedSession): boolean {
  return (
    session.status === row.status && session.capacity === row.capacity && session.startsAt.getTime() === row.startsAt.getTime() &&
    session.endsAt.getTime() === row.endsAt.getTime() && (session.venue?.id ?? null) === row.venueId && (session.onlineUrl ?? null) === row.onlineUrl
  );
}

/** A retry must be the same request (session and contact); a key reused for anything else is refused. */
function sameRequest(existing: { id: string; sessionId: string; email: string | null; phone: string | null }, request: BookingRequest): string {
  const same = existing.sessionId === request.sessionId && existing.email === request.email && existing.phone === request.phone;
  if (!same) throw idempotencyKeyReused();
  return existing.id;
}
