import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { subMonths } from 'date-fns';
import type { Logger } from 'pino';
import type { Clock } from '../shared/clock.js';
import { schedulePeriodicSweep } from '../shared/periodic-sweep.js';

/** How often the erasure runs (and once at start-up): personal data go at most this late. */
export const RETENTION_SWEEP_MS = 6 * 60 * 60 * 1000;

/**
 * Erases the first name, email and phone of bookings whose session ended more than `months`
 * months ago (cancelled bookings and cancelled sessions alike). Status and dates stay, so the
 * organisation's fill and no-show rates still count them. Returns how many were erased.
 */
export async function eraseExpiredBookings(em: EntityManager, now: Date, months: number): Promise<number> {
  const cutoff = subMonths(now, months);
  const result = (await (em as unknown as SqlEntityManager).execute(
    `update booking set first_name = null, email = null, phone = null, erased_at = ?
      where erased_at is null and session_id in (select id from workshop_session where ends_at < ?)`,
    [now, cutoff],
    'run',
  )) as { affectedRows?: number };
  return result.affectedRows ?? 0;
}

/** Runs the erasure now and every 6 hours; returns a function that stops it (after the sweep in hand). */
export function scheduleBookingRetention(em: EntityManager, clock: Clock, months: number, logger: Logger): () => Promise<void> {
  return schedulePeriodicSweep(() => eraseExpiredBookings(em.fork(), clock(), months), RETENTION_SWEEP_MS, logger, {
    done: 'bookings: personal data erased (retention)',
    failed: 'bookings: retention sweep failed',
  });
}
