/**
 * The partner portal's rules on PGlite: server-side validation (one test per rule family, each
 * naming the field), text stored verbatim, organisations' profile and validation, DST-correct
 * series, session edits, stale offers and their reminder email.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity.js';
import { Offer } from '../src/offers/offer.entity.js';
import { STALE_REMINDER_SUBJECT } from '../src/portal/offer-review.service.js';
import { emailsTo, organisationId, signedIn } from './support/accounts.js';
import {
  CANCEL_SESSION, CREATE_OFFER, CREATE_ORGANISATION, CREATE_SERIES, PENDING_ORGANISATIONS, PORTAL_OFFER, REMIND_STALE, STALE_OFFERS, UPDATE_PROFILE,
  UPDATE_SESSION, VALIDATE_ORGANISATION, fixtureOffer, profileInput, venuesOf, workshopInput,
} from './support/portal.js';
import { useTestServer, type TestClient } from './support/test-server.js';

describe('partner portal rules', () => {
  const context = useTestServer('pglite');
  let editor: TestClient;
  let orgAdmin: TestClient;
  let coordinator: TestClient;
  let mlLandes: string;
  let mlPau: string;
  let venueId: string;
  let pauVenueId: string;

  beforeAll(async () => {
    const em = context.server.orm.em;
    mlLandes = await organisationId(em, 'ml-landes');
    mlPau = await organisationId(em, 'ml-pau');
    venueId = (await venuesOf(em, mlLandes))[0]!.id;
    pauVenueId = (await venuesOf(em, mlPau))[0]!.id;
    editor = await signedIn(context.server.client(), 'edition@ml-landes.balise.test');
    orgAdmin = await signedIn(context.server.client(), 'direction@ml-landes.balise.test');
    coordinator = await signedIn(context.server.client(), 'coordination-landes@balise.test');
  });

  const written = async () => {
    const em = context.server.orm.em.fork();
    return (await em.count(Offer, {})) + (await em.count(AuditEntry, {}));
  };
  const refusedField = async (client: TestClient, query: string, variables: Record<string, unknown>) => {
    const before = await written();
    const answer = await client.gql(query, variables);
    expect(await written(), 'nothing written on a validation error').toBe(before);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message.length).toBeGreaterThan(10);
    return answer.errors?.[0]?.extensions?.field;
  };
  const offerField = (overrides: Record<string, unknown>) => refusedField(editor, CREATE_OFFER, { organisationId: mlLandes, input: workshopInput(venueId, overrides) });
  const eligibility = (overrides: Record<string, unknown>) => ({ eligibility: { ageMin: 16, ageMax: 25, situations: [], ...overrides } });

  it('text: required, trimmed, bounded', async () => {
    expect(await offerField({ title: '   ' })).toBe('input.title');
    expect(await offerField({ title: 'x'.repeat(161) })).toBe('input.title');
    expect(await offerField({ summary: 'x'.repeat(401) })).toBe('input.summary');
    expect(await offerField({ description: 'x'.repeat(5001) })).toBe('input.description');
    expect(await offerField({ category: '' })).toBe('input.category');
    expect(await offerField({ title: 'Atelier\u0007' })).toBe('input.title');
  });

  it('eligibility: ages 15–30, min ≤ max', async () => {
    expect(await offerField(eligibility({ ageMin: 14 }))).toBe('input.eligibility.ageMin');
    expect(await offerField(eligibility({ ageMax: 31 }))).toBe('input.eligibility.ageMax');
    expect(await offerField(eligibility({ ageMin: 25, ageMax: 18 }))).toBe('input.eligibility.ageMax');
  });

  it('delay 1–7 days; validity dates real and ordered', async () => {
    expect(await offerField({ responseDelayDays: 8 })).toBe('input.responseDelayDays');
    expect(await offerField({ responseDelayDays: 0 })).toBe('input.responseDelayDays');
    expect(await offerField({ validFrom: '2026-02-30' })).toBe('input.validFrom');
    expect(await offerField({ validFrom: '2027-01-01', validUntil: '2026-12-31' })).toBe('input.validUntil');
  });

  it('engagement modes are coherent with their details', async () => {
    expect(await offerField({ engagement: [] })).toBe('input.engagement');
    expect(await offerField({ externalUrl: null })).toBe('input.externalUrl');
    expect(await offerField({ externalUrl: 'http://insecure.example.org' })).toBe('input.externalUrl');
    expect(await offerField({ externalUrl: 'javascript:alert(1)' })).toBe('input.externalUrl');
    expect(await offerField({ phone: null })).toBe('input.phone');
    expect(await offerField({ phone: '12345' })).toBe('input.phone');
    expect(await offerField({ format: 'INDIVIDUAL_APPOINTMENT' })).toBe('input.engagement');
  });

  it('enums are checked by the schema itself', async () => {
    const answer = await editor.gql(CREATE_OFFER, { organisationId: mlLandes, input: workshopInput(venueId, { theme: 'ASTROLOGY' }) });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('coverage codes must exist; somewhere must be covered', async () => {
    expect(await offerField({ coverage: { communes: ['99999'] } })).toBe('input.coverage.communes[0]');
    expect(await offerField({ coverage: { epcis: ['200000000'] } })).toBe('input.coverage.epcis[0]');
    expect(await offerField({ coverage: { departements: ['40', '100'] } })).toBe('input.coverage.departements[1]');
    expect(await offerField({ coverage: { communes: [], national: false } })).toBe('input.coverage');
  });

  it('venues must belong to the organisation; no venue means remote', async () => {
    expect(await offerField({ venueIds: [pauVenueId] })).toBe('input.venueIds[0]');
    expect(await offerField({ venueIds: [], remote: false })).toBe('input.venueIds');
  });

  it('stores HTML and script as the text typed, and gives it back verbatim', async () => {
    const title = '<script>alert("x")</script> <b>Atelier</b> & co';
    const description = '<img src=x onerror=alert(1)>\n\n<a href="javascript:alert(1)">lien</a>';
    const answer = await editor.gql(CREATE_OFFER, { organisationId: mlLandes, input: workshopInput(venueId, { title, description }) });
    expect(answer.errors).toBeUndefined();
    const offer = (await editor.gql(PORTAL_OFFER, { id: answer.data!.createOffer.id })).data!.portalOffer;
    expect([offer.title, offer.description, offer.preview.title]).toEqual([title, description, title]);
  });

  it('the organisation profile: checked fields, venues added with their commune’s centre, refused removals', async () => {
    expect(await refusedField(orgAdmin, UPDATE_PROFILE, { id: mlLandes, input: await profileInput(context.server.orm.em, mlLandes, { defaultResponseDelayDays: 0 }) })).toBe('input.defaultResponseDelayDays');
    expect(await refusedField(orgAdmin, UPDATE_PROFILE, { id: mlLandes, input: await profileInput(context.server.orm.em, mlLandes, { phone: 'appelez-nous' }) })).toBe('input.phone');
    expect(await refusedField(orgAdmin, UPDATE_PROFILE, { id: mlLandes, input: await profileInput(context.server.orm.em, mlLandes, { website: 'ftp://x.fr' }) })).toBe('input.website');
    const current = await profileInput(context.server.orm.em, mlLandes);
    const venues = current['venues'] as Record<string, unknown>[];
    expect(await refusedField(orgAdmin, UPDATE_PROFILE, { id: mlLandes, input: { ...current, venues: [...venues, { name: 'Antenne', address: '1 rue X', communeCode: '00000' }] } })).toBe(`input.venues[${venues.length}].communeCode`);
    expect(await refusedField(orgAdmin, UPDATE_PROFILE, { id: mlLandes, input: { ...current, venues: [...venues, { name: 'Antenne', address: '1 rue X', communeCode: '40088', lat: 43.7 }] } })).toBe(`input.venues[${venues.length}].lng`);
    expect(await refusedField(orgAdmin, UPDATE_PROFILE, { id: mlLandes, input: { ...current, venues: [...venues, { name: 'Antenne', address: '1 rue X', communeCode: '40088', lat: -1.05, lng: 43.7 }] } })).toBe(`input.venues[${venues.length}].lat`);

    const added = await orgAdmin.gql(UPDATE_PROFILE, {
      id: mlLandes,
      input: { ...current, description: 'Nous accompagnons les 16–25 ans.', venues: [...venues, { name: 'Antenne de Dax-Nord', address: '3 rue du Pont', communeCode: '40088' }] },
    });
    expect(added.errors).toBeUndefined();
    const antenne = added.data!.updateOrganisationProfile.venues.find((venue: any) => venue.name === 'Antenne de Dax-Nord');
    const dax = context.server.orm.em.fork();
    expect(antenne.commune.code).toBe('40088');
    expect(antenne.point.lat).toBeCloseTo(43.7, 0);
    const trail = await dax.find(AuditEntry, { entityId: mlLandes }, { orderBy: { at: 'desc' } });
    expect(trail[0]).toMatchObject({ entityType: 'ORGANISATION', action: 'UPDATED', summary: 'description, venues (ajout)' });

    // A venue an offer uses cannot disappear from under it.
    const removal = await orgAdmin.gql(UPDATE_PROFILE, { id: mlLandes, input: { ...current, venues: venues.filter((venue) => venue['id'] !== venueId) } });
    expect(removal.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.venues' });
  });

  it('a coordinator creates an organisation of their territory, PENDING until they validate it; not elsewhere', async () => {
    const input = (communeCode: string) => ({
      name: 'Association Surf & Insertion', kind: 'ASSOCIATION', email: 'Contact@Surf-Insertion.balise.test', phone: '+33 5 58 00 00 00', description: '',
      defaultResponseDelayDays: 5, coverage: { communes: [communeCode] }, venues: [{ name: 'Club house', address: '2 avenue de la Plage', communeCode }],
    });
    expect((await coordinator.gql(CREATE_ORGANISATION, { input: input('64445') })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const created = (await coordinator.gql(CREATE_ORGANISATION, { input: input('40088') })).data!.createOrganisation;
    expect(created.status).toBe('PENDING');
    expect((await coordinator.gql(PENDING_ORGANISATIONS)).data!.pendingOrganisations.map((o: any) => o.id)).toContain(created.id);
    expect((await coordinator.gql(VALIDATE_ORGANISATION, { id: created.id })).data!.validateOrganisation.status).toBe('ACTIVE');
    expect((await coordinator.gql(PENDING_ORGANISATIONS)).data!.pendingOrganisations.map((o: any) => o.id)).not.toContain(created.id);
  });

  it('series keep their Paris wall-clock time across both DST changes; sessions can be moved and cancelled', async () => {
    const offerId = (await editor.gql(CREATE_OFFER, { organisationId: mlLandes, input: workshopInput(venueId) })).data!.createOffer.id;
    const series = async (firstDate: string, until: string) =>
      (await editor.gql(CREATE_SERIES, { input: { offerId, firstDate, startTime: '14:00', durationMinutes: 90, everyWeeks: 1, until, capacity: 12, venueId } })).data!.createSessionSeries;
    const march = await series('2027-03-23', '2027-04-06');
    expect(march.map((s: any) => s.startsAt)).toEqual(['2027-03-23T13:00:00.000Z', '2027-03-30T12:00:00.000Z', '2027-04-06T12:00:00.000Z']);
    const october = await series('2027-10-26', '2027-11-02');
    expect(october.map((s: any) => s.startsAt)).toEqual(['2027-10-26T12:00:00.000Z', '2027-11-02T13:00:00.000Z']);

    const moved = (await editor.gql(UPDATE_SESSION, { id: march[0].id, input: { date: '2027-03-24', startTime: '09:30', durationMinutes: 60, capacity: 10, venueId } })).data!.updateSession;
    expect(moved).toMatchObject({ startsAt: '2027-03-24T08:30:00.000Z', endsAt: '2027-03-24T09:30:00.000Z', capacity: 10 });
    expect((await editor.gql(CANCEL_SESSION, { id: march[1].id })).data!.cancelSession.status).toBe('CANCELLED');
    const offer = (await editor.gql(PORTAL_OFFER, { id: offerId })).data!.portalOffer;
    expect(offer.sessions.map((s: any) => s.status)).toContain('CANCELLED');
    expect(offer.audit.slice(0, 2).map((entry: any) => [entry.entityType, entry.action, entry.summary])).toEqual([
      ['SESSION', 'CANCELLED', 'status'],
      ['SESSION', 'UPDATED', 'capacity, endsAt, startsAt'],
    ]);
  });

  it('series rules name their field', async () => {
    const offerId = (await editor.gql(CREATE_OFFER, { organisationId: mlLandes, input: workshopInput(venueId) })).data!.createOffer.id;
    const base = { offerId, firstDate: '2026-12-01', startTime: '14:00', durationMinutes: 90, everyWeeks: 2, until: '2027-02-23', capacity: 12, venueId };
    const field = (overrides: Record<string, unknown>) => refusedField(editor, CREATE_SERIES, { input: { ...base, ...overrides } });
    expect(await field({ everyWeeks: 5 })).toBe('input.everyWeeks');
    expect(await field({ capacity: 0 })).toBe('input.capacity');
    expect(await field({ capacity: 501 })).toBe('input.capacity');
    expect(await field({ startTime: '25:00' })).toBe('input.startTime');
    expect(await field({ until: '2027-12-02' })).toBe('input.until');
    expect(await field({ until: '2026-11-30' })).toBe('input.until');
    expect(await field({ firstDate: '2026-11-01' })).toBe('input.firstDate');
    expect(await field({ onlineUrl: 'https://visio.balise.test/x' })).toBe('input.venueId');
    expect(await field({ venueId: pauVenueId })).toBe('input.venueId');
    const appointment = (await editor.gql(CREATE_OFFER, { organisationId: mlLandes, input: workshopInput(venueId, { format: 'INDIVIDUAL_APPOINTMENT', engagement: ['CONTACT_REQUEST'] }) })).data!.createOffer.id;
    expect(await field({ offerId: appointment })).toBe('input.offerId');
  });

  it('stale offers (published, not updated for 6 months) are listed, and their owners reminded by one email', async () => {
    const staleId = await fixtureOffer(context.server.orm.em, mlLandes, 'PUBLISHED', { updatedAt: new Date('2026-03-01T10:00:00Z') });
    const fresh = await fixtureOffer(context.server.orm.em, mlLandes, 'PUBLISHED');
    const stale = (await coordinator.gql(STALE_OFFERS, { first: 100 })).data!.staleOffers;
    const ids = stale.edges.map((edge: any) => edge.node.id);
    expect(ids).toContain(staleId);
    expect(ids).not.toContain(fresh);
    expect((await editor.gql(STALE_OFFERS, { first: 100 })).data!.staleOffers.edges.map((edge: any) => edge.node.id)).toContain(staleId);

    const title = (await context.server.orm.em.fork().findOneOrFail(Offer, { id: staleId })).title;
    const reminded = await coordinator.gql(REMIND_STALE, { organisationId: mlLandes });
    expect(reminded.data!.remindStaleOffers).toBeGreaterThanOrEqual(1);
    const mails = (await emailsTo(context.server, 'edition@ml-landes.balise.test')).filter((mail) => mail.subject === STALE_REMINDER_SUBJECT);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(title);
    expect(mails[0]!.subject).not.toMatch(/@|Landes|Mission/);
    expect((await emailsTo(context.server, 'direction@ml-landes.balise.test')).filter((mail) => mail.subject === STALE_REMINDER_SUBJECT)).toHaveLength(1);
    expect((await editor.gql(REMIND_STALE, { organisationId: mlLandes })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
