import { CONTACT_OUTCOMES } from '../contact-requests/contact-request.entity.js';
import { OUTCOME } from '../contact-requests/contact-request-csv.js';
import { toCsv } from '../shared/csv.js';
import type { StatCount, StatMeasure } from './stat-figures.js';
import type { OrganisationMonth, OrganisationStatistics, StatisticsTable, TerritoryStatistics } from './statistics.model.js';

type Cell = string | number;
interface CsvTable {
  name: string;
  header: string[];
  rows: Cell[][];
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, useGrouping: false });
/** A count as a number a spreadsheet can add up, or its masked label ("< 5"). */
const count = (figure: StatCount): Cell => figure.value ?? figure.label;
const percent = (figure: StatMeasure): Cell => (figure.value === null ? figure.label : decimal.format(figure.value * 100));
const hours = (figure: StatMeasure): Cell => (figure.value === null ? figure.label : decimal.format(figure.value));
const monthLabel = (month: string) => (month === 'total' ? 'Total' : month);

const ACTIVITY_HEADER = [
  'Demandes de rappel reçues', 'Demandes closes', 'Traitées dans le délai', 'Part traitée dans le délai (%)', 'Délai médian avant premier contact (heures)',
  'Séances tenues', 'Places offertes', 'Places réservées', 'Présences', 'Absences', 'Taux de remplissage (%)', 'Taux d’absence (%)', 'Vues de la page de l’offre',
];

function activityCells(figures: Omit<OrganisationMonth, 'month'>): Cell[] {
  const { contactRequests: requests, bookings } = figures;
  return [
    count(requests.received), count(requests.closed), count(requests.handledInTime), percent(requests.inTimeRate), hours(requests.medianHoursToFirstContact),
    bookings.sessionsHeld, bookings.seatsOffered, count(bookings.booked), count(bookings.attended), count(bookings.noShows),
    percent(bookings.fillRate), percent(bookings.noShowRate), count(figures.offerViews),
  ];
}

function organisationTable(table: StatisticsTable, stats: OrganisationStatistics): CsvTable | null {
  const months = [...stats.months, stats.totals];
  switch (table) {
    case 'ORGANISATION_MONTHS':
      return { name: 'mois', header: ['Mois', ...ACTIVITY_HEADER], rows: months.map((month) => [monthLabel(month.month), ...activityCells(month)]) };
    case 'ORGANISATION_OFFERS':
      return { name: 'offres', header: ['Offre', ...ACTIVITY_HEADER], rows: stats.offers.map((offer) => [offer.title, ...activityCells(offer)]) };
    case 'ORGANISATION_OUTCOMES':
      return {
        name: 'resultats',
        header: ['Mois', 'Demandes closes', ...CONTACT_OUTCOMES.map((outcome) => OUTCOME[outcome])],
        rows: months.map((month) => [monthLabel(month.month), count(month.contactRequests.closed), ...month.contactRequests.outcomes.map((outcome) => count(outcome.count))]),
      };
    default:
      return null;
  }
}

function territoryTable(table: StatisticsTable, stats: TerritoryStatistics): CsvTable | null {
  switch (table) {
    case 'TERRITORY_MONTHS':
      return {
        name: 'mois', header: ['Mois', 'Recherches', 'Recherches sans résultat', 'Demandes de rappel reçues', 'Part traitée dans le délai (%)'],
        rows: stats.months.map((month) => [month.month, count(month.searches), count(month.searchesWithoutResult), count(month.contactRequests), percent(month.inTimeRate)]),
      };
    case 'TERRITORY_THEMES':
      return { name: 'themes', header: ['Thème', 'Recherches', 'Recherches sans résultat'], rows: stats.themes.map((theme) => [theme.label, count(theme.searches), count(theme.withoutResult)]) };
    case 'TERRITORY_COMMUNES':
      return {
        name: 'communes', header: ['Code commune', 'Commune', 'Recherches', 'Recherches sans résultat'],
        rows: stats.communes.map((commune) => [commune.communeCode, commune.communeName, count(commune.searches), count(commune.withoutResult)]),
      };
    case 'TERRITORY_UNMET_SEARCHES':
      return {
        name: 'recherches-sans-resultat', header: ['Code commune', 'Commune', 'Thème', 'Recherches sans résultat'],
        rows: stats.unmetSearches.map((unmet) => [unmet.communeCode, unmet.communeName, unmet.themeLabel, count(unmet.searches)]),
      };
    case 'TERRITORY_ORGANISATIONS':
      return {
        name: 'organisations',
        header: ['Organisation', 'Demandes de rappel reçues', 'Demandes closes', 'Part traitée dans le délai (%)', 'Délai médian avant premier contact (heures)', 'En retard sans premier contact', 'Ne répond pas'],
        rows: stats.organisations.map((organisation) => [
          organisation.name, count(organisation.received), count(organisation.closed), percent(organisation.inTimeRate),
          hours(organisation.medianHoursToFirstContact), count(organisation.overdueOpen), organisation.notAnswering ? 'oui' : 'non',
        ]),
      };
    case 'TERRITORY_STALE_OFFERS':
      return {
        name: 'offres-a-mettre-a-jour', header: ['Offre', 'Organisation', 'Mise à jour le', 'Mois sans mise à jour'],
        rows: stats.staleOffers.map((offer) => [offer.title, offer.organisationName, offer.updatedAt.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' }), offer.monthsSinceUpdate]),
      };
    default:
      return null;
  }
}

export const isOrganisationTable = (table: StatisticsTable) => table.startsWith('ORGANISATION_');

export interface CsvFile {
  filename: string;
  contentType: string;
  text: string;
}

/** A table of a view as shown (masked cells read "< 5"), as a French spreadsheet file. */
export function statisticsCsv(table: StatisticsTable, stats: OrganisationStatistics | TerritoryStatistics, period: { fromMonth: string; toMonth: string }): CsvFile {
  const csv = 'organisationId' in stats ? organisationTable(table, stats) : territoryTable(table, stats);
  if (!csv) throw new Error(`no table ${table} in this view`);
  return {
    filename: `statistiques-${csv.name}-${period.fromMonth}-${period.toMonth}.csv`,
    contentType: 'text/csv; charset=utf-8',
    text: toCsv(csv.header, csv.rows),
  };
}
