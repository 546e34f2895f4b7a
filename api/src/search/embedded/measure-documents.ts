import type { CatalogueSeed } from '@balise/seeds/catalogue-types';
import type { GeoDirectory } from '../../geo/geo-directory.js';
import type { IndexableOffer } from '../indexable-offers.js';
import { toSearchDocuments } from '../offer-documents.js';
import type { OfferSearchDocument } from '../search-index.port.js';

/**
 * Maps a generated catalogue batch to search documents through the API's own mapping
 * (`toSearchDocuments`), for measurements only: ids are the seed keys, venue points their own
 * or their commune's centre.
 */
export function catalogueToDocuments(batch: CatalogueSeed, geo: GeoDirectory): OfferSearchDocument[] {
  const organisations = new Map(batch.organisations.map((organisation) => [organisation.key, organisation]));
  return batch.offers.flatMap((offer) => {
    const organisation = organisations.get(offer.organisationKey);
    if (!organisation) return [];
    const coverage = offer.coverage ?? organisation.coverage;
    const venues = organisation.venues
      .filter((venue) => offer.venueKeys.includes(venue.key))
      .flatMap((venue) => {
        const commune = geo.byCode(venue.communeCode);
        const point = venue.lat !== undefined && venue.lng !== undefined ? { lat: venue.lat, lng: venue.lng } : commune;
        return point ? [{ id: `${organisation.key}/${venue.key}`, lat: point.lat, lng: point.lng, communeCode: venue.communeCode }] : [];
      });
    const indexable: IndexableOffer = {
      ...offer,
      id: offer.key,
      organisationName: organisation.name,
      coverageCommunes: coverage.communes,
      coverageEpcis: coverage.epcis,
      coverageDepartements: coverage.departements,
      coverageNational: coverage.national,
      updatedAt: '2025-01-01T00:00:00.000Z',
      venues,
    };
    return toSearchDocuments(indexable, geo);
  });
}
