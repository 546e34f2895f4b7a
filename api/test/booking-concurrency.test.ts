/**
 * The heart of workshop booking: seats are never oversold. Hundreds of concurrent HTTP calls
 * at a small session, with retries and cancellations racing, must leave exactly `capacity`
 * seats taken, a waitlist numbered 1..n without gaps, and every request's booking exactly once.
 * The full size runs on the PostgreSQL server (real concurrency, a pool of connections); PGlite
 * (one connection, transactions one at a time) runs a smaller version of the same checks.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Booking } from '../src/bookings/booking.entity.js';
import { organisationId } from './support/accounts.js';
import { BOOK, BOOKING_BY_TOKEN, CANCEL_BOOKING, bookableOffer, bookableSession, bookingInput } from './support/bookings.js';
import { DATABASE_KINDS } from './support/databases.js';
import { useTestServer } from './support/test-server.js';

const SIZES = { postgresql: { bookings: 200, retries: 20, racing: 150 }, pglite: { bookings: 60, retries: 10, racing: 40 } } as const;

describe.each(DATABASE_KINDS)('booking under concurrency on %s', (kind) => {
  const size = SIZES[kind];
  // Hundreds of youths booking from one test client: the per-address limits would stop them.
  const context = useTestServer(kind, { env: { WAITLIST_MAX: '1000', LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false' } });
  let offerId: string;

  beforeAll(async () => {
    offerId = await bookableOffer(context.server.orm.em, await organisationId(context.server.orm.em, 'ml-landes'));
  });

  const em = () => context.server.orm.em.fork();
  const book = async (input: Record<string, unknown>) => {
    const answer = await context.server.gql(BOOK, { input });
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data!.bookWorkshop as { id: string; token: string; status: string; waitlistPosition: number | null };
  };
  const track = async (token: string) => (await context.server.gql(BOOKING_BY_TOKEN, { token })).data!.bookingByToken;
  const seatsTaken = async (sessionId: string) => em().count(Booking, { session: sessionId, status: { $in: ['CONFIRMED', 'ATTENDED', 'NO_SHOW'] } });

  /** Watches the seats taken while `work` runs: every committed state it sees must be within capacity. */
  async function watchingSeats<T>(sessionId: string, work: Promise<T>): Promise<{ result: T; maxSeen: number; observations: number }> {
    let done = false;
    let maxSeen = 0;
    let observations = 0;
    const watcher = (async () => {
      while (!done) {
        maxSeen = Math.max(maxSeen, await seatsTaken(sessionId));
        observations += 1;
        // PGlite answers in-process: let the HTTP requests in between two looks.
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    try {
      return { result: await work, maxSeen, observations };
    } finally {
      done = true;
      await watcher;
    }
  }

  /** Waitlist positions as the youths see them, in queue order: must be exactly 1..n. */
  async function waitlistPositions(sessionId: string): Promise<number[]> {
    const waiting = await em().find(Booking, { session: sessionId, status: 'WAITLISTED' }, { orderBy: { queueNumber: 'asc' } });
    return waiting.map((booking) => booking.queueNumber!);
  }

  it(`${size.bookings} concurrent bookings (and ${size.retries} retries racing them) at a 12-seat session: exactly 12 confirmed, the rest waitlisted 1..n`, async () => {
    const sessionId = await bookableSession(em(), offerId, { capacity: 12 });
    const inputs = Array.from({ length: size.bookings }, () => bookingInput(sessionId));
    const retried = inputs.slice(0, size.retries);
    const { result: receipts, maxSeen } = await watchingSeats(sessionId, Promise.all([...inputs, ...retried].map((input) => book(input))));

    const originals = receipts.slice(0, size.bookings);
    const retries = receipts.slice(size.bookings);
    retries.forEach((receipt, index) => expect(receipt, 'a retry gets the same booking').toMatchObject({ id: originals[index]!.id, token: originals[index]!.token }));
    expect(new Set(originals.map((receipt) => receipt.id)).size, 'one booking per request').toBe(size.bookings);
    expect(originals.filter((receipt) => receipt.status === 'CONFIRMED')).toHaveLength(12);
    const waitlisted = originals.filter((receipt) => receipt.status === 'WAITLISTED');
    expect(waitlisted).toHaveLength(size.bookings - 12);
    expect(waitlisted.map((receipt) => receipt.waitlistPosition).sort((a, b) => a! - b!)).toEqual(Array.from({ length: size.bookings - 12 }, (_, i) => i + 1));

    expect(maxSeen).toBeLessThanOrEqual(12);
    expect(await em().count(Booking, { session: sessionId })).toBe(size.bookings);
    expect(await seatsTaken(sessionId)).toBe(12);
    expect(await waitlistPositions(sessionId)).toHaveLength(size.bookings - 12);
    // Each youth's tracking page agrees with the database's queue order.
    const byQueue = await em().find(Booking, { session: sessionId, status: 'WAITLISTED' }, { orderBy: { queueNumber: 'asc' } });
    const tokenById = new Map(originals.map((receipt) => [receipt.id, receipt.token]));
    const shown = await Promise.all(byQueue.map(async (booking) => (await track(tokenById.get(booking.id)!)).waitlistPosition));
    expect(shown).toEqual(Array.from({ length: byQueue.length }, (_, i) => i + 1));
  });

  it('cancellations racing bookings: seats never exceed capacity, freed seats go to the waitlist in order, positions stay 1..n', async () => {
    const sessionId = await bookableSession(em(), offerId, { capacity: 12 });
    const initial: { id: string; token: string; status: string }[] = [];
    for (const input of Array.from({ length: 30 }, () => bookingInput(sessionId))) initial.push(await book(input));
    const confirmed = initial.filter((receipt) => receipt.status === 'CONFIRMED');
    const waiting = initial.filter((receipt) => receipt.status === 'WAITLISTED');
    const cancelSeats = confirmed.slice(0, 10);
    const cancelWaiting = [waiting[0]!, waiting[5]!, waiting[9]!];

    const cancel = async (token: string) => {
      const answer = await context.server.gql(CANCEL_BOOKING, { token });
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      return answer.data!.cancelBooking;
    };
    const racing = [
      ...Array.from({ length: size.racing }, () => book(bookingInput(sessionId))),
      ...cancelSeats.map((receipt) => cancel(receipt.token)),
      ...cancelWaiting.map((receipt) => cancel(receipt.token)),
      // The same cancellation twice at once: one takes effect, the other sees it done.
      cancel(cancelSeats[0]!.token),
    ];
    const { result, maxSeen, observations } = await watchingSeats(sessionId, Promise.all(racing));
    expect(result).toHaveLength(size.racing + cancelSeats.length + cancelWaiting.length + 1);
    expect(observations).toBeGreaterThan(0);
    expect(maxSeen).toBeLessThanOrEqual(12);

    expect(await seatsTaken(sessionId)).toBe(12);
    expect(await em().count(Booking, { session: sessionId })).toBe(30 + size.racing);
    expect(await em().count(Booking, { session: sessionId, status: 'CANCELLED' })).toBe(cancelSeats.length + cancelWaiting.length);
    // Freed seats went to the initial waitlist in queue order (first come, first served): every
    // booking queued before the last promoted one was promoted too, or had cancelled while waiting.
    const initialWaiting = await em().find(Booking, { id: { $in: waiting.map((receipt) => receipt.id) } }, { orderBy: { queueNumber: 'asc' } });
    const promoted = initialWaiting.filter((booking) => booking.promotedAt);
    expect(promoted.length).toBeGreaterThanOrEqual(10);
    const lastPromoted = promoted.at(-1)!.queueNumber!;
    for (const booking of initialWaiting.filter((b) => b.queueNumber! <= lastPromoted)) {
      expect(Boolean(booking.promotedAt) || booking.status === 'CANCELLED', `queue ${booking.queueNumber} skipped`).toBe(true);
    }
    expect(await em().count(Booking, { session: sessionId, promotedAt: { $ne: null }, id: { $nin: initialWaiting.map((b) => b.id) } }), 'no later booking jumped the queue').toBe(0);
    // Positions as shown to the youths: 1..n, in queue order.
    const stillWaiting = await em().find(Booking, { session: sessionId, status: 'WAITLISTED' }, { orderBy: { queueNumber: 'asc' } });
    expect(stillWaiting).toHaveLength(30 + size.racing - 12 - (cancelSeats.length + cancelWaiting.length));
    const firstTokens = new Map(initial.map((receipt) => [receipt.id, receipt.token]));
    const sample = stillWaiting.filter((booking) => firstTokens.has(booking.id));
    const shown = await Promise.all(sample.map(async (booking) => (await track(firstTokens.get(booking.id)!)).waitlistPosition));
    expect(shown).toEqual(sample.map((_, i) => i + 1));
    expect(new Set(stillWaiting.map((booking) => booking.queueNumber)).size).toBe(stillWaiting.length);
  });

  it('the same idempotency key sent to two sessions at once creates one booking; the other request is refused', async () => {
    const [a, b] = [await bookableSession(em(), offerId), await bookableSession(em(), offerId)];
    const key = randomUUID();
    const email = `double-${randomUUID().slice(0, 6)}@exemple.fr`;
    const answers = await Promise.all([a, b].map((sessionId) => context.server.gql(BOOK, { input: bookingInput(sessionId, { idempotencyKey: key, email }) })));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.find((answer) => answer.errors)!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await em().count(Booking, { session: { $in: [a, b] } })).toBe(1);
  });
});
