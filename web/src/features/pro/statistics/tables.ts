/**
 * The statistics tables as plain data (caption, columns, rows of text), one per CSV table of the API.
 * Cells show the API's labels as they are: a masked count is "< 5" there, never recomputed here.
 */
import { monthLabel } from './period.js';
import { ms } from './statistics-messages.js';
import type { BookingFigures, ContactRequestFigures, OrganisationMonth, OrganisationStatistics, StatisticsTable, TerritoryStatistics } from './statistics-api.js';

export interface Cell {
  text: string;
  /** A link in the portal (the first cell of a row). */
  to?: string;
}
export interface TableRow {
  key: string;
  /** The first cell heads the row (`<th scope="row">`). */
  cells: Cell[];
}
export interface TableModel {
  table: StatisticsTable;
  caption: string;
  columns: string[];
  rows: TableRow[];
  /** Totals, in `<tfoot>`. */
  footer?: TableRow;
}

const text = (value: string): Cell => ({ text: value });
const counts = (...labels: { label: string }[]): Cell[] => labels.map((l) => text(l.label));

const requestColumns = [ms.colReceived, ms.colClosed, ms.colInTime, ms.colInTimeRate, ms.colMedian];
const bookingColumns = [ms.colSessions, ms.colSeats, ms.colBooked, ms.colAttended, ms.colNoShows, ms.colFillRate, ms.colNoShowRate];

const requestCells = (r: ContactRequestFigures): Cell[] => counts(r.received, r.closed, r.handledInTime, r.inTimeRate, r.medianHoursToFirstContact);
const bookingCells = (b: BookingFigures): Cell[] => [
  text(b.sessionsHeld.toLocaleString('fr-FR')),
  text(b.seatsOffered.toLocaleString('fr-FR')),
  ...counts(b.booked, b.attended, b.noShows, b.fillRate, b.noShowRate),
];
const monthRow = (m: OrganisationMonth, head: string): TableRow => ({
  key: m.month,
  cells: [text(head), ...requestCells(m.contactRequests), ...bookingCells(m.bookings), text(m.offerViews.label)],
});

export function organisationMonthsTable(stats: OrganisationStatistics): TableModel {
  return {
    table: 'ORGANISATION_MONTHS',
    caption: ms.monthsCaption,
    columns: [ms.colMonth, ...requestColumns, ...bookingColumns, ms.colViews],
    rows: stats.months.map((m) => monthRow(m, monthLabel(m.month))),
    footer: monthRow(stats.totals, ms.total),
  };
}

export function organisationOffersTable(stats: OrganisationStatistics): TableModel {
  return {
    table: 'ORGANISATION_OFFERS',
    caption: ms.offersCaption,
    columns: [ms.colOffer, ...requestColumns, ...bookingColumns, ms.colViews],
    rows: stats.offers.map((o) => ({
      key: o.offerId,
      cells: [{ text: o.title, to: `/pro/offres/${encodeURIComponent(o.offerId)}` }, ...requestCells(o.contactRequests), ...bookingCells(o.bookings), text(o.offerViews.label)],
    })),
  };
}

/** Months down, outcomes across (the data of the stacked bars), with each month's closed requests. */
export function organisationOutcomesTable(stats: OrganisationStatistics): TableModel {
  const outcomes = stats.totals.contactRequests.outcomes;
  const row = (m: OrganisationMonth, head: string): TableRow => ({
    key: m.month,
    cells: [text(head), ...outcomes.map((o) => text(m.contactRequests.outcomes.find((x) => x.outcome === o.outcome)?.count.label ?? '—')), text(m.contactRequests.closed.label)],
  });
  return {
    table: 'ORGANISATION_OUTCOMES',
    caption: ms.outcomesCaption,
    columns: [ms.colMonth, ...outcomes.map((o) => o.label), ms.colTotalClosed],
    rows: stats.months.map((m) => row(m, monthLabel(m.month))),
    footer: row(stats.totals, ms.total),
  };
}

export function territoryMonthsTable(stats: TerritoryStatistics): TableModel {
  return {
    table: 'TERRITORY_MONTHS',
    caption: ms.territoryMonthsCaption,
    columns: [ms.colMonth, ms.colSearches, ms.colWithoutResult, ms.colContactRequests, ms.colInTimeRate],
    rows: stats.months.map((m) => ({ key: m.month, cells: [text(monthLabel(m.month)), ...counts(m.searches, m.searchesWithoutResult, m.contactRequests, m.inTimeRate)] })),
  };
}

export function territoryThemesTable(stats: TerritoryStatistics): TableModel {
  return {
    table: 'TERRITORY_THEMES',
    caption: ms.themesCaption,
    columns: [ms.colTheme, ms.colSearches, ms.colWithoutResult],
    rows: stats.themes.map((t) => ({ key: t.theme, cells: [text(t.label), ...counts(t.searches, t.withoutResult)] })),
  };
}

export function territoryCommunesTable(stats: TerritoryStatistics): TableModel {
  return {
    table: 'TERRITORY_COMMUNES',
    caption: ms.communesCaption,
    columns: [ms.colCommune, ms.colSearches, ms.colWithoutResult],
    rows: stats.communes.map((c) => ({ key: c.communeCode, cells: [text(`${c.communeName} (${c.communeCode})`), ...counts(c.searches, c.withoutResult)] })),
  };
}

export function unmetSearchesTable(stats: TerritoryStatistics): TableModel {
  return {
    table: 'TERRITORY_UNMET_SEARCHES',
    caption: ms.unmetCaption,
    columns: [ms.colCommune, ms.colTheme, ms.colUnmet],
    rows: stats.unmetSearches.map((u) => ({ key: `${u.communeCode}|${u.theme ?? ''}`, cells: [text(`${u.communeName} (${u.communeCode})`), text(u.themeLabel), text(u.searches.label)] })),
  };
}

export function territoryOrganisationsTable(stats: TerritoryStatistics): TableModel {
  return {
    table: 'TERRITORY_ORGANISATIONS',
    caption: ms.organisationsCaption,
    columns: [ms.colOrganisation, ms.colReceived, ms.colClosed, ms.colInTimeRate, ms.colMedian, ms.colOverdue, ms.colNotAnswering],
    rows: stats.organisations.map((o) => ({
      key: o.organisationId,
      cells: [
        { text: o.name, to: `/pro/organisation/${encodeURIComponent(o.organisationId)}/statistiques` },
        ...counts(o.received, o.closed, o.inTimeRate, o.medianHoursToFirstContact, o.overdueOpen),
        text(o.notAnswering ? ms.yes : ms.no),
      ],
    })),
  };
}

const day = (iso: string) => new Date(iso).toLocaleDateString('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });

export function staleOffersTable(stats: TerritoryStatistics): TableModel {
  return {
    table: 'TERRITORY_STALE_OFFERS',
    caption: ms.staleCaption,
    columns: [ms.colOffer, ms.colOrganisation, ms.colUpdated, ms.colMonthsSince],
    rows: stats.staleOffers.map((o) => ({
      key: o.offerId,
      cells: [{ text: o.title, to: `/pro/offres/${encodeURIComponent(o.offerId)}` }, text(o.organisationName), text(day(o.updatedAt)), text(ms.months(o.monthsSinceUpdate))],
    })),
  };
}

/** Nothing happened in the period: no request, no booking, no view (a masked figure is not nothing). */
export function organisationIsEmpty(stats: OrganisationStatistics): boolean {
  const t = stats.totals;
  return t.contactRequests.received.value === 0 && t.bookings.sessionsHeld === 0 && t.bookings.booked.value === 0 && t.offerViews.value === 0;
}

export function territoryIsEmpty(stats: TerritoryStatistics): boolean {
  return stats.months.every((m) => m.searches.value === 0 && m.contactRequests.value === 0);
}
