import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { Offer, type OfferStatus } from '../../src/offers/offer.entity.js';
import { Organisation } from '../../src/organisations/organisation.entity.js';
import { Venue } from '../../src/organisations/venue.entity.js';
import { WorkshopSession } from '../../src/workshops/workshop-session.entity.js';

const OFFER_FIELDS = /* GraphQL */ `
  id title summary description theme category format status reviewComment updatedAt createdAt responseDelayDays remote cost
  validFrom validUntil engagement externalUrl phone
  eligibility { ageMin ageMax situations conditions }
  coverage { communes epcis departements national }
  venues { id name } organisation { id name }
`;

export const PORTAL_ORGANISATIONS = /* GraphQL */ `{ portalOrganisations { id name status } }`;
export const PENDING_ORGANISATIONS = /* GraphQL */ `{ pendingOrganisations { id name status } }`;
export const PORTAL_OFFERS = /* GraphQL */ `query($organisationId: ID!, $status: OfferStatus, $first: Int, $after: String) {
  portalOffers(organisationId: $organisationId, status: $status, first: $first, after: $after) { totalCount edges { node { id title status updatedAt reviewComment } } pageInfo { hasNextPage endCursor } } }`;
export const PORTAL_OFFER = /* GraphQL */ `query($id: ID!) { portalOffer(id: $id) { ${OFFER_FIELDS}
  preview { id title description status }
  sessions { id startsAt endsAt capacity status onlineUrl venue { id } }
  audit { at actor { displayName } entityType action summary } } }`;
export const REVIEW_QUEUE = /* GraphQL */ `query($first: Int) { reviewQueue(first: $first) { totalCount edges { node { id title status organisation { name } } } } }`;
export const STALE_OFFERS = /* GraphQL */ `query($first: Int) { staleOffers(first: $first) { totalCount edges { node { id title updatedAt organisation { id } } } } }`;
export const CREATE_OFFER = /* GraphQL */ `mutation($organisationId: ID!, $input: OfferInput!) { createOffer(organisationId: $organisationId, input: $input) { ${OFFER_FIELDS} } }`;
export const UPDATE_OFFER = /* GraphQL */ `mutation($id: ID!, $input: OfferInput!) { updateOffer(id: $id, input: $input) { ${OFFER_FIELDS} } }`;
export const SUBMIT_OFFER = /* GraphQL */ `mutation($id: ID!) { submitOfferForReview(id: $id) { id status reviewComment } }`;
export const PUBLISH_OFFER = /* GraphQL */ `mutation($id: ID!) { publishOffer(id: $id) { id status } }`;
export const SEND_BACK = /* GraphQL */ `mutation($id: ID!, $comment: String!) { sendOfferBack(id: $id, comment: $comment) { id status reviewComment } }`;
export const DUPLICATE_OFFER = /* GraphQL */ `mutation($id: ID!) { duplicateOffer(id: $id) { id title status venues { id } } }`;
export const ARCHIVE_OFFER = /* GraphQL */ `mutation($id: ID!) { archiveOffer(id: $id) { id status } }`;
export const REMIND_STALE = /* GraphQL */ `mutation($organisationId: ID!) { remindStaleOffers(organisationId: $organisationId) }`;
export const UPDATE_PROFILE = /* GraphQL */ `mutation($id: ID!, $input: OrganisationProfileInput!) { updateOrganisationProfile(id: $id, input: $input) {
  id email phone website description defaultResponseDelayDays coverage { communes epcis departements national } venues { id name address commune { code } point { lat lng } } } }`;
export const CREATE_ORGANISATION = /* GraphQL */ `mutation($input: NewOrganisationInput!) { createOrganisation(input: $input) { id name status venues { id } } }`;
export const VALIDATE_ORGANISATION = /* GraphQL */ `mutation($id: ID!) { validateOrganisation(id: $id) { id status } }`;
export const CREATE_SERIES = /* GraphQL */ `mutation($input: SessionSeriesInput!) { createSessionSeries(input: $input) { id startsAt endsAt capacity status venue { id } onlineUrl } }`;
export const UPDATE_SESSION = /* GraphQL */ `mutation($id: ID!, $input: SessionUpdateInput!) { updateSession(id: $id, input: $input) { id startsAt endsAt capacity status } }`;
export const CANCEL_SESSION = /* GraphQL */ `mutation($id: ID!) { cancelSession(id: $id) { id status } }`;

export async function venuesOf(em: EntityManager, organisationId: string): Promise<Venue[]> {
  return em.fork().find(Venue, { organisation: organisationId }, { orderBy: { name: 'asc' } });
}

/** An OfferInput with every field filled, valid for a workshop of the Mission Locale des Landes. */
export function workshopInput(venueId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Atelier Zorglub : réussir son CV',
    summary: 'Deux heures pour écrire un CV qui donne envie de te rencontrer.',
    description: 'Tu arrives avec ce que tu as.\n\nOn repart avec un CV prêt à envoyer :\n- une accroche\n- tes expériences',
    theme: 'EMPLOYMENT',
    category: 'CV et lettre de motivation',
    format: 'WORKSHOP',
    eligibility: { ageMin: 16, ageMax: 25, situations: ['JOB_SEEKER', 'NO_ACTIVITY'], conditions: 'Avoir un projet de recherche d’emploi.' },
    coverage: { communes: ['40088'], epcis: [], departements: ['40'], national: false },
    venueIds: [venueId],
    remote: false,
    cost: 'Gratuit',
    validFrom: '2026-11-01',
    validUntil: '2027-06-30',
    responseDelayDays: 3,
    engagement: ['BOOKING', 'CONTACT_REQUEST', 'EXTERNAL_LINK', 'PHONE'],
    externalUrl: 'https://www.ml-landes.balise.test/ateliers/cv',
    phone: '05 58 46 00 00',
    ...overrides,
  };
}

/** An offer written straight to the database (no actor, so not audited): a fixture in a given status. */
export async function fixtureOffer(em: EntityManager, organisationId: string, status: OfferStatus, options: { updatedAt?: Date } = {}): Promise<string> {
  const fork = em.fork();
  const venue = await fork.findOne(Venue, { organisation: organisationId });
  const offer = fork.create(Offer, {
    id: randomUUID(),
    sourceKey: null,
    organisation: fork.getReference(Organisation, organisationId),
    title: `Atelier fixture ${randomUUID().slice(0, 8)}`,
    summary: 'Résumé.',
    description: 'Description.',
    theme: 'EMPLOYMENT',
    category: 'CV',
    format: 'WORKSHOP',
    ageMin: 16,
    ageMax: 25,
    situations: [],
    conditions: null,
    coverageCommunes: [],
    coverageEpcis: [],
    coverageDepartements: ['40'],
    coverageNational: false,
    venues: venue ? [venue] : [],
    remote: !venue,
    cost: 'Gratuit',
    validFrom: null,
    validUntil: null,
    responseDelayDays: 3,
    engagement: ['BOOKING'],
    externalUrl: null,
    phone: null,
    status,
    reviewComment: null,
  });
  await fork.flush();
  if (options.updatedAt) await fork.nativeUpdate(Offer, { id: offer.id }, { updatedAt: options.updatedAt });
  return offer.id;
}

export async function fixtureSession(em: EntityManager, offerId: string): Promise<string> {
  const fork = em.fork();
  const session = fork.create(WorkshopSession, {
    id: randomUUID(),
    sourceKey: null,
    offer: fork.getReference(Offer, offerId),
    startsAt: new Date('2026-12-01T13:00:00Z'),
    endsAt: new Date('2026-12-01T14:30:00Z'),
    venue: null,
    onlineUrl: 'https://visio.balise.test/atelier',
    capacity: 10,
    status: 'SCHEDULED',
  });
  await fork.flush();
  return session.id;
}

/** A PENDING organisation in the Landes. */
export async function fixturePendingOrganisation(em: EntityManager): Promise<string> {
  const fork = em.fork();
  const organisation = fork.create(Organisation, {
    id: randomUUID(),
    sourceKey: null,
    name: `Association fixture ${randomUUID().slice(0, 8)}`,
    kind: 'ASSOCIATION',
    description: '',
    email: 'contact@asso.balise.test',
    phone: '05 58 00 00 00',
    website: null,
    coverageCommunes: ['40088'],
    coverageEpcis: [],
    coverageDepartements: [],
    coverageNational: false,
    defaultResponseDelayDays: 3,
    status: 'PENDING',
  });
  await fork.flush();
  return organisation.id;
}

/** The organisation's current profile as an OrganisationProfileInput. */
export async function profileInput(em: EntityManager, organisationId: string, overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const organisation = await em.fork().findOneOrFail(Organisation, { id: organisationId }, { populate: ['venues'] });
  return {
    email: organisation.email,
    phone: organisation.phone,
    website: organisation.website ?? null,
    description: organisation.description,
    defaultResponseDelayDays: organisation.defaultResponseDelayDays,
    coverage: {
      communes: organisation.coverageCommunes,
      epcis: organisation.coverageEpcis,
      departements: organisation.coverageDepartements,
      national: organisation.coverageNational,
    },
    venues: organisation.venues.getItems().map((venue) => ({ id: venue.id, name: venue.name, address: venue.address, communeCode: venue.communeCode, lat: venue.lat, lng: venue.lng })),
    ...overrides,
  };
}

export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 2000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await probe();
  }
  return value;
}
