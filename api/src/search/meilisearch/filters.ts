import type { SearchPlace, SearchQuery } from '../search-index.port.js';

/** A double-quoted filter value: backslashes and double quotes escaped. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Finite number written without exponent, so that the filter parser reads it. */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return Number.isInteger(value) ? String(value) : value.toFixed(7).replace(/\.?0+$/, '');
}

const inList = (attribute: string, values: readonly string[]) => `${attribute} IN [${values.map(quote).join(', ')}]`;

/** The commune itself, its EPCI, its département, or national coverage. */
export function coverageFilter(place: SearchPlace): string {
  const parts = [`coverageCommunes = ${quote(place.communeCode)}`];
  if (place.epci) parts.push(`coverageEpcis = ${quote(place.epci)}`);
  parts.push(`coverageDepartements = ${quote(place.departement)}`, 'coverageNational = true');
  return `(${parts.join(' OR ')})`;
}

/** Venues within the radius; remote offers stay whatever their venues (or lack of them). */
export function radiusFilter(place: SearchPlace, radiusKm: number): string {
  const meters = Math.round(radiusKm * 1000);
  return `(_geoRadius(${numberLiteral(place.point.lat)}, ${numberLiteral(place.point.lng)}, ${meters}) OR remote = true)`;
}

export interface FilterClauses {
  place: string[];
  themes: string[];
  formats: string[];
  eligibility: string[];
}

/** Each part of the query as filter clauses, all to be joined with AND. */
export function filterClauses(query: SearchQuery): FilterClauses {
  const clauses: FilterClauses = { place: [], themes: [], formats: [], eligibility: [] };
  if (query.place) {
    clauses.place.push(coverageFilter(query.place));
    if (query.radiusKm !== undefined) clauses.place.push(radiusFilter(query.place, query.radiusKm));
  }
  if (query.themes?.length) clauses.themes.push(inList('theme', query.themes));
  if (query.formats?.length) clauses.formats.push(inList('format', query.formats));
  if (query.age !== undefined) {
    const age = numberLiteral(query.age);
    clauses.eligibility.push(`ageMin <= ${age}`, `ageMax >= ${age}`);
  }
  if (query.situation) clauses.eligibility.push(`(situations IS EMPTY OR situations = ${quote(query.situation)})`);
  return clauses;
}

const and = (clauses: string[]): string | undefined => (clauses.length > 0 ? clauses.join(' AND ') : undefined);

export interface SearchFilters {
  /** Every filter: the hits and the total. */
  main: string | undefined;
  /** For the theme facet: every filter but the themes. */
  themeFacet: string | undefined;
  /** For the format facet: every filter but the formats. */
  formatFacet: string | undefined;
}

export function buildFilters(query: SearchQuery): SearchFilters {
  const { place, themes, formats, eligibility } = filterClauses(query);
  return {
    main: and([...place, ...themes, ...formats, ...eligibility]),
    themeFacet: and([...place, ...formats, ...eligibility]),
    formatFacet: and([...place, ...themes, ...eligibility]),
  };
}

/** Documents of these offers, e.g. to find the nearest venue of each. */
export function offerIdsFilter(offerIds: readonly string[]): string {
  return inList('offerId', offerIds);
}

/** Stale documents of one offer: those not among the ids just written. */
export function staleDocumentsFilter(offerId: string, keptIds: readonly string[]): string {
  const ofOffer = `offerId = ${quote(offerId)}`;
  return keptIds.length > 0 ? `${ofOffer} AND NOT ${inList('id', keptIds)}` : ofOffer;
}
