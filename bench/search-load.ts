/**
 * Bulk loader for the search bench: a fresh PostgreSQL database with the api's migrations and the
 * generated national catalogue (organisations ACTIVE, offers PUBLISHED, venues at their commune's
 * centre plus the loader's deterministic jitter). Rows travel as JSON arrays read back with
 * `json_to_recordset`, a thousand per statement — the ORM loader would take minutes for 100k offers.
 * Workshop sessions are not loaded: search does not read them.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { CatalogueSeed, CoverageSeed } from '@balise/seeds/catalogue-types';
import { generateNationalCatalogue } from '@balise/seeds/national';
import { venuePoint } from '../api/src/catalogue/venue-point.js';
import { migrate, openDatabase } from '../api/src/db/orm.js';
import { GeoDirectory } from '../api/src/geo/geo-directory.js';
import { loadCommunes } from '@balise/seeds/reference';
import { withClient } from './api-process.js';

export interface LoadResult {
  organisations: number;
  venues: number;
  offers: number;
  ms: number;
}

const ROWS_PER_STATEMENT = 1_000;

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Offers in the bench database, or null when it does not exist (or has no schema yet). */
export async function countOffers(serverUrl: string, database: string): Promise<number | null> {
  const exists = await withClient(databaseUrl(serverUrl, 'postgres'), (c) => c.query('select 1 from pg_database where datname = $1', [database]));
  if (exists.rowCount === 0) return null;
  return withClient(databaseUrl(serverUrl, database), async (c) => {
    const table = await c.query(`select to_regclass('public.offer') as t`);
    if (!table.rows[0]?.t) return null;
    const result = await c.query<{ n: string }>('select count(*) as n from offer');
    return Number(result.rows[0]?.n ?? 0);
  });
}

const coverageColumns = (coverage: CoverageSeed) => ({
  coverage_communes: coverage.communes,
  coverage_epcis: coverage.epcis,
  coverage_departements: coverage.departements,
  coverage_national: coverage.national,
});

async function insertJson(client: pg.Client, table: string, columns: string, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const names = columns.split(',').map((c) => c.trim().split(/\s+/)[0]).join(', ');
    await client.query(`insert into ${table} (${names}) select ${names} from json_to_recordset($1::json) as r(${columns})`, [
      JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT)),
    ]);
  }
}

const ORGANISATION_COLUMNS = `id uuid, source_key text, name text, kind text, description text, email text, phone text, website text,
  coverage_communes text[], coverage_epcis text[], coverage_departements text[], coverage_national boolean,
  default_response_delay_days int, status text, created_at timestamptz, updated_at timestamptz`;
const VENUE_COLUMNS = 'id uuid, organisation_id uuid, source_key text, name text, address text, commune_code text, lat double precision, lng double precision';
const OFFER_COLUMNS = `id uuid, source_key text, organisation_id uuid, title text, summary text, description text, theme text, category text,
  format text, age_min int, age_max int, situations text[], conditions text, coverage_communes text[], coverage_epcis text[],
  coverage_departements text[], coverage_national boolean, remote boolean, cost text, valid_from date, valid_until date,
  response_delay_days int, engagement text[], external_url text, phone text, status text, created_at timestamptz, updated_at timestamptz`;
const OFFER_VENUE_COLUMNS = 'offer_id uuid, venue_id uuid';

async function insertBatch(client: pg.Client, seed: CatalogueSeed, geo: GeoDirectory, now: string): Promise<{ venues: number }> {
  const organisations: object[] = [];
  const venues: object[] = [];
  const owners = new Map<string, { id: string; venues: Map<string, string>; coverage: CoverageSeed }>();
  for (const organisation of seed.organisations) {
    const id = randomUUID();
    const venueIds = new Map<string, string>();
    organisations.push({
      id,
      source_key: organisation.key,
      name: organisation.name,
      kind: organisation.kind,
      description: organisation.description,
      email: organisation.email,
      phone: organisation.phone,
      website: organisation.website ?? null,
      ...coverageColumns(organisation.coverage),
      default_response_delay_days: organisation.defaultResponseDelayDays,
      status: 'ACTIVE',
      created_at: now,
      updated_at: now,
    });
    for (const venue of organisation.venues) {
      const venueId = randomUUID();
      venueIds.set(venue.key, venueId);
      venues.push({
        id: venueId,
        organisation_id: id,
        source_key: venue.key,
        name: venue.name,
        address: venue.address,
        commune_code: venue.communeCode,
        ...venuePoint(venue, organisation.key, geo),
      });
    }
    owners.set(organisation.key, { id, venues: venueIds, coverage: organisation.coverage });
  }
  const offers: object[] = [];
  const links: object[] = [];
  for (const offer of seed.offers) {
    const owner = owners.get(offer.organisationKey);
    if (!owner) throw new Error(`offer ${offer.key} names unknown organisation ${offer.organisationKey}`);
    const id = randomUUID();
    offers.push({
      id,
      source_key: offer.key,
      organisation_id: owner.id,
      title: offer.title,
      summary: offer.summary,
      description: offer.description,
      theme: offer.theme,
      category: offer.category,
      format: offer.format,
      age_min: offer.ageMin,
      age_max: offer.ageMax,
      situations: offer.situations,
      conditions: offer.conditions ?? null,
      ...coverageColumns(offer.coverage ?? owner.coverage),
      remote: offer.remote,
      cost: offer.cost,
      valid_from: offer.validFrom ?? null,
      valid_until: offer.validUntil ?? null,
      response_delay_days: offer.responseDelayDays,
      engagement: offer.engagement,
      external_url: offer.externalUrl ?? null,
      phone: offer.phone ?? null,
      status: 'PUBLISHED',
      created_at: now,
      updated_at: now,
    });
    for (const key of offer.venueKeys) {
      const venueId = owner.venues.get(key);
      if (!venueId) throw new Error(`offer ${offer.key} names unknown venue ${key}`);
      links.push({ offer_id: id, venue_id: venueId });
    }
  }
  await insertJson(client, 'organisation', ORGANISATION_COLUMNS, organisations);
  await insertJson(client, 'venue', VENUE_COLUMNS, venues);
  await insertJson(client, 'offer', OFFER_COLUMNS, offers);
  await insertJson(client, 'offer_venue', OFFER_VENUE_COLUMNS, links);
  return { venues: venues.length };
}

/** Drops and recreates `database`, migrates it and loads `offers` generated offers (seed fixed). */
export async function loadBenchDatabase(serverUrl: string, database: string, offers: number, seed = 7): Promise<LoadResult> {
  const started = performance.now();
  await withClient(databaseUrl(serverUrl, 'postgres'), async (c) => {
    await c.query(`drop database if exists ${database} with (force)`);
    await c.query(`create database ${database}`);
  });
  const url = databaseUrl(serverUrl, database);
  const orm = await openDatabase({ databaseUrl: url, dataDir: 'unused' });
  try {
    await migrate(orm);
  } finally {
    await orm.close(true);
  }
  const geo = GeoDirectory.load();
  const communes = loadCommunes();
  const counts = { organisations: 0, venues: 0, offers: 0 };
  await withClient(url, async (client) => {
    await client.query('set synchronous_commit = off');
    await client.query('begin');
    const now = new Date().toISOString();
    for (const batch of generateNationalCatalogue({ offers, communes, seed })) {
      const { venues } = await insertBatch(client, batch, geo, now);
      counts.organisations += batch.organisations.length;
      counts.venues += venues;
      counts.offers += batch.offers.length;
    }
    await client.query('commit');
    await client.query('analyze');
  });
  return { ...counts, ms: Math.round(performance.now() - started) };
}
