import type { EntityManager } from '@mikro-orm/core';
import { differenceInCalendarMonths, subMonths } from 'date-fns';
import { THEME_CODES, type ThemeCode } from '@balise/seeds/catalogue-types';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { THEME_LABELS } from '../offers/themes.js';
import { STALE_AFTER_MONTHS } from '../portal/offer-review.service.js';
import { contactRequestFigures, EMPTY_CONTACT_ROW, type ContactRequestRow } from './contact-request-figures.js';
import { statCount } from './stat-figures.js';
import type { OrganisationServiceFigures, TerritoryStatistics } from './statistics.model.js';
import type { TerritoryScope } from './statistics-access.js';
import * as queries from './territory-queries.js';

export const TOP_COMMUNES = 50;
export const TOP_UNMET = 50;
export const TOP_STALE_OFFERS = 100;
export const NO_THEME_LABEL = 'Sans thème';
/** "Not answering": an in-time rate under this, over at least MIN_DUE due requests. */
const NOT_ANSWERING_RATE = 0.5;
const MIN_DUE = 5;

export async function territoryStatistics(
  em: EntityManager,
  geo: GeoDirectory,
  scope: TerritoryScope,
  filter: queries.TerritoryFilter,
): Promise<TerritoryStatistics> {
  const communeName = (code: string) => geo.byCode(code)?.name ?? code;
  const [months, themes, communes, unmet, requestMonths, organisations, stale] = await Promise.all([
    queries.searchMonths(em, filter),
    queries.searchThemes(em, filter),
    queries.searchCommunes(em, filter, TOP_COMMUNES),
    queries.unmetSearches(em, filter, TOP_UNMET),
    queries.requestMonths(em, filter),
    queries.organisationRequests(em, filter),
    queries.staleOffers(em, filter, subMonths(filter.now, STALE_AFTER_MONTHS), TOP_STALE_OFFERS),
  ]);
  const searchesByMonth = new Map(months.map((row) => [row.key, row]));
  const requestsByMonth = new Map(requestMonths.map((row) => [row.month, row]));
  const searchesByTheme = new Map(themes.map((row) => [row.key, row]));
  return {
    scopeLabel: scope.label,
    departements: scope.choices,
    fromMonth: filter.period.fromMonth,
    toMonth: filter.period.toMonth,
    months: filter.period.months.map((month) => {
      const searches = searchesByMonth.get(month);
      const requests = contactRequestFigures(requestsByMonth.get(month));
      return {
        month,
        searches: statCount(searches?.searches ?? 0),
        searchesWithoutResult: statCount(searches?.withoutResult ?? 0),
        contactRequests: requests.received,
        inTimeRate: requests.inTimeRate,
      };
    }),
    themes: THEME_CODES.map((theme) => ({
      theme,
      label: THEME_LABELS[theme],
      searches: statCount(searchesByTheme.get(theme)?.searches ?? 0),
      withoutResult: statCount(searchesByTheme.get(theme)?.withoutResult ?? 0),
    })),
    communes: communes.map((row) => ({ communeCode: row.key, communeName: communeName(row.key), searches: statCount(row.searches), withoutResult: statCount(row.withoutResult) })),
    unmetSearches: unmet.map((row) => ({
      communeCode: row.communeCode,
      communeName: communeName(row.communeCode),
      theme: row.theme || null,
      themeLabel: row.theme ? (THEME_LABELS[row.theme as ThemeCode] ?? row.theme) : NO_THEME_LABEL,
      searches: statCount(row.searches),
    })),
    organisations: organisations.map(serviceFigures).sort(notAnsweringFirst),
    staleOffers: stale.map((row) => {
      const updatedAt = new Date(row.updatedAt);
      return { offerId: row.offerId, title: row.title, organisationName: row.organisationName, updatedAt, monthsSinceUpdate: differenceInCalendarMonths(filter.now, updatedAt) };
    }),
    staleOffersTotal: stale[0]?.total ?? 0,
  };
}

function serviceFigures(row: queries.OrganisationRequestRow): OrganisationServiceFigures & { sortReceived: number } {
  const counts: ContactRequestRow = { ...EMPTY_CONTACT_ROW, ...Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) };
  const figures = contactRequestFigures(counts);
  const late = counts.due >= MIN_DUE && counts.handledInTime / counts.due < NOT_ANSWERING_RATE;
  return {
    organisationId: row.organisationId,
    name: row.name,
    received: figures.received,
    closed: figures.closed,
    inTimeRate: figures.inTimeRate,
    medianHoursToFirstContact: figures.medianHoursToFirstContact,
    overdueOpen: statCount(row.overdueOpen),
    notAnswering: row.overdueOpen > 0 || late,
    sortReceived: counts.received,
  };
}

const notAnsweringFirst = (a: { notAnswering: boolean; sortReceived: number; name: string }, b: typeof a) =>
  Number(b.notAnswering) - Number(a.notAnswering) || b.sortReceived - a.sortReceived || a.name.localeCompare(b.name, 'fr');
