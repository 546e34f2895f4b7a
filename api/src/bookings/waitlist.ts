import type { EntityManager } from '@mikro-orm/core';
import type { WorkshopSession } from '../workshops/workshop-session.entity.js';
import { Booking } from './booking.entity.js';
import { BOOKING_POPULATE } from './booking-details.js';
import { seatCountsOf } from './booking-queries.js';

/**
 * Gives the session's free seats to its waitlist, first come first served. Call it holding the
 * session's lock (`lockSession`), after a seat was freed or seats were added. Flushes first, so
 * the count sees the caller's changes. Returns the promoted bookings (loaded for their emails).
 */
export async function promoteFromWaitlist(tx: EntityManager, session: WorkshopSession, now: Date): Promise<Booking[]> {
  if (session.status !== 'SCHEDULED') return [];
  await tx.flush();
  const seatsTaken = (await seatCountsOf(tx, [session.id])).get(session.id)?.seatsTaken ?? 0;
  const free = session.capacity - seatsTaken;
  if (free <= 0) return [];
  const next = await tx.find(Booking, { session: session.id, status: 'WAITLISTED' }, { orderBy: { queueNumber: 'asc' }, limit: free, populate: BOOKING_POPULATE });
  for (const booking of next) {
    booking.status = 'CONFIRMED';
    booking.promotedAt = now;
  }
  return next;
}
