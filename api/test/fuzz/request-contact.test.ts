/**
 * Fuzzing requestContact (issue #8): for any input, near-valid or hostile, the answer is never a
 * 5xx nor an unexpected error; a refused request writes nothing; an accepted one is whole (the
 * request, its CREATED event, its emails and deadline jobs in the outbox) and can be followed
 * with its token. Seed: FUZZ_SEED (printed by fast-check on failure).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_NOTICE_VERSION } from '../../src/contact-requests/contact-notice.js';
import { queryRows } from '../../src/db/sql.js';
import { REQUEST_CONTACT, TRACK, contactableOffer } from '../support/contact-requests.js';
import { useTestServer } from '../support/test-server.js';
import { anyJson, anyString, fuzzParameters, malformedId, nearValid, nothingWritten, sendMutation } from './fuzzing.js';

const TABLES = ['contact_request', 'contact_request_event', 'outbox_event', 'rate_limit_window', 'mailbox_message'] as const;

describe('fuzzing requestContact (postgresql)', () => {
  const context = useTestServer('postgresql', { env: { RATE_LIMIT_ENABLED: 'false' } });
  let offerId: string;
  beforeAll(async () => {
    // Nothing but the mutation writes while we count.
    await context.server.outbox.stop();
    offerId = (await contactableOffer(context.server.orm.em, 'ml-landes')).id;
  });

  const validInput = () =>
    fc.record({
      offerId: fc.constant(offerId),
      firstName: fc.constantFrom('Léa', 'Noé', 'Zoë-Marie', 'Aïssatou', '  Jean   Luc  ', 'Ñandú'),
      age: fc.integer({ min: 17, max: 25 }),
      communeCode: fc.constantFrom('40192', '64445', '40088', '2A004'),
      situation: fc.constantFrom('JOB_SEEKER', 'SCHOOL', null),
      channel: fc.constant('SMS'),
      phone: fc.constantFrom('06 12 34 56 78', '+33 6 12 34 56 78', '0033612345678', '07.11.22.33.44', '0692 12 34 56'),
      email: fc.constantFrom(null, 'lea@exemple.fr', ' Lea.Martin@Exemple.FR '),
      preferredMoments: fc.subarray(['MORNING', 'LUNCH', 'AFTERNOON', 'EVENING', 'SATURDAY']),
      message: fc.oneof(fc.constant(null), fc.string({ maxLength: 200 })),
      noticeVersion: fc.constant(CURRENT_NOTICE_VERSION),
      idempotencyKey: fc.stringMatching(/^[A-Za-z0-9_-]{16,100}$/),
    });

  const inputs = (): fc.Arbitrary<unknown> => fc.oneof({ weight: 9, arbitrary: nearValidInputs() }, { weight: 1, arbitrary: anyJson });
  const nearValidInputs = () =>
    nearValid(validInput(), {
      offerId: malformedId,
      firstName: fc.oneof(anyString, fc.constantFrom('', '   ', 'L'.repeat(61), '12345', 'Léa\u0000')),
      age: fc.oneof(fc.integer(), fc.constantFrom(14, 15, 30, 31, 2 ** 31, 16.5, '19')),
      communeCode: fc.oneof(anyString, fc.constantFrom('00000', '2C001', '4019', '401920', '97411', '99999')),
      situation: fc.oneof(anyString, fc.constantFrom('job_seeker', 'NONE')),
      channel: fc.oneof(fc.constantFrom('EMAIL', 'PHONE_CALL', 'phone', 'FAX'), anyString),
      phone: fc.oneof(anyString, fc.constantFrom('01 23 45 67 89', '+44 7700 900123', '06 12 34 56 7', '0'.repeat(40), '06\u000012345678')),
      email: fc.oneof(anyString, fc.constantFrom('a@b', 'lea@@exemple.fr', `${'a'.repeat(250)}@exemple.fr`, 'léa@exemple.fr', 'lea@exemple.fr\u0000')),
      preferredMoments: fc.oneof(fc.array(anyString, { maxLength: 3 }), fc.constant(['MORNING', 'MORNING', 'MORNING', 'MORNING', 'MORNING', 'MORNING'])),
      message: fc.oneof(anyString, fc.constantFrom('m'.repeat(1001), '\n\n\n', 'ok\u0007')),
      noticeVersion: fc.oneof(anyString, fc.constantFrom('2025-01-contact-v0', CURRENT_NOTICE_VERSION.toUpperCase())),
      idempotencyKey: fc.oneof(anyString, fc.stringMatching(/^[A-Za-z0-9_-]{1,15}$/), fc.constantFrom('k'.repeat(101), 'abcdefghijklmnop=')),
    });

  const seen = new Set<string>();

  it('never answers 5xx, refuses with a known code and writes nothing, or writes a whole request', async () => {
    await fc.assert(
      fc.asyncProperty(inputs(), async (input) => {
        const { answer, written, accepted } = await sendMutation(context.server, TABLES, REQUEST_CONTACT, { input });
        if (!accepted) return;
        const receipt = answer.body.data!['requestContact'] as { id: string; token: string };
        if (seen.has(receipt.id)) {
          expect(written).toEqual(nothingWritten(TABLES)); // a replay of the same key
          return;
        }
        seen.add(receipt.id);
        const email = (input as { email?: unknown }).email;
        const withEmail = typeof email === 'string' && email.trim() !== '';
        expect(written['contact_request']).toBe(1);
        expect(written['contact_request_event']).toBe(1);
        // Counsellors' email, the youth's acknowledgement when an email was given, deadline jobs, expiry.
        expect(written['outbox_event']).toBeGreaterThanOrEqual(withEmail ? 3 : 2);
        const events = await queryRows<{ kind: string }>(context.server.orm.em.fork(), 'select kind from contact_request_event where request_id = ?', [receipt.id]);
        expect(events.map((event) => event.kind)).toEqual(['CREATED']);
        const tracked = await context.server.gql(TRACK, { token: receipt.token });
        expect(tracked.data?.['contactRequestByToken']?.id).toBe(receipt.id);
      }),
      fuzzParameters(200),
    );
    // The property must have seen both sides.
    expect(seen.size).toBeGreaterThan(5);
  });
});
