/**
 * requestContact bench: the API as a child process on PostgreSQL with the demo catalogue and the
 * rate limits off (RATE_LIMIT_ENABLED=false), then N concurrent clients sending youths' requests
 * (each with its own idempotency key and phone number) for a fixed time. Prints throughput,
 * latency percentiles, errors, and checks that every acknowledged request is in the database and
 * that the outbox delivers the emails they caused.
 *
 *   pnpm --filter @balise/bench contact-requests [--duration 20] [--connections 32] [--warmup 3]
 *
 * BENCH_POSTGRES_URL points at the server (default postgresql://postgres@127.0.0.1:5432/postgres);
 * the bench database `balise_bench_contact` is dropped and recreated.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { databaseUrl, recreateDatabase, startApi, stopApi } from './api-process.js';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const durationS = option('--duration', 20);
const warmupS = option('--warmup', 3);
const connections = option('--connections', 32);
const DATABASE = 'balise_bench_contact';

const REQUEST_CONTACT = `mutation($input: RequestContactInput!) { requestContact(input: $input) { id token dueAt organisation { name } } }`;
const COMMUNES = ['40192', '40088', '64445', '59350', '33063'];

async function contactableOffers(): Promise<{ id: string; ageMin: number; ageMax: number }[]> {
  const client = new pg.Client({ connectionString: databaseUrl(DATABASE) });
  await client.connect();
  const { rows } = await client.query<{ id: string; age_min: number; age_max: number }>(
    `select id, age_min, age_max from offer where status = 'PUBLISHED' and 'CONTACT_REQUEST' = any(engagement) and age_min <= 20 and age_max >= 20`,
  );
  await client.end();
  return rows.map((row) => ({ id: row.id, ageMin: row.age_min, ageMax: row.age_max }));
}

let sequence = 0;
function requestBody(offers: readonly { id: string }[]): string {
  const n = sequence++;
  const phone = `06${String(10_000_000 + (n % 89_999_999)).padStart(8, '0')}`;
  return JSON.stringify({
    query: REQUEST_CONTACT,
    variables: {
      input: {
        offerId: offers[n % offers.length]!.id,
        firstName: 'Camille',
        age: 20,
        communeCode: COMMUNES[n % COMMUNES.length],
        situation: 'JOB_SEEKER',
        channel: n % 3 === 0 ? 'EMAIL' : 'PHONE_CALL',
        phone,
        email: `jeune${n}@bench.balise.test`,
        preferredMoments: ['MORNING'],
        message: n % 2 ? 'Je voudrais des informations.' : null,
        noticeVersion: '2026-11-contact-v1',
        idempotencyKey: randomBytes(16).toString('base64url'),
      },
    },
  });
}

interface RunFigures {
  latencies: number[];
  ok: number;
  errors: Map<string, number>;
  seconds: number;
}

/** `connections` clients in closed loop for `seconds`; each request timed from send to full answer. */
async function run(url: string, offers: readonly { id: string }[], seconds: number): Promise<RunFigures> {
  const figures: RunFigures = { latencies: [], ok: 0, errors: new Map(), seconds };
  const stopAt = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < stopAt) {
      const body = requestBody(offers);
      const started = performance.now();
      let code = 'OK';
      try {
        const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const json = (await response.json()) as { data?: { requestContact?: { token?: string } }; errors?: { extensions?: { code?: string } }[] };
        if (json.errors?.length) code = json.errors[0]!.extensions?.code ?? 'UNKNOWN';
        else if (!json.data?.requestContact?.token) code = `HTTP_${response.status}`;
      } catch {
        code = 'NETWORK';
      }
      figures.latencies.push(performance.now() - started);
      if (code === 'OK') figures.ok++;
      else figures.errors.set(code, (figures.errors.get(code) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  return figures;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function countRows(sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl(DATABASE) });
  await client.connect();
  const { rows } = await client.query<{ n: string }>(sql);
  await client.end();
  return Number(rows[0]!.n);
}

async function main(): Promise<void> {
  console.log(`requestContact bench: PostgreSQL, demo catalogue, rate limits off, ${connections} connections, ${warmupS} s warm-up + ${durationS} s`);
  await recreateDatabase(DATABASE);
  const { child, url } = await startApi(DATABASE);
  try {
    const offers = await contactableOffers();
    console.log(`  ${offers.length} contactable offers`);
    await run(url, offers, warmupS);
    const before = await countRows('select count(*) as n from contact_request');
    const figures = await run(url, offers, durationS);
    const after = await countRows('select count(*) as n from contact_request');
    const sorted = [...figures.latencies].sort((a, b) => a - b);
    const errors = [...figures.errors].map(([code, count]) => `${code}: ${count}`).join(', ') || 'none';
    console.log(`  acknowledged: ${figures.ok} in ${durationS} s → ${(figures.ok / durationS).toFixed(1)} req/s; errors: ${errors}`);
    console.log(`  latency ms: p50 ${percentile(sorted, 50).toFixed(1)}, p95 ${percentile(sorted, 95).toFixed(1)}, p99 ${percentile(sorted, 99).toFixed(1)}, max ${sorted.at(-1)?.toFixed(1)}`);
    console.log(`  stored during the run: ${after - before} (acknowledged ${figures.ok}) → ${after - before === figures.ok ? 'every acknowledged request is stored' : 'MISMATCH'}`);
    const drainStarted = performance.now();
    let pending = await countRows(`select count(*) as n from outbox_event where delivered_at is null and failed_at is null and available_at <= now()`);
    console.log(`  emails and jobs due in the outbox right after the run: ${pending}`);
    while (pending > 0 && performance.now() - drainStarted < 120_000) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      pending = await countRows(`select count(*) as n from outbox_event where delivered_at is null and failed_at is null and available_at <= now()`);
    }
    console.log(`  outbox drained in ${((performance.now() - drainStarted) / 1000).toFixed(1)} s (left: ${pending})`);
  } finally {
    await stopApi(child);
  }
}

await main();
