/**
 * Drill (issue #8): PostgreSQL restarted under a steady stream of requestContact calls. Runs on
 * a PostgreSQL server of its own (throwaway-postgres.ts), stopped for two seconds then started
 * again: /readyz goes 503 then 200; calls during the outage get a coded error quickly, not a
 * hang; every call that got a receipt is in the database afterwards; calls succeed again after.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../support/accounts.js';
import { REQUEST_CONTACT, contactableOffer, requestInput } from '../support/contact-requests.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { eventually, postJson } from './drill-support.js';
import { ThrowawayPostgres } from './throwaway-postgres.js';

const WORKERS = 4;
const REQUEST_TIMEOUT_MS = 5000;

interface Call {
  startedAt: number;
  ms: number;
  status: number;
  id?: string;
  code?: string;
}

describe('PostgreSQL restarted under contact-request traffic', () => {
  let postgres: ThrowawayPostgres;
  let server: TestServer;
  let dataDir: string;
  beforeAll(async () => {
    postgres = await ThrowawayPostgres.create();
    dataDir = await mkdtemp(path.join(tmpdir(), 'balise-drill-'));
    server = await startTestServer(
      { kind: 'postgresql', dataDir, databaseUrl: postgres.url, drop: async () => {} },
      { clock: () => new Date(), env: { RATE_LIMIT_ENABLED: 'false', REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) } },
    );
  });
  afterAll(async () => {
    await server?.stop();
    await postgres?.destroy();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('goes red then green, answers coded errors meanwhile, and loses no acknowledged request', async () => {
    const offerId = (await contactableOffer(server.orm.em, 'ml-landes')).id;
    const calls: Call[] = [];
    let traffic = true;
    const worker = async (workerIndex: number) => {
      for (let index = 0; traffic; index += 1) {
        const startedAt = performance.now();
        const input = requestInput(offerId, { firstName: `Léa ${workerIndex}-${index}` });
        const answer = await postJson(`${server.url}/graphql`, { query: REQUEST_CONTACT, variables: { input } }).catch((error: Error) => ({ status: 0, body: { errors: [{ extensions: { code: `FETCH ${error.message}` } }] } }));
        calls.push({
          startedAt,
          ms: performance.now() - startedAt,
          status: answer.status,
          id: answer.body?.data?.requestContact?.id,
          code: answer.body?.errors?.[0]?.extensions?.code,
        });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const readiness: { at: number; status: number }[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const status = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(3000) }).then((response) => response.status, () => 0);
        readiness.push({ at: performance.now(), status });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    // A counsellor signed in meanwhile: the session is looked up before any resolver runs.
    const counsellor = await signedIn(server.client(), 'conseil@ml-landes.balise.test');
    const cookie = [...counsellor.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const signedInCalls: Call[] = [];
    const signedInWorker = async () => {
      while (traffic) {
        const startedAt = performance.now();
        const answer = await postJson(`${server.url}/graphql`, { query: '{ me { email } }' }, { cookie }).catch(() => ({ status: 0, body: null }));
        signedInCalls.push({ startedAt, ms: performance.now() - startedAt, status: answer.status, id: answer.body?.data?.me?.email, code: answer.body?.errors?.[0]?.extensions?.code });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const workers = [...Array.from({ length: WORKERS }, (_, index) => worker(index)), signedInWorker()];

    await new Promise((resolve) => setTimeout(resolve, 1500));
    const outageStart = performance.now();
    await postgres.stop();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await postgres.start();
    const outageEnd = performance.now();
    await eventually('/readyz green again', async () => readiness.at(-1)?.status === 200 && readiness.at(-1)!.at > outageEnd, 30_000);
    const recovered = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    traffic = false;
    await Promise.all(workers);
    watching = false;
    await watcher;

    // /readyz: red during the outage, green after.
    expect(readiness.some((probe) => probe.at > outageStart && probe.at < outageEnd && probe.status === 503)).toBe(true);
    expect(readiness.at(-1)?.status).toBe(200);

    // Every call was answered, none hung; refusals carry a code.
    const refused = calls.filter((call) => !call.id);
    expect(calls.every((call) => call.ms < REQUEST_TIMEOUT_MS + 1000)).toBe(true);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.filter((call) => !call.code)).toEqual([]);
    expect([...new Set(refused.map((call) => call.code))], JSON.stringify(refused.slice(0, 3))).toEqual(['DATABASE_UNAVAILABLE']);
    // …which /metrics counts as errors of ours, not as refusals of the caller.
    const metrics = await fetch(`${server.url}/metrics`).then((response) => response.text());
    expect(metrics).toContain(`balise_graphql_request_duration_seconds_count{operation="anonymous",outcome="error"} ${refused.length}`);

    const signedInRefused = signedInCalls.filter((call) => !call.id);
    expect(signedInRefused.length).toBeGreaterThan(0);
    expect([...new Set(signedInRefused.map((call) => `${call.status} ${call.code}`))]).toEqual(['503 DATABASE_UNAVAILABLE']);
    expect(signedInCalls.at(-1)?.id).toBe('conseil@ml-landes.balise.test');

    // Every acknowledged request is in the database; calls succeed before and after.
    const acknowledged = calls.filter((call) => call.id).map((call) => call.id!);
    const stored = await postgres.query<{ id: string }>('select id from contact_request where id = any($1::uuid[])', [acknowledged], 'balise');
    expect(stored.length).toBe(acknowledged.length);
    expect(calls.filter((call) => call.id && call.startedAt < outageStart).length).toBeGreaterThan(5);
    const afterRecovery = calls.filter((call) => call.startedAt > recovered);
    expect(afterRecovery.length).toBeGreaterThan(5);
    expect(afterRecovery.every((call) => call.id)).toBe(true);
  });
});
