/**
 * Issue #9 on a controlled dataset (clock: 2026-11-23 09:00 UTC): the figures shown equal the
 * figures counted by hand below, small counts are masked in GraphQL and CSV, access per role.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Booking } from '../src/bookings/booking.entity.js';
import { ContactRequest } from '../src/contact-requests/contact-request.entity.js';
import { Offer } from '../src/offers/offer.entity.js';
import { Organisation } from '../src/organisations/organisation.entity.js';
import type { SearchQuery } from '../src/search/search-index.port.js';
import { hashToken } from '../src/accounts/tokens.js';
import { signedIn, organisationId as organisationIdOf } from './support/accounts.js';
import * as bookings from './support/bookings.js';
import { DATABASE_KINDS } from './support/databases.js';
import * as portal from './support/portal.js';
import { ORGANISATION_STATISTICS, STATISTICS_CSV, TERRITORY_STATISTICS } from './support/statistics.js';
import { useTestServer, type TestClient } from './support/test-server.js';

const PERIOD = { fromMonth: '2026-09', toMonth: '2026-11' };
const HOUR = 3_600_000;
const at = (iso: string, plusHours = 0) => new Date(new Date(iso).getTime() + plusHours * HOUR);

interface RequestSpec {
  offerId: string;
  createdAt: string;
  dueAfterHours: number;
  firstContactAfterHours?: number;
  status: ContactRequest['status'];
  outcome?: ContactRequest['outcome'];
  endedAfterHours?: number;
}

async function addRequest(em: EntityManager, organisationId: string, spec: RequestSpec) {
  const fork = em.fork();
  const createdAt = new Date(spec.createdAt);
  fork.create(ContactRequest, {
    offer: fork.getReference(Offer, spec.offerId), organisation: fork.getReference(Organisation, organisationId),
    firstName: null, age: 19, communeCode: '40088', channel: 'PHONE_CALL', phone: null, noticeVersion: 'test', noticeAcceptedAt: createdAt,
    idempotencyKeyHash: hashToken(randomUUID()), tokenHash: hashToken(randomUUID()), status: spec.status, outcome: spec.outcome ?? null,
    dueAt: at(spec.createdAt, spec.dueAfterHours), createdAt,
    firstContactAt: spec.firstContactAfterHours === undefined ? null : at(spec.createdAt, spec.firstContactAfterHours),
    endedAt: spec.endedAfterHours === undefined ? null : at(spec.createdAt, spec.endedAfterHours),
  });
  await fork.flush();
}

const times = <T>(count: number, make: () => T) => Array.from({ length: count }, make);

function search(communeCode: string, departement: string, themes: string[]): SearchQuery {
  return { place: { communeCode, departement, epci: null, point: { lat: 0, lng: 0 } }, themes: themes as SearchQuery['themes'], sort: 'RELEVANCE', offset: 0, limit: 20 };
}

describe.each(DATABASE_KINDS)('statistics on %s', (kind) => {
  const context = useTestServer(kind);
  const ids = { organisation: '', offerA: '', offerB: '', staleOffer: '', mlLandes: '' };
  let coordinator: TestClient;
  let admin: TestClient;

  beforeAll(async () => {
    const server = context.server;
    const em = server.orm.em.fork();
    ids.mlLandes = await organisationIdOf(em, 'ml-landes');
    ids.organisation = randomUUID();
    em.create(Organisation, {
      id: ids.organisation, sourceKey: null, name: 'Association Cap Statistiques', kind: 'ASSOCIATION', email: 'cap@asso.balise.test', phone: '05 58 00 00 00',
      website: null, coverageCommunes: ['40088'], defaultResponseDelayDays: 2, status: 'ACTIVE',
    });
    await em.flush();
    ids.offerA = await portal.fixtureOffer(em, ids.organisation, 'PUBLISHED');
    ids.offerB = await portal.fixtureOffer(em, ids.organisation, 'PUBLISHED');
    ids.staleOffer = await portal.fixtureOffer(em, ids.organisation, 'PUBLISHED', { updatedAt: new Date('2026-04-01T10:00:00Z') });
    await em.nativeUpdate(Offer, { id: ids.offerA }, { title: 'Atelier CV' });
    await em.nativeUpdate(Offer, { id: ids.offerB }, { title: 'Permanence logement' });
    await em.getConnection().execute(`update offer set title = 'Offre oubliée', updated_at = '2026-04-01T10:00:00Z' where id = ?`, [ids.staleOffer]);

    // September, offer A: 4 contacted after 24 h (due 48 h) and closed "helped"; 1 contacted after 72 h, reoriented; 1 never, expired.
    for (let i = 0; i < 4; i++) await addRequest(em, ids.organisation, { offerId: ids.offerA, createdAt: '2026-09-10T08:00:00Z', dueAfterHours: 48, firstContactAfterHours: 24, status: 'CLOSED', outcome: 'REACHED_HELPED', endedAfterHours: 30 });
    await addRequest(em, ids.organisation, { offerId: ids.offerA, createdAt: '2026-09-10T08:00:00Z', dueAfterHours: 48, firstContactAfterHours: 72, status: 'CLOSED', outcome: 'REORIENTED', endedAfterHours: 80 });
    await addRequest(em, ids.organisation, { offerId: ids.offerA, createdAt: '2026-09-10T08:00:00Z', dueAfterHours: 48, status: 'EXPIRED', endedAfterHours: 720 });
    // October, offer B: 5 contacted after 2 h, still in progress.
    for (let i = 0; i < 5; i++) await addRequest(em, ids.organisation, { offerId: ids.offerB, createdAt: '2026-10-05T08:00:00Z', dueAfterHours: 48, firstContactAfterHours: 2, status: 'IN_PROGRESS' });
    // November, offer A: 3 new, due after now (2026-11-25); 1 new and overdue since 2026-11-12.
    for (let i = 0; i < 3; i++) await addRequest(em, ids.organisation, { offerId: ids.offerA, createdAt: '2026-11-20T08:00:00Z', dueAfterHours: 120, status: 'NEW' });
    await addRequest(em, ids.organisation, { offerId: ids.offerA, createdAt: '2026-11-10T08:00:00Z', dueAfterHours: 48, status: 'NEW' });

    // October 15: a held session of offer A, 10 seats: 5 attended, 2 no-shows, 1 cancelled. A future one (not held) with 3 booked.
    const held = await bookings.bookableSession(em, ids.offerA, { startsAt: new Date('2026-10-15T12:00:00Z'), capacity: 10 });
    for (const status of ['ATTENDED', 'ATTENDED', 'ATTENDED', 'ATTENDED', 'ATTENDED', 'NO_SHOW', 'NO_SHOW', 'CANCELLED'] as const) {
      const id = await bookings.fixtureBooking(em, held);
      await em.nativeUpdate(Booking, { id }, { status });
    }
    const future = await bookings.bookableSession(em, ids.offerA, { startsAt: new Date('2026-11-30T12:00:00Z'), capacity: 8 });
    for (let i = 0; i < 3; i++) await bookings.fixtureBooking(em, future);

    // Searches. October in the Landes: 6 in Dax on housing, nothing found; 5 in Dax on employment + training, found;
    // 2 in Mont-de-Marsan without theme, nothing found. 1 in Pau (64), housing, nothing found.
    // 5 in Dax on health at 23:30 UTC on October 31 = November 1st in France.
    const log = (query: SearchQuery, results: number, when: string) => server.searchLog.record(query, results, 3, new Date(when));
    times(6, () => log(search('40088', '40', ['HOUSING']), 0, '2026-10-12T10:00:00Z'));
    times(5, () => log(search('40088', '40', ['EMPLOYMENT', 'TRAINING']), 3, '2026-10-12T10:00:00Z'));
    times(2, () => log(search('40192', '40', []), 0, '2026-10-20T10:00:00Z'));
    log(search('64445', '64', ['HOUSING']), 0, '2026-10-20T10:00:00Z');
    times(5, () => log(search('40088', '40', ['HEALTH']), 2, '2026-10-31T23:30:00Z'));
    await server.searchLog.flush();

    // Offer pages opened by youths today (November): A 7 times, B 3 times.
    for (let i = 0; i < 7; i++) expect((await server.gql(`query($id: ID!) { offer(id: $id) { id } }`, { id: ids.offerA })).data?.offer?.id).toBe(ids.offerA);
    for (let i = 0; i < 3; i++) await server.gql(`query($id: ID!) { offer(id: $id) { id } }`, { id: ids.offerB });
    await server.offerViews.flush();

    coordinator = await signedIn(server.client(), 'coordination-landes@balise.test');
    admin = await signedIn(server.client(), 'admin@balise.test');
  });

  const organisationStats = async (client: TestClient) => {
    const answer = await client.gql(ORGANISATION_STATISTICS, { organisationId: ids.organisation, period: PERIOD });
    expect(answer.errors).toBeUndefined();
    return answer.data!.organisationStatistics;
  };

  it('counts contact requests per month as computed by hand', async () => {
    const stats = await organisationStats(coordinator);
    expect(stats.organisationName).toBe('Association Cap Statistiques');
    expect(stats.months.map((month: { month: string }) => month.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    const [september, october, november] = stats.months.map((month: { contactRequests: unknown }) => month.contactRequests);
    // September: 6 received, 5 closed, 4 in time; all 6 are due (past due date or handled): 4 / 6.
    expect(september.received).toEqual({ value: 6, label: '6' });
    expect(september.closed).toEqual({ value: 5, label: '5' });
    expect(september.handledInTime).toEqual({ value: null, label: '< 5' });
    expect(september.inTimeRate.value).toBeCloseTo(4 / 6);
    expect(september.inTimeRate.label).toBe('66,7 %');
    // Median of first contacts after 24, 24, 24, 24, 72 hours: 24.
    expect(september.medianHoursToFirstContact).toEqual({ value: 24, label: '24 h' });
    expect(september.outcomes.map((o: { outcome: string; count: { label: string } }) => [o.outcome, o.count.label])).toEqual([
      ['REACHED_HELPED', '< 5'], ['REORIENTED', '< 5'], ['NO_ANSWER', '0'], ['DECLINED_BY_YOUTH', '0'], ['NOT_ELIGIBLE', '0'],
    ]);
    // October: 5 contacted after 2 h, all in time.
    expect(october.received).toEqual({ value: 5, label: '5' });
    expect(october.closed).toEqual({ value: 0, label: '0' });
    expect(october.inTimeRate).toEqual({ value: 1, label: '100 %' });
    expect(october.medianHoursToFirstContact).toEqual({ value: 2, label: '2 h' });
    // November: 4 received (masked); only the overdue one is due, and 1 youth is too few for a rate; nobody contacted.
    expect(november.received).toEqual({ value: null, label: '< 5' });
    expect(november.inTimeRate).toEqual({ value: null, label: '< 5' });
    expect(november.medianHoursToFirstContact).toEqual({ value: null, label: '—' });
  });

  it('totals the period and splits it per offer', async () => {
    const stats = await organisationStats(admin);
    const totals = stats.totals.contactRequests;
    expect(stats.totals.month).toBe('total');
    expect(totals.received.value).toBe(6 + 5 + 4);
    expect(totals.handledInTime.value).toBe(4 + 5);
    expect(totals.inTimeRate.value).toBeCloseTo((4 + 5) / (6 + 5 + 1));
    // First contacts after 2, 2, 2, 2, 2, 24, 24, 24, 24, 72 hours: median (2 + 24) / 2.
    expect(totals.medianHoursToFirstContact.value).toBe((2 + 24) / 2);
    const byTitle = Object.fromEntries(stats.offers.map((offer: { title: string }) => [offer.title, offer]));
    expect(Object.keys(byTitle).sort()).toEqual(['Atelier CV', 'Offre oubliée', 'Permanence logement']);
    // Offer A: September's 6 and November's 4; due: 6 + 1; in time: 4.
    expect(byTitle['Atelier CV'].contactRequests.received.value).toBe(6 + 4);
    expect(byTitle['Atelier CV'].contactRequests.inTimeRate.value).toBeCloseTo(4 / 7);
    expect(byTitle['Permanence logement'].contactRequests.received.value).toBe(5);
    expect(byTitle['Offre oubliée'].contactRequests.received).toEqual({ value: 0, label: '0' });
  });

  it('counts held sessions, seats, attendance and offer page views', async () => {
    const stats = await organisationStats(coordinator);
    const october = stats.months[1].bookings;
    // Held: the October session only (the November 30 one has not started). Booked: 5 attended + 2 no-shows (the cancelled one does not count).
    expect(october.sessionsHeld).toBe(1);
    expect(october.seatsOffered).toBe(10);
    expect(october.booked).toEqual({ value: 7, label: '7' });
    expect(october.attended).toEqual({ value: 5, label: '5' });
    expect(october.noShows).toEqual({ value: null, label: '< 5' });
    expect(october.fillRate).toEqual({ value: 7 / 10, label: '70 %' });
    expect(october.noShowRate.value).toBeCloseTo(2 / 7);
    expect(october.noShowRate.label).toBe('28,6 %');
    expect(stats.months[2].bookings.sessionsHeld).toBe(0);
    expect(stats.months[2].bookings.fillRate).toEqual({ value: null, label: '—' });
    // Views: 7 + 3 today, in November.
    expect(stats.months[2].offerViews).toEqual({ value: 10, label: '10' });
    expect(stats.months[1].offerViews).toEqual({ value: 0, label: '0' });
    const byTitle = Object.fromEntries(stats.offers.map((offer: { title: string }) => [offer.title, offer]));
    expect(byTitle['Atelier CV'].offerViews).toEqual({ value: 7, label: '7' });
    expect(byTitle['Permanence logement'].offerViews).toEqual({ value: null, label: '< 5' });
  });

  it('shows the Landes searches, requests, organisations and stale offers to its coordinator', async () => {
    const answer = await coordinator.gql(TERRITORY_STATISTICS, { period: PERIOD });
    expect(answer.errors).toBeUndefined();
    const stats = answer.data!.territoryStatistics;
    expect(stats.scopeLabel).toBe('Landes (40)');
    expect(stats.departements).toEqual(['40']);
    const months = Object.fromEntries(stats.months.map((month: { month: string }) => [month.month, month]));
    // October: 6 + 5 + 2 in the Landes (Pau is not); 6 + 2 found nothing. November: the 5 of Halloween night.
    expect(months['2026-10'].searches).toEqual({ value: 6 + 5 + 2, label: '13' });
    expect(months['2026-10'].searchesWithoutResult).toEqual({ value: 6 + 2, label: '8' });
    expect(months['2026-11'].searches).toEqual({ value: 5, label: '5' });
    expect(months['2026-09'].searches).toEqual({ value: 0, label: '0' });
    expect(months['2026-09'].contactRequests.value).toBe(6);
    expect(months['2026-09'].inTimeRate.value).toBeCloseTo(4 / 6);
    const themes = Object.fromEntries(stats.themes.map((theme: { theme: string }) => [theme.theme, theme]));
    expect(stats.themes).toHaveLength(9);
    expect(themes.HOUSING).toMatchObject({ label: 'Logement', searches: { value: 6 }, withoutResult: { value: 6 } });
    expect(themes.EMPLOYMENT).toMatchObject({ searches: { value: 5 }, withoutResult: { value: 0 } });
    expect(themes.TRAINING.searches.value).toBe(5);
    expect(themes.HEALTH.searches.value).toBe(5);
    expect(themes.MOBILITY.searches).toEqual({ value: 0, label: '0' });
    expect(stats.communes).toEqual([
      { communeCode: '40088', communeName: 'Dax', searches: { value: 6 + 5 + 5, label: '16' }, withoutResult: { value: 6, label: '6' } },
      { communeCode: '40192', communeName: 'Mont-de-Marsan', searches: { value: null, label: '< 5' }, withoutResult: { value: null, label: '< 5' } },
    ]);
    expect(stats.unmetSearches).toEqual([
      { communeCode: '40088', communeName: 'Dax', theme: 'HOUSING', themeLabel: 'Logement', searches: { value: 6, label: '6' } },
      { communeCode: '40192', communeName: 'Mont-de-Marsan', theme: null, themeLabel: 'Sans thème', searches: { value: null, label: '< 5' } },
    ]);
    const cap = stats.organisations.find((organisation: { organisationId: string }) => organisation.organisationId === ids.organisation);
    expect(cap).toMatchObject({ name: 'Association Cap Statistiques', received: { value: 15 }, closed: { value: 5 }, overdueOpen: { value: null, label: '< 5' }, notAnswering: true });
    expect(cap.inTimeRate.value).toBeCloseTo(9 / 12);
    const stale = stats.staleOffers.find((offer: { offerId: string }) => offer.offerId === ids.staleOffer);
    expect(stale).toMatchObject({ title: 'Offre oubliée', organisationName: 'Association Cap Statistiques', monthsSinceUpdate: 7 });
    expect(stats.staleOffers.every((offer: { monthsSinceUpdate: number }) => offer.monthsSinceUpdate >= 6)).toBe(true);
    expect(stats.staleOffers.some((offer: { offerId: string }) => offer.offerId === ids.offerA)).toBe(false);
  });

  it('shows the whole platform to a platform admin, and one département on demand', async () => {
    const all = (await admin.gql(TERRITORY_STATISTICS, { period: PERIOD })).data!.territoryStatistics;
    expect(all.scopeLabel).toBe('Toute la plateforme');
    expect(all.departements).toContain('64');
    expect(all.months[1].searches.value).toBe(6 + 5 + 2 + 1);
    const pau = (await admin.gql(TERRITORY_STATISTICS, { period: PERIOD, departement: '64' })).data!.territoryStatistics;
    expect(pau.scopeLabel).toBe('Pyrénées-Atlantiques (64)');
    expect(pau.months[1].searches).toEqual({ value: null, label: '< 5' });
    expect(pau.organisations.some((organisation: { organisationId: string }) => organisation.organisationId === ids.organisation)).toBe(false);
  });

  it('exports each table as a French CSV with the masked labels shown on screen', async () => {
    const months = (await coordinator.gql(STATISTICS_CSV, { table: 'ORGANISATION_MONTHS', period: PERIOD, organisationId: ids.organisation })).data!.statisticsCsv;
    expect(months.filename).toBe('statistiques-mois-2026-09-2026-11.csv');
    expect(months.contentType).toBe('text/csv; charset=utf-8');
    const lines = months.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Mois;Demandes de rappel reçues;Demandes closes;Traitées dans le délai;Part traitée dans le délai (%);Délai médian avant premier contact (heures);' +
        'Séances tenues;Places offertes;Places réservées;Présences;Absences;Taux de remplissage (%);Taux d’absence (%);Vues de la page de l’offre',
    );
    expect(lines[1]).toBe('2026-09;6;5;< 5;66,7;24;0;0;0;0;0;—;—;0');
    expect(lines[2]).toBe('2026-10;5;0;5;100;2;1;10;7;5;< 5;70;28,6;0');
    expect(lines[3]).toBe('2026-11;< 5;0;0;< 5;—;0;0;0;0;0;—;—;10');
    expect(lines[4]).toBe('Total;15;5;9;75;13;1;10;7;5;< 5;70;28,6;10');
    const unmet = (await coordinator.gql(STATISTICS_CSV, { table: 'TERRITORY_UNMET_SEARCHES', period: PERIOD })).data!.statisticsCsv.text;
    expect(unmet.replace(/^\uFEFF/, '').split('\r\n').slice(0, 3)).toEqual([
      'Code commune;Commune;Thème;Recherches sans résultat', '40088;Dax;Logement;6', '40192;Mont-de-Marsan;Sans thème;< 5',
    ]);
    const outcomes = (await admin.gql(STATISTICS_CSV, { table: 'ORGANISATION_OUTCOMES', period: PERIOD, organisationId: ids.organisation })).data!.statisticsCsv.text;
    expect(outcomes).toContain('2026-09;5;< 5;< 5;0;0;0');
  });

  it('keeps each view to the people the rules name', async () => {
    const server = context.server;
    const editor = await signedIn(server.client(), 'edition@ml-landes.balise.test');
    const pauCounsellor = await signedIn(server.client(), 'conseil@ml-pau.balise.test');
    const landesCounsellor = await signedIn(server.client(), 'conseil@ml-landes.balise.test');
    const code = async (client: TestClient, query: string, variables: Record<string, unknown>) => (await client.gql(query, variables)).errors?.[0]?.extensions?.code ?? 'OK';
    const landes = { organisationId: ids.mlLandes, period: PERIOD };
    expect(await code(landesCounsellor, ORGANISATION_STATISTICS, landes)).toBe('OK');
    expect(await code(editor, ORGANISATION_STATISTICS, landes)).toBe('FORBIDDEN');
    expect(await code(pauCounsellor, ORGANISATION_STATISTICS, landes)).toBe('FORBIDDEN');
    expect(await code(server.client(), ORGANISATION_STATISTICS, landes)).toBe('UNAUTHENTICATED');
    expect(await code(landesCounsellor, ORGANISATION_STATISTICS, { organisationId: ids.organisation, period: PERIOD })).toBe('FORBIDDEN');
    expect(await code(coordinator, TERRITORY_STATISTICS, { period: PERIOD, departement: '64' })).toBe('FORBIDDEN');
    expect(await code(landesCounsellor, TERRITORY_STATISTICS, { period: PERIOD })).toBe('FORBIDDEN');
    expect(await code(server.client(), TERRITORY_STATISTICS, { period: PERIOD })).toBe('UNAUTHENTICATED');
    expect(await code(editor, STATISTICS_CSV, { table: 'ORGANISATION_OFFERS', period: PERIOD, organisationId: ids.mlLandes })).toBe('FORBIDDEN');
    expect(await code(coordinator, STATISTICS_CSV, { table: 'TERRITORY_COMMUNES', period: PERIOD, departement: '64' })).toBe('FORBIDDEN');
  });

  it('refuses a malformed or too long period in French', async () => {
    const answer = await coordinator.gql(TERRITORY_STATISTICS, { period: { fromMonth: '2026-13', toMonth: '2026-11' } });
    expect(answer.errors?.[0]).toMatchObject({ message: 'Mois attendu au format AAAA-MM (par exemple 2026-01).', extensions: { code: 'BAD_USER_INPUT', field: 'period.fromMonth' } });
    const reversed = await coordinator.gql(TERRITORY_STATISTICS, { period: { fromMonth: '2026-11', toMonth: '2026-01' } });
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const long = await coordinator.gql(TERRITORY_STATISTICS, { period: { fromMonth: '2024-01', toMonth: '2026-01' } });
    expect(long.errors?.[0]?.message).toBe('La période ne peut pas dépasser 24 mois.');
    const longest = await coordinator.gql(TERRITORY_STATISTICS, { period: { fromMonth: '2024-12', toMonth: '2026-11' } });
    expect(longest.data?.territoryStatistics.months).toHaveLength(24);
  });
});
