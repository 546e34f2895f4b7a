/**
 * Fuzzing bookWorkshop and cancelBooking: near-valid and hostile inputs on an open session, a
 * full one (waitlist of 1), a session already started, unknown and malformed ids and tokens.
 * Never a 5xx nor an unexpected error; a refusal writes nothing; an accepted booking is whole
 * (its row, its confirmation email in the outbox, found by its token); a cancelled one is CANCELLED.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/sql.js';
import { organisationId } from '../support/accounts.js';
import { BOOK, BOOKING_BY_TOKEN, bookableOffer, bookableSession, bookingInput } from '../support/bookings.js';
import { useTestServer } from '../support/test-server.js';
import { anyJson, anyString, fuzzParameters, malformedId, nearValid, nothingWritten, sendMutation, tokenShaped } from './fuzzing.js';

const TABLES = ['booking', 'outbox_event', 'rate_limit_window', 'mailbox_message'] as const;
const CANCEL = /* GraphQL */ `mutation($token: String!) { cancelBooking(token: $token) { id status cancelledAt } }`;

describe('fuzzing bookWorkshop and cancelBooking (postgresql)', () => {
  const context = useTestServer('postgresql', { env: { RATE_LIMIT_ENABLED: 'false', WAITLIST_MAX: '1' } });
  const sessions: string[] = [];
  const tokens = new Map<string, string>(); // token → booking id

  beforeAll(async () => {
    await context.server.outbox.stop();
    const em = context.server.orm.em;
    const offerId = await bookableOffer(em, await organisationId(em, 'ml-landes'));
    sessions.push(
      await bookableSession(em, offerId, { capacity: 500 }),
      await bookableSession(em, offerId, { capacity: 1, online: true }),
      await bookableSession(em, offerId, { startsAt: new Date('2026-11-20T09:00:00Z') }), // already held
    );
    for (const sessionId of [sessions[0]!, sessions[0]!, sessions[1]!, sessions[1]!]) {
      const receipt = (await context.server.gql(BOOK, { input: bookingInput(sessionId) })).data!['bookWorkshop'] as { id: string; token: string };
      tokens.set(receipt.token, receipt.id);
    }
  });

  const validInput = () =>
    fc.record({
      sessionId: fc.constantFrom(...sessions),
      firstName: fc.constantFrom('Léa', 'Noé', 'Zoë-Marie', '  Jean   Luc '),
      email: fc.constantFrom('lea@exemple.fr', ' Lea.Martin@Exemple.FR ', null),
      phone: fc.constantFrom('06 12 34 56 78', '+33 7 11 22 33 44', null),
      idempotencyKey: fc.stringMatching(/^[A-Za-z0-9_-]{20,128}$/),
    });
  const bookings = () =>
    nearValid(validInput(), {
      sessionId: malformedId,
      firstName: fc.oneof(anyString, fc.constantFrom('', ' ', 'L'.repeat(61), 'Léa\u0000', 'a\u0007b')),
      email: fc.oneof(anyString, fc.constantFrom('a@b', `${'a'.repeat(250)}@exemple.fr`, 'lea@exemple.fr\u0000')),
      phone: fc.oneof(anyString, fc.constantFrom('01 23 45 67 89', '0'.repeat(40), '+44 7700 900123')),
      idempotencyKey: fc.oneof(anyString, fc.stringMatching(/^[A-Za-z0-9_-]{1,19}$/), fc.constant('k'.repeat(129))),
    });

  const realToken = () => fc.constantFrom(...tokens.keys());
  const cancelTokens = () =>
    fc.oneof(
      { weight: 3, arbitrary: realToken() },
      { weight: 1, arbitrary: fc.tuple(realToken(), fc.nat(42)).map(([token, at]) => `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`) },
      { weight: 1, arbitrary: tokenShaped },
      { weight: 2, arbitrary: anyString },
      { weight: 1, arbitrary: anyJson },
    );

  const bookingRow = async (id: string) =>
    (await queryRows<{ status: string; cancelled_at: Date | null; first_name: string | null }>(context.server.orm.em.fork(), 'select status, cancelled_at, first_name from booking where id = ?', [id]))[0];

  it('never answers 5xx, refuses with a known code and writes nothing, or writes a whole booking', async () => {
    const seen = new Set(tokens.values());
    let acceptances = 0;
    const command = fc.oneof(
      { weight: 3, arbitrary: bookings().map((input) => ({ kind: 'book' as const, variables: { input } as Record<string, unknown> })) },
      { weight: 1, arbitrary: anyJson.map((input) => ({ kind: 'book' as const, variables: { input } as Record<string, unknown> })) },
      { weight: 2, arbitrary: cancelTokens().map((token) => ({ kind: 'cancel' as const, variables: { token } as Record<string, unknown> })) },
    );
    await fc.assert(
      fc.asyncProperty(command, async ({ kind, variables }) => {
        const { answer, written, accepted } = await sendMutation(context.server, TABLES, kind === 'book' ? BOOK : CANCEL, variables);
        if (!accepted) return;
        acceptances += 1;
        if (kind === 'cancel') {
          const id = tokens.get(variables['token'] as string);
          expect(id).toBeDefined(); // only a real token is ever accepted
          expect(written['booking']).toBe(0);
          expect((await bookingRow(id!))?.status).toBe('CANCELLED');
          return;
        }
        const receipt = answer.body.data!['bookWorkshop'] as { id: string; token: string; status: string };
        if (seen.has(receipt.id)) {
          expect(written).toEqual(nothingWritten(TABLES)); // a replay of the same key
          return;
        }
        seen.add(receipt.id);
        tokens.set(receipt.token, receipt.id);
        expect(written['booking']).toBe(1);
        expect(written['outbox_event']).toBeGreaterThanOrEqual(1); // the confirmation
        expect((await bookingRow(receipt.id))?.status).toBe(receipt.status);
        const tracked = await context.server.gql(BOOKING_BY_TOKEN, { token: receipt.token });
        expect(tracked.data?.['bookingByToken']?.id).toBe(receipt.id);
      }),
      fuzzParameters(200),
    );
    expect(acceptances).toBeGreaterThan(10);
  });
});
