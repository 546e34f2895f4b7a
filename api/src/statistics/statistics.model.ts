import type { StatCount, StatMeasure } from './stat-figures.js';

/** What the statistics views answer: counts and measures only, never a youth's data. */
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
  updatedAt: Date;
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
  staleOffersTotal: number;
}

export const STATISTICS_TABLES = [
  'ORGANISATION_MONTHS', 'ORGANISATION_OFFERS', 'ORGANISATION_OUTCOMES',
  'TERRITORY_MONTHS', 'TERRITORY_THEMES', 'TERRITORY_COMMUNES', 'TERRITORY_UNMET_SEARCHES', 'TERRITORY_ORGANISATIONS', 'TERRITORY_STALE_OFFERS',
] as const;
export type StatisticsTable = (typeof STATISTICS_TABLES)[number];
