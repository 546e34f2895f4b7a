/**
 * The statistics calls (issue #9): plain strings like ../api.ts, so they stay in the lazy pro chunk
 * (a tagged document would land in the generated map the youth entry ships). Their validity against
 * the committed schema is checked by statistics-documents.test.ts.
 */
import type { Me } from '../api.js';

/** A count of youths or of their actions: 1 to 4 come masked (value null, label "< 5"). */
export interface StatCount {
  value: number | null;
  label: string;
}
/** A rate (0..1) or hours: masked like a count, or value null with label "—" when there is nothing to compute from. */
export interface StatMeasure {
  value: number | null;
  label: string;
}

export interface OutcomeCount {
  outcome: string;
  label: string;
  count: StatCount;
}
export interface ContactRequestFigures {
  received: StatCount;
  closed: StatCount;
  handledInTime: StatCount;
  inTimeRate: StatMeasure;
  medianHoursToFirstContact: StatMeasure;
  outcomes: OutcomeCount[];
}
export interface BookingFigures {
  sessionsHeld: number;
  seatsOffered: number;
  booked: StatCount;
  attended: StatCount;
  noShows: StatCount;
  fillRate: StatMeasure;
  noShowRate: StatMeasure;
}
export interface OrganisationMonth {
  month: string;
  contactRequests: ContactRequestFigures;
  bookings: BookingFigures;
  offerViews: StatCount;
}
export interface OfferStatistics {
  offerId: string;
  title: string;
  contactRequests: ContactRequestFigures;
  bookings: BookingFigures;
  offerViews: StatCount;
}
export interface OrganisationStatistics {
  organisationId: string;
  organisationName: string;
  fromMonth: string;
  toMonth: string;
  months: OrganisationMonth[];
  offers: OfferStatistics[];
  totals: OrganisationMonth;
}

export interface TerritoryMonth {
  month: string;
  searches: StatCount;
  searchesWithoutResult: StatCount;
  contactRequests: StatCount;
  inTimeRate: StatMeasure;
}
export interface ThemeSearchFigures {
  theme: string;
  label: string;
  searches: StatCount;
  withoutResult: StatCount;
}
export interface CommuneSearchFigures {
  communeCode: string;
  communeName: string;
  searches: StatCount;
  withoutResult: StatCount;
}
export interface UnmetSearchFigures {
  communeCode: string;
  communeName: string;
  theme: string | null;
  themeLabel: string;
  searches: StatCount;
}
export interface OrganisationServiceFigures {
  organisationId: string;
  name: string;
  received: StatCount;
  closed: StatCount;
  inTimeRate: StatMeasure;
  medianHoursToFirstContact: StatMeasure;
  overdueOpen: StatCount;
  notAnswering: boolean;
}
export interface StaleOfferFigures {
  offerId: string;
  title: string;
  organisationName: string;
  updatedAt: string;
  monthsSinceUpdate: number;
}
export interface TerritoryStatistics {
  scopeLabel: string;
  departements: string[];
  fromMonth: string;
  toMonth: string;
  months: TerritoryMonth[];
  themes: ThemeSearchFigures[];
  communes: CommuneSearchFigures[];
  unmetSearches: UnmetSearchFigures[];
  organisations: OrganisationServiceFigures[];
  staleOffers: StaleOfferFigures[];
}

export type StatisticsTable =
  | 'ORGANISATION_MONTHS'
  | 'ORGANISATION_OFFERS'
  | 'ORGANISATION_OUTCOMES'
  | 'TERRITORY_MONTHS'
  | 'TERRITORY_THEMES'
  | 'TERRITORY_COMMUNES'
  | 'TERRITORY_UNMET_SEARCHES'
  | 'TERRITORY_ORGANISATIONS'
  | 'TERRITORY_STALE_OFFERS';

const COUNT = `{ value label }`;
const REQUESTS = `{ received ${COUNT} closed ${COUNT} handledInTime ${COUNT} inTimeRate ${COUNT} medianHoursToFirstContact ${COUNT} outcomes { outcome label count ${COUNT} } }`;
const BOOKINGS = `{ sessionsHeld seatsOffered booked ${COUNT} attended ${COUNT} noShows ${COUNT} fillRate ${COUNT} noShowRate ${COUNT} }`;
const MONTH = `month contactRequests ${REQUESTS} bookings ${BOOKINGS} offerViews ${COUNT}`;

export const ORGANISATION_STATISTICS = `query ProOrganisationStatistics($organisationId: ID!, $period: StatisticsPeriodInput!) {
  organisationStatistics(organisationId: $organisationId, period: $period) {
    organisationId organisationName fromMonth toMonth
    months { ${MONTH} }
    offers { offerId title contactRequests ${REQUESTS} bookings ${BOOKINGS} offerViews ${COUNT} }
    totals { ${MONTH} } } }`;

export const TERRITORY_STATISTICS = `query ProTerritoryStatistics($period: StatisticsPeriodInput!, $departement: String) {
  territoryStatistics(period: $period, departement: $departement) {
    scopeLabel departements fromMonth toMonth
    months { month searches ${COUNT} searchesWithoutResult ${COUNT} contactRequests ${COUNT} inTimeRate ${COUNT} }
    themes { theme label searches ${COUNT} withoutResult ${COUNT} }
    communes { communeCode communeName searches ${COUNT} withoutResult ${COUNT} }
    unmetSearches { communeCode communeName theme themeLabel searches ${COUNT} }
    organisations { organisationId name received ${COUNT} closed ${COUNT} inTimeRate ${COUNT} medianHoursToFirstContact ${COUNT} overdueOpen ${COUNT} notAnswering }
    staleOffers { offerId title organisationName updatedAt monthsSinceUpdate } } }`;

export const STATISTICS_CSV = `query ProStatisticsCsv($table: StatisticsTable!, $period: StatisticsPeriodInput!, $organisationId: ID, $departement: String) {
  statisticsCsv(table: $table, period: $period, organisationId: $organisationId, departement: $departement) { filename contentType text } }`;

/** The organisations whose statistics the account sees as a member (ORG_ADMIN, COUNSELLOR; the API also lets coordinators and admins in). */
export function statisticsOrganisations(me: Me): { id: string; name: string }[] {
  const found = new Map<string, string>();
  for (const ms of me.memberships) if ((ms.role === 'ORG_ADMIN' || ms.role === 'COUNSELLOR') && ms.organisation) found.set(ms.organisation.id, ms.organisation.name);
  return [...found].map(([id, name]) => ({ id, name }));
}

/** Who sees the territory view: coordinators (their départements) and platform admins. */
export function canSeeTerritoryStatistics(me: Me): boolean {
  return me.memberships.some((ms) => ms.role === 'PLATFORM_ADMIN' || ms.role === 'TERRITORY_COORDINATOR');
}
