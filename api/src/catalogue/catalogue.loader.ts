import type { EntityManager } from '@mikro-orm/core';
import type { CatalogueSeed, CoverageSeed, OfferSeed, OrganisationSeed } from '@balise/seeds/catalogue-types';
import type { GeoDirectory } from '../geo/geo-directory.js';
import { Offer } from '../offers/offer.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Venue } from '../organisations/venue.entity.js';
import { WorkshopSession } from '../workshops/workshop-session.entity.js';
import { sessionTimes } from './session-times.js';
import { venuePoint } from './venue-point.js';

export interface LoadOptions {
  geo: GeoDirectory;
  /** The day sessions are placed from. */
  now: Date;
}

const coverageColumns = (coverage: CoverageSeed) => ({
  coverageCommunes: coverage.communes,
  coverageEpcis: coverage.epcis,
  coverageDepartements: coverage.departements,
  coverageNational: coverage.national,
});

/**
 * Writes a catalogue in one transaction, keyed by its stable keys: loading it again
 * updates rows in place and creates no duplicate.
 */
export async function loadCatalogue(em: EntityManager, seed: CatalogueSeed, options: LoadOptions): Promise<void> {
  await em.transactional(async (tx) => {
    const organisations = await upsertOrganisations(tx, seed.organisations, options.geo);
    await upsertOffers(tx, seed.offers, organisations, options.now);
  });
}

async function upsertOrganisations(em: EntityManager, seeds: OrganisationSeed[], geo: GeoDirectory) {
  const existing = await em.find(Organisation, { sourceKey: { $in: seeds.map((seed) => seed.key) } }, { populate: ['venues'] });
  const byKey = new Map(existing.map((organisation) => [organisation.sourceKey, organisation]));
  const result = new Map<string, { organisation: Organisation; venues: Map<string, Venue> }>();
  for (const seed of seeds) {
    const data = {
      sourceKey: seed.key,
      name: seed.name,
      kind: seed.kind,
      description: seed.description,
      email: seed.email,
      phone: seed.phone,
      website: seed.website ?? null,
      defaultResponseDelayDays: seed.defaultResponseDelayDays,
      status: 'ACTIVE' as const,
      ...coverageColumns(seed.coverage),
    };
    const organisation = byKey.get(seed.key) ?? em.create(Organisation, { id: crypto.randomUUID(), ...data });
    em.assign(organisation, data);
    const venues = new Map(organisation.venues.getItems().map((venue) => [venue.sourceKey ?? '', venue]));
    for (const venueSeed of seed.venues) {
      const venueData = { name: venueSeed.name, address: venueSeed.address, communeCode: venueSeed.communeCode, ...venuePoint(venueSeed, seed.key, geo) };
      const venue = venues.get(venueSeed.key) ?? em.create(Venue, { id: crypto.randomUUID(), organisation, sourceKey: venueSeed.key, ...venueData });
      em.assign(venue, venueData);
      venues.set(venueSeed.key, venue);
    }
    result.set(seed.key, { organisation, venues });
  }
  return result;
}

async function upsertOffers(
  em: EntityManager,
  seeds: OfferSeed[],
  organisations: Map<string, { organisation: Organisation; venues: Map<string, Venue> }>,
  now: Date,
) {
  const existing = await em.find(Offer, { sourceKey: { $in: seeds.map((seed) => seed.key) } }, { populate: ['venues'] });
  const byKey = new Map(existing.map((offer) => [offer.sourceKey, offer]));
  const sessionKeys = seeds.flatMap((seed) => (seed.sessions ?? []).map((_session, index) => `${seed.key}#${index}`));
  const existingSessions = await em.find(WorkshopSession, { sourceKey: { $in: sessionKeys } });
  const sessionsByKey = new Map(existingSessions.map((session) => [session.sourceKey, session]));
  for (const seed of seeds) {
    const owner = organisations.get(seed.organisationKey);
    if (!owner) throw new Error(`catalogue: offer ${seed.key} names unknown organisation ${seed.organisationKey}`);
    const venues = seed.venueKeys.map((key) => {
      const venue = owner.venues.get(key);
      if (!venue) throw new Error(`catalogue: offer ${seed.key} names unknown venue ${key}`);
      return venue;
    });
    const data = offerData(seed, owner.organisation);
    const offer = byKey.get(seed.key) ?? em.create(Offer, { id: crypto.randomUUID(), ...data });
    em.assign(offer, data);
    offer.venues.set(venues);
    (seed.sessions ?? []).forEach((sessionSeed, index) => {
      const sourceKey = `${seed.key}#${index}`;
      const sessionData = {
        offer,
        ...sessionTimes(sessionSeed, now),
        capacity: sessionSeed.capacity,
        venue: sessionSeed.venueKey ? (owner.venues.get(sessionSeed.venueKey) ?? null) : null,
        onlineUrl: sessionSeed.onlineUrl ?? null,
      };
      const session = sessionsByKey.get(sourceKey) ?? em.create(WorkshopSession, { id: crypto.randomUUID(), sourceKey, ...sessionData });
      em.assign(session, sessionData);
    });
  }
}

function offerData(seed: OfferSeed, organisation: Organisation) {
  return {
    sourceKey: seed.key,
    organisation,
    title: seed.title,
    summary: seed.summary,
    description: seed.description,
    theme: seed.theme,
    category: seed.category,
    format: seed.format,
    ageMin: seed.ageMin,
    ageMax: seed.ageMax,
    situations: seed.situations,
    conditions: seed.conditions ?? null,
    ...coverageColumns(seed.coverage ?? {
      communes: organisation.coverageCommunes,
      epcis: organisation.coverageEpcis,
      departements: organisation.coverageDepartements,
      national: organisation.coverageNational,
    }),
    remote: seed.remote,
    cost: seed.cost,
    validFrom: seed.validFrom ?? null,
    validUntil: seed.validUntil ?? null,
    responseDelayDays: seed.responseDelayDays,
    engagement: seed.engagement,
    externalUrl: seed.externalUrl ?? null,
    phone: seed.phone ?? null,
    status: 'PUBLISHED' as const,
  };
}
