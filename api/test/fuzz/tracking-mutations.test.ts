/**
 * Fuzzing the youth's tracking-page mutations (reportContacted, reportNotContacted,
 * cancelContactRequest, eraseContactRequest) with real tokens, nearly-right ones, random ones
 * and values of the wrong type, before and after the due date: never a 5xx nor an unexpected
 * error; a refusal writes nothing; an accepted call leaves the request in the state it names.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/sql.js';
import { REQUEST_CONTACT, contactableOffer, requestInput } from '../support/contact-requests.js';
import { FIXED_NOW, useTestServer } from '../support/test-server.js';
import { anyJson, anyString, fuzzParameters, sendMutation, tokenShaped } from './fuzzing.js';

const TABLES = ['contact_request', 'contact_request_event', 'outbox_event', 'rate_limit_window', 'mailbox_message'] as const;
const MUTATIONS = ['reportContacted', 'reportNotContacted', 'cancelContactRequest', 'eraseContactRequest'] as const;
const DAY = 86_400_000;

interface StoredRequest {
  status: string;
  first_name: string | null;
  phone: string | null;
  email: string | null;
  message: string | null;
  erased_at: Date | null;
  ended_at: Date | null;
  youth_reported_contact_at: Date | null;
  youth_reported_no_contact_at: Date | null;
}

describe('fuzzing the tracking-page mutations (postgresql)', () => {
  let now = FIXED_NOW;
  const context = useTestServer('postgresql', { clock: () => now, env: { RATE_LIMIT_ENABLED: 'false' } });
  const tokens = new Map<string, string>(); // token → request id

  beforeAll(async () => {
    await context.server.outbox.stop();
    const offerId = (await contactableOffer(context.server.orm.em, 'ml-landes')).id;
    for (let index = 0; index < 12; index += 1) {
      const answer = await context.server.gql(REQUEST_CONTACT, { input: requestInput(offerId, { phone: `06 11 22 33 ${String(10 + index)}` }) });
      const receipt = answer.data!['requestContact'] as { id: string; token: string };
      tokens.set(receipt.token, receipt.id);
    }
  });

  const realToken = () => fc.constantFrom(...tokens.keys());
  const tokenCandidate = () =>
    fc.oneof(
      { weight: 4, arbitrary: realToken() },
      { weight: 1, arbitrary: fc.tuple(realToken(), fc.nat(42), fc.constantFrom('A', '_', '-', 'é', ' ', '\u0000')).map(([token, at, char]) => token.slice(0, at) + char + token.slice(at + 1)) },
      { weight: 1, arbitrary: realToken().map((token) => token.slice(0, 42)) },
      { weight: 1, arbitrary: realToken().map((token) => ` ${token}`) },
      { weight: 1, arbitrary: tokenShaped },
      { weight: 2, arbitrary: anyString },
      { weight: 1, arbitrary: anyJson },
    );

  const stored = async (id: string) =>
    (await queryRows<StoredRequest>(context.server.orm.em.fork(), 'select * from contact_request where id = ?', [id]))[0]!;
  const eventKinds = async (id: string) =>
    (await queryRows<{ kind: string }>(context.server.orm.em.fork(), 'select kind from contact_request_event where request_id = ? order by id', [id])).map((row) => row.kind);

  it('never answers 5xx, refuses with a known code and writes nothing, or leaves the request as named', async () => {
    let acceptances = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MUTATIONS), tokenCandidate(), fc.constantFrom(0, 2 * DAY, 20 * DAY), async (mutation, token, shift) => {
        now = new Date(FIXED_NOW.getTime() + shift);
        const query = `mutation($token: String!) { ${mutation}(token: $token) { status reportedContacted reportedNotContacted erased } }`;
        const { answer, written, accepted } = await sendMutation(context.server, TABLES, query, { token });
        if (!accepted) return;
        acceptances += 1;
        expect(written['contact_request']).toBe(0);
        const id = tokens.get(token as string)!;
        expect(id).toBeDefined(); // only a real token is ever accepted
        const row = await stored(id);
        const kinds = await eventKinds(id);
        const tracking = answer.body.data![mutation] as { status: string; erased: boolean; reportedContacted: boolean; reportedNotContacted: boolean };
        expect(tracking.erased).toBe(row.erased_at !== null);
        if (mutation === 'reportContacted' && !row.erased_at) {
          expect(row.youth_reported_contact_at).not.toBeNull();
          expect(kinds.filter((kind) => kind === 'YOUTH_CONTACTED')).toHaveLength(1);
        }
        if (mutation === 'reportNotContacted') {
          expect(row.youth_reported_no_contact_at).not.toBeNull();
          expect(kinds.filter((kind) => kind === 'YOUTH_NOT_CONTACTED')).toHaveLength(1);
        }
        if (mutation === 'cancelContactRequest' || mutation === 'eraseContactRequest') {
          expect(['CANCELLED', 'CLOSED', 'EXPIRED']).toContain(row.status);
          expect(row.ended_at).not.toBeNull();
          expect(kinds.filter((kind) => kind === 'CANCELLED').length).toBeLessThanOrEqual(1);
        }
        if (mutation === 'eraseContactRequest') {
          expect([row.first_name, row.phone, row.email, row.message]).toEqual([null, null, null, null]);
          expect(kinds.filter((kind) => kind === 'ERASED')).toHaveLength(1);
        }
      }),
      fuzzParameters(200),
    );
    expect(acceptances).toBeGreaterThan(10);
  });
});
