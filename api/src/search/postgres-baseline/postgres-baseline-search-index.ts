import type { EntityManager, Transaction } from '@mikro-orm/core';
import type { OfferFormat, ThemeCode } from '@balise/seeds/catalogue-types';
import type { OfferSearchDocument, SearchHit, SearchIndex, SearchPage, SearchQuery } from '../search-index.port.js';
import {
  CREATE_EXTENSIONS,
  CREATE_FUNCTIONS,
  CREATE_TABLES,
  CREATE_WORD_QUERY_FUNCTIONS,
  DOCUMENT_TABLE,
  DROP_SEARCH_INDEXES,
  SEARCH_INDEXES,
  SYNONYM_TABLE,
  WORD_TABLE,
} from './schema.js';
import { joinSql, sql, type SqlFragment } from './sql-fragment.js';
import { planText, synonymPairs, tsqueryExpression } from './text-query.js';
import { foldedWords } from '../text-folding.js';

const INSERT_BATCH = 1_000;
const STAGING_TABLE = 'search_baseline_staging';
const WORD_BATCH = 5_000;

interface PageRow {
  total: number;
  hits: [offerId: string, distanceKm: number | null, remote: boolean][];
  themes: Partial<Record<ThemeCode, number>> | null;
  formats: Partial<Record<OfferFormat, number>> | null;
}

/**
 * PostgreSQL full-text baseline for the search benchmark (SEARCH_ENGINE=postgres-baseline), not a
 * product engine: it answers the port's scenarios with plain SQL on a table of its own, one row per
 * port document, so `bench/search.ts` can compare the embedded engine with what PostgreSQL does on
 * the same data. French configuration over `unaccent`ed text, synonyms expanded as OR, typo
 * tolerance through a trigram-indexed vocabulary, coverage through one GIN-indexed key array, a radius
 * pre-filter with earthdistance's `earth_box` (GiST) and haversine distances in SQL. See schema.ts for
 * why it creates its own objects.
 */
export class PostgresBaselineSearchIndex implements SearchIndex {
  readonly engine = 'postgres-baseline' as const;
  private schemaReady: Promise<void> | undefined;
  private building: Promise<void> = Promise.resolve();
  private ready = false;
  private closed = false;

  constructor(private readonly em: EntityManager) {}

  async replaceAll(documents: AsyncIterable<OfferSearchDocument[]>): Promise<void> {
    const run = this.building.then(() => this.rebuild(documents));
    this.building = run.catch(() => undefined);
    await run;
    this.ready = true;
  }

  async replaceOffer(offerId: string, documents: OfferSearchDocument[]): Promise<void> {
    await this.ensureSchema();
    const own = documents.filter((document) => document.offerId === offerId);
    await this.connection().transactional(async (trx) => {
      await this.run(sql`delete from ${raw(DOCUMENT_TABLE)} where offer_id = ${offerId}`, trx);
      if (own.length > 0) {
        await this.run(insertDocuments(DOCUMENT_TABLE, own), trx);
        await this.run(insertWords([...wordsOf(own)]), trx);
      }
    });
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    await this.ensureSchema();
    const tsquery = query.text ? await this.resolveTsquery(query.text) : null;
    const rows = (await this.connection().execute(...args(searchStatement(query, tsquery)))) as PageRow[];
    const row = rows[0];
    if (!row) return { total: 0, hits: [], facets: { themes: {}, formats: {} } };
    const hits: SearchHit[] = (row.hits ?? []).map(([offerId, distance, remote]) => ({
      offerId,
      distanceKm: distance === null ? null : Math.round(distance * 1000) / 1000,
      remote,
    }));
    return { total: Number(row.total), hits, facets: { themes: row.themes ?? {}, formats: row.formats ?? {} } };
  }

  async isReady(): Promise<boolean> {
    return this.ready && !this.closed;
  }

  async close(): Promise<void> {
    // The connection pool belongs to the ORM, closed by the server.
    this.closed = true;
  }

  /** The text's tsquery (synonyms and typo corrections resolved), or null when only stop words remain. */
  private async resolveTsquery(text: string): Promise<string | null> {
    const units = planText(text);
    if (units.length === 0) return null;
    const rows = (await this.connection().execute(...args(sql`select (${tsqueryExpression(units)})::text as q`))) as { q: string | null }[];
    const q = rows[0]?.q;
    return q ? q : null;
  }

  private async rebuild(documents: AsyncIterable<OfferSearchDocument[]>): Promise<void> {
    await this.ensureSchema();
    // One transaction: searches wait for the new data rather than see a half-built table.
    await this.connection().transactional(async (trx) => {
      await this.run(sql`set local maintenance_work_mem = '256MB'`, trx);
      await this.run(raw(`create temp table ${STAGING_TABLE} (like ${DOCUMENT_TABLE}) on commit drop`), trx);
      const words = new Set<string>();
      for await (const batch of documents) {
        for (let i = 0; i < batch.length; i += INSERT_BATCH) {
          const slice = batch.slice(i, i + INSERT_BATCH);
          await this.run(insertDocuments(STAGING_TABLE, slice), trx);
          for (const word of wordsOf(slice)) words.add(word);
        }
      }
      await this.run(sql`truncate ${raw(DOCUMENT_TABLE)}, ${raw(WORD_TABLE)}`, trx);
      for (const ddl of DROP_SEARCH_INDEXES) await this.run(raw(ddl), trx);
      // Rows of one place side by side: a town's candidates then sit in a few heap pages.
      await this.run(raw(`insert into ${DOCUMENT_TABLE} select * from ${STAGING_TABLE} order by coverage_keys, offer_id`), trx);
      const list = [...words];
      for (let i = 0; i < list.length; i += WORD_BATCH) await this.run(insertWords(list.slice(i, i + WORD_BATCH)), trx);
      for (const ddl of SEARCH_INDEXES) await this.run(raw(ddl), trx);
      await this.run(raw(`analyze ${DOCUMENT_TABLE}`), trx);
      await this.run(raw(`analyze ${WORD_TABLE}`), trx);
    });
  }

  private ensureSchema(): Promise<void> {
    this.schemaReady ??= (async () => {
      for (const statement of [...CREATE_EXTENSIONS, ...CREATE_FUNCTIONS, ...CREATE_TABLES, ...SEARCH_INDEXES, ...CREATE_WORD_QUERY_FUNCTIONS]) {
        await this.connection().execute(statement, [], 'run');
      }
      await this.connection().transactional(async (trx) => {
        await this.run(raw(`delete from ${SYNONYM_TABLE}`), trx);
        await this.run(
          sql`insert into ${raw(SYNONYM_TABLE)} (word, member) select p->>0, p->>1 from json_array_elements(${JSON.stringify(synonymPairs())}::json) p on conflict do nothing`,
          trx,
        );
      });
    })().catch((error: unknown) => {
      this.schemaReady = undefined;
      throw error;
    });
    return this.schemaReady;
  }

  private connection() {
    return this.em.getConnection();
  }

  private run(fragment: SqlFragment, trx: Transaction): Promise<unknown> {
    return this.connection().execute(fragment.text, [...fragment.params], 'run', trx);
  }
}

const args = (fragment: SqlFragment): [string, unknown[]] => [fragment.text, [...fragment.params]];

/** Trusted SQL text (identifiers and DDL written here), never user input. */
function raw(text: string): SqlFragment {
  return sql([text] as unknown as TemplateStringsArray);
}

function coverageKeys(document: OfferSearchDocument): string[] {
  return [
    ...document.coverageCommunes.map((code) => `c:${code}`),
    ...document.coverageEpcis.map((code) => `e:${code}`),
    ...document.coverageDepartements.map((code) => `d:${code}`),
    ...(document.coverageNational ? ['n'] : []),
  ];
}

/** One multi-row INSERT: the rows travel as one JSON array read back by json_to_recordset. */
function insertDocuments(table: string, documents: readonly OfferSearchDocument[]): SqlFragment {
  const rows = documents.map((d) => ({
    id: d.id,
    offer_id: d.offerId,
    venue_id: d.venueId,
    theme: d.theme,
    format: d.format,
    age_min: d.ageMin,
    age_max: d.ageMax,
    situations: d.situations,
    coverage_keys: coverageKeys(d),
    remote: d.remote,
    lat: d.point?.lat ?? null,
    lng: d.point?.lng ?? null,
    updated_at: d.updatedAt,
    title: d.title,
    category: d.category,
    theme_label: d.themeLabel,
    summary: d.summary,
    organisation_name: d.organisationName,
    description: d.description,
  }));
  return sql`insert into ${raw(table)} (id, offer_id, venue_id, theme, format, age_min, age_max, situations, coverage_keys, remote, lat, lng, updated_at, tsv)
    select id, offer_id, venue_id, theme, format, age_min, age_max, situations, coverage_keys, remote, lat, lng, updated_at,
           search_baseline_tsv(title, category, theme_label, summary, organisation_name, description)
    from json_to_recordset(${JSON.stringify(rows)}::json) as r(
      id text, offer_id text, venue_id text, theme text, format text, age_min smallint, age_max smallint,
      situations text[], coverage_keys text[], remote boolean, lat double precision, lng double precision,
      updated_at timestamptz, title text, category text, theme_label text, summary text, organisation_name text, description text)`;
}

function insertWords(words: readonly string[]): SqlFragment {
  if (words.length === 0) return raw('select 1');
  return sql`insert into ${raw(WORD_TABLE)} (word, lexeme)
    select w, (tsvector_to_array(to_tsvector('french', w)))[1] from json_array_elements_text(${JSON.stringify(words)}::json) as w
    on conflict (word) do nothing`;
}

/** Folded words (3+ letters) of the documents' searchable texts, each offer read once. */
function wordsOf(documents: readonly OfferSearchDocument[]): Set<string> {
  const words = new Set<string>();
  const seen = new Set<string>();
  for (const d of documents) {
    if (seen.has(d.offerId)) continue;
    seen.add(d.offerId);
    for (const text of [d.title, d.category, d.themeLabel, d.summary, d.organisationName, d.description]) {
      for (const word of foldedWords(text)) if (word.length >= 3) words.add(word);
    }
  }
  return words;
}

/**
 * Total, facets and one page in one statement. Documents matching every filter but theme and
 * format are reduced to one row per offer (its nearest matching venue); theme and format filters
 * apply after, so that each facet can ignore its own filter.
 */
export function searchStatement(query: SearchQuery, tsquery: string | null): SqlFragment {
  const place = query.place;
  const origin = place ? sql`ll_to_earth(${place.point.lat}, ${place.point.lng})` : null;
  const distanceKm = place ? sql`search_baseline_km(${place.point.lat}, ${place.point.lng}, d.lat, d.lng)` : raw('null::float8');
  const conditions: SqlFragment[] = [];
  if (tsquery) conditions.push(sql`d.tsv @@ ${tsquery}::tsquery`);
  if (place && origin) {
    const keys = [`c:${place.communeCode}`, ...(place.epci ? [`e:${place.epci}`] : []), `d:${place.departement}`, 'n'];
    conditions.push(sql`d.coverage_keys && array[${keys}]::text[]`);
    if (query.radiusKm !== undefined) {
      const metres = query.radiusKm * 1000;
      // earth_box is the GiST-indexable bounding cube; the exact check is the haversine distance.
      conditions.push(
        sql`(d.remote or (d.lat is not null and earth_box(${origin}, ${metres}) @> ll_to_earth(d.lat, d.lng)
              and ${distanceKm} <= ${query.radiusKm}))`,
      );
    }
  }
  if (query.age !== undefined) conditions.push(sql`d.age_min <= ${query.age} and d.age_max >= ${query.age}`);
  if (query.situation) conditions.push(sql`(d.situations = '{}' or ${query.situation} = any (d.situations))`);
  const where = conditions.length ? sql`where ${joinSql(conditions, ' and ')}` : raw('');
  const rank = tsquery ? sql`ts_rank(d.tsv, ${tsquery}::tsquery)` : raw('0::real');
  const themeOk = query.themes?.length ? sql`theme in (${query.themes})` : raw('true');
  const formatOk = query.formats?.length ? sql`format in (${query.formats})` : raw('true');
  const order =
    query.sort === 'DISTANCE'
      ? raw('dist asc nulls last, rank desc, updated_at desc, offer_id')
      : raw('rank desc, dist asc nulls last, updated_at desc, offer_id');
  return sql`
    with docs as (
      select d.offer_id, d.theme, d.format, d.remote, d.updated_at, ${distanceKm} as dist, ${rank} as rank
      from ${raw(DOCUMENT_TABLE)} d ${where}
    ),
    offers as materialized (
      select distinct on (offer_id) * from docs order by offer_id, dist asc nulls last
    ),
    selected as materialized (
      select * from offers where ${themeOk} and ${formatOk}
    )
    select
      (select count(*) from selected)::int as total,
      (select json_agg(json_build_array(p.offer_id, p.dist, p.remote) order by ${order})
         from (select * from selected order by ${order} offset ${query.offset} limit ${query.limit}) p) as hits,
      (select json_object_agg(t.theme, t.n) from (select theme, count(*) as n from offers where ${formatOk} group by theme) t) as themes,
      (select json_object_agg(f.format, f.n) from (select format, count(*) as n from offers where ${themeOk} group by format) f) as formats`;
}
