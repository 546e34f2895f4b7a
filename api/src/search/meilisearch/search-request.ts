import { OFFER_FORMATS, THEME_CODES } from '@balise/seeds/catalogue-types';
import type { MultiSearchQuery, MultiSearchResult, RecordAny } from 'meilisearch';
import type { SearchHit, SearchPage, SearchPlace, SearchQuery } from '../search-index.port.js';
import { buildFilters, numberLiteral } from './filters.js';

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
 * With a place, both sorts send the distance: the ranking rules put the text rules first and
 * `sort` after them, so RELEVANCE is text relevance then distance, and without text (a single
 * text bucket) both are nearest first. Documents without `_geo` (offers without venue) come
 * after every document with one. Limitation: DISTANCE with text is nearest first only within
 * one text-relevance bucket (Meilisearch has no per-query ranking rules).
 * Sorting by distance also makes `distinct` keep each offer's nearest venue.
 */
export function sortFor(query: SearchQuery): string[] | undefined {
  return query.place ? [nearestFirst(query.place)] : undefined;
}

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

/** The page from the three results of buildSearchQueries. */
export function toSearchPage(query: SearchQuery, results: MultiSearchResult<RecordAny>[]): SearchPage {
  const [main, themes, formats] = results;
  if (!main || !themes || !formats) throw new Error(`Meilisearch answered ${results.length} results for 3 queries`);
  const { skip } = pageWindow(query.offset, query.limit);
  return {
    total: main.totalHits ?? main.estimatedTotalHits ?? 0,
    hits: main.hits.slice(skip, skip + query.limit).map(toSearchHit),
    facets: {
      themes: counts(themes.facetDistribution?.['theme'], THEME_CODES),
      formats: counts(formats.facetDistribution?.['format'], OFFER_FORMATS),
    },
  };
}
