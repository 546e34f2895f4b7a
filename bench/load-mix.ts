/**
 * The load mix: what a day of youths does to one API process, for a fixed time.
 *   ~60 % searches and ~30 % offer pages (reads), ~8 % contact requests, ~2 % workshop bookings,
 * sent by N closed-loop clients with the PWA's own persisted documents (PERSISTED_DOCUMENTS_ONLY=true,
 * as in production) to the API as a child process on PostgreSQL with the demo catalogue, rate
 * limits off (one generator plays every youth). Prints throughput, p50/p95/p99 and errors per
 * operation, the CPU used by the API process and by PostgreSQL (to name the bottleneck), and
 * checks that every acknowledged request and booking is in the database.
 *
 *   pnpm --filter @balise/bench load-mix [--duration 300] [--connections 32] [--warmup 10]
 *
 * BENCH_POSTGRES_URL points at the server (default postgresql://postgres@127.0.0.1:5432/postgres);
 * the database `balise_bench_load` is dropped and recreated.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { databaseUrl, recreateDatabase, startApi, stopApi, withClient } from './api-process.js';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const durationS = option('--duration', 300);
const warmupS = option('--warmup', 10);
const connections = option('--connections', 32);
const DATABASE = 'balise_bench_load';
const root = path.resolve(import.meta.dirname, '..');
const COMMUNES = ['40192', '40088', '64445', '64102', '33063', '59350', '75056', '69123', '13055', '31555', '44109', '67482'];
const THEMES = ['HEALTH', 'HOUSING', 'MOBILITY', 'EMPLOYMENT', 'TRAINING', 'CIVIC_ENGAGEMENT', 'DAILY_LIFE', 'INTERNATIONAL_MOBILITY', 'CULTURE_SPORT'];

type Operation = 'search' | 'offerPage' | 'requestContact' | 'bookWorkshop';

/** The PWA's documents, as the app sends them (web/src/gql/persisted-documents.json). */
const documents = (() => {
  const manifest = JSON.parse(readFileSync(path.join(root, 'web/src/gql/persisted-documents.json'), 'utf8')) as Record<string, string>;
  const named = (name: string) => Object.values(manifest).find((text) => new RegExp(`(query|mutation) ${name}\\b`).test(text))!;
  return { search: named('SearchResults'), offerPage: named('OfferPage'), requestContact: named('RequestContact'), bookWorkshop: named('BookWorkshop') };
})();

function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  return withClient(databaseUrl(DATABASE), async (client) => (await client.query<T>(text, params)).rows);
}

interface Workload {
  offerIds: string[];
  contactable: string[];
  sessions: string[];
}

async function workload(): Promise<Workload> {
  const offers = await sql<{ id: string }>(`select id from offer where status = 'PUBLISHED'`);
  const contactable = await sql<{ id: string }>(`select id from offer where status = 'PUBLISHED' and 'CONTACT_REQUEST' = any(engagement) and age_min <= 20 and age_max >= 20`);
  const sessions = await sql<{ id: string }>(
    `select s.id from workshop_session s join offer o on o.id = s.offer_id
      where s.status = 'SCHEDULED' and s.starts_at > now() + interval '1 day' and o.status = 'PUBLISHED' and 'BOOKING' = any(o.engagement)`,
  );
  return { offerIds: offers.map((row) => row.id), contactable: contactable.map((row) => row.id), sessions: sessions.map((row) => row.id) };
}

let sequence = 0;
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;

function nextRequest(work: Workload): { operation: Operation; body: string } {
  const n = sequence++;
  const draw = Math.random();
  if (draw < 0.6) {
    const input = { communeCode: pick(COMMUNES), ...(Math.random() < 0.7 ? { themes: [pick(THEMES)] } : {}), ...(Math.random() < 0.2 ? { text: pick(['logement', 'santé', 'permis', 'service civique', 'apprentisage']) } : {}), first: 20 };
    return { operation: 'search', body: JSON.stringify({ operationName: 'SearchResults', query: documents.search, variables: { input } }) };
  }
  if (draw < 0.9) return { operation: 'offerPage', body: JSON.stringify({ operationName: 'OfferPage', query: documents.offerPage, variables: { id: pick(work.offerIds) } }) };
  const phone = `06${String(10_000_000 + (n % 89_999_999)).padStart(8, '0')}`;
  if (draw < 0.98) {
    const input = {
      offerId: pick(work.contactable), firstName: 'Camille', age: 20, communeCode: pick(COMMUNES), situation: 'JOB_SEEKER',
      channel: 'PHONE_CALL', phone, email: null, preferredMoments: ['MORNING'], message: null,
      noticeVersion: '2026-11-contact-v1', idempotencyKey: randomBytes(16).toString('base64url'),
    };
    return { operation: 'requestContact', body: JSON.stringify({ operationName: 'RequestContact', query: documents.requestContact, variables: { input } }) };
  }
  const input = { sessionId: pick(work.sessions), firstName: 'Lina', phone, email: null, idempotencyKey: randomBytes(16).toString('base64url') };
  return { operation: 'bookWorkshop', body: JSON.stringify({ operationName: 'BookWorkshop', query: documents.bookWorkshop, variables: { input } }) };
}

interface Figures {
  latencies: Record<Operation, number[]>;
  errors: Map<string, number>;
  acknowledged: { requestContact: number; bookWorkshop: number };
}

async function run(url: string, work: Workload, seconds: number): Promise<Figures> {
  const figures: Figures = {
    latencies: { search: [], offerPage: [], requestContact: [], bookWorkshop: [] },
    errors: new Map(),
    acknowledged: { requestContact: 0, bookWorkshop: 0 },
  };
  const stopAt = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < stopAt) {
      const { operation, body } = nextRequest(work);
      const started = performance.now();
      let code = 'OK';
      try {
        const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const json = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string; reason?: string } }[] };
        if (json.errors?.length) code = json.errors[0]!.extensions?.reason ?? json.errors[0]!.extensions?.code ?? `HTTP_${response.status}`;
        else if (!json.data) code = `HTTP_${response.status}`;
      } catch {
        code = 'NETWORK';
      }
      figures.latencies[operation].push(performance.now() - started);
      if (code !== 'OK') figures.errors.set(`${operation}:${code}`, (figures.errors.get(`${operation}:${code}`) ?? 0) + 1);
      else if (operation === 'requestContact' || operation === 'bookWorkshop') figures.acknowledged[operation]++;
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  return figures;
}

/** CPU seconds used so far by a process (utime + stime), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds of every PostgreSQL server process on this machine. */
function postgresCpuSeconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      total += cpuSeconds(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);

async function main(): Promise<void> {
  console.log(`load mix: ${connections} clients, ${warmupS} s warm-up then ${durationS} s measured`);
  await recreateDatabase(DATABASE);
  const api = await startApi(DATABASE, {
    PERSISTED_DOCUMENTS_ONLY: 'true', // as in production: the PWA's own documents only
    WAITLIST_MAX: '100000',
    LOG_LEVEL: 'info', // as in production: one line per request
  });
  try {
    const work = await workload();
    console.log(`catalogue: ${work.offerIds.length} published offers, ${work.contactable.length} take contact requests, ${work.sessions.length} upcoming sessions`);
    if (warmupS > 0) await run(api.url, work, warmupS);
    const [contactBefore] = await sql<{ count: number }>(`select count(*)::int as count from contact_request`);
    const [bookingBefore] = await sql<{ count: number }>(`select count(*)::int as count from booking`);
    const apiCpuBefore = cpuSeconds(api.child.pid!);
    const pgCpuBefore = postgresCpuSeconds();
    const figures = await run(api.url, work, durationS);
    const apiCpu = (cpuSeconds(api.child.pid!) - apiCpuBefore) / durationS;
    const pgCpu = (postgresCpuSeconds() - pgCpuBefore) / durationS;
    const total = Object.values(figures.latencies).reduce((sum, list) => sum + list.length, 0);
    console.log(`\nthroughput: ${(total / durationS).toFixed(1)} req/s over ${durationS} s (${total} requests)`);
    console.log('operation        share   req/s    p50 ms   p95 ms   p99 ms');
    for (const [operation, list] of Object.entries(figures.latencies)) {
      const sorted = [...list].sort((a, b) => a - b);
      console.log(
        `${operation.padEnd(15)} ${((100 * list.length) / total).toFixed(1).padStart(5)} % ${(list.length / durationS).toFixed(1).padStart(6)} ${percentile(sorted, 50).toFixed(0).padStart(8)} ${percentile(sorted, 95).toFixed(0).padStart(8)} ${percentile(sorted, 99).toFixed(0).padStart(8)}`,
      );
    }
    console.log(`errors: ${figures.errors.size ? [...figures.errors].map(([key, count]) => `${key} ${count}`).join(', ') : 'none'}`);
    console.log(`CPU: API process ${(100 * apiCpu).toFixed(0)} % of one core, PostgreSQL ${(100 * pgCpu).toFixed(0)} % (2 cores on this machine, shared with this load generator)`);
    const [contactAfter] = await sql<{ count: number }>(`select count(*)::int as count from contact_request`);
    const [bookingAfter] = await sql<{ count: number }>(`select count(*)::int as count from booking`);
    const contactRows = contactAfter!.count - contactBefore!.count;
    const bookingRows = bookingAfter!.count - bookingBefore!.count;
    const consistent = contactRows === figures.acknowledged.requestContact && bookingRows === figures.acknowledged.bookWorkshop;
    console.log(`database: ${contactRows} contact requests for ${figures.acknowledged.requestContact} receipts, ${bookingRows} bookings for ${figures.acknowledged.bookWorkshop} receipts: ${consistent ? 'OK' : 'MISMATCH'}`);
    if (!consistent) process.exitCode = 1;
  } finally {
    await stopApi(api.child);
  }
}

await main();
