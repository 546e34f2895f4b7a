/**
 * Fuzzing the signed-out account mutations: signIn, signOut, requestPasswordReset,
 * resetPassword and acceptInvitation, with hostile emails, passwords and tokens (and real reset
 * tokens with hostile passwords). Never a 5xx nor an unexpected error; a refusal opens no session
 * and writes no token, email or password (a failed sign-in only counts the failure, by design:
 * sign_in_throttle); an accepted call does what it says.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/sql.js';
import { REQUEST_RESET, RESET } from '../support/accounts.js';
import { useTestServer } from '../support/test-server.js';
import { anyJson, anyString, fuzzParameters, nothingWritten, sendMutation, tokenShaped } from './fuzzing.js';

const TABLES = ['auth_session', 'account_token', 'account', 'outbox_event', 'rate_limit_window', 'mailbox_message', 'audit_entry'] as const;
const SIGN_IN_EMAILS = ['admin@balise.test', 'coordination-landes@balise.test', 'conseil@ml-landes.balise.test'];
const RESET_EMAILS = ['edition@ml-landes.balise.test', 'conseil@ml-pau.balise.test'];
const DEMO_PASSWORD = 'balise-demo';

const SIGN_IN = /* GraphQL */ `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id email } }`;
const SIGN_OUT = /* GraphQL */ `mutation { signOut }`;
const ACCEPT = /* GraphQL */ `mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { id email } }`;

describe('fuzzing the signed-out account mutations (postgresql)', () => {
  const context = useTestServer('postgresql', { env: { RATE_LIMIT_ENABLED: 'false' } });
  const resetTokens: string[] = [];

  beforeAll(async () => {
    await context.server.outbox.stop();
    for (const email of RESET_EMAILS) await context.server.gql(REQUEST_RESET, { email });
    const emails = await queryRows<{ payload: { text: string } }>(context.server.orm.em.fork(), `select payload from outbox_event where topic = 'email.send' and payload::text like '%mot-de-passe?jeton=%'`);
    for (const { payload } of emails) resetTokens.push(decodeURIComponent(/jeton=(\S+)/.exec(payload.text)![1]!));
    expect(resetTokens).toHaveLength(RESET_EMAILS.length);
  });

  const email = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...SIGN_IN_EMAILS, ...RESET_EMAILS) },
    { weight: 1, arbitrary: fc.constantFrom(...SIGN_IN_EMAILS).map((address) => ` ${address.toUpperCase()} `) },
    { weight: 1, arbitrary: fc.constantFrom('admin@balise.test\u0000', 'admin@balise', '@balise.test', `${'a'.repeat(300)}@balise.test`, "admin'--@balise.test") },
    { weight: 3, arbitrary: anyString },
    { weight: 1, arbitrary: anyJson },
  );
  const password = fc.oneof(
    { weight: 1, arbitrary: fc.constant(DEMO_PASSWORD) },
    { weight: 1, arbitrary: fc.constantFrom('balise-demo ', 'BALISE-DEMO', 'balise-demo\u0000', '', 'password', 'aaaaaaaaaaaa') },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 12, maxLength: 40 }) },
    { weight: 3, arbitrary: anyString },
    { weight: 1, arbitrary: anyJson },
  );
  const token = () =>
    fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom(...resetTokens) },
      { weight: 1, arbitrary: fc.constantFrom(...resetTokens).map((value) => `${value.slice(0, 20)}${value[20] === 'x' ? 'y' : 'x'}${value.slice(21)}`) },
      { weight: 1, arbitrary: tokenShaped },
      { weight: 2, arbitrary: anyString },
      { weight: 1, arbitrary: anyJson },
    );

  const commands = () =>
    fc.oneof(
      fc.record({ kind: fc.constant('signIn' as const), variables: fc.record({ email, password }) }),
      fc.record({ kind: fc.constant('signIn' as const), variables: fc.record({ email: fc.constantFrom(...SIGN_IN_EMAILS), password: fc.constant(DEMO_PASSWORD) }) }),
      fc.record({ kind: fc.constant('signOut' as const), variables: fc.constant({}) }),
      fc.record({ kind: fc.constant('requestPasswordReset' as const), variables: fc.record({ email }) }),
      fc.record({ kind: fc.constant('resetPassword' as const), variables: fc.record({ token: token(), password }) }),
      fc.record({ kind: fc.constant('acceptInvitation' as const), variables: fc.record({ token: token(), password }) }),
    );
  const documents = { signIn: SIGN_IN, signOut: SIGN_OUT, requestPasswordReset: REQUEST_RESET, resetPassword: RESET, acceptInvitation: ACCEPT };

  it('never answers 5xx, refuses with a known code and writes nothing, or does what it says', async () => {
    const outcomes = { signIn: 0, reset: 0 };
    await fc.assert(
      fc.asyncProperty(commands(), async ({ kind, variables }) => {
        // Each sign-in starts unthrottled, so that it reaches the password check (the growing delays have their own tests).
        if (kind === 'signIn') await queryRows(context.server.orm.em.fork(), 'delete from sign_in_throttle');
        const { answer, written, accepted } = await sendMutation(context.server, TABLES, documents[kind], variables);
        if (!accepted) return;
        switch (kind) {
          case 'signIn':
            outcomes.signIn += 1;
            expect(written).toEqual({ ...nothingWritten(TABLES), auth_session: 1 });
            expect(answer.setCookies.join(';')).toMatch(/HttpOnly/i);
            break;
          case 'signOut':
            expect(written).toEqual(nothingWritten(TABLES));
            break;
          case 'requestPasswordReset': {
            expect(answer.body.data?.['requestPasswordReset']).toBe(true);
            // Only a known address gets a link (at most one every few minutes): a token and its email, together.
            expect(written['account_token']).toBe(written['outbox_event']);
            expect(written['account_token']).toBeLessThanOrEqual(1);
            break;
          }
          case 'resetPassword': {
            outcomes.reset += 1;
            expect(written).toEqual(nothingWritten(TABLES));
            const [used] = await queryRows<{ used: boolean }>(context.server.orm.em.fork(), 'select used_at is not null as used from account_token where token_hash = encode(sha256(convert_to(?, \'UTF8\')), \'hex\')', [variables.token]);
            expect(used?.used).toBe(true);
            break;
          }
          case 'acceptInvitation':
            throw new Error('no invitation was sent: nothing can be accepted');
        }
      }),
      fuzzParameters(200),
    );
    expect(outcomes.signIn).toBeGreaterThan(0);
  });
});
