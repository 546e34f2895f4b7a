/**
 * Search bench: the 100k-offer national catalogue in PostgreSQL, then for each engine (embedded,
 * postgres-baseline) the API as a child process: index build time, RSS, then `searchOffers` over
 * HTTP at 32 connections with a fixed realistic mix (search-requests.ts). Prints a side-by-side
 * table and whether the targets are met.
 *
 *   pnpm --filter @balise/bench search [--reuse] [--duration 20] [--warmup 5] [--connections 32]
 *                                      [--engines embedded,postgres-baseline] [--cpu-prof-dir DIR]
 *
 * --cpu-prof-dir writes a V8 CPU profile of each API process (open it in Chrome DevTools).
 * --reuse keeps the bench database when it already holds the catalogue. BENCH_POSTGRES_URL points at
 * the server (default postgresql://postgres@127.0.0.1:5432/postgres); the bench database is
 * `balise_bench_search`, dropped and recreated unless --reuse.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadCommunes } from '@balise/seeds/reference';
import { countOffers, databaseUrl, loadBenchDatabase } from './search-load.js';
import { SEARCH_QUERY, describeMix, searchInputs, type SearchInput } from './search-requests.js';
import { freePort } from '../e2e/src/product.js';
import { stopApi } from './api-process.js';

const ENGINES = ['embedded', 'postgres-baseline'] as const;
type Engine = (typeof ENGINES)[number];

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const reuse = argv.includes('--reuse');
const durationS = Number(option('--duration') ?? 20);
const connections = Number(option('--connections') ?? 32);
const warmupS = Number(option('--warmup') ?? 5);
const profileDir = option('--cpu-prof-dir');
const engines = (option('--engines')?.split(',') ?? [...ENGINES]) as Engine[];
const OFFERS = Number(option('--offers') ?? 100_000);
const REQUESTS = 2_000;
const SAMPLE = 200;
const DATABASE = 'balise_bench_search';
const SERVER_URL = process.env['BENCH_POSTGRES_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const apiDir = path.resolve(import.meta.dirname, '../api');

if (durationS > 30) throw new Error('--duration: at most 30 s per load run');
for (const engine of engines) if (!ENGINES.includes(engine)) throw new Error(`--engines: unknown engine ${engine}`);

interface EngineResult {
  engine: Engine;
  buildMs: number;
  offers: number;
  documents: number;
  readyS: number;
  peakRssMb: number;
  rssAfterBuildMb: number;
  peakRssEndMb: number;
  extra: string;
  sample: { errors: number; totals: number[]; firstIds: string[][] };
  p50: number;
  p95: number;
  p99: number;
  acP50: number;
  acP99: number;
  rps: number;
  requests: number;
  non2xx: number;
  socketErrors: number;
  timeouts: number;
  graphqlErrors: number;
}


async function memoryMb(pid: number): Promise<{ hwm: number; rss: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { hwm: kb('VmHWM') / 1024, rss: kb('VmRSS') / 1024 };
}

interface Started {
  child: ChildProcess;
  url: string;
  readyS: number;
  built: { ms: number; offers: number; documents: number };
}

/** Starts the API on `engine`; resolves once /readyz is green and the build line was logged. */
async function startApi(engine: Engine, dbUrl: string): Promise<Started> {
  const port = await freePort();
  const started = performance.now();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: dbUrl,
    SEARCH_ENGINE: engine,
    DEMO_CATALOGUE: 'false',
    SMTP_URL: process.env['SMTP_URL'] ?? 'smtp://127.0.0.1:25', // production requires one; the bench sends no email
    TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret', // production requires one
    LOG_LEVEL: 'info', // the bench reads the 'search: index built' line
    PERSISTED_DOCUMENTS_ONLY: 'false', // the bench's search document is its own, not the PWA's
  };
  delete env['MEILI_URL'];
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/main.ts'], { cwd: apiDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let built: Started['built'] | undefined;
  let pending = '';
  let stderr = '';
  let stdoutTail = '';
  // Reads pino lines until the build line; afterwards still drains stdout (request logs) unread.
  child.stdout!.on('data', (chunk: Buffer) => {
    if (built) return;
    pending += chunk.toString('utf8');
    stdoutTail = (stdoutTail + chunk.toString('utf8')).slice(-4000);
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      if (!line.includes('search: index built')) continue;
      const entry = JSON.parse(line) as { ms: number; offers: number; documents: number };
      built = { ms: entry.ms, offers: entry.offers, documents: entry.documents };
      pending = '';
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API (${engine}) exited with ${child.exitCode} before ready:\n${stdoutTail}\n${stderr}`);
    if (performance.now() - started > 240_000) {
      await stopApi(child);
      throw new Error(`API (${engine}) not ready after 240 s:\n${stderr}`);
    }
    if (built && (await fetch(`${url}/readyz`).then((r) => r.ok, () => false))) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, url, readyS: (performance.now() - started) / 1000, built };
}

interface SearchResponse {
  data?: { searchOffers?: { total: number; hits: { offer: { id: string } }[] } };
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends the first bodies one by one: checks answers and keeps totals to compare engines. */
async function sampleAnswers(url: string, bodies: readonly string[]): Promise<EngineResult['sample']> {
  const sample: EngineResult['sample'] = { errors: 0, totals: [], firstIds: [] };
  for (const body of bodies) {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await response.json()) as SearchResponse;
    const result = json.data?.searchOffers;
    if (!response.ok || json.errors?.length || !result) {
      if (sample.errors === 0) console.log(`  first error: HTTP ${response.status} ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
      sample.errors++;
      sample.totals.push(-1);
      sample.firstIds.push([]);
      continue;
    }
    sample.totals.push(result.total);
    sample.firstIds.push(result.hits.map((hit) => hit.offer.id));
  }
  return sample;
}

interface LoadFigures {
  latencies: number[];
  result: autocannon.Result;
  graphqlErrors: number;
}

/** One autocannon run cycling through the bodies; every response is checked for GraphQL errors. */
async function load(url: string, bodies: readonly string[], seconds: number): Promise<LoadFigures> {
  let next = 0;
  let graphqlErrors = 0;
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  (instance as unknown as EventEmitter).on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
  });
  const result = await instance;
  return { latencies, result, graphqlErrors };
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number) : Number.NaN;

async function baselineStorage(dbUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ size: string }>(
      `select pg_size_pretty(sum(pg_total_relation_size(c.oid))) as size from pg_class c
        where c.relkind = 'r' and c.relname like 'search_baseline_%'`,
    );
    return `index in PostgreSQL: ${rows[0]?.size ?? '?'} (tables + indexes)`;
  } finally {
    await client.end();
  }
}

async function benchEngine(engine: Engine, dbUrl: string, bodies: readonly string[]): Promise<EngineResult> {
  console.log(`\n── ${engine} ──`);
  const api = await startApi(engine, dbUrl);
  try {
    const pid = api.child.pid!;
    const afterBuild = await memoryMb(pid);
    console.log(
      `  ready in ${api.readyS.toFixed(1)} s; index built in ${(api.built.ms / 1000).toFixed(1)} s (${api.built.offers} offers, ${api.built.documents} documents); ` +
        `RSS ${afterBuild.rss.toFixed(0)} MB, peak ${afterBuild.hwm.toFixed(0)} MB`,
    );
    const extra = engine === 'postgres-baseline' ? await baselineStorage(dbUrl) : '';
    if (extra) console.log(`  ${extra}`);
    const sample = await sampleAnswers(api.url, bodies.slice(0, SAMPLE));
    console.log(`  sample of ${SAMPLE} sequential requests: ${sample.errors} with errors`);
    console.log(`  warm-up ${warmupS} s…`);
    await load(api.url, bodies, warmupS);
    console.log(`  load ${durationS} s at ${connections} connections…`);
    const { latencies, result, graphqlErrors } = await load(api.url, bodies, durationS);
    const end = await memoryMb(pid);
    const sorted = [...latencies].sort((a, b) => a - b);
    const figures: EngineResult = {
      engine,
      buildMs: api.built.ms,
      offers: api.built.offers,
      documents: api.built.documents,
      readyS: api.readyS,
      peakRssMb: afterBuild.hwm,
      rssAfterBuildMb: afterBuild.rss,
      peakRssEndMb: end.hwm,
      extra,
      sample,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      acP50: result.latency.p50,
      acP99: result.latency.p99,
      rps: result.requests.total / result.duration,
      requests: result.requests.total,
      non2xx: result.non2xx,
      socketErrors: result.errors,
      timeouts: result.timeouts,
      graphqlErrors,
    };
    console.log(
      `  p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms; ` +
        `${figures.rps.toFixed(0)} req/s (${figures.requests} requests); non-2xx ${figures.non2xx}, GraphQL errors ${graphqlErrors}, ` +
        `socket errors ${figures.socketErrors}, timeouts ${figures.timeouts}; peak RSS at the end ${end.hwm.toFixed(0)} MB`,
    );
    return figures;
  } finally {
    await stopApi(api.child);
  }
}

function agreement(a: EngineResult, b: EngineResult): string {
  let sameTotal = 0;
  let overlap = 0;
  let compared = 0;
  a.sample.totals.forEach((total, i) => {
    if (total < 0 || (b.sample.totals[i] ?? -1) < 0) return;
    compared++;
    if (total === b.sample.totals[i]) sameTotal++;
    const left = new Set(a.sample.firstIds[i]);
    const right = b.sample.firstIds[i] ?? [];
    const union = new Set([...left, ...right]).size;
    overlap += union === 0 ? 1 : right.filter((id) => left.has(id)).length / union;
  });
  return `same total on ${sameTotal}/${compared} sample requests; first-page overlap (Jaccard) ${((100 * overlap) / Math.max(1, compared)).toFixed(0)} %`;
}

async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version') as v");
    return rows[0]?.v ?? '?';
  } finally {
    await client.end();
  }
}

// ── main ─────────────────────────────────────────────────────────────────────
console.log(
  `machine: ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ` +
    `node ${process.version}, PostgreSQL ${await postgresVersion()}`,
);
const dbUrl = databaseUrl(SERVER_URL, DATABASE);
const existing = reuse ? await countOffers(SERVER_URL, DATABASE) : null;
if (existing === OFFERS) {
  console.log(`catalogue: reusing ${DATABASE} (${existing} offers)`);
} else {
  const loaded = await loadBenchDatabase(SERVER_URL, DATABASE, OFFERS);
  console.log(
    `catalogue: ${loaded.offers} offers, ${loaded.organisations} organisations, ${loaded.venues} venues loaded into ${DATABASE} in ${(loaded.ms / 1000).toFixed(1)} s`,
  );
}
const inputs: SearchInput[] = searchInputs(REQUESTS, loadCommunes());
console.log(`mix: ${describeMix(inputs)}`);
const bodies = inputs.map((input) => JSON.stringify({ query: SEARCH_QUERY, variables: { input } }));

const results: EngineResult[] = [];
for (const engine of engines) results.push(await benchEngine(engine, dbUrl, bodies));

const rows: [string, (r: EngineResult) => string][] = [
  ['index build (log)', (r) => `${(r.buildMs / 1000).toFixed(1)} s`],
  ['ready after spawn', (r) => `${r.readyS.toFixed(1)} s`],
  ['API peak RSS at ready', (r) => `${r.peakRssMb.toFixed(0)} MB`],
  ['API RSS at ready', (r) => `${r.rssAfterBuildMb.toFixed(0)} MB`],
  ['API peak RSS after load', (r) => `${r.peakRssEndMb.toFixed(0)} MB`],
  ['p50', (r) => `${r.p50.toFixed(1)} ms`],
  ['p95', (r) => `${r.p95.toFixed(1)} ms`],
  ['p99', (r) => `${r.p99.toFixed(1)} ms`],
  ['throughput', (r) => `${r.rps.toFixed(0)} req/s`],
  ['requests', (r) => String(r.requests)],
  ['non-2xx', (r) => String(r.non2xx)],
  ['GraphQL errors', (r) => String(r.graphqlErrors)],
  ['socket errors / timeouts', (r) => `${r.socketErrors} / ${r.timeouts}`],
];
console.log(`\n── summary: ${OFFERS} offers, ${connections} connections, ${durationS} s per engine, ${REQUESTS} distinct requests ──`);
const width = 26;
const column = 20;
console.log(''.padEnd(width) + results.map((r) => r.engine.padStart(column)).join(''));
for (const [label, cell] of rows) console.log(label.padEnd(width) + results.map((r) => cell(r).padStart(column)).join(''));
for (const r of results) if (r.extra) console.log(`${r.engine}: ${r.extra}`);

const embedded = results.find((r) => r.engine === 'embedded');
const baseline = results.find((r) => r.engine === 'postgres-baseline');
if (embedded && baseline) {
  console.log(`\nthroughput ratio embedded / postgres-baseline: ${(embedded.rps / baseline.rps).toFixed(2)}×`);
  console.log(`answers: ${agreement(embedded, baseline)}`);
}
if (embedded) {
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log('\ntargets (embedded engine):');
  console.log(`  p95 ≤ 25 ms: ${embedded.p95.toFixed(1)} ms — ${verdict(embedded.p95 <= 25)}`);
  if (baseline) console.log(`  throughput ≥ 3× baseline: ${(embedded.rps / baseline.rps).toFixed(2)}× — ${verdict(embedded.rps >= 3 * baseline.rps)}`);
  console.log(`  build ≤ 20 s: ${(embedded.buildMs / 1000).toFixed(1)} s — ${verdict(embedded.buildMs <= 20_000)}`);
  console.log(`  RSS ≤ 1.5 GB: peak ${embedded.peakRssMb.toFixed(0)} MB at ready — ${verdict(embedded.peakRssMb <= 1536)}`);
  const clean = embedded.non2xx === 0 && embedded.graphqlErrors === 0 && embedded.sample.errors === 0;
  console.log(`  no errors: ${verdict(clean)}`);
}
