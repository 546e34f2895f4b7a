/**
 * The partner portal's main flow, on both engines: an editor writes a workshop offer with every
 * field and a series of sessions, submits it; the coordinator of the Landes sends it back with
 * a comment, then publishes it; youths find it in search; the history says who did what.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/audit/audit-entry.entity.js';
import { Offer } from '../src/offers/offer.entity.js';
import { SENT_BACK_SUBJECT } from '../src/portal/offer-review.service.js';
import { createAccount, emailsTo, organisationId, signedIn } from './support/accounts.js';
import { DATABASE_KINDS } from './support/databases.js';
import {
  CREATE_OFFER, CREATE_SERIES, PORTAL_OFFER, PORTAL_OFFERS, PORTAL_ORGANISATIONS, PUBLISH_OFFER, REVIEW_QUEUE, SEND_BACK, SUBMIT_OFFER, UPDATE_OFFER,
  eventually, venuesOf, workshopInput,
} from './support/portal.js';
import { useTestServer, type TestClient } from './support/test-server.js';

const SEARCH = /* GraphQL */ `query($input: SearchOffersInput!) { searchOffers(input: $input) { total hits { offer { id title } } } }`;

describe.each(DATABASE_KINDS)('partner portal main flow on %s', (kind) => {
  const context = useTestServer(kind);
  let editor: TestClient;
  let coordinator: TestClient;
  let editorPau: TestClient;
  let mlLandes: string;
  let venueId: string;
  let offerId: string;

  beforeAll(async () => {
    const em = context.server.orm.em;
    mlLandes = await organisationId(em, 'ml-landes');
    venueId = (await venuesOf(em, mlLandes))[0]!.id;
    await createAccount(em, `edition-${kind}@ml-pau.balise.test`, 'un mot de passe assez long', [{ role: 'EDITOR', organisationId: await organisationId(em, 'ml-pau') }]);
    editor = await signedIn(context.server.client(), 'edition@ml-landes.balise.test');
    coordinator = await signedIn(context.server.client(), 'coordination-landes@balise.test');
    editorPau = await signedIn(context.server.client(), `edition-${kind}@ml-pau.balise.test`, 'un mot de passe assez long');
  });

  const ok = async (client: TestClient, query: string, variables: Record<string, unknown> = {}) => {
    const answer = await client.gql(query, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };
  const search = async (text: string) => (await ok(context.server.client(), SEARCH, { input: { text, first: 5 } })).searchOffers;

  it('an editor creates a workshop offer with every field, as a DRAFT of their organisation', async () => {
    expect((await ok(editor, PORTAL_ORGANISATIONS)).portalOrganisations.map((o: any) => o.id)).toEqual([mlLandes]);
    const created = (await ok(editor, CREATE_OFFER, { organisationId: mlLandes, input: workshopInput(venueId) })).createOffer;
    offerId = created.id;
    expect(created).toMatchObject({
      status: 'DRAFT',
      title: 'Atelier Zorglub : réussir son CV',
      format: 'WORKSHOP',
      eligibility: { ageMin: 16, ageMax: 25, situations: ['JOB_SEEKER', 'NO_ACTIVITY'], conditions: 'Avoir un projet de recherche d’emploi.' },
      coverage: { communes: ['40088'], epcis: [], departements: ['40'], national: false },
      venues: [{ id: venueId }],
      cost: 'Gratuit',
      validFrom: '2026-11-01',
      validUntil: '2027-06-30',
      responseDelayDays: 3,
      engagement: ['BOOKING', 'CONTACT_REQUEST', 'EXTERNAL_LINK', 'PHONE'],
      externalUrl: 'https://www.ml-landes.balise.test/ateliers/cv',
      phone: '05 58 46 00 00',
      organisation: { id: mlLandes },
    });
    expect(created.description).toContain('\n\nOn repart');
    const list = (await ok(editor, PORTAL_OFFERS, { organisationId: mlLandes, status: 'DRAFT' })).portalOffers;
    expect(list.edges.map((edge: any) => edge.node.id)).toContain(offerId);
  });

  it('adds a series: every other Tuesday 14:00–15:30 (Paris), 12 seats, for 3 months', async () => {
    const sessions = (
      await ok(editor, CREATE_SERIES, {
        input: { offerId, firstDate: '2026-11-24', startTime: '14:00', durationMinutes: 90, everyWeeks: 2, until: '2027-02-23', capacity: 12, venueId },
      })
    ).createSessionSeries;
    expect(sessions.map((s: any) => s.startsAt)).toEqual(
      ['2026-11-24', '2026-12-08', '2026-12-22', '2027-01-05', '2027-01-19', '2027-02-02', '2027-02-16'].map((day) => `${day}T13:00:00.000Z`),
    );
    expect(sessions.every((s: any) => s.capacity === 12 && s.status === 'SCHEDULED' && s.venue.id === venueId)).toBe(true);
    expect(sessions[0].endsAt).toBe('2026-11-24T14:30:00.000Z');
  });

  it('is submitted; an editor of another organisation can neither read nor change it, and nothing is written', async () => {
    expect((await ok(editor, SUBMIT_OFFER, { id: offerId })).submitOfferForReview.status).toBe('IN_REVIEW');
    const em = context.server.orm.em.fork();
    const before = { audit: await em.count(AuditEntry, {}), updatedAt: (await em.findOneOrFail(Offer, { id: offerId })).updatedAt.getTime() };
    for (const [query, variables] of [
      [UPDATE_OFFER, { id: offerId, input: workshopInput(venueId, { title: 'Volé' }) }],
      [PORTAL_OFFER, { id: offerId }],
      [PUBLISH_OFFER, { id: offerId }],
    ] as const) {
      const answer = await editorPau.gql(query, variables);
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    // Its own editors may not publish either: that is the coordinator's review.
    expect((await editor.gql(PUBLISH_OFFER, { id: offerId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = context.server.orm.em.fork();
    expect(await after.count(AuditEntry, {})).toBe(before.audit);
    const offer = await after.findOneOrFail(Offer, { id: offerId });
    expect([offer.title, offer.status, offer.updatedAt.getTime()]).toEqual(['Atelier Zorglub : réussir son CV', 'IN_REVIEW', before.updatedAt]);
    expect((await search('zorglub')).total).toBe(0);
  });

  it('the coordinator sends it back with a comment the editor sees, and the editors get an email', async () => {
    const queue = (await ok(coordinator, REVIEW_QUEUE, { first: 100 })).reviewQueue;
    expect(queue.edges.map((edge: any) => edge.node.id)).toContain(offerId);
    const comment = 'Précise l’adresse exacte de la salle, s’il te plaît.';
    expect((await ok(coordinator, SEND_BACK, { id: offerId, comment })).sendOfferBack).toMatchObject({ status: 'DRAFT', reviewComment: comment });
    expect((await ok(editor, PORTAL_OFFER, { id: offerId })).portalOffer).toMatchObject({ status: 'DRAFT', reviewComment: comment });
    const [email] = await emailsTo(context.server, 'edition@ml-landes.balise.test');
    expect(email!.subject).toBe(SENT_BACK_SUBJECT);
    expect(email!.text).toContain(comment);
    expect(email!.text).toContain('Atelier Zorglub');
    expect(await emailsTo(context.server, 'direction@ml-landes.balise.test')).toHaveLength(1);
  });

  it('resubmitted, the coordinator publishes it and youths find it in search within 2 s', async () => {
    expect((await ok(editor, SUBMIT_OFFER, { id: offerId })).submitOfferForReview).toMatchObject({ status: 'IN_REVIEW', reviewComment: null });
    expect((await ok(coordinator, PUBLISH_OFFER, { id: offerId })).publishOffer.status).toBe('PUBLISHED');
    const found = await eventually(() => search('zorglub'), (result) => result.total === 1, 2000);
    expect(found.hits.map((hit: any) => hit.offer.id)).toEqual([offerId]);
  });

  it('an editor’s change to the published offer sends it back to review (and out of search)', async () => {
    const updated = (await ok(editor, UPDATE_OFFER, { id: offerId, input: workshopInput(venueId, { cost: 'Gratuit, goûter offert' }) })).updateOffer;
    expect(updated).toMatchObject({ status: 'IN_REVIEW', cost: 'Gratuit, goûter offert' });
    expect((await eventually(() => search('zorglub'), (result) => result.total === 0, 2000)).total).toBe(0);
    expect((await ok(coordinator, PUBLISH_OFFER, { id: offerId })).publishOffer.status).toBe('PUBLISHED');
  });

  it('the offer page of the portal lists who did what, when, newest first', async () => {
    const offer = (await ok(editor, PORTAL_OFFER, { id: offerId })).portalOffer;
    expect(offer.preview).toMatchObject({ id: offerId, title: offer.title, description: offer.description });
    expect(offer.sessions).toHaveLength(7);
    const trail = offer.audit.map((entry: any) => [entry.entityType, entry.action, entry.actor?.displayName, entry.summary]);
    const editorName = 'Édition – Mission Locale des Landes';
    const coordinatorName = 'Coordination des Landes';
    expect(trail.filter((row: any) => row[0] === 'OFFER')).toEqual([
      ['OFFER', 'PUBLISHED', coordinatorName, 'status'],
      ['OFFER', 'UPDATED_FOR_REVIEW', editorName, 'cost, status'],
      ['OFFER', 'PUBLISHED', coordinatorName, 'status'],
      ['OFFER', 'SUBMITTED', editorName, 'reviewComment, status'],
      ['OFFER', 'SENT_BACK', coordinatorName, 'reviewComment, status'],
      ['OFFER', 'SUBMITTED', editorName, 'status'],
      ['OFFER', 'CREATED', editorName, ''],
    ]);
    expect(trail.filter((row: any) => row[0] === 'SESSION')).toEqual(Array.from({ length: 7 }, () => ['SESSION', 'CREATED', editorName, '']));
    const times = offer.audit.map((entry: any) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a: number, b: number) => b - a));
  });
});
