import type { EntityManager } from '@mikro-orm/core';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { DomainError } from '../shared/domain-error.js';
import type { WorkshopSession } from '../workshops/workshop-session.entity.js';
import { ACTIVE_STATUSES, Booking } from './booking.entity.js';
import { BOOKING_POPULATE } from './booking-details.js';
import { BookingMails } from './booking-emails.js';
import { seatCountsOf } from './booking-queries.js';
import { planReminder } from './booking-reminders.js';
import { promoteFromWaitlist } from './waitlist.js';

/**
 * What the partner portal's session changes do to bookings. Each method runs in the portal's
 * transaction, which already holds the session's lock (`lockSession`).
 */
export class SessionBookings {
  constructor(
    private readonly geo: GeoDirectory,
    private readonly publicUrl: string,
  ) {}

  /** Fewer seats than are already booked: refused (the youths were promised them). */
  async assertCapacity(tx: EntityManager, session: WorkshopSession, capacity: number): Promise<void> {
    const seatsTaken = (await seatCountsOf(tx, [session.id])).get(session.id)?.seatsTaken ?? 0;
    if (capacity < seatsTaken) {
      throw new DomainError('CONFLICT', `${seatsTaken} places sont déjà réservées : la séance ne peut pas en compter moins.`, 'input.capacity', { reason: 'SEATS_BOOKED' });
    }
  }

  /**
   * After a session was edited (and flushed): added seats go to the waitlist; a new time or place
   * raises every active booking's calendar SEQUENCE, plans the reminder again and tells the youth.
   */
  async afterUpdate(tx: EntityManager, session: WorkshopSession, moved: boolean, now: Date): Promise<void> {
    const mails = this.mails(tx, now);
    for (const promoted of await promoteFromWaitlist(tx, session, now)) mails.promoted(promoted);
    if (!moved) return;
    const bookings = await tx.find(Booking, { session: session.id, status: { $in: [...ACTIVE_STATUSES] } }, { populate: BOOKING_POPULATE });
    for (const booking of bookings) {
      tx.assign(booking, { calendarSequence: booking.calendarSequence + 1, reminderSentAt: null });
      planReminder(tx, booking, now);
      mails.sessionChanged(booking);
    }
  }

  /** The session is cancelled: every active booking is cancelled, and each youth told. */
  async afterCancel(tx: EntityManager, session: WorkshopSession, now: Date): Promise<void> {
    const mails = this.mails(tx, now);
    const bookings = await tx.find(Booking, { session: session.id, status: { $in: [...ACTIVE_STATUSES] } }, { populate: BOOKING_POPULATE });
    for (const booking of bookings) {
      const hadSeat = booking.status === 'CONFIRMED';
      tx.assign(booking, { status: 'CANCELLED', cancelledAt: now, cancelledBy: 'ORGANISATION', calendarSequence: booking.calendarSequence + 1 });
      mails.sessionCancelled(booking, hadSeat);
    }
  }

  private mails(tx: EntityManager, now: Date): BookingMails {
    return new BookingMails(tx, { geo: this.geo, publicUrl: this.publicUrl, now });
  }
}
