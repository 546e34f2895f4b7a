import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';

/** Raw SQL through the entity manager, inside its transaction when it has one (`?` placeholders). */
export function sqlRows<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return (em as unknown as SqlEntityManager).execute(sql, params) as Promise<T[]>;
}

/** A session's row as it is once locked: what the booking rules read. */
export interface LockedSession {
  status: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  venueId: string | null;
  onlineUrl: string | null;
}

/**
 * Takes the session's row lock until the transaction ends: every change to a session's seats
 * (booking, cancellation, promotion, capacity or status change) takes it first, so they run one
 * after the other per session and always see each other's result. Same order everywhere
 * (session row, then its bookings), so no deadlock. Returns the row as it is now (null when the
 * session does not exist).
 */
export async function lockSessionRow(tx: EntityManager, sessionId: string): Promise<LockedSession | null> {
  const [row] = await sqlRows<LockedSession>(
    tx,
    `select status, starts_at as "startsAt", ends_at as "endsAt", capacity, venue_id as "venueId", online_url as "onlineUrl"
       from workshop_session where id = ? for update`,
    [sessionId],
  );
  return row ? { ...row, startsAt: new Date(row.startsAt), endsAt: new Date(row.endsAt) } : null;
}

export async function lockSession(tx: EntityManager, sessionId: string): Promise<boolean> {
  return (await lockSessionRow(tx, sessionId)) !== null;
}

/** The booking made with an idempotency key (by its hash), if any. */
export async function bookingByKey(em: EntityManager, keyHash: string): Promise<{ id: string; sessionId: string; email: string | null; phone: string | null } | null> {
  const [row] = await sqlRows<{ id: string; sessionId: string; email: string | null; phone: string | null }>(
    em,
    'select id, session_id as "sessionId", email, phone from booking where idempotency_key_hash = ?',
    [keyHash],
  );
  return row ?? null;
}

export interface SeatCounts {
  /** CONFIRMED, ATTENDED or NO_SHOW. */
  seatsTaken: number;
  waitlisted: number;
}

/** Seats taken and waitlist length of each session (absent: no booking). */
export async function seatCountsOf(em: EntityManager, sessionIds: readonly string[]): Promise<Map<string, SeatCounts>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await sqlRows<{ sessionId: string } & SeatCounts>(
    em,
    `select session_id as "sessionId",
            count(*) filter (where status in ('CONFIRMED', 'ATTENDED', 'NO_SHOW'))::int as "seatsTaken",
            count(*) filter (where status = 'WAITLISTED')::int as "waitlisted"
       from booking where session_id in (${sessionIds.map(() => '?').join(', ')}) group by session_id`,
    [...sessionIds],
  );
  return new Map(rows.map(({ sessionId, ...counts }) => [sessionId, counts]));
}

export interface BookingDeskFigures extends SeatCounts {
  /** Last queue number given on this session's waitlist (0 when none). */
  lastQueueNumber: number;
  /** Active bookings (CONFIRMED, WAITLISTED) of the session with this email or phone. */
  sameContact: number;
}

/** What a new booking needs to know, in one query; run it holding the session's lock. */
export async function bookingDeskFigures(tx: EntityManager, sessionId: string, email: string | null, phone: string | null): Promise<BookingDeskFigures> {
  const [row] = await sqlRows<BookingDeskFigures>(
    tx,
    `select count(*) filter (where status in ('CONFIRMED', 'ATTENDED', 'NO_SHOW'))::int as "seatsTaken",
            count(*) filter (where status = 'WAITLISTED')::int as "waitlisted",
            coalesce(max(queue_number), 0)::int as "lastQueueNumber",
            count(*) filter (where status in ('CONFIRMED', 'WAITLISTED') and (email = ? or phone = ?))::int as "sameContact"
       from booking where session_id = ?`,
    [email, phone, sessionId],
  );
  return row!;
}

/** Rank of a waitlisted booking among its session's waitlist: 1..n, no gaps. */
export async function waitlistPositionOf(em: EntityManager, sessionId: string, queueNumber: number): Promise<number> {
  const [row] = await sqlRows<{ position: number }>(
    em,
    `select count(*)::int as position from booking where session_id = ? and status = 'WAITLISTED' and queue_number <= ?`,
    [sessionId, queueNumber],
  );
  return row!.position;
}
