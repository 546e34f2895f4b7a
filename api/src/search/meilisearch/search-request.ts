import { OFFER_FORMATS, THEME_CODES } from '@balise/seeds/catalogue-types';
import type { MultiSearchQuery, MultiSearchResult, RecordAny } from 'meilisearch';
import type { SearchHit, SearchPage, SearchPlace, SearchQuery } from '../search-index.port.js';
import { buildFilters, numberLiteral, offerIdsFilter } from './filters.js';

/**
 * Meilisearch counts distinct offers exactly (`totalHits`, and facets computed on the
 * distinct candidates) only with `page`/`hitsPerPage`; with `offset`/`limit` it estimates.
 * So offset/limit becomes a page, or the first `offset + limit` hits when it does not fall
 * on a page boundary (`skip` are then dropped).
 */
export function pageWindow(offset: number, limit: number): { page: number; hitsPerPage: number; skip: number } {
  if (limit <= 0) return { page: 1, hitsPerPage: 0, skip: 0 };
  if (offset % limit === 0) return { page: offset / limit + 1, hitsPerPage: limit, skip: 0 };
  return { page: 1, hitsPerPage: offset + limit, skip: offset };
}

export const nearestFirst = (place: SearchPlace) =>
  `_geoPoint(${numberLiteral(place.point.lat)}, ${numberLiteral(place.point.lng)}):asc`;

/**
 * DISTANCE, and RELEVANCE without text, sort by distance: `sort` is the first ranking rule, and
 * documents without `_geo` (offers without venue) come after every document with one; sorting
 * by distance also makes `distinct` keep each offer's nearest venue. RELEVANCE with text sends
 * no sort, so the text rules decide; ties then go to the newest offer, not the nearest
 * (Meilisearch has no per-query ranking rules), and distances come from nearestVenuesQuery.
 */
export function sortFor(query: SearchQuery): string[] | undefined {
  if (!query.place) return undefined;
  return query.sort === 'DISTANCE' || !query.text ? [nearestFirst(query.place)] : undefined;
}

/** A page with a place that was not sorted by distance has no distances yet. */
export const needsNearestVenues = (query: SearchQuery): boolean => query.place !== undefined && sortFor(query) === undefined;

const HIT_ATTRIBUTES = ['offerId', 'remote', '_geo'];

/** One multi-search: the page of hits with the exact total, then one query per facet without its own filter. */
export function buildSearchQueries(indexUid: string, query: SearchQuery): MultiSearchQuery[] {
  const filters = buildFilters(query);
  const { page, hitsPerPage } = pageWindow(query.offset, query.limit);
  // Every word (or one of its synonyms) must match, as in the embedded engine.
  const text = { q: query.text ?? '', ...(query.text && { matchingStrategy: 'all' as const }) };
  const sort = sortFor(query);
  const countOnly = { page: 1, hitsPerPage: 0 };
  return [
    {
      indexUid,
      ...text,
      ...(filters.main && { filter: filters.main }),
      ...(sort && { sort }),
      page,
      hitsPerPage,
      attributesToRetrieve: HIT_ATTRIBUTES,
    },
    { indexUid, ...text, ...(filters.themeFacet && { filter: filters.themeFacet }), facets: ['theme'], ...countOnly },
    { indexUid, ...text, ...(filters.formatFacet && { filter: filters.formatFacet }), facets: ['format'], ...countOnly },
  ];
}

/**
 * The nearest matching venue of each offer of a page: sorted by distance, `distinct` keeps
 * each offer's first (nearest) document. Filters as the page did (radius included).
 */
export function nearestVenuesQuery(indexUid: string, query: SearchQuery, offerIds: string[]): MultiSearchQuery {
  if (!query.place) throw new Error('nearest venues need a place');
  const main = buildFilters(query).main;
  return {
    indexUid,
    q: '',
    filter: main ? `${offerIdsFilter(offerIds)} AND ${main}` : offerIdsFilter(offerIds),
    sort: [nearestFirst(query.place)],
    limit: offerIds.length,
    attributesToRetrieve: HIT_ATTRIBUTES,
  };
}

/** `_geoDistance` (metres) is only there when sorting by `_geoPoint` and the document has `_geo`. */
export function toSearchHit(hit: RecordAny): SearchHit {
  return {
    offerId: String(hit['offerId']),
    remote: hit['remote'] === true,
    distanceKm: typeof hit['_geoDistance'] === 'number' ? hit['_geoDistance'] / 1000 : null,
  };
}

function counts<T extends string>(distribution: Record<string, number> | undefined, codes: readonly T[]): Partial<Record<T, number>> {
  const result: Partial<Record<T, number>> = {};
  for (const code of codes) {
    const count = distribution?.[code];
    if (count) result[code] = count;
  }
  return result;
}

/** The page from the three results of buildSearchQueries; `distances` (by offer) replace the hits' own. */
export function toSearchPage(
  query: SearchQuery,
  results: MultiSearchResult<RecordAny>[],
  distances?: ReadonlyMap<string, number | null>,
): SearchPage {
  const [main, themes, formats] = results;
  if (!main || !themes || !formats) throw new Error(`Meilisearch answered ${results.length} results for 3 queries`);
  const { skip } = pageWindow(query.offset, query.limit);
  const hits = main.hits.slice(skip, skip + query.limit).map(toSearchHit);
  return {
    total: main.totalHits ?? main.estimatedTotalHits ?? 0,
    hits: distances ? hits.map((hit) => ({ ...hit, distanceKm: distances.get(hit.offerId) ?? null })) : hits,
    facets: {
      themes: counts(themes.facetDistribution?.['theme'], THEME_CODES),
      formats: counts(formats.facetDistribution?.['format'], OFFER_FORMATS),
    },
  };
}
