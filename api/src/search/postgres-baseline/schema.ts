/**
 * The baseline's own database objects. This bench-only engine creates them itself, idempotently,
 * instead of through the committed migrations: it needs server extensions (unaccent, pg_trgm, cube,
 * earthdistance) that PGlite — the embedded default database — does not ship, and the product never
 * uses them. Nothing else reads these tables.
 */

export const DOCUMENT_TABLE = 'search_baseline_document';
export const WORD_TABLE = 'search_baseline_word';
export const SYNONYM_TABLE = 'search_baseline_synonym';

export const CREATE_EXTENSIONS = [
  'create extension if not exists unaccent',
  'create extension if not exists pg_trgm',
  'create extension if not exists cube',
  'create extension if not exists earthdistance',
];

export const CREATE_FUNCTIONS = [
  // unaccent() is only STABLE (its dictionary could change): an IMMUTABLE wrapper naming the
  // dictionary explicitly is the usual way to use it inside an indexed expression.
  `create or replace function search_baseline_unaccent(text) returns text
     language sql immutable parallel safe strict
     as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$`,
  // Field weights as the embedded engine's levels: title > category, theme > summary > organisation, description.
  `create or replace function search_baseline_tsv(title text, category text, theme_label text, summary text, organisation_name text, description text)
     returns tsvector language sql immutable parallel safe
     as $$ select setweight(to_tsvector('french'::regconfig, search_baseline_unaccent(coalesce(title, ''))), 'A')
               || setweight(to_tsvector('french'::regconfig, search_baseline_unaccent(coalesce(category, '') || ' ' || coalesce(theme_label, ''))), 'B')
               || setweight(to_tsvector('french'::regconfig, search_baseline_unaccent(coalesce(summary, ''))), 'C')
               || setweight(to_tsvector('french'::regconfig, search_baseline_unaccent(coalesce(organisation_name, '') || ' ' || coalesce(description, ''))), 'D') $$`,
  // Great-circle distance in km (haversine, same radius as geo/distance.ts). Plain arithmetic: about
  // 1 µs a row where earth_distance(ll_to_earth(…), ll_to_earth(…)) costs about 4 µs (measured on 12k rows).
  `create or replace function search_baseline_km(lat1 double precision, lng1 double precision, lat2 double precision, lng2 double precision)
     returns double precision language sql immutable parallel safe strict
     as $$ select 2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(lat2 - lat1) / 2), 2)
                   + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lng2 - lng1) / 2), 2)))) $$`,
];

export const CREATE_TABLES = [
  `create table if not exists ${DOCUMENT_TABLE} (
     id text primary key,
     offer_id text not null,
     venue_id text,
     theme text not null,
     format text not null,
     age_min smallint not null,
     age_max smallint not null,
     situations text[] not null,
     -- 'c:<commune>', 'e:<epci>', 'd:<département>', 'n' (national): one GIN answers "covers this place".
     coverage_keys text[] not null,
     remote boolean not null,
     lat double precision,
     lng double precision,
     updated_at timestamptz not null,
     tsv tsvector not null
   )`,
  // Many small concurrent queries on 2 cores: parallel workers only add start-up cost here.
  `alter table ${DOCUMENT_TABLE} set (parallel_workers = 0)`,
  `create index if not exists ${DOCUMENT_TABLE}_offer_idx on ${DOCUMENT_TABLE} (offer_id)`,
  // Folded words of the indexed texts with their French lexeme: the vocabulary typos are corrected against.
  `create table if not exists ${WORD_TABLE} (word text primary key, lexeme text)`,
  `create index if not exists ${WORD_TABLE}_lexeme_idx on ${WORD_TABLE} (lexeme)`,
  // Single-word synonyms → every member of their groups (synonyms.fr.ts), for words read as typos.
  `create table if not exists ${SYNONYM_TABLE} (word text not null, member text not null, primary key (word, member))`,
];

/** Dropped before a full rebuild and created again after the bulk load (faster than row by row). */
export const SEARCH_INDEXES = [
  `create index if not exists ${DOCUMENT_TABLE}_tsv_idx on ${DOCUMENT_TABLE} using gin (tsv)`,
  `create index if not exists ${DOCUMENT_TABLE}_coverage_idx on ${DOCUMENT_TABLE} using gin (coverage_keys)`,
  `create index if not exists ${DOCUMENT_TABLE}_earth_idx on ${DOCUMENT_TABLE} using gist (ll_to_earth(lat, lng)) where lat is not null`,
  `create index if not exists ${WORD_TABLE}_trgm_idx on ${WORD_TABLE} using gin (word gin_trgm_ops)`,
];
export const DROP_SEARCH_INDEXES = [
  `drop index if exists ${DOCUMENT_TABLE}_tsv_idx`,
  `drop index if exists ${DOCUMENT_TABLE}_coverage_idx`,
  `drop index if exists ${DOCUMENT_TABLE}_earth_idx`,
  `drop index if exists ${WORD_TABLE}_trgm_idx`,
];

/** Need the word and synonym tables, so created after them. */
export const CREATE_WORD_QUERY_FUNCTIONS = [
  `create or replace aggregate search_baseline_or(tsquery) (sfunc = tsquery_or, stype = tsquery)`,
  // The tsquery of one query word (not itself a synonym). Known words (some indexed word has the same
  // lexeme), stop words, numbers and words under 5 letters stand for themselves; an unknown word stands
  // for the indexed words nearest by trigram similarity (GIN trigram index), with their synonyms.
  `create or replace function search_baseline_word_query(w text) returns tsquery
     language sql stable parallel safe
     as $$
       select case
         when numnode(websearch_to_tsquery('french', w)) = 0 or length(w) < 5 or w ~ '^[0-9]+$'
           or exists (select 1 from ${WORD_TABLE} where lexeme = (tsvector_to_array(to_tsvector('french', w)))[1])
           then websearch_to_tsquery('french', w)
         else coalesce(
           (with near as (select word from ${WORD_TABLE}
                           where word % w and similarity(word, w) >= 0.4
                           order by similarity(word, w) desc, word limit 5)
            select search_baseline_or(websearch_to_tsquery('french', m.member))
              from (select word as member from near
                    union select s.member from near join ${SYNONYM_TABLE} s on s.word = near.word) m),
           websearch_to_tsquery('french', w))
       end
     $$`,
];
