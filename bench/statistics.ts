/**
 * Statistics bench (issue #9): the API as a child process on PostgreSQL, then a synthetic year
 * for one region (Nouvelle-Aquitaine, 12 départements) written straight into the database with
 * generate_series: 2,000 organisations, 100,000 published offers (updated over the last two
 * years, so many are stale), 50,000 contact requests and 1,000,000 logged searches (rolled up
 * into search_month_stats as the search log's writer does). The demo coordinator is given the
 * whole region. Times over HTTP: territoryStatistics for the coordinator (all the region, then
 * one département), the platform view, and organisationStatistics of the busiest organisation —
 * first call, then p50 / p95 over --runs calls each.
 *
 *   pnpm --filter @balise/bench statistics [--runs 30] [--searches 1000000] [--offers 100000] [--requests 50000]
 *
 * BENCH_POSTGRES_URL points at the server (default postgresql://postgres@127.0.0.1:5432/postgres);
 * the bench database `balise_bench_statistics` is dropped and recreated.
 */
import pg from 'pg';
import { OFFER_FORMATS, THEME_CODES } from '@balise/seeds/catalogue-types';
import { loadCommunes } from '@balise/seeds/reference';
import { SEARCH_MONTH_STATS_FROM_LOG } from '../api/src/statistics/search-month-rollup.js';
import { databaseUrl, recreateDatabase, startApi, stopApi } from './api-process.js';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const RUNS = option('--runs', 30);
const SEARCHES = option('--searches', 1_000_000);
const OFFERS = option('--offers', 100_000);
const REQUESTS = option('--requests', 50_000);
const ORGANISATIONS = 2_000;
const REGION = '75';
const DATABASE = 'balise_bench_statistics';
const PERIOD = { fromMonth: '2025-12', toMonth: '2026-11' };

const TERRITORY = `query($period: StatisticsPeriodInput!, $departement: String) { territoryStatistics(period: $period, departement: $departement) {
  scopeLabel months { month searches { label } searchesWithoutResult { label } contactRequests { label } inTimeRate { label } }
  themes { theme searches { label } withoutResult { label } } communes { communeName searches { label } withoutResult { label } }
  unmetSearches { communeName themeLabel searches { label } }
  organisations { name received { label } closed { label } inTimeRate { label } medianHoursToFirstContact { label } overdueOpen { label } notAnswering }
  staleOffers { title organisationName updatedAt monthsSinceUpdate } staleOffersTotal } }`;
const FIGURES = `{ received { label } closed { label } handledInTime { label } inTimeRate { label } medianHoursToFirstContact { label } outcomes { outcome count { label } } }`;
const BOOKINGS = `{ sessionsHeld seatsOffered booked { label } fillRate { label } noShowRate { label } }`;
const ORGANISATION = `query($id: ID!, $period: StatisticsPeriodInput!) { organisationStatistics(organisationId: $id, period: $period) {
  months { month contactRequests ${FIGURES} bookings ${BOOKINGS} offerViews { label } }
  offers { title contactRequests ${FIGURES} bookings ${BOOKINGS} offerViews { label } } totals { month contactRequests ${FIGURES} } } }`;

async function timed(label: string, work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await work();
  console.log(`  ${label.padEnd(48)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The synthetic year, in the bench database (the API has migrated it and loaded the demo catalogue). */
async function generate(db: pg.Client): Promise<void> {
  const communes = loadCommunes().filter((commune) => commune.region === REGION).sort((a, b) => b.population - a.population);
  const departements = [...new Set(communes.map((commune) => commune.departement))].sort();
  console.log(`region ${REGION}: ${departements.length} départements, ${communes.length} communes`);
  await db.query(`create temp table bench_commune as select row_number() over () as n, code, departement from unnest($1::text[], $2::text[]) as c(code, departement)`,
    [communes.map((c) => c.code), communes.map((c) => c.departement)]);
  await timed(`${ORGANISATIONS} organisations`, () => db.query(
    `insert into organisation (id, name, kind, email, phone, coverage_departements, coverage_communes, default_response_delay_days, status, created_at, updated_at)
     select gen_random_uuid(), 'Organisation bench ' || i, 'ASSOCIATION', 'bench@balise.test', '05 00 00 00 00',
            case when i % 2 = 0 then array[($1::text[])[1 + i % $2]] else '{}' end,
            case when i % 2 = 1 then array[($3::text[])[1 + (i * 7919) % $4]] else '{}' end, 3, 'ACTIVE', now(), now()
       from generate_series(1, ${ORGANISATIONS}) i`,
    [departements, departements.length, communes.map((c) => c.code), communes.length]));
  await db.query(`create temp table bench_organisation as select row_number() over (order by id) as n, id from organisation where name like 'Organisation bench %'`);
  await timed(`${OFFERS} published offers`, () => db.query(
    `insert into offer (id, organisation_id, title, summary, description, theme, category, format, age_min, age_max, cost, response_delay_days, status, created_at, updated_at)
     select gen_random_uuid(), o.id, 'Offre bench ' || i, 'Résumé', 'Description', ($1::text[])[1 + i % 9], 'Catégorie', ($2::text[])[1 + i % 5], 16, 25, 'Gratuit', 3,
            'PUBLISHED', g.at, g.at
       from (select i, now() - random() * interval '720 days' as at from generate_series(1, ${OFFERS}) i) g
       join bench_organisation o on o.n = 1 + g.i % ${ORGANISATIONS}`,
    [THEME_CODES, OFFER_FORMATS]));
  await db.query(`create temp table bench_offer as select row_number() over (order by id) as n, id, organisation_id from offer where title like 'Offre bench %'`);
  await timed(`${REQUESTS} contact requests`, () => db.query(
    `insert into contact_request (id, offer_id, organisation_id, age, commune_code, channel, notice_version, notice_accepted_at, idempotency_key_hash, token_hash,
                                  status, outcome, due_at, first_contact_at, ended_at, created_at, updated_at)
     select gen_random_uuid(), o.id, o.organisation_id, 19, '40088', 'PHONE_CALL', 'bench', g.at, md5('i' || g.i) || md5('j' || g.i), md5('t' || g.i) || md5('u' || g.i),
            case when g.r < 0.6 then 'CLOSED' when g.r < 0.8 then 'IN_PROGRESS' when g.r < 0.9 then 'EXPIRED' else 'NEW' end,
            case when g.r < 0.6 then (array['REACHED_HELPED', 'REORIENTED', 'NO_ANSWER', 'DECLINED_BY_YOUTH', 'NOT_ELIGIBLE'])[1 + g.i % 5] end,
            g.at + interval '72 hours',
            case when g.r < 0.8 then g.at + g.delay end,
            case when g.r < 0.6 then g.at + g.delay + interval '1 day' when g.r < 0.9 and g.r >= 0.8 then g.at + interval '30 days' end,
            g.at, g.at
       from (select i, random() as r, now() - random() * interval '365 days' as at, random() * interval '120 hours' as delay
               from generate_series(1, ${REQUESTS}) i) g
       join bench_offer o on o.n = 1 + (g.i * 31) % ${OFFERS}`));
  await timed(`${SEARCHES} logged searches`, () => db.query(
    `insert into search_log_entry (searched_at, commune_code, departement, themes, formats, has_text, sort, result_count, duration_ms)
     select g.at, c.code, c.departement,
            case when g.r < 0.3 then '{}'::text[] when g.r < 0.9 then array[($1::text[])[1 + g.i % 9]] else array[($1::text[])[1 + g.i % 9], ($1::text[])[1 + (g.i / 9) % 9]] end,
            '{}', g.r < 0.5, 'RELEVANCE', case when random() < 0.12 then 0 else 1 + g.i % 40 end, 3
       from (select i, random() as r, now() - random() * interval '365 days' as at, 1 + floor(pow(random(), 3) * ${communes.length})::int as k
               from generate_series(1, ${SEARCHES}) i) g
       join bench_commune c on c.n = g.k`,
    [THEME_CODES]));
  await timed('search_month_stats rollup', () => db.query(SEARCH_MONTH_STATS_FROM_LOG));
  await timed('analyze', () => db.query('analyze'));
  const { rows } = await db.query(`select count(*)::int as n from search_month_stats`);
  console.log(`  rollup rows: ${rows[0].n}`);
  await db.query(`update membership set departements = $1 where role = 'TERRITORY_COORDINATOR'
                   and account_id = (select id from account where email = 'coordination-landes@balise.test')`, [departements]);
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }', variables: { email, password: 'balise-demo' } }),
  });
  const cookie = response.headers.getSetCookie()[0];
  if (!cookie) throw new Error(`sign-in failed for ${email}: ${await response.text()}`);
  return cookie.split(';')[0]!;
}

async function gql(url: string, cookie: string, query: string, variables: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { errors?: unknown[] };
  const ms = performance.now() - started;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return ms;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function measure(label: string, call: () => Promise<number>): Promise<void> {
  const first = await call();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await call());
  runs.sort((a, b) => a - b);
  console.log(`${label.padEnd(58)} first ${first.toFixed(0).padStart(5)} ms   p50 ${percentile(runs, 50).toFixed(0).padStart(5)} ms   p95 ${percentile(runs, 95).toFixed(0).padStart(5)} ms   max ${runs.at(-1)!.toFixed(0).padStart(5)} ms`);
}

async function main(): Promise<void> {
  await recreateDatabase(DATABASE);
  const { child, url } = await startApi(DATABASE);
  const db = new pg.Client({ connectionString: databaseUrl(DATABASE) });
  await db.connect();
  try {
    console.log('generating the synthetic year:');
    await generate(db);
    const busiest = (await db.query(`select organisation_id as id, count(*)::int as n from contact_request group by 1 order by 2 desc limit 1`)).rows[0];
    const coordinator = await signIn(url, 'coordination-landes@balise.test');
    const admin = await signIn(url, 'admin@balise.test');
    console.log(`\n${RUNS} runs each after the first call, period ${PERIOD.fromMonth}..${PERIOD.toMonth}, one request at a time:`);
    await measure('territoryStatistics, coordinator, whole region (12 dép.)', () => gql(url, coordinator, TERRITORY, { period: PERIOD }));
    await measure('territoryStatistics, coordinator, Gironde (33)', () => gql(url, coordinator, TERRITORY, { period: PERIOD, departement: '33' }));
    await measure('territoryStatistics, platform admin, whole platform', () => gql(url, admin, TERRITORY, { period: PERIOD }));
    await measure(`organisationStatistics, busiest organisation (${busiest.n} requests)`, () => gql(url, coordinator, ORGANISATION, { id: busiest.id, period: PERIOD }));
  } finally {
    await db.end();
    await stopApi(child);
  }
}

await main();
