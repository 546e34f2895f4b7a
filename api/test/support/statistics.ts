const COUNT = '{ value label }';
const MEASURE = '{ value label }';
const REQUESTS = `{ received ${COUNT} closed ${COUNT} handledInTime ${COUNT} inTimeRate ${MEASURE} medianHoursToFirstContact ${MEASURE} outcomes { outcome label count ${COUNT} } }`;
const BOOKINGS = `{ sessionsHeld seatsOffered booked ${COUNT} attended ${COUNT} noShows ${COUNT} fillRate ${MEASURE} noShowRate ${MEASURE} }`;
const MONTH = `{ month contactRequests ${REQUESTS} bookings ${BOOKINGS} offerViews ${COUNT} }`;

export const ORGANISATION_STATISTICS = `query OrganisationStatistics($organisationId: ID!, $period: StatisticsPeriodInput!) {
  organisationStatistics(organisationId: $organisationId, period: $period) {
    organisationId organisationName fromMonth toMonth
    months ${MONTH}
    offers { offerId title contactRequests ${REQUESTS} bookings ${BOOKINGS} offerViews ${COUNT} }
    totals ${MONTH}
  }
}`;

export const TERRITORY_STATISTICS = `query TerritoryStatistics($period: StatisticsPeriodInput!, $departement: String) {
  territoryStatistics(period: $period, departement: $departement) {
    scopeLabel departements fromMonth toMonth
    months { month searches ${COUNT} searchesWithoutResult ${COUNT} contactRequests ${COUNT} inTimeRate ${MEASURE} }
    themes { theme label searches ${COUNT} withoutResult ${COUNT} }
    communes { communeCode communeName searches ${COUNT} withoutResult ${COUNT} }
    unmetSearches { communeCode communeName theme themeLabel searches ${COUNT} }
    organisations { organisationId name received ${COUNT} closed ${COUNT} inTimeRate ${MEASURE} medianHoursToFirstContact ${MEASURE} overdueOpen ${COUNT} notAnswering }
    staleOffers { offerId title organisationName updatedAt monthsSinceUpdate }
    staleOffersTotal
  }
}`;

export const STATISTICS_CSV = `query StatisticsCsv($table: StatisticsTable!, $period: StatisticsPeriodInput!, $organisationId: ID, $departement: String) {
  statisticsCsv(table: $table, period: $period, organisationId: $organisationId, departement: $departement) { filename contentType text }
}`;

export const YEAR_2026 = { fromMonth: '2026-01', toMonth: '2026-11' };
