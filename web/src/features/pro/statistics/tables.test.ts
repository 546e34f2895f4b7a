import { describe, expect, it } from 'vitest';
import { outcomesChart, requestsChart, searchesChart, total } from './chart-data.js';
import type { BookingFigures, ContactRequestFigures, OrganisationMonth, OrganisationStatistics, StatCount, TerritoryStatistics } from './statistics-api.js';
import {
  organisationIsEmpty,
  organisationMonthsTable,
  organisationOffersTable,
  organisationOutcomesTable,
  territoryIsEmpty,
  territoryMonthsTable,
  territoryOrganisationsTable,
  unmetSearchesTable,
  type TableModel,
} from './tables.js';

// What the API sends: a figure and its label, "< 5" with no figure when masked.
const count = (value: number): StatCount => ({ value, label: value.toLocaleString('fr-FR') });
const MASKED: StatCount = { value: null, label: '< 5' };
const NOTHING: StatCount = { value: null, label: '—' };
const rate = (value: number): StatCount => ({ value, label: `${Math.round(value * 100)} %` });

const OUTCOMES = [
  ['REACHED_HELPED', 'Joint·e et accompagné·e'],
  ['REORIENTED', 'Réorienté·e'],
  ['NO_ANSWER', 'Sans réponse après 3 tentatives'],
] as const;

function requests(received: StatCount, inTime: StatCount, outcomes: StatCount[]): ContactRequestFigures {
  return {
    received,
    closed: received,
    handledInTime: inTime,
    inTimeRate: received.value && inTime.value ? rate(inTime.value / received.value) : MASKED,
    medianHoursToFirstContact: { value: 26, label: '26 h' },
    outcomes: OUTCOMES.map(([outcome, label], i) => ({ outcome, label, count: outcomes[i] ?? count(0) })),
  };
}
const bookings = (booked: StatCount): BookingFigures => ({
  sessionsHeld: 2,
  seatsOffered: 24,
  booked,
  attended: count(0),
  noShows: count(0),
  fillRate: NOTHING,
  noShowRate: NOTHING,
});
const month = (m: string, received: StatCount, inTime: StatCount, outcomes: StatCount[]): OrganisationMonth => ({
  month: m,
  contactRequests: requests(received, inTime, outcomes),
  bookings: bookings(count(0)),
  offerViews: count(0),
});

const ORG: OrganisationStatistics = {
  organisationId: 'org-1',
  organisationName: 'Mission Locale des Landes',
  fromMonth: '2026-09',
  toMonth: '2026-11',
  months: [
    month('2026-09', count(12), count(10), [count(7), count(5), count(0)]),
    month('2026-10', MASKED, MASKED, [MASKED, count(0), count(0)]),
    month('2026-11', count(0), count(0), []),
  ],
  offers: [{ offerId: 'offer/1', title: 'Premier emploi', contactRequests: requests(count(15), count(12), []), bookings: bookings(count(9)), offerViews: count(240) }],
  totals: { ...month('total', count(15), count(12), [count(9), count(5), count(0)]), offerViews: count(1204) },
};

const TERRITORY: TerritoryStatistics = {
  scopeLabel: 'Landes (40)',
  departements: ['40'],
  fromMonth: '2026-10',
  toMonth: '2026-11',
  months: [
    { month: '2026-10', searches: count(1204), searchesWithoutResult: count(37), contactRequests: count(15), inTimeRate: rate(0.8) },
    { month: '2026-11', searches: count(310), searchesWithoutResult: MASKED, contactRequests: MASKED, inTimeRate: MASKED },
  ],
  themes: [],
  communes: [],
  unmetSearches: [
    { communeCode: '40192', communeName: 'Mont-de-Marsan', theme: 'HOUSING', themeLabel: 'Logement', searches: count(21) },
    { communeCode: '40088', communeName: 'Dax', theme: null, themeLabel: 'Sans thème', searches: MASKED },
  ],
  organisations: [
    {
      organisationId: 'org-1',
      name: 'Mission Locale des Landes',
      received: count(15),
      closed: count(14),
      inTimeRate: rate(0.8),
      medianHoursToFirstContact: { value: 26, label: '26 h' },
      overdueOpen: MASKED,
      notAnswering: true,
    },
  ],
  staleOffers: [],
};

const texts = (model: TableModel) => model.rows.map((r) => r.cells.map((c) => c.text));
function expectRectangular(model: TableModel) {
  for (const row of [...model.rows, ...(model.footer ? [model.footer] : [])]) expect(row.cells).toHaveLength(model.columns.length);
}

describe('the organisation tables', () => {
  it('has a row per month, named in French, with the totals in the footer', () => {
    const table = organisationMonthsTable(ORG);
    expectRectangular(table);
    expect(table.table).toBe('ORGANISATION_MONTHS');
    expect(texts(table).map((r) => r[0])).toEqual(['septembre 2026', 'octobre 2026', 'novembre 2026']);
    expect(table.columns.slice(0, 4)).toEqual(['Mois', 'Demandes reçues', 'Closes', 'Traitées dans le délai']);
    expect(texts(table)[0]!.slice(1, 6)).toEqual(['12', '12', '10', '83 %', '26 h']);
    expect(table.footer!.cells.map((c) => c.text)[0]).toBe('Total');
    expect(table.footer!.cells.at(-1)!.text).toBe('1\u202f204');
  });

  it('shows a masked figure as the API labels it, never a number', () => {
    const october = texts(organisationMonthsTable(ORG))[1]!;
    expect(october.slice(1, 5)).toEqual(['< 5', '< 5', '< 5', '< 5']);
    expect(texts(organisationOutcomesTable(ORG))[1]).toEqual(['octobre 2026', '< 5', '0', '0', '< 5']);
  });

  it('lays the outcomes across in the API’s order, with each month’s closed requests', () => {
    const table = organisationOutcomesTable(ORG);
    expectRectangular(table);
    expect(table.columns).toEqual(['Mois', 'Joint·e et accompagné·e', 'Réorienté·e', 'Sans réponse après 3 tentatives', 'Total clos']);
    expect(texts(table)[0]).toEqual(['septembre 2026', '7', '5', '0', '12']);
    expect(table.footer!.cells.map((c) => c.text)).toEqual(['Total', '9', '5', '0', '15']);
  });

  it('links each offer to its page in the portal', () => {
    const table = organisationOffersTable(ORG);
    expectRectangular(table);
    expect(table.rows[0]!.cells[0]).toEqual({ text: 'Premier emploi', to: '/pro/offres/offer%2F1' });
    expect(table.rows[0]!.cells.at(-1)!.text).toBe('240');
  });

  it('is empty only when every count is a true zero', () => {
    expect(organisationIsEmpty(ORG)).toBe(false);
    const zero = month('total', count(0), count(0), []);
    expect(organisationIsEmpty({ ...ORG, totals: { ...zero, bookings: { ...zero.bookings, sessionsHeld: 0 } } })).toBe(true);
    // A masked count is between 1 and 4: not empty.
    expect(organisationIsEmpty({ ...ORG, totals: { ...zero, bookings: { ...zero.bookings, sessionsHeld: 0 }, offerViews: MASKED } })).toBe(false);
  });
});

describe('the territory tables', () => {
  it('lists unmet searches by commune and theme, "Sans thème" included', () => {
    const table = unmetSearchesTable(TERRITORY);
    expectRectangular(table);
    expect(texts(table)).toEqual([
      ['Mont-de-Marsan (40192)', 'Logement', '21'],
      ['Dax (40088)', 'Sans thème', '< 5'],
    ]);
  });

  it('says which organisations do not answer and links to their figures', () => {
    const table = territoryOrganisationsTable(TERRITORY);
    expectRectangular(table);
    expect(table.rows[0]!.cells[0]!.to).toBe('/pro/organisation/org-1/statistiques');
    expect(texts(table)[0]).toEqual(['Mission Locale des Landes', '15', '14', '80 %', '26 h', '< 5', 'Oui']);
  });

  it('has a row per month and is empty only without searches and requests', () => {
    expect(texts(territoryMonthsTable(TERRITORY))[1]).toEqual(['novembre 2026', '310', '< 5', '< 5', '< 5']);
    expect(territoryIsEmpty(TERRITORY)).toBe(false);
    expect(territoryIsEmpty({ ...TERRITORY, months: TERRITORY.months.map((m) => ({ ...m, searches: count(0), contactRequests: count(0) })) })).toBe(true);
  });
});

describe('the charts’ data', () => {
  it('draws a masked month as an empty bar labelled "< 5"', () => {
    const chart = requestsChart(ORG);
    expect(chart.labels).toEqual(['sept. 2026', 'oct. 2026', 'nov. 2026']);
    expect(chart.series.map((s) => s.name)).toEqual(['Demandes reçues', 'Traitées dans le délai']);
    expect(chart.series[0]!.points).toEqual([
      { value: 12, label: '12' },
      { value: 0, label: '< 5' },
      { value: 0, label: '0' },
    ]);
    expect(chart.summary).toBe('Graphique en barres sur 3 mois : 15 demandes reçues au total, 12 traitées dans le délai promis (80 %).');
  });

  it('stacks the outcomes in the API’s order and names the non-zero ones', () => {
    const chart = outcomesChart(ORG);
    expect(chart.series.map((s) => s.name)).toEqual(OUTCOMES.map(([, label]) => label));
    expect(chart.series[0]!.points.map((p) => p.value)).toEqual([7, 0, 0]);
    expect(chart.summary).toBe('Barres empilées sur 3 mois : 15 demandes closes au total — Joint·e et accompagné·e : 9, Réorienté·e : 5.');
  });

  it('sums searches without revealing masked months', () => {
    expect(searchesChart(TERRITORY).summary).toBe('Graphique en barres sur 2 mois : 1\u202f514 recherches au total, dont au moins 38 sans résultat.');
    expect(total([count(3_000), count(0)])).toBe('3\u202f000');
    expect(total([MASKED, count(0)])).toBe('< 5');
    // Two masked months may add up to 5 or more: only a lower bound is known.
    expect(total([MASKED, MASKED])).toBe('au moins 2');
  });
});
