import type { EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import type { GeoDirectory } from '../geo/geo-directory.js';
import type { OutboxWorker } from '../outbox/outbox-worker.js';
import type { Clock } from '../shared/clock.js';
import { Booking } from './booking.entity.js';
import { BOOKING_POPULATE } from './booking-details.js';
import { BookingMails } from './booking-emails.js';
import { BOOKING_REMINDER_TOPIC } from './booking-reminders.js';

export interface BookingJobDeps {
  em: EntityManager;
  geo: GeoDirectory;
  clock: Clock;
  publicUrl: string;
}

const reminderPayload = z.object({ bookingId: z.uuid(), startsAt: z.iso.datetime() });

/** The outbox topics of bookings. Handlers are idempotent: an event may run twice. */
export function registerBookingJobs(outbox: OutboxWorker, deps: BookingJobDeps): void {
  outbox.on(BOOKING_REMINDER_TOPIC, (payload) => sendReminder(deps, payload));
}

/**
 * The reminder 24 h before: only for a booking still CONFIRMED, of a session still scheduled at
 * the start the reminder was planned for (a moved session planned another), not started yet, and
 * not reminded already. Marking the booking and queueing the email happen in one transaction,
 * and the mark is a conditional update: two runs never send two reminders.
 */
async function sendReminder(deps: BookingJobDeps, raw: Record<string, unknown>): Promise<void> {
  const payload = reminderPayload.parse(raw);
  const now = deps.clock();
  await deps.em.fork().transactional(async (tx) => {
    const booking = await tx.findOne(Booking, { id: payload.bookingId }, { populate: BOOKING_POPULATE });
    if (!booking || booking.status !== 'CONFIRMED' || booking.reminderSentAt || booking.session.status !== 'SCHEDULED') return;
    if (booking.session.startsAt.toISOString() !== payload.startsAt || now.getTime() >= booking.session.startsAt.getTime()) return;
    const claimed = await tx.nativeUpdate(Booking, { id: booking.id, reminderSentAt: null }, { reminderSentAt: now });
    if (claimed === 1) new BookingMails(tx, { geo: deps.geo, publicUrl: deps.publicUrl, now }).reminder(booking);
  });
}
