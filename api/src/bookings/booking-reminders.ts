import type { EntityManager } from '@mikro-orm/core';
import { enqueue } from '../outbox/outbox.js';
import type { Booking } from './booking.entity.js';

export const BOOKING_REMINDER_TOPIC = 'booking.reminder';
export const REMINDER_BEFORE_MS = 24 * 60 * 60 * 1000;

/** What a reminder event holds: ids and the start it was planned for, nothing personal. */
export interface ReminderPayload {
  bookingId: string;
  /** ISO instant of the session's start when the reminder was planned; a moved session plans a new one. */
  startsAt: string;
}

/**
 * Plans the reminder 24 h before the session's start, as an outbox event due then (by the
 * injected clock). Planned for waitlisted bookings too: the job checks the status when it runs,
 * so a youth promoted in the meantime gets it. Nothing when the start is less than 24 h away
 * (the confirmation is recent enough).
 */
export function planReminder(em: EntityManager, booking: Booking, now: Date): void {
  const dueAt = new Date(booking.session.startsAt.getTime() - REMINDER_BEFORE_MS);
  if (dueAt.getTime() <= now.getTime()) return;
  const payload: ReminderPayload = { bookingId: booking.id, startsAt: booking.session.startsAt.toISOString() };
  enqueue(em, BOOKING_REMINDER_TOPIC, { ...payload }).availableAt = dueAt;
}
