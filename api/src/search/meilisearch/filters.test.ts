import { describe, expect, it } from 'vitest';
import type { SearchPlace, SearchQuery } from '../search-index.port.js';
import { buildFilters, coverageFilter, quote, radiusFilter, staleDocumentsFilter } from './filters.js';

const montDeMarsan: SearchPlace = {
  communeCode: '40192',
  epci: '244000865',
  departement: '40',
  point: { lat: 43.8935, lng: -0.4997 },
};
const base: SearchQuery = { sort: 'RELEVANCE', offset: 0, limit: 20 };
const coverage =
  '(coverageCommunes = "40192" OR coverageEpcis = "244000865" OR coverageDepartements = "40" OR coverageNational = true)';

describe('quote', () => {
  it('double-quotes and escapes quotes and backslashes', () => {
    expect(quote('40192')).toBe('"40192"');
    expect(quote('a "b" c')).toBe('"a \\"b\\" c"');
    expect(quote('back\\slash')).toBe('"back\\\\slash"');
    expect(quote('\\"')).toBe('"\\\\\\""');
  });

  it('cannot be escaped out of', () => {
    const filter = staleDocumentsFilter('x" OR offerId EXISTS OR "', []);
    expect(filter).toBe('offerId = "x\\" OR offerId EXISTS OR \\""');
  });
});

describe('place', () => {
  it('covers the commune, its EPCI, its département or the whole country', () => {
    expect(coverageFilter(montDeMarsan)).toBe(coverage);
  });

  it('leaves the EPCI out for a commune outside any', () => {
    expect(coverageFilter({ ...montDeMarsan, epci: null })).toBe(
      '(coverageCommunes = "40192" OR coverageDepartements = "40" OR coverageNational = true)',
    );
  });

  it('keeps remote offers whatever the radius, in metres', () => {
    expect(radiusFilter(montDeMarsan, 12.5)).toBe('(_geoRadius(43.8935, -0.4997, 12500) OR remote = true)');
  });
});

describe('buildFilters', () => {
  it('has no filter for a bare text search', () => {
    expect(buildFilters({ ...base, text: 'logement' })).toEqual({
      main: undefined,
      themeFacet: undefined,
      formatFacet: undefined,
    });
  });

  it('joins every filter with AND, and leaves its own filter out of each facet', () => {
    const filters = buildFilters({
      ...base,
      place: montDeMarsan,
      radiusKm: 30,
      themes: ['HOUSING', 'HEALTH'],
      formats: ['WORKSHOP'],
      age: 19,
      situation: 'JOB_SEEKER',
    });
    const radius = '(_geoRadius(43.8935, -0.4997, 30000) OR remote = true)';
    const themes = 'theme IN ["HOUSING", "HEALTH"]';
    const formats = 'format IN ["WORKSHOP"]';
    const eligibility = 'ageMin <= 19 AND ageMax >= 19 AND (situations IS EMPTY OR situations = "JOB_SEEKER")';
    expect(filters.main).toBe(`${coverage} AND ${radius} AND ${themes} AND ${formats} AND ${eligibility}`);
    expect(filters.themeFacet).toBe(`${coverage} AND ${radius} AND ${formats} AND ${eligibility}`);
    expect(filters.formatFacet).toBe(`${coverage} AND ${radius} AND ${themes} AND ${eligibility}`);
  });

  it('ignores empty theme and format lists', () => {
    expect(buildFilters({ ...base, themes: [], formats: [], age: 16 }).main).toBe('ageMin <= 16 AND ageMax >= 16');
  });

  it('needs a place for the radius', () => {
    expect(buildFilters({ ...base, radiusKm: 10 }).main).toBeUndefined();
  });
});

describe('staleDocumentsFilter', () => {
  it('keeps the documents just written', () => {
    expect(staleDocumentsFilter('o1', ['o1_v1', 'o1_v2'])).toBe('offerId = "o1" AND NOT id IN ["o1_v1", "o1_v2"]');
  });

  it('drops every document of a withdrawn offer', () => {
    expect(staleDocumentsFilter('o1', [])).toBe('offerId = "o1"');
  });
});
