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
import { bookingDeskFigures, lockSession, seatCountsOf, sqlRows, waitlistPositionOf, type SeatCounts } from './booking-queries.js';
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
    const keyHash = idempotencyKeyHash(request.idempotencyKey);
    const { token, hash } = bookingToken(this.settings.tokenSecret, request.idempotencyKey);
    const now = this.clock();
    await this.assertOfferBookable(request.sessionId, now);
    let bookingId: string;
    try {
      bookingId = await this.em.transactional(async (tx) => {
        if (!(await lockSession(tx, request.sessionId))) throw sessionNotFound();
        const retried = await tx.findOne(Booking, { idempotencyKeyHash: keyHash });
        if (retried) return sameRequest(retried, request);
        const session = await tx.findOneOrFail(WorkshopSession, { id: request.sessionId }, { populate: ['venue', 'offer.organisation'], refresh: true });
        return this.createBooking(tx, session, request, { keyHash, tokenHash: hash, token }, now);
      });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // The same key raced on another session (each held its own session's lock): the first one won.
      const winner = await this.em.fork().findOne(Booking, { idempotencyKeyHash: keyHash });
      if (!winner) throw error;
      bookingId = sameRequest(winner, request);
    }
    return this.viewOf(bookingId, token);
  }

  /** The booking behind a token, or null (unknown or malformed token). */
  async findByToken(token: string): Promise<BookingView | null> {
    const id = await this.idByToken(token);
    return id ? this.viewOf(id, token) : null;
  }

  /**
   * Cancels until the session starts (then CONFLICT, reason SESSION_STARTED); cancelling again
   * changes nothing. A freed seat goes to the first waitlisted youth, who is told.
   */
  async cancel(token: string): Promise<BookingView> {
    const id = await this.idByToken(token);
    if (!id) throw bookingNotFound();
    const now = this.clock();
    await this.em.transactional(async (tx) => {
      const [{ sessionId } = { sessionId: '' }] = await sqlRows<{ sessionId: string }>(tx, 'select session_id as "sessionId" from booking where id = ?', [id]);
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

  /** Holding the session's lock: checks the session, the contact and the seats, then writes the booking, its emails and reminder. */
  private async createBooking(
    tx: EntityManager,
    session: WorkshopSession,
    request: BookingRequest,
    secrets: { keyHash: string; tokenHash: string; token: string },
    now: Date,
  ): Promise<string> {
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
      tokenHash: secrets.tokenHash,
      calendarSequence: 0,
      createdAt: now,
    });
    this.mails(tx, now).booked(booking, secrets.token, hasSeat ? null : figures.waitlisted + 1);
    planReminder(tx, booking, now);
    return booking.id;
  }

  /** Refusals that need no lock: an unknown session, or one whose offer youths cannot see or book. */
  private async assertOfferBookable(sessionId: string, now: Date): Promise<void> {
    const session = await this.em.fork().findOne(WorkshopSession, { id: sessionId }, { populate: ['offer'] });
    if (!session) throw sessionNotFound();
    const visible = await this.em.count(Offer, { $and: [{ id: session.offer.id }, visibleOfferWhere(frenchDay(now))] });
    if (!visible) throw sessionNotFound();
    if (!takesBookings(session.offer)) throw notBookable();
  }

  private async idByToken(token: string): Promise<string | null> {
    if (!looksLikeToken(token)) return null;
    const [row] = await sqlRows<{ id: string }>(this.em, 'select id from booking where token_hash = ?', [hashToken(token)]);
    return row?.id ?? null;
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

/** A workshop offer that takes bookings in the app. */
function takesBookings(offer: Offer): boolean {
  return offer.format === 'WORKSHOP' && offer.engagement.includes('BOOKING');
}

/** A retry must be the same request (session and contact); a key reused for anything else is refused. */
function sameRequest(existing: Booking, request: BookingRequest): string {
  const same = existing.session.id === request.sessionId && existing.email === request.email && existing.phone === request.phone;
  if (!same) throw idempotencyKeyReused();
  return existing.id;
}
