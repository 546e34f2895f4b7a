import { defineEntity, p } from '@mikro-orm/core';

/** `theme` of the row counting every search once (whatever its themes). */
export const ALL_THEMES = '*';
/** `theme` of searches without any theme. */
export const NO_THEME = '';

/**
 * Searches per month of France, département, commune and theme, kept up to date by the search
 * log's writer: the territory views read this instead of scanning a year of raw log. A search
 * counts once in the ALL_THEMES row and once per theme it had (or in NO_THEME). Unknown
 * commune or département: ''.
 */
const SearchMonthStatsSchema = defineEntity({
  name: 'SearchMonthStats',
  tableName: 'search_month_stats',
  properties: {
    month: p.string().columnType('date').primary(),
    departement: p.string().length(3).primary(),
    communeCode: p.string().length(5).primary(),
    theme: p.string().length(30).primary(),
    searches: p.integer(),
    withoutResult: p.integer(),
  },
});

export class SearchMonthStats extends SearchMonthStatsSchema.class {}
SearchMonthStatsSchema.setClass(SearchMonthStats);
