/**
 * Booking bench: the API as a child process on PostgreSQL (production mode, emails delivered by
 * the outbox to a local SMTP sink, as in real life), then `bookWorkshop` over HTTP at 64
 * connections, every request a new youth (own email, own idempotency key):
 *
 * - hot: all clients on one session at a time. Sessions are realistic (12 seats, WAITLIST_MAX=20):
 *   request n books session ⌊n / 32⌋, so the 64 clients pile onto one session until its 12 seats
 *   and 20 waitlist places are taken, then onto the next — every request contends for the same
 *   row lock, and none is refused;
 * - spread: request n books session n mod 100 of 100 sessions (500 seats each): little contention;
 * - single (with --single, separate API with WAITLIST_MAX=100000): literally one session
 *   (500 seats) taking every request — its waitlist grows to thousands, which no real session has.
 *
 * After each run the database is checked: seats ≤ capacity on every session, waitlist queue
 * numbers 1..n without gaps, one booking per successful answer.
 *
 *   pnpm --filter @balise/bench booking [--duration 15] [--warmup 5] [--connections 64] [--single] [--cpu-prof-dir DIR]
 *
 * BENCH_POSTGRES_URL points at the server (default postgresql://postgres@127.0.0.1:5432/postgres);
 * the bench database `balise_bench_booking` is dropped and recreated.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { SmtpCatcher } from '../api/test/support/smtp-catcher.js';
import { freePort } from '../e2e/src/product.js';
import { databaseUrl } from './search-load.js';
import { stopApi, withClient } from './api-process.js';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const durationS = Number(option('--duration') ?? 15);
const warmupS = Number(option('--warmup') ?? 5);
const connections = Number(option('--connections') ?? 64);
const single = argv.includes('--single');
const profileDir = option('--cpu-prof-dir');
const DATABASE = 'balise_bench_booking';
const SERVER_URL = process.env['BENCH_POSTGRES_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const apiDir = path.resolve(import.meta.dirname, '../api');
const HOT_SEATS = 12;
const HOT_WAITLIST = 20;
const PER_HOT_SESSION = HOT_SEATS + HOT_WAITLIST;

const BOOK = `mutation($input: BookWorkshopInput!) { bookWorkshop(input: $input) {
  id token status waitlistPosition offerTitle organisationName session { id startsAt endsAt seatsLeft waitlistLength } } }`;

async function freshDatabase(): Promise<string> {
  await withClient(SERVER_URL, async (client) => {
    await client.query(`drop database if exists ${DATABASE} with (force)`);
    await client.query(`create database ${DATABASE}`);
  });
  return databaseUrl(SERVER_URL, DATABASE);
}

async function startApi(dbUrl: string, smtpUrl: string, waitlistMax: number): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: dbUrl,
    DEMO_CATALOGUE: 'false',
    SMTP_URL: smtpUrl,
    WAITLIST_MAX: String(waitlistMax),
    LOG_LEVEL: 'info',
    // One load generator plays every youth: no per-address limits, and its documents are its own.
    RATE_LIMIT_ENABLED: 'false',
    PERSISTED_DOCUMENTS_ONLY: 'false',
  };
  delete env['MEILI_URL'];
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/main.ts'], { cwd: apiDir, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode} before ready:\n${stderr}`);
    if (performance.now() - started > 120_000) throw new Error(`API not ready after 120 s:\n${stderr}`);
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) return { child, url };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An active organisation with a venue and a published workshop taking bookings; sessions a week ahead. */
async function createWorkshop(dbUrl: string): Promise<{ addSessions: (count: number, capacity: number) => Promise<string[]> }> {
  const ids = { organisation: randomUUID(), venue: randomUUID(), offer: randomUUID() };
  await withClient(dbUrl, async (client) => {
    await client.query(
      `insert into organisation (id, name, kind, description, email, phone, coverage_communes, coverage_epcis, coverage_departements, coverage_national,
         default_response_delay_days, status, created_at, updated_at)
       values ($1, 'Mission Locale du banc d’essai', 'MISSION_LOCALE', '', 'contact@banc.balise.test', '05 58 00 00 00', '{40088}', '{}', '{40}', false, 3, 'ACTIVE', now(), now())`,
      [ids.organisation],
    );
    await client.query(`insert into venue (id, organisation_id, name, address, commune_code, lat, lng) values ($1, $2, 'Antenne de Dax', '1 rue du Banc', '40088', 43.71, -1.05)`, [
      ids.venue,
      ids.organisation,
    ]);
    await client.query(
      `insert into offer (id, organisation_id, title, summary, description, theme, category, format, age_min, age_max, situations, coverage_communes,
         coverage_epcis, coverage_departements, coverage_national, remote, cost, response_delay_days, engagement, status, created_at, updated_at)
       values ($1, $2, 'Atelier CV du banc d’essai', 'Résumé.', 'Description.', 'EMPLOYMENT', 'CV', 'WORKSHOP', 16, 25, '{}', '{}', '{}', '{40}', false, false,
         'Gratuit', 3, '{BOOKING}', 'PUBLISHED', now(), now())`,
      [ids.offer, ids.organisation],
    );
    await client.query('insert into offer_venue (offer_id, venue_id) values ($1, $2)', [ids.offer, ids.venue]);
  });
  return {
    addSessions: (count, capacity) =>
      withClient(dbUrl, async (client) => {
        const sessions = Array.from({ length: count }, (_, i) => ({
          id: randomUUID(),
          offer_id: ids.offer,
          starts_at: new Date(Date.now() + 7 * 86_400_000 + i * 3_600_000).toISOString(),
          ends_at: new Date(Date.now() + 7 * 86_400_000 + i * 3_600_000 + 5_400_000).toISOString(),
          venue_id: ids.venue,
          capacity,
        }));
        await client.query(
          `insert into workshop_session (id, offer_id, starts_at, ends_at, venue_id, capacity, status, created_at)
           select id, offer_id, starts_at, ends_at, venue_id, capacity, 'SCHEDULED', now()
             from json_to_recordset($1::json) as r(id uuid, offer_id uuid, starts_at timestamptz, ends_at timestamptz, venue_id uuid, capacity int)`,
          [JSON.stringify(sessions)],
        );
        return sessions.map((session) => session.id);
      }),
  };
}

interface RunFigures {
  rps: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  confirmed: number;
  waitlisted: number;
  refused: Map<string, number>;
  non2xx: number;
  socketErrors: number;
  timeouts: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number) : Number.NaN;

/** One autocannon run; request n books `sessionFor(n)` as a new youth. */
async function load(url: string, seconds: number, sessionFor: (n: number) => string, tag: string): Promise<RunFigures> {
  let next = 0;
  const latencies: number[] = [];
  const figures = { confirmed: 0, waitlisted: 0, refused: new Map<string, number>() };
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 20,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const n = next++;
          const input = { sessionId: sessionFor(n), firstName: 'Léa', email: `banc-${tag}-${n}@exemple.fr`, idempotencyKey: randomUUID() };
          return { ...request, body: JSON.stringify({ query: BOOK, variables: { input } }) };
        },
        onResponse: (_status, body) => {
          const answer = JSON.parse(body) as { data?: { bookWorkshop?: { status: string } }; errors?: { extensions?: { reason?: string; code?: string } }[] };
          const status = answer.data?.bookWorkshop?.status;
          if (status === 'CONFIRMED') figures.confirmed++;
          else if (status === 'WAITLISTED') figures.waitlisted++;
          else {
            const reason = answer.errors?.[0]?.extensions?.reason ?? answer.errors?.[0]?.extensions?.code ?? 'unknown';
            figures.refused.set(reason, (figures.refused.get(reason) ?? 0) + 1);
          }
        },
      },
    ],
  });
  (instance as unknown as EventEmitter).on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    ...figures,
    rps: result.requests.total / result.duration,
    requests: result.requests.total,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
  };
}

/** Seats ≤ capacity everywhere, queue numbers 1..n, one booking per successful answer. */
async function check(dbUrl: string, sessionIds: readonly string[], answered: number): Promise<string> {
  // Requests still in flight when the load stops complete on the server unanswered: at most one per connection.
  return withClient(dbUrl, async (client) => {
    const { rows } = await client.query<{ capacity: number; seats: number; waiting: number; maxq: number; distinctq: number }>(
      `select s.capacity,
              count(b.id) filter (where b.status in ('CONFIRMED', 'ATTENDED', 'NO_SHOW'))::int as seats,
              count(b.id) filter (where b.status = 'WAITLISTED')::int as waiting,
              coalesce(max(b.queue_number), 0)::int as maxq,
              count(distinct b.queue_number)::int as distinctq
         from workshop_session s left join booking b on b.session_id = s.id
        where s.id = any($1::uuid[]) group by s.id`,
      [sessionIds],
    );
    const overbooked = rows.filter((row) => row.seats > row.capacity).length;
    const gaps = rows.filter((row) => row.waiting !== row.maxq || row.waiting !== row.distinctq).length;
    const stored = rows.reduce((sum, row) => sum + row.seats + row.waiting, 0);
    const unanswered = stored - answered;
    const ok = answered > 0 && overbooked === 0 && gaps === 0 && unanswered >= 0 && unanswered <= connections;
    return `${ok ? 'OK' : 'FAILED'}: ${stored} bookings stored for ${answered} successful answers (+${unanswered} in flight when the load stopped), ` +
      `${overbooked} sessions over capacity, ${gaps} waitlists with gaps`;
  });
}

function report(name: string, figures: RunFigures, checked: string): void {
  const refused = [...figures.refused].map(([reason, count]) => `${reason} ${count}`).join(', ') || 'none';
  console.log(
    `  ${name}: ${figures.rps.toFixed(0)} req/s (${figures.requests} requests), p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms; ` +
      `${figures.confirmed} confirmed, ${figures.waitlisted} waitlisted, refused: ${refused}; non-2xx ${figures.non2xx}, socket errors ${figures.socketErrors}, timeouts ${figures.timeouts}`,
  );
  console.log(`  database check: ${checked}`);
}

async function scenario(
  key: string,
  name: string,
  url: string,
  dbUrl: string,
  sessions: { warmup: string[]; measured: string[] },
  pick: (ids: readonly string[], n: number) => string,
): Promise<void> {
  console.log(`\n── ${name} ──`);
  await load(url, warmupS, (n) => pick(sessions.warmup, n), `${key}-warmup`);
  const figures = await load(url, durationS, (n) => pick(sessions.measured, n), key);
  report(name, figures, await check(dbUrl, sessions.measured, figures.confirmed + figures.waitlisted));
}

// ── main ─────────────────────────────────────────────────────────────────────
const version = await withClient(SERVER_URL, async (client) => (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]?.v);
console.log(
  `machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, node ${process.version}, PostgreSQL ${version}; ` +
    `${connections} connections, ${warmupS} s warm-up then ${durationS} s per scenario`,
);
const sink = await SmtpCatcher.start();
const drainSink = setInterval(() => (sink.messages.length = 0), 1000);
try {
  const dbUrl = await freshDatabase();
  let api = await startApi(dbUrl, sink.url, HOT_WAITLIST);
  try {
    const workshop = await createWorkshop(dbUrl);
    const hot = { warmup: await workshop.addSessions(1000, HOT_SEATS), measured: await workshop.addSessions(3000, HOT_SEATS) };
    await scenario('hot', `hot (one session at a time: ${HOT_SEATS} seats + ${HOT_WAITLIST} waitlisted, then the next)`, api.url, dbUrl, hot, (ids, n) => ids[Math.floor(n / PER_HOT_SESSION) % ids.length]!);
    const spread = { warmup: await workshop.addSessions(100, 500), measured: await workshop.addSessions(100, 500) };
    await scenario('spread', 'spread (100 sessions of 500 seats, round robin)', api.url, dbUrl, spread, (ids, n) => ids[n % ids.length]!);
  } finally {
    await stopApi(api.child);
  }
  if (single) {
    api = await startApi(dbUrl, sink.url, 100_000);
    try {
      const workshop = await createWorkshop(dbUrl);
      const one = { warmup: await workshop.addSessions(1, 500), measured: await workshop.addSessions(1, 500) };
      await scenario('single', 'single (one session of 500 seats, WAITLIST_MAX=100000)', api.url, dbUrl, one, (ids) => ids[0]!);
    } finally {
      await stopApi(api.child);
    }
  }
} finally {
  clearInterval(drainSink);
  await sink.stop();
}
