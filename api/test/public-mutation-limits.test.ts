import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/sql.js';
import { deleteEndedWindows } from '../src/rate-limits/rate-limiter.js';
import { freshDatabase, type TestDatabase } from './support/databases.js';
import { FIXED_NOW, startTestServer, useTestServer, type TestServer } from './support/test-server.js';

const CANCEL = 'mutation($token: String!) { cancelBooking(token: $token) { status } }';
const RESET = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
const UNKNOWN_TOKEN = 'b'.repeat(43);

async function cancelFrom(server: TestServer, forwardedFor?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({ query: CANCEL, variables: { token: UNKNOWN_TOKEN } }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[] };
  return body.errors?.[0];
}

describe('public mutations are limited per client address, across API processes (postgresql)', () => {
  let database: TestDatabase;
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    database = await freshDatabase('postgresql');
    const env = { PUBLIC_MUTATIONS_PER_IP_PER_HOUR: '3' };
    first = await startTestServer(database, { demo: false, env });
    second = await startTestServer(database, { demo: false, env });
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await database?.drop();
  });

  it('counts the calls made to both processes and refuses the fourth, saying how long to wait', async () => {
    expect((await cancelFrom(first))?.extensions?.code).toBe('NOT_FOUND');
    expect((await cancelFrom(second))?.extensions?.code).toBe('NOT_FOUND');
    expect((await cancelFrom(first))?.extensions?.code).toBe('NOT_FOUND');
    const refused = await cancelFrom(second);
    expect(refused?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused?.extensions?.retryAfterSeconds).toBeGreaterThan(3000);
    expect(refused?.message).toMatch(/Réessaie dans \d+ minutes/);
  });

  it('ignores X-Forwarded-For when no proxy is trusted: a client cannot pick a fresh address', async () => {
    expect((await cancelFrom(first, '203.0.113.7'))?.extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('behind a trusted proxy (TRUSTED_PROXIES=loopback)', () => {
  const context = useTestServer('pglite', { demo: false, env: { PUBLIC_MUTATIONS_PER_IP_PER_HOUR: '2', TRUSTED_PROXIES: 'loopback' } });

  it('counts each client the proxy names separately', async () => {
    expect((await cancelFrom(context.server, '198.51.100.1'))?.extensions?.code).toBe('NOT_FOUND');
    expect((await cancelFrom(context.server, '198.51.100.1'))?.extensions?.code).toBe('NOT_FOUND');
    expect((await cancelFrom(context.server, '198.51.100.1'))?.extensions?.code).toBe('RATE_LIMITED');
    expect((await cancelFrom(context.server, '198.51.100.2'))?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('limits per target', () => {
  const context = useTestServer('pglite', { demo: false });

  it('sends at most 5 password-reset links an hour for one address, whatever the connection', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await context.server.gql(RESET, { email: 'Quelquun@Example.fr' })).data).toEqual({ requestPasswordReset: true });
    }
    const refused = await context.server.gql(RESET, { email: ' quelquun@example.fr ' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await context.server.gql(RESET, { email: 'autre@example.fr' })).data).toEqual({ requestPasswordReset: true });
  });

  it('keeps neither the address nor a plain hash of it, and forgets a counter once its window is over', async () => {
    const em = context.server.orm.em.fork();
    const keys = (await queryRows<{ key: string }>(em, 'select key from rate_limit_window')).map((row) => row.key);
    expect(keys.length).toBeGreaterThan(0);
    const plainHash = createHash('sha256').update('quelquun@example.fr').digest('hex').slice(0, 40);
    expect(keys.join(' ')).not.toMatch(/example\.fr|127\.0\.0\.1/);
    expect(keys.some((key) => key.endsWith(plainHash))).toBe(false);
    expect(await deleteEndedWindows(em, new Date(FIXED_NOW.getTime() + 23 * 60 * 60 * 1000))).toBe(0);
    expect(await deleteEndedWindows(em, new Date(FIXED_NOW.getTime() + 25 * 60 * 60 * 1000))).toBe(keys.length);
    expect(await queryRows(em, 'select key from rate_limit_window')).toEqual([]);
  });
});

describe('RATE_LIMIT_ENABLED=false (benchmarks)', () => {
  const context = useTestServer('pglite', { demo: false, env: { RATE_LIMIT_ENABLED: 'false', PUBLIC_MUTATIONS_PER_IP_PER_HOUR: '1' } });

  it('counts nothing', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) expect((await cancelFrom(context.server))?.extensions?.code).toBe('NOT_FOUND');
  });
});
