import type { CatalogueSeed, OfferSeed, OrganisationSeed } from '@balise/seeds/catalogue-types';
import type { CommuneRecord } from '@balise/seeds/reference';
import { THEME_LABELS } from '../../offers/themes.js';
import type { OfferSearchDocument } from '../search-index.port.js';

/**
 * Maps a generated catalogue batch to search documents the way the API does (one per venue,
 * one venue-less document otherwise), for measurements only: points come from the venue or
 * its commune centre, ids from the seed keys.
 */
export function catalogueToDocuments(batch: CatalogueSeed, communes: ReadonlyMap<string, CommuneRecord>): OfferSearchDocument[] {
  const organisations = new Map(batch.organisations.map((o) => [o.key, o]));
  const documents: OfferSearchDocument[] = [];
  for (const offer of batch.offers) {
    const organisation = organisations.get(offer.organisationKey);
    if (organisation) documents.push(...offerDocuments(offer, organisation, communes));
  }
  return documents;
}

function offerDocuments(offer: OfferSeed, organisation: OrganisationSeed, communes: ReadonlyMap<string, CommuneRecord>): OfferSearchDocument[] {
  const coverage = offer.coverage ?? organisation.coverage;
  const base = {
    offerId: offer.key,
    title: offer.title,
    summary: offer.summary,
    description: offer.description,
    category: offer.category,
    organisationName: organisation.name,
    theme: offer.theme,
    themeLabel: THEME_LABELS[offer.theme],
    format: offer.format,
    ageMin: offer.ageMin,
    ageMax: offer.ageMax,
    situations: offer.situations,
    coverageCommunes: coverage.communes,
    coverageEpcis: coverage.epcis,
    coverageDepartements: coverage.departements,
    coverageNational: coverage.national,
    remote: offer.remote,
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
  const venues = organisation.venues.filter((v) => offer.venueKeys.includes(v.key));
  if (venues.length === 0) {
    return [{ ...base, id: `${offer.key}:remote`, venueId: null, point: null, venueCommuneCode: null, venuePostcode: null }];
  }
  return venues.map((venue) => {
    const commune = communes.get(venue.communeCode);
    const point = venue.lat !== undefined && venue.lng !== undefined ? { lat: venue.lat, lng: venue.lng } : commune ? { lat: commune.lat, lng: commune.lng } : null;
    return {
      ...base,
      id: `${offer.key}:${venue.key}`,
      venueId: `${organisation.key}/${venue.key}`,
      point,
      venueCommuneCode: venue.communeCode,
      venuePostcode: commune?.postcodes[0] ?? null,
    };
  });
}
